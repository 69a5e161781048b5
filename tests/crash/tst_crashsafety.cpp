// SIGKILLs `scimflow sync` at random points of a large sync, and a fix between its audit intent and outcome,
// then checks what is left in the store (a SQLite file, or a PostgreSQL database in the _postgres run): the
// store intact, the previous snapshot whole (or the new one, if the kill came after the commit), the next
// sync succeeding, and the interrupted fix reconciled on the next start. The kill points come from a seed
// printed at the start; SCIMFLOW_CRASH_SEED=N replays a run.

#include "auditlog.h"
#include "authprovider.h"
#include "fixexecutor.h"
#include "httpclient.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "scimclient.h"
#include "scimfixconnector.h"
#include "scimsandbox.h"
#include "store.h"
#include "teststore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;
const QString kToken = QStringLiteral("crash-t0ken-77a1");

/// What a snapshot holds, independent of run ids: counts and a hash over the synced content.
struct Fingerprint
{
    bool intact = false;
    qint64 users = 0, groups = 0, memberships = 0, events = 0;
    QByteArray hash;

    bool operator==(const Fingerprint &o) const
    {
        return intact == o.intact && users == o.users && groups == o.groups && memberships == o.memberships &&
               events == o.events && hash == o.hash;
    }
    QString text() const
    {
        return QStringLiteral("%1 users, %2 groups, %3 memberships, %4 events, %5%6")
            .arg(users)
            .arg(groups)
            .arg(memberships)
            .arg(events)
            .arg(QString::fromLatin1(hash.toHex().left(12)),
                 intact ? QString() : QStringLiteral(" (CORRUPT)"));
    }
};

Fingerprint fingerprint(const QString &location)
{
    Fingerprint f;
    auto opened = Store::open(location);
    if (!opened)
        return f;
    QSqlQuery q((*opened)->database());
    // PostgreSQL checks its own pages; a store that opens and answers is what a killed client can leave.
    f.intact = (*opened)->isPostgres() ? q.exec(QStringLiteral("SELECT 1")) && q.next()
                                       : q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() &&
                                             q.value(0).toString() == QLatin1String("ok");
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const auto digest = [&](const QString &sql) {
        qint64 rows = 0;
        if (!q.exec(sql))
            return qint64(-1);
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(q.value(i).toString().toUtf8() + '\x1f');
            ++rows;
        }
        return rows;
    };
    f.users = digest(QStringLiteral("SELECT scim_id, user_name, display_name, email, active, last_modified, "
                                    "version, deleted_at FROM users ORDER BY scim_id"));
    f.groups = digest(QStringLiteral(
        "SELECT scim_id, display_name, last_modified, version, deleted_at FROM groups ORDER BY scim_id"));
    f.memberships = digest(QStringLiteral("SELECT g.scim_id, u.scim_id FROM memberships m JOIN groups g ON "
                                          "g.id = m.group_id JOIN users u ON u.id = m.user_id "
                                          "ORDER BY 1, 2"));
    f.events = q.exec(QStringLiteral("SELECT COUNT(*) FROM identity_events")) && q.next()
                   ? q.value(0).toLongLong()
                   : -1;
    f.hash = hash.result();
    return f;
}

class Child
{
public:
    explicit Child(const QString &program, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SCIMFLOW_SYNC_TOKEN"), kToken);
        env.insert(QStringLiteral("SCIMFLOW_FIX_TOKEN"), kToken);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process.setProcessEnvironment(env);
        m_process.start(program, arguments);
    }
    bool waitForStarted() { return m_process.waitForStarted(10000); }
    /// Lets the in-process sandbox answer while the child runs.
    bool finish(int ms = 60000)
    {
        return QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, ms);
    }
    void killAfter(int ms)
    {
        QTest::qWait(ms);
        m_process.kill(); // SIGKILL on Unix
        finish();
    }
    bool crashed() const { return m_process.exitStatus() == QProcess::CrashExit; }
    int exitCode() const { return m_process.exitCode(); }
    QString output()
    {
        return QString::fromUtf8(m_process.readAllStandardOutput() + m_process.readAllStandardError());
    }

