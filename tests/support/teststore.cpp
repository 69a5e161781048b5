#include "teststore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

namespace TestStore {

namespace {

QStringList &createdDatabases()
{
    static QStringList names;
    return names;
}

// Runs one statement on the maintenance database through a connection of its own.
bool onServer(const QString &statement, QString *error)
{
    const QUrl url(server());
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("teststore-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(url.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(statement);
            if (!ok && error)
                *error = q.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

void dropCreatedDatabases()
{
    for (const QString &name : std::as_const(createdDatabases()))
        onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), nullptr);
}

[[noreturn]] void noServer()
{
    if (qEnvironmentVariable("SCIMFLOW_REQUIRE_POSTGRES") == QLatin1String("1")) {
        std::fputs(
            "FAIL: SCIMFLOW_TEST_POSTGRES is not set, and this run requires the PostgreSQL test server\n",
            stderr);
        std::exit(1);
    }
    std::fputs("SKIP: no PostgreSQL test server (SCIMFLOW_TEST_POSTGRES); ./test.sh starts one\n", stderr);
    std::exit(77);
}

} // namespace

bool isPostgres()
{
    return qEnvironmentVariable("SCIMFLOW_TEST_ENGINE") == QLatin1String("postgres");
}

QString server()
{
    return qEnvironmentVariable("SCIMFLOW_TEST_POSTGRES");
}

QString newPostgresDatabase()
{
    if (server().isEmpty())
        return {};
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("scimflow_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    QString error;
    if (!onServer(QStringLiteral("CREATE DATABASE %1").arg(name), &error)) {
        std::fprintf(stderr, "FAIL: cannot create the test database %s: %s\n", qPrintable(name),
                     qPrintable(error));
        std::exit(1);
    }
    if (createdDatabases().isEmpty())
        std::atexit(dropCreatedDatabases);
    createdDatabases() << name;
    QUrl url(server());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

QString location(const QTemporaryDir &dir, const QString &name)
{
    if (!isPostgres())
        return dir.filePath(name);
    if (server().isEmpty())
        noServer();
    return newPostgresDatabase();
}

QString scratch()
{
    if (!isPostgres())
        return QStringLiteral(":memory:");
    if (server().isEmpty())
        noServer();
    return newPostgresDatabase();
}

} // namespace TestStore
