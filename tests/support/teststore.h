#pragma once

#include <QString>

class QTemporaryDir;

/// Where a test's store lives. A suite registered for both engines (scimflow_add_test(... ENGINES)) runs once
/// as usual and once with SCIMFLOW_TEST_ENGINE=postgres, where every store is a fresh database on the server
/// that ./test.sh starts (SCIMFLOW_TEST_POSTGRES, the URL of its maintenance database). The databases are
/// dropped when the test process exits. Without a server the PostgreSQL run is skipped (exit code 77), unless
/// SCIMFLOW_REQUIRE_POSTGRES=1 (as ./test.sh sets), where it fails.
namespace TestStore {

bool isPostgres();
/// A new, empty store: the file \a name in \a dir, or a new PostgreSQL database.
QString location(const QTemporaryDir &dir, const QString &name);
/// A private store: ":memory:", or a new PostgreSQL database.
QString scratch();
/// A new PostgreSQL database on the test server, whichever engine the suite runs on (empty without a server).
QString newPostgresDatabase();
/// The test server's maintenance database (empty without a server).
QString server();

} // namespace TestStore

/// In a Qt Test function: \a var is a new PostgreSQL database on the test server, whichever engine the suite
/// runs on; without a server the function is skipped, or fails under SCIMFLOW_REQUIRE_POSTGRES=1.
#define SCIMFLOW_REQUIRE_POSTGRES_DATABASE(var)                                                              \
    const QString var = TestStore::newPostgresDatabase();                                                    \
    if (var.isEmpty()) {                                                                                     \
        if (qEnvironmentVariable("SCIMFLOW_REQUIRE_POSTGRES") == QLatin1String("1"))                         \
            QFAIL("no PostgreSQL test server (SCIMFLOW_TEST_POSTGRES)");                                     \
        QSKIP("no PostgreSQL test server (SCIMFLOW_TEST_POSTGRES); ./test.sh starts one");                   \
    }