private:
    QProcess m_process;
};

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxServer m_server;
    std::unique_ptr<ScimSandbox> m_sandbox;
    Scenario m_scenario;

    QString m_location; // a file, or a PostgreSQL database (see teststore.h)
    QStringList syncArguments() const
    {
        return {QStringLiteral("sync"),
                QStringLiteral("--db"),
                m_location,
                QStringLiteral("--scim-url"),
                m_sandbox->baseUrl().toString(),
                QStringLiteral("--token-env"),
                QStringLiteral("SCIMFLOW_SYNC_TOKEN"),
                QStringLiteral("--full")};
    }
    int fullSync()
    {
        Child child(QStringLiteral(SCIMFLOW_BINARY), syncArguments());
        if (!child.waitForStarted() || !child.finish())
            return -1;
        if (child.exitCode() != 0)
            qWarning().noquote() << child.output();
        return child.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_location = TestStore::location(m_dir, QStringLiteral("crash.db"));
        ScenarioSpec spec = ScenarioSpec::demo();
        spec.users = 3000;
        spec.groups = 60;
        spec.jobs = 0;
        m_scenario = ScenarioGenerator::generate(spec, kAnchor);
        QVERIFY(m_server.listen());
        m_sandbox = std::make_unique<ScimSandbox>(m_server, m_scenario, kToken);
        m_sandbox->preserialise();
    }

    void killedSyncLeavesPreviousSnapshot()
    {
        QCOMPARE(fullSync(), 0);
        Fingerprint before = fingerprint(m_location);
        QVERIFY(before.intact);
        QCOMPARE(before.users, qint64(m_sandbox->userCount()));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(fullSync(), 0); // a re-sync: what the killed runs do, apart from the changes
        const int syncMs = int(timer.elapsed());

        const quint32 seed = qEnvironmentVariableIsSet("SCIMFLOW_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("SCIMFLOW_CRASH_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("kill seed %u (SCIMFLOW_CRASH_SEED=%u replays it); a full sync takes %d ms", seed, seed,
              syncMs);
        QRandomGenerator random(seed);
        int midSync = 0;
        for (int kill = 0; kill < 5; ++kill) {
            // Change the directory so that the killed sync has a different snapshot to write.
            for (qsizetype i = kill; i < m_scenario.users.size(); i += 5) {
                if (m_sandbox->user(m_scenario.users[i].scimId))
                    m_sandbox->modifyUser(
                        m_scenario.users[i].scimId,
                        [kill](User &u) {
                            u.displayName = QStringLiteral("Renamed %1 ").arg(kill) + u.userName;
                        },
                        kAnchor + 1000 * (kill + 1));
            }
            m_sandbox->removeUser(m_scenario.users[100 + kill].scimId);

            const int atMs = int(random.bounded(syncMs * 3 / 4 + 1)); // changed syncs run a little faster
            Child child(QStringLiteral(SCIMFLOW_BINARY), syncArguments());
            QVERIFY(child.waitForStarted());
            child.killAfter(atMs);
            midSync += child.crashed() ? 1 : 0;
            const Fingerprint after = fingerprint(m_location);
            qInfo("kill %d at %d ms (%s): %s", kill, atMs, child.crashed() ? "killed" : "had finished",
                  qPrintable(after.text()));
            QVERIFY2(after.intact, "the store is damaged after SIGKILL");

            // The next sync succeeds; the killed one left either the snapshot before it, whole, or the
            // complete new one (when the kill came after its commit).
            QCOMPARE(fullSync(), 0);
            const Fingerprint complete = fingerprint(m_location);
            QVERIFY(complete.intact);
            QVERIFY2(!(complete == before), "the directory changes never arrived");
            QVERIFY2(after == before || after == complete,
                     qPrintable(after.text() + QStringLiteral(" is neither ") + before.text() +
                                QStringLiteral(" nor ") + complete.text()));
            before = complete;
        }
        qInfo("%d of 5 kills landed while the sync ran", midSync);
    }

    void killedFixIsReconciledOnNextStart()
    {
        User target;
        for (const User &u : std::as_const(m_scenario.users)) {
            if (const User *now = m_sandbox->user(u.scimId); now && now->active) {
                target = *now;
                break;
            }
        }
        QVERIFY(!target.scimId.isEmpty());
        // The fix reads the user, then its PATCH hangs: the kill lands while the request is in flight.
        Fault slow;
        slow.kind = Fault::Kind::Slow;
        slow.delayMs = 30000;
        slow.skip = 1;
        slow.times = -1;
        slow.pathContains = QStringLiteral("/Users/") + target.scimId;
        m_server.faults().add(slow);

        auto opened = Store::open(m_location);
        QVERIFY(opened.ok());
        std::unique_ptr<Store> store = std::move(opened).value();
        AuditLog log(store->database());
        const qint64 entriesBefore = log.entries()->size();

        Child child(QStringLiteral(SCIMFLOW_FIX_CHILD),
                    {m_location, m_sandbox->baseUrl().toString(), target.scimId, target.userName});
        QVERIFY(child.waitForStarted());
        QVERIFY2(QTest::qWaitFor([&] { return log.pendingIntents()->size() == 1; }, 20000),
                 qPrintable(child.output()));
        QTest::qWait(200); // the PATCH is on its way
        child.killAfter(0);
        QVERIFY(child.crashed());
        m_server.faults().clear();

        QCOMPARE(fingerprint(m_location).intact, true);
        const QList<AuditEntry> pending = *log.pendingIntents();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].kind, AuditEntry::Kind::Intent);
        QCOMPARE(log.entries()->size(), entriesBefore + 1);
        QVERIFY(log.verify().intact);

        // What the console does at start: reconcile pending intents by re-reading the resources.
        HttpClient http;
        StaticTokenAuth auth(kToken);
        http.setAuthProvider(&auth);
        ScimClient client(&http, m_sandbox->baseUrl(), VendorProfile::generic());
        ScimFixConnector connector(&client, QStringLiteral("crash test token"));
        FixExecutor executor(log, {&connector});
        std::optional<ReconcileReport> report;
        executor.reconcile([&](ReconcileReport r) { report = r; });
        QVERIFY(QTest::qWaitFor([&] { return report.has_value(); }, 15000));
        QCOMPARE(report->reconciled, 1);
        QCOMPARE(report->stillPending, 0);
        QVERIFY(log.pendingIntents()->isEmpty());
        const QList<AuditEntry> entries = *log.entries();
        QCOMPARE(entries.last().kind, AuditEntry::Kind::Outcome);
        QCOMPARE(entries.last().intentSeq, pending[0].seq);
        QVERIFY2(entries.last().outcome.startsWith(QLatin1String("reconciled after interruption")),
                 qPrintable(entries.last().outcome));
        QVERIFY(log.verify().intact);

        // And the next sync still works on the same file (this connection stays open meanwhile).
        QCOMPARE(fullSync(), 0);
        QVERIFY(fingerprint(m_location).intact);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
