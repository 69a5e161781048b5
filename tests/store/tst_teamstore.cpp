// The store on either engine: locations, migrations under a lock, the copy into the team store, and the
// frozen SQLite databases of every released schema version moved to PostgreSQL.
#include "auditlog.h"
#include "changefeed.h"
#include "keysandindexesdeferred.h"
#include "postgrescopy.h"
#include "schema.h"
#include "snapshotwriter.h"
#include "store.h"
#include "storecopy.h"
#include "storelocation.h"
#include "teststore.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

using namespace Scimflow;

namespace {

QSet<QString> tablesOf(const Store &store)
{
    QSqlQuery q(store.database());
    q.exec(store.isPostgres()
               ? QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                                "AND tablename <> 'scimflow_schema'")
               : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                "AND name NOT LIKE 'sqlite_%'"));
    QSet<QString> out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

/// The first column of what \a sql answers about \a table, row by row.
QStringList catalogRows(const Store &store, const char *sql, const QString &table)
{
    QSqlQuery q(store.database());
    q.prepare(QString::fromLatin1(sql));
    q.addBindValue(table);
    q.exec();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

/// The foreign keys of \a table, each as its name and definition.
QStringList foreignKeysOf(const Store &store, const QString &table)
{
    return catalogRows(store,
                       "SELECT conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint "
                       "WHERE conrelid = CAST(? AS regclass) AND contype = 'f' ORDER BY conname",
                       table);
}

/// The definitions of \a table's indexes, by name.
QStringList indexesOf(const Store &store, const QString &table)
{
    return catalogRows(store, "SELECT indexdef FROM pg_indexes WHERE tablename = ? ORDER BY indexname",
                       table);
}

/// A first full sync's snapshot: two users, a group holding both.
SyncSnapshot firstSnapshot(qint64 runId)
{
    SyncSnapshot snapshot;
    snapshot.source = QStringLiteral("okta");
    snapshot.runId = runId;
    snapshot.full = true;
    snapshot.syncTime = currentTimestamp();
    for (const char *name : {"ann", "bob"}) {
        User u;
        u.scimId = QString::fromLatin1(name);
        u.userName = QString::fromLatin1(name) + QStringLiteral("@example.com");
        u.active = true;
        snapshot.users << u;
    }
    Group g;
    g.scimId = QStringLiteral("g1");
    g.displayName = QStringLiteral("etl-operators");
    g.membersListed = true;
    g.memberScimIds = {QStringLiteral("ann"), QStringLiteral("bob")};
    snapshot.groups << g;
    return snapshot;
}

} // namespace

class TestTeamStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesLocations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("error"); // a part of the message, empty = accepted
        QTest::addColumn<QString>("sslMode");
        QTest::addRow("file") << "/tmp/x.db" << false << ""
                              << "";
        QTest::addRow("memory") << ":memory:" << false << ""
                                << "";
        QTest::addRow("loopback") << "postgresql://ann@127.0.0.1:5433/team" << true << ""
                                  << "";
        QTest::addRow("localhost plain") << "postgres://ann@localhost/team?sslmode=disable" << true << ""
                                         << "disable";
        QTest::addRow("remote defaults to verify-full")
            << "postgresql://ann@db.example.com/team" << true << ""
            << "verify-full";
        QTest::addRow("remote verify-full")
            << "postgresql://ann@db.example.com:6432/team?sslmode=verify-full" << true << ""
            << "verify-full";
        QTest::addRow("remote require refused") << "postgresql://ann@db.example.com/team?sslmode=require"
                                                << true << "must use sslmode=verify-full"
                                                << "";
        QTest::addRow("remote disable refused")
            << "postgresql://ann@10.0.0.5/team?sslmode=disable" << true << "must use sslmode=verify-full"
            << "";
        QTest::addRow("password refused")
            << "postgresql://ann:hunter2@127.0.0.1/team" << true << "must not contain a password"
            << "";
        QTest::addRow("no database") << "postgresql://ann@127.0.0.1:5432/" << true << "names no database"
                                     << "";
        QTest::addRow("unknown parameter")
            << "postgresql://ann@127.0.0.1/team?options=x" << true << "Unknown parameter"
            << "";
        QTest::addRow("password parameter refused")
            << "postgresql://ann@127.0.0.1/team?password=hunter2" << true << "must not contain a password"
            << "";
        QTest::addRow("key passphrase parameter refused")
            << "postgresql://ann@127.0.0.1/team?sslkey=/k/c.key&sslpassword=hunter2" << true
            << "must not contain a password"
            << "";
        QTest::addRow("unknown sslmode")
            << "postgresql://ann@127.0.0.1/team?sslmode=maybe" << true << "Unknown sslmode"
            << "";
    }

    void parsesLocations()
    {
        QFETCH(QString, text);
        QFETCH(bool, postgres);
        QFETCH(QString, error);
        QFETCH(QString, sslMode);
        QCOMPARE(StoreLocation::isPostgresUrl(text), postgres);
        const auto location = StoreLocation::parse(text);
        if (!error.isEmpty()) {
            QVERIFY(!location.ok());
            QVERIFY2(location.error().message.contains(error), qPrintable(location.error().message));
            QVERIFY(!location.error().message.contains(QLatin1String("hunter2")));
            return;
        }
        QVERIFY2(location.ok(), location.ok() ? "" : qPrintable(location.error().message));
        QCOMPARE(location->isPostgres(), postgres);
        QCOMPARE(location->text(), text);
        if (postgres) {
            QCOMPARE(location->databaseName(), QStringLiteral("team"));
            QCOMPARE(location->userName(), QStringLiteral("ann"));
            QCOMPARE(location->sslMode(), sslMode);
            if (!sslMode.isEmpty())
                QVERIFY(location->connectOptions().contains(QStringLiteral("sslmode=") + sslMode));
        }
    }

    void clientKeyPassphraseIsQuotedForLibpq()
    {
        const QString secret = QStringLiteral("it's a \\ pass phrase");
        const auto location = StoreLocation::parse(
            QStringLiteral("postgresql://ann@127.0.0.1/team?sslmode=require&sslcert=/keys/ann.crt&"
                           "sslkey=/keys/my%20keys/ann.key"));
        QVERIFY(location.ok());
        QVERIFY(location->hasClientKey());
        const QStringList options = location->connectOptions(secret).split(QLatin1Char(';'));
        // libpq's conninfo: single quotes, with backslash and quote escaped by a backslash.
        QVERIFY(options.contains(QStringLiteral("sslpassword='it\\'s a \\\\ pass phrase'")));
        QVERIFY(options.contains(QStringLiteral("sslkey='/keys/my keys/ann.key'")));
        QVERIFY(!location->connectOptions().contains(QLatin1String("sslpassword")));
        QVERIFY(!location->text().contains(secret));

        // Without a client key there is nothing to unlock, so nothing is passed.
        const auto noKey = StoreLocation::parse(QStringLiteral("postgresql://ann@127.0.0.1/team"));
        QVERIFY(noKey.ok());
        QVERIFY(!noKey->hasClientKey());
        QVERIFY(!noKey->connectOptions(secret).contains(QLatin1String("sslpassword")));

        // Qt's driver turns every ';' of the options into a space: such a passphrase is refused, unquoted.
        QVERIFY(StoreLocation::passphraseProblem(secret).isEmpty());
        const QString problem = StoreLocation::passphraseProblem(QStringLiteral("abc;xyz"));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!problem.contains(QLatin1String("abc")) && !problem.contains(QLatin1String("xyz")));
    }

    void clientKeyPassphraseStaysOutOfErrors_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addRow("plain") << "correct horse battery";
        QTest::addRow("semicolon") << "correct;horse";
    }

    void clientKeyPassphraseStaysOutOfErrors()
    {
        QFETCH(QString, passphrase);
        const QString url =
            QStringLiteral("postgresql://nobody@127.0.0.1:9/none?connect_timeout=2&"
                           "sslmode=require&sslcert=/nonexistent/c.crt&sslkey=/nonexistent/c.key");
        Store::setSessionKeyPassphrase(url, passphrase);
        Store::setSessionPassword(url, QStringLiteral("server password"));
        const auto store = Store::open(url);
        const Status checked = Store::checkIsScimflowDatabase(url);
        Store::setSessionKeyPassphrase(url, {});
        Store::setSessionPassword(url, {});
        QVERIFY(!store.ok());
        QVERIFY(!checked.ok());
        for (const QString &message : {store.error().message, checked.error().message}) {
            QVERIFY2(!message.contains(passphrase), qPrintable(message));
            QVERIFY2(!message.contains(QLatin1String("server password")), qPrintable(message));
            if (passphrase.contains(QLatin1Char(';')))
                QVERIFY2(message.contains(QLatin1String("semicolon")), qPrintable(message));
        }
    }

    void encryptedClientKeyOpensWithItsPassphrase()
    {
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(database);
        {
            auto store = Store::open(database);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            QSqlQuery ssl((*store)->database());
            QVERIFY(ssl.exec(QStringLiteral("SHOW ssl")) && ssl.next());
            if (ssl.value(0).toString() != QLatin1String("on"))
                QSKIP(
                    "the test server runs without TLS (packaging/postgres.sh turns it on where openssl is)");
        }
        // libpq loads (and so decrypts) the client key before the handshake, whether or not the server asks
        // for a certificate: a wrong passphrase fails the connection, the right one opens it.
        QTemporaryDir dir;
        const QString passphrase = QStringLiteral("it's a \\ passphrase");
        const QString cert = dir.filePath(QStringLiteral("client.crt"));
        const QString key = dir.filePath(QStringLiteral("client.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-subj"), QStringLiteral("/CN=scimflow"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-passout"),
                       QStringLiteral("pass:") + passphrase});
        if (!openssl.waitForStarted())
            QSKIP("no openssl command to make a client key with");
        QVERIFY(openssl.waitForFinished(60000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner)); // libpq insists
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.readAll().contains("ENCRYPTED"));

        const QString url = database + QStringLiteral("?sslmode=require&sslcert=%1&sslkey=%2").arg(cert, key);
        Store::setSessionKeyPassphrase(url, QStringLiteral("not the passphrase"));
        const auto refused = Store::open(url);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("private key")),
                 qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QLatin1String("not the passphrase")));
        QCOMPARE(refused.error().kind, Error::Kind::Auth);

        Store::setSessionKeyPassphrase(url, passphrase);
        const auto opened = Store::open(url);
        Store::setSessionKeyPassphrase(url, {});
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QSqlQuery tls((*opened)->database());
        QVERIFY(tls.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) &&
                tls.next());
        QVERIFY(tls.value(0).toBool());
    }

    void unreachableServerIsAClearError()
    {
        // A port nothing listens on (the discard port): refused at once, named in the message.
        const auto store =
            Store::open(QStringLiteral("postgresql://nobody@127.0.0.1:9/none?connect_timeout=2"));
        QVERIFY(!store.ok());
        // Without Qt's PostgreSQL driver (a machine without libqt6sql6-psql) the message names the package.
        const QLatin1String expected = QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))
                                           ? QLatin1String("Cannot connect to the team store")
                                           : QLatin1String("libqt6sql6-psql");
        QVERIFY2(store.error().message.contains(expected), qPrintable(store.error().message));
    }

    // Schema::tables() lists every table (the copy relies on it), on both engines.
    void tablesListsTheWholeSchema()
    {
        auto sqlite = Store::open(QStringLiteral(":memory:"));
        QVERIFY(sqlite.ok());
        const QStringList listed = Schema::tables();
        QCOMPARE(tablesOf(**sqlite), QSet<QString>(listed.begin(), listed.end()));
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        auto postgres = Store::open(location);
        QVERIFY2(postgres.ok(), postgres.ok() ? "" : qPrintable(postgres.error().message));
        QVERIFY((*postgres)->isPostgres());
        QCOMPARE((*postgres)->schemaVersion(), Schema::latestVersion());
        QCOMPARE(tablesOf(**postgres), QSet<QString>(listed.begin(), listed.end()));
    }

    // Several first opens at once: one migrates, the others wait for its lock and find the schema current.
    void concurrentFirstOpensMigrateOnce_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addRow("sqlite") << false;
        QTest::addRow("postgres") << true;
    }

    void concurrentFirstOpensMigrateOnce()
    {
        QFETCH(bool, postgres);
        QTemporaryDir dir;
        QString location = dir.filePath(QStringLiteral("race.db"));
        if (postgres) {
            SCIMFLOW_REQUIRE_POSTGRES_DATABASE(server);
            location = server;
        }
        constexpr int kOpeners = 4;
        QList<QString> errors(kOpeners);
        QList<QThread *> threads;
        for (int i = 0; i < kOpeners; ++i) {
            threads << QThread::create([&, i] {
                auto store = Store::open(location);
                if (!store)
                    errors[i] = store.error().message;
                else if ((*store)->schemaVersion() != Schema::latestVersion())
                    errors[i] = QStringLiteral("schema %1").arg((*store)->schemaVersion());
            });
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            t->wait();
            delete t;
        }
        for (const QString &e : std::as_const(errors))
            QVERIFY2(e.isEmpty(), qPrintable(e));
        auto store = Store::open(location);
        QVERIFY(store.ok());
        QCOMPARE(tablesOf(**store).size(), Schema::tables().size());
    }

    // The SQLite-only constructs have working PostgreSQL forms: the append-only audit log (also against
    // TRUNCATE), the case-insensitive unique service account, the signed campaign.
    void postgresEnforcesTheSameRules()
    {
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        auto store = Store::open(location);
        QVERIFY(store.ok());
        QSqlQuery q((*store)->database());
        AuditLog log((*store)->database());
        QVERIFY(log.append(AuditEntry{}));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET reason = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit_log")));
        QVERIFY(log.verify().intact);

        QVERIFY2(q.exec(QStringLiteral(
                     "INSERT INTO service_accounts(email) VALUES('Etl@P.iam.gserviceaccount.com')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(
            QStringLiteral("INSERT INTO service_accounts(email) VALUES('etl@p.iam.gserviceaccount.com')")));

        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO review_campaigns(name, period_from, period_to, created_at) "
                                  "VALUES('q4', 0, 1, 0) RETURNING id")) &&
            q.next());
        const qint64 campaign = q.value(0).toLongLong();
        const QString item =
            QStringLiteral("INSERT INTO review_items(campaign_id, kind, identity, access, "
                           "recommendation, reason) VALUES(%1, 'membership', 'ann', 'g', 'keep', "
                           "'used')")
                .arg(campaign);
        QVERIFY2(q.exec(item), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("UPDATE review_items SET decision = 'keep'")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE review_campaigns SET status = 'signed' WHERE id = %1").arg(campaign)));
        QVERIFY(!q.exec(QStringLiteral("UPDATE review_items SET decision = 'revoke'")));
        QVERIFY(!q.exec(item));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM review_items")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE review_campaigns SET name = 'changed'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE review_items SET remediation = 'applied'"))); // not a decision
    }

    // A team store session runs without the server's JIT compilation, which costs a drift analysis of a
    // large store more than a second of compiling.
    void sessionRunsWithoutJit()
    {
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        auto store = Store::open(location);
        QVERIFY(store.ok());
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(QStringLiteral("SHOW jit")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("off"));
    }

    // A console listening on the team store hears another one append to the audit log, once per transaction.
    void anotherConsolesChangesAreAnnounced()
    {
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        auto listener = Store::open(location);
        auto writer = Store::open(location);
        QVERIFY(listener.ok() && writer.ok());
        QStringList heard;
        QObject context;
        QVERIFY(followChangesElsewhere(**listener, &context, [&](const QString &table) { heard << table; }));
        QVERIFY(AuditLog((*writer)->database()).append(AuditEntry{}));
        QTRY_COMPARE(heard, QStringList{QStringLiteral("audit_log")});
        // A sync run recorded elsewhere is announced too; reading is not, nor the listener's own writes.
        heard.clear();
        QVERIFY((*writer)->beginSyncRun(QStringLiteral("okta"), QStringLiteral("full")).ok());
        QTRY_COMPARE(heard, QStringList{QStringLiteral("sync_runs")});
        heard.clear();
        QCOMPARE((*writer)->users().size(), 0);
        QVERIFY((*listener)->beginSyncRun(QStringLiteral("okta"), QStringLiteral("full")).ok());
        QTest::qWait(200);
        QCOMPARE(heard, QStringList());
        // A SQLite store has no other consoles to follow.
        auto local = Store::open(QStringLiteral(":memory:"));
        QVERIFY(local.ok());
        QVERIFY(!followChangesElsewhere(**local, &context, [&](const QString &table) { heard << table; }));
    }

    // Two consoles syncing one source into the team store: the second writer is told who holds the source
    // and writes nothing; another source, or the same one after the first commit, goes ahead.
    void aSyncSourceIsWrittenByOneConsoleAtATime()
    {
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        auto first = Store::open(location);
        auto second = Store::open(location);
        QVERIFY(first.ok() && second.ok());
        const qint64 run = (*second)->beginSyncRun(QStringLiteral("okta"), QStringLiteral("full")).value();
        auto holding = std::make_unique<Transaction>((*first)->database());
        QVERIFY((*first)->lockSyncSource(QStringLiteral("okta")).ok());

        SyncSnapshot snapshot;
        snapshot.source = QStringLiteral("okta");
        snapshot.runId = run;
        snapshot.syncTime = currentTimestamp();
        User ann;
        ann.scimId = QStringLiteral("u1");
        ann.userName = QStringLiteral("ann@example.com");
        snapshot.users << ann;
        const auto refused = SnapshotWriter::write(**second, snapshot);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        for (const char *part : {"okta snapshot", "scimflow", "since", "Nothing was written"})
            QVERIFY2(refused.error().message.contains(QLatin1String(part)),
                     qPrintable(refused.error().message));
        QCOMPARE((*second)->count(QStringLiteral("users")), 0);
        {
            Transaction other((*second)->database());
            QVERIFY((*second)->lockSyncSource(QStringLiteral("graph")).ok());
        }

        holding.reset(); // the first console's write ends
        const auto written = SnapshotWriter::write(**second, snapshot);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE((*second)->count(QStringLiteral("users")), 1);
    }

    // COPY writes what binding the same values writes: text with COPY's special characters, empty text and
    // bytes against NULL, numbers and bytes. A row the server refuses is an error naming the table, and the
    // connection goes on.
    void copyWritesWhatABindWould()
    {
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        auto store = Store::open(location);
        QVERIFY(store.ok());
        const QSqlDatabase db = (*store)->database();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE copied(n BIGINT, t TEXT, d DOUBLE PRECISION, b BYTEA)")));
        const QString text = QStringLiteral("tab\there\nnew line\rreturn \\N back\\slash \u00e9\u2713");
        const QByteArray bytes("\0\xff\\x", 4);
        const QVariantList values{qint64(1) << 40,
                                  text,
                                  0.1,
                                  bytes,
                                  QVariant(QMetaType::fromType<qint64>()),
                                  QString(QLatin1String("")),
                                  QVariant(),
                                  QVariant(QMetaType::fromType<QByteArray>()),
                                  -7,
                                  QString(),
                                  1e300,
                                  QByteArray("", 0)};
        const QStringList columns{QStringLiteral("n"), QStringLiteral("t"), QStringLiteral("d"),
                                  QStringLiteral("b")};
        const Status copied = PostgresCopy::insert(db, QStringLiteral("copied"), columns, values);
        QVERIFY2(copied.ok(), copied.ok() ? "" : qPrintable(copied.error().message));

        QVERIFY(q.exec(QStringLiteral("SELECT n, t, d, b, n IS NULL, t IS NULL, b IS NULL FROM copied "
                                      "ORDER BY n NULLS FIRST")));
        QVERIFY(q.next());
        QVERIFY(q.value(4).toBool());               // a null qint64
        QCOMPARE(q.value(1).toString(), QString()); // empty text stays empty text
        QVERIFY(!q.value(5).toBool());
        QVERIFY(q.value(6).toBool()); // a QByteArray without a value
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), -7);
        QVERIFY(q.value(5).toBool()); // a null QString is NULL
        QCOMPARE(q.value(2).toDouble(), 1e300);
        QVERIFY(!q.value(6).toBool()); // an empty QByteArray is empty bytes
        QCOMPARE(q.value(3).toByteArray(), QByteArray());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), qint64(1) << 40);
        QCOMPARE(q.value(1).toString(), text);
        QCOMPARE(q.value(2).toDouble(), 0.1);
        QCOMPARE(q.value(3).toByteArray(), bytes);
        QVERIFY(!q.next());
        // A null QByteArray is NULL, as when bound.
        QVERIFY(
            PostgresCopy::insert(db, QStringLiteral("copied"), {QStringLiteral("b")}, {QByteArray()}).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM copied WHERE b IS NULL")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM copied WHERE n IS NULL AND t IS NULL")));

        const Status refused = PostgresCopy::insert(db, QStringLiteral("copied"), {QStringLiteral("n")},
                                                    {QStringLiteral("not a number")});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("copied")) &&
                     refused.error().message.contains(QLatin1String("not a number")),
                 qPrintable(refused.error().message));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM copied")) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
        // Not a PostgreSQL connection: refused, not guessed at.
        auto local = Store::open(QStringLiteral(":memory:"));
        QVERIFY(local.ok());
        QVERIFY(
            !PostgresCopy::insert((*local)->database(), QStringLiteral("users"), {QStringLiteral("id")}, {1})
                 .ok());
    }

    // Deferred foreign keys and indexes come back as they were, and a row without its referenced row fails
    // the keys.
    void deferredForeignKeysAreCheckedWhenRestored()
    {
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        auto store = Store::open(location);
        QVERIFY(store.ok());
        const QStringList keys = foreignKeysOf(**store, QStringLiteral("memberships"));
        QCOMPARE(keys.size(), 2);
        // The primary key's index and the plain one by user.
        const QStringList indexes = indexesOf(**store, QStringLiteral("memberships"));
        QCOMPARE(indexes.size(), 2);
        {
            Transaction tx((*store)->database());
            KeysAndIndexesDeferred deferred((*store)->database(), QStringLiteral("memberships"));
            QVERIFY(deferred.isDeferred());
            QCOMPARE(foreignKeysOf(**store, QStringLiteral("memberships")), QStringList());
            const QStringList kept = indexesOf(**store, QStringLiteral("memberships"));
            QCOMPARE(kept.size(), 1);
            QVERIFY2(kept.first().contains(QLatin1String("UNIQUE")), qPrintable(kept.first()));
            QSqlQuery q((*store)->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO memberships(group_id, user_id) VALUES(41, 42)")));
            const Status restored = deferred.restore();
            QVERIFY(!restored.ok());
            QVERIFY2(restored.error().message.contains(QLatin1String("memberships")),
                     qPrintable(restored.error().message));
        } // rolled back
        QCOMPARE(foreignKeysOf(**store, QStringLiteral("memberships")), keys);
        QCOMPARE(indexesOf(**store, QStringLiteral("memberships")), indexes);
        QCOMPARE((*store)->count(QStringLiteral("memberships")), 0);
        {
            Transaction tx((*store)->database());
            KeysAndIndexesDeferred deferred((*store)->database(), QStringLiteral("memberships"));
            QVERIFY(deferred.isDeferred());
            QVERIFY(deferred.restore().ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(foreignKeysOf(**store, QStringLiteral("memberships")), keys);
        QCOMPARE(indexesOf(**store, QStringLiteral("memberships")), indexes);
    }

    // A first full sync into the team store: by its owner, the memberships' keys and plain index are dropped
    // and added back; by a role that does not own the tables, they stay and are checked row by row. Both
    // write the same and leave the same keys.
    void firstSyncKeepsTheForeignKeys_data()
    {
        QTest::addColumn<bool>("owner");
        QTest::newRow("owner") << true;
        QTest::newRow("another admin") << false;
    }

    void firstSyncKeepsTheForeignKeys()
    {
        QFETCH(bool, owner);
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        auto admin = Store::open(location);
        QVERIFY(admin.ok());
        const QStringList keys = foreignKeysOf(**admin, QStringLiteral("memberships"));
        const QStringList indexes = indexesOf(**admin, QStringLiteral("memberships"));
        QString at = location;
        const QString role = QStringLiteral("scimflow_member_%1").arg(QCoreApplication::applicationPid());
        QSqlQuery q((*admin)->database());
        if (!owner) {
            for (const QString &sql :
                 {QStringLiteral("CREATE ROLE %1 LOGIN"),
                  // What the README's set-up gives a second admin: the schema, and all on the tables.
                  QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1"),
                  QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1"),
                  QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1")})
                QVERIFY2(q.exec(sql.arg(role)), qPrintable(q.lastError().text()));
            QUrl url(location);
            url.setUserName(role);
            at = url.toString();
        }
        {
            auto store = Store::open(at);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            if (!owner) {
                // Not the owner: the keys cannot be dropped, and the transaction goes on.
                Transaction tx((*store)->database());
                KeysAndIndexesDeferred deferred((*store)->database(), QStringLiteral("memberships"));
                QVERIFY(!deferred.isDeferred());
                QCOMPARE((*store)->count(QStringLiteral("memberships")), 0);
                QVERIFY(tx.commit().ok());
            }
            const qint64 run = (*store)->beginSyncRun(QStringLiteral("okta"), QStringLiteral("full")).value();
            const auto written = SnapshotWriter::write(**store, firstSnapshot(run));
            QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
            QCOMPARE(written->memberships, 2);
        }
        QCOMPARE(foreignKeysOf(**admin, QStringLiteral("memberships")), keys);
        QCOMPARE(indexesOf(**admin, QStringLiteral("memberships")), indexes);
        QCOMPARE((*admin)->memberIdsOfGroup(1).size(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM memberships WHERE baseline = 1")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        if (!owner) {
            QVERIFY(q.exec(QStringLiteral("DROP OWNED BY %1").arg(role)));
            QVERIFY(q.exec(QStringLiteral("DROP ROLE %1").arg(role)));
        }
    }

    void frozenDatabasesMoveToTheTeamStore_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= Schema::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    // A local database of any released schema, migrated and copied into an empty team store: the same rows,
    // the same audit chain, and new rows continue after the copied ids.
    void frozenDatabasesMoveToTheTeamStore()
    {
        QFETCH(int, version);
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v%1.db").arg(version));
        QVERIFY(QFile::copy(QStringLiteral(SCIMFLOW_STORE_FIXTURES "/v%1.db").arg(version), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        auto source = Store::open(path);
        QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.error().message));
        auto target = Store::open(location);
        QVERIFY2(target.ok(), target.ok() ? "" : qPrintable(target.error().message));

        const auto counts = StoreCopy::copy(**source, **target);
        QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().message));
        qint64 rows = 0;
        for (const TableCount &c : *counts) {
            QCOMPARE(c.target, c.source);
            rows += c.target;
        }
        QVERIFY(rows >= 10);
        QCOMPARE((*target)->users().size(), 2);
        QCOMPARE((*target)->users().first().userName, QStringLiteral("ada@example.com"));
        QCOMPARE((*target)->users().last().active, false);
        QCOMPARE((*target)->memberIdsOfGroup(1), QList<qint64>{1});
        QCOMPARE((*target)->jobs().first().runAsServiceAccountId, 1);
        QCOMPARE((*target)->metaValue(QStringLiteral("fixture")), QStringLiteral("schema v%1").arg(version));
        const AuditVerification before = AuditLog((*source)->database()).verify();
        const AuditVerification after = AuditLog((*target)->database()).verify(before.head);
        QCOMPARE(after.intact, before.intact);
        QCOMPARE(after.entries, before.entries);

        // Ids continue after the copied ones.
        auto run = (*target)->beginSyncRun(QStringLiteral("okta"), QStringLiteral("full"));
        QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().message));
        QVERIFY(*run > (*source)->syncRuns().last().id);

        // A second copy into the now filled store is refused, and changes nothing.
        const auto again = StoreCopy::copy(**source, **target);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QLatin1String("not empty")),
                 qPrintable(again.error().message));
        QCOMPARE((*target)->users().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTeamStore)
#include "tst_teamstore.moc"
