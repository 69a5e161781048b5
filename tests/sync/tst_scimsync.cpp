#include "authprovider.h"
#include "httpclient.h"
#include "sandboxserver.h"
#include "sandboxtokenendpoint.h"
#include "scimclient.h"
#include "scimsandbox.h"
#include "snapshotwriter.h"
#include "store.h"
#include "syncjob.h"
#include "teststore.h"
#include "tlsproxy.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Scimflow;

namespace {

const QString kToken = QStringLiteral("scim-CANARY-token-4f2d8a61");
const Timestamp kAnchor = timestampFromIso(u"2026-11-20T12:00:00Z");

/// Writes \a users and \a groups straight through SnapshotWriter as one run of \a source.
Result<SnapshotStats> writeSnapshot(Store &store, const QList<User> &users, const QList<Group> &groups,
                                    bool full, const QString &source = QStringLiteral("scim"))
{
    const Result<qint64> run = store.beginSyncRun(source, QStringLiteral("test"));
    if (!run)
        return run.error();
    SyncSnapshot snap;
    snap.users = users;
    snap.groups = groups;
    snap.full = full;
    snap.syncTime = currentTimestamp();
    snap.runId = *run;
    snap.source = source;
    snap.mode = full ? QStringLiteral("full") : QStringLiteral("incremental");
    return SnapshotWriter::write(store, snap);
}

/// A sandbox with the demo scenario, a fast HTTP client and a database file: one sync environment per test.
struct Env
{
    QTemporaryDir dir;
    Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
    SandboxServer server;
    ScimSandbox scim{server, scenario, kToken};
    HttpClient http;
    StaticTokenAuth auth{kToken};
    std::unique_ptr<ScimClient> client;
    QString db;

    explicit Env(VendorProfile profile = VendorProfile::generic())
    {
        HttpClientOptions o;
        o.timeoutMs = 400;
        o.backoffBaseMs = 5;
        o.backoffMaxMs = 20;
        o.maxRetries = 3;
        o.maxResponseBytes = 1 << 20;
        o.maxRateLimitWaitMs = 3000;
        http.setOptions(o);
        http.setAuthProvider(&auth);
        if (!server.listen(0))
            qFatal("the sandbox cannot listen on 127.0.0.1");
        client = std::make_unique<ScimClient>(&http, scim.baseUrl(), profile);
        client->setPageSize(10); // the demo's 60 users take 6 pages, 4 in flight
        db = TestStore::location(dir, QStringLiteral("scimflow.db"));
    }

    Result<SyncSummary> sync(SyncOptions::Mode mode = SyncOptions::Mode::Full, SyncJob **jobOut = nullptr,
                             const std::function<void(SyncJob *)> &during = {})
    {
        SyncOptions options;
        options.databasePath = db;
        options.mode = mode;
        SyncJob job(client.get(), options);
        Result<SyncSummary> out = Error::make(Error::Kind::Internal, QStringLiteral("no result"));
        bool done = false;
        QObject::connect(&job, &SyncJob::finished, [&](const SyncSummary &s) {
            out = s;
            done = true;
        });
        QObject::connect(&job, &SyncJob::failed, [&](const Error &e) {
            out = e;
            done = true;
        });
        if (during)
            QObject::connect(&job, &SyncJob::progress, [&] { during(&job); });
        if (jobOut)
            *jobOut = &job;
        QEventLoop loop; // quits on the job's signal: no polling delay per request
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        QObject::connect(&job, &SyncJob::finished, &loop, &QEventLoop::quit);
        QObject::connect(&job, &SyncJob::failed, &loop, &QEventLoop::quit);
        job.start();
        if (!done)
            loop.exec();
        if (!done)
            return Error::make(Error::Kind::Internal, QStringLiteral("the sync did not finish"));
        return out;
    }

    /// Everything a snapshot consists of, as text, to compare before and after a failed sync.
    QString dump()
    {
        auto store = Store::open(db);
        QString out;
        QSqlQuery q((*store)->database());
        for (const char *sql :
             {"SELECT id, scim_id, user_name, active, department, deleted_at, version FROM users ORDER BY id",
              "SELECT id, scim_id, display_name, deleted_at FROM groups ORDER BY id",
              "SELECT group_id, user_id FROM memberships ORDER BY 1, 2",
              "SELECT id, kind, user_id, group_id, at FROM identity_events ORDER BY id"}) {
            q.exec(QString::fromLatin1(sql));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        return out;
    }

    SyncRun lastRun()
    {
        auto store = Store::open(db);
        return (*store)->syncRuns().last();
    }

    QList<IdentityEvent> eventsOfRun(qint64 run)
    {
        auto store = Store::open(db);
        QList<IdentityEvent> out;
        for (const IdentityEvent &e : (*store)->identityEvents())
            if (e.syncRun == run)
                out << e;
        return out;
    }
};

const IdentityEvent *findEvent(const QList<IdentityEvent> &events, IdentityEvent::Kind kind,
                               const QString &subject)
{
    for (const IdentityEvent &e : events)
        if (e.kind == kind && e.subject == subject)
            return &e;
    return nullptr;
}

} // namespace

class TestScimSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstSyncDerivesHistory()
    {
        Env env;
        const auto r = env.sync();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->stats.users, qint64(env.scenario.users.size()));
        QCOMPARE(r->stats.groups, qint64(env.scenario.groups.size()));
        QCOMPARE(r->stats.memberships, env.scenario.membershipCount());
        QCOMPARE(r->mode, QStringLiteral("full"));
        const auto events = env.eventsOfRun(r->runId);
        int inactive = 0;
        for (const User &u : env.scenario.users) {
            const IdentityEvent *created = findEvent(events, IdentityEvent::Kind::Created, u.userName);
            QVERIFY(created);
            QCOMPARE(created->at, u.createdAt);
            if (!u.active) {
                ++inactive;
                const IdentityEvent *off = findEvent(events, IdentityEvent::Kind::Deactivated, u.userName);
                QVERIFY(off);
                QCOMPARE(off->at, u.lastModified);
            }
        }
        QVERIFY(inactive > 0);
        QCOMPARE(env.lastRun().status, QStringLiteral("ok"));
    }

    void groupsListedWithoutMembersTakeThemFromUsers()
    {
        Env env;
        env.scim.setGroupMembersOmitted(true);
        const auto first = env.sync();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->stats.memberships, env.scenario.membershipCount());
        const QString snapshot = env.dump();

        // An incremental listing cannot tell: the memberships stay as they are.
        const Group g = env.scenario.groups[0];
        env.scim.setGroupMembers(g.scimId, g.memberScimIds.mid(1), currentTimestamp() - 1000);
        const auto incremental = env.sync(SyncOptions::Mode::Incremental);
        QVERIFY(incremental.ok());
        QCOMPARE(incremental->stats.memberships, env.scenario.membershipCount());
        // A full one reads every user's groups and sees the member who left.
        const auto full = env.sync(SyncOptions::Mode::Full);
        QVERIFY(full.ok());
        QCOMPARE(full->stats.memberships, env.scenario.membershipCount() - 1);
        QVERIFY(env.dump() != snapshot);
    }

    void incrementalSyncDerivesChanges()
    {
        Env env;
        QVERIFY(env.sync().ok());
        auto store = Store::open(env.db);
        QHash<QString, qint64> idsBefore;
        for (const User &u : (*store)->users())
            idsBefore.insert(u.scimId, u.id);
        store->reset();

        const User a = env.scenario.users[1], b = env.scenario.users[2], c = env.scenario.users[3];
        const Timestamp t1 = currentTimestamp() - 1000;
        env.scim.modifyUser(
            a.scimId, [](User &u) { u.active = !u.active; }, t1);
        env.scim.modifyUser(
            b.scimId, [](User &u) { u.department = QStringLiteral("Moved Dept"); }, t1 + 1);
        const Group g = env.scenario.groups[0];
        QStringList members = g.memberScimIds;
        const QString removed = members.takeFirst();
        if (!members.contains(c.scimId))
            members << c.scimId;
        env.scim.setGroupMembers(g.scimId, members, t1 + 2);
        User fresh = a;
        fresh.scimId = QStringLiteral("new-user-1");
        fresh.userName = QStringLiteral("new.person@example.com");
        fresh.createdAt = fresh.lastModified = t1 + 3;
        env.scim.addUser(fresh);

        const auto r = env.sync(SyncOptions::Mode::Auto);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->mode, QStringLiteral("incremental"));
        QVERIFY(r->fetchedUsers < 10); // only what changed
        const auto events = env.eventsOfRun(r->runId);
        const IdentityEvent *toggled =
            findEvent(events, a.active ? IdentityEvent::Kind::Deactivated : IdentityEvent::Kind::Reactivated,
                      a.userName);
        QVERIFY(toggled);
        QCOMPARE(toggled->at, t1);
        const IdentityEvent *updated = findEvent(events, IdentityEvent::Kind::Updated, b.userName);
        QVERIFY(updated);
        QVERIFY(updated->details.contains(QLatin1String("Moved Dept")));
        QVERIFY(updated->details.contains(QLatin1String("department")));
        const QString removedName = env.scim.user(removed)->userName;
        QVERIFY(findEvent(events, IdentityEvent::Kind::MembershipRemoved, removedName));
        if (!g.memberScimIds.contains(c.scimId))
            QVERIFY(findEvent(events, IdentityEvent::Kind::MembershipAdded, c.userName));
        QVERIFY(findEvent(events, IdentityEvent::Kind::Created, fresh.userName));

        // A full sync sees the deletion; row ids stay stable and rows are kept.
        env.scim.removeUser(c.scimId);
        const auto full = env.sync(SyncOptions::Mode::Full);
        QVERIFY(full.ok());
        QVERIFY(findEvent(env.eventsOfRun(full->runId), IdentityEvent::Kind::Deleted, c.userName));
        store = Store::open(env.db);
        for (const User &u : (*store)->users()) {
            if (idsBefore.contains(u.scimId))
                QCOMPARE(u.id, idsBefore.value(u.scimId));
            if (u.scimId == c.scimId)
                QVERIFY(u.deletedAt > 0);
        }
        QCOMPARE((*store)->count(QStringLiteral("users")), qint64(env.scenario.users.size() + 1));
    }

    void faultMatrix_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("expected"); // -1 = success, else Error::Kind
        QTest::addColumn<QString>("message");
        const int ok = -1;
        QTest::newRow("429 Retry-After") << "429:0x2@/Users" << ok << "";
        QTest::newRow("429 X-Rate-Limit-Reset") << "429-okta@/Groups" << ok << "";
        QTest::newRow("500 burst") << "500x2@/Users" << ok << "";
        QTest::newRow("502 burst") << "502x2@/Groups" << ok << "";
        QTest::newRow("503 burst") << "503x3@/Users" << ok << "";
        QTest::newRow("500 forever") << "500x0@/Users" << int(Error::Kind::Http) << "HTTP 500";
        QTest::newRow("401 expired token") << "expired-token@/Users" << int(Error::Kind::Auth) << "401";
        QTest::newRow("403") << "403@/Users" << int(Error::Kind::Auth) << "403";
        QTest::newRow("404") << "404@/Groups" << int(Error::Kind::NotFound) << "404";
        QTest::newRow("409") << "409@/Users" << int(Error::Kind::Conflict) << "409";
        QTest::newRow("412") << "412@/Users" << int(Error::Kind::Conflict) << "412";
        QTest::newRow("slow but in time") << "slow:100@/Users" << ok << "";
        QTest::newRow("timeout") << "slow:3000x0@/Users" << int(Error::Kind::Timeout) << "did not answer";
        QTest::newRow("truncated once") << "truncated@/Users" << ok << "";
        QTest::newRow("reset once") << "reset@/Groups" << ok << "";
        QTest::newRow("reset always") << "resetx0@/Groups" << int(Error::Kind::Network) << "failed";
        QTest::newRow("malformed JSON")
            << "malformed@/Users" << int(Error::Kind::Protocol) << "malformed JSON";
        QTest::newRow("wrong shape") << "wrong-shape@/Groups" << int(Error::Kind::Protocol) << "ListResponse";
        QTest::newRow("wrong content type")
            << "content-type@/Users" << int(Error::Kind::Protocol) << "text/html";
        QTest::newRow("huge response") << "huge:3000000@/Users" << int(Error::Kind::TooLarge) << "MB";
        QTest::newRow("lying totalResults")
            << "lying-total@/Users" << int(Error::Kind::Protocol) << "totalResults";
        QTest::newRow("totalResults changes")
            << "total-changes@/Users" << int(Error::Kind::Protocol) << "changed during";
        QTest::newRow("ignores startIndex")
            << "ignore-start-index@/Users" << int(Error::Kind::Protocol) << "startIndex";
        QTest::newRow("duplicate ids") << "duplicates@/Users" << ok << "";
        QTest::newRow("discovery 500")
            << "500x0@/ServiceProviderConfig" << int(Error::Kind::Http) << "Discovery";
    }

    // An incremental snapshot whose groups name thousands of members it does not list as users: the writer
    // resolves them with one scan instead of a statement each, with the same outcome.
    void incrementalGroupOfThousandsOfUnlistedMembers()
    {
        QTemporaryDir dir;
        auto opened = Store::open(TestStore::location(dir, QStringLiteral("big.db")));
        QVERIFY(opened.ok());
        Store &store = **opened;
        QList<User> users;
        Group big;
        big.scimId = QStringLiteral("g-big");
        big.displayName = QStringLiteral("Everyone");
        for (int i = 0; i < 6000; ++i) {
            User u;
            u.scimId = QStringLiteral("u-%1").arg(i);
            u.userName = QStringLiteral("user%1@example.com").arg(i);
            users << u;
            big.memberScimIds << u.scimId;
        }
        QVERIFY(writeSnapshot(store, users, {big}, true).ok());
        QCOMPARE(store.count(QStringLiteral("memberships")), 6000);

        // The group again, one member gone, one unknown id: no users listed.
        big.memberScimIds.removeAt(17);
        big.memberScimIds << QStringLiteral("u-unknown");
        const Result<SnapshotStats> stats = writeSnapshot(store, {}, {big}, false);
        QVERIFY2(stats.ok(), stats.ok() ? "" : qPrintable(stats.error().message));
        QCOMPARE(stats->membershipsRemoved, 1);
        QCOMPARE(stats->membershipsAdded, 0);
        QCOMPARE(stats->unknownMembers, 1);
        QCOMPARE(store.count(QStringLiteral("memberships")), 5999);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM memberships m JOIN users u ON u.id = m.user_id "
                                      "WHERE u.scim_id = 'u-17'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // An incremental snapshot may give a group as its changes (who joined, who left) instead of its members:
    // the stored memberships stand but for those, and each real change is one event.
    void incrementalMemberChangesApplyToTheStoredMembers()
    {
        QTemporaryDir dir;
        auto opened = Store::open(TestStore::location(dir, QStringLiteral("changes.db")));
        QVERIFY(opened.ok());
        Store &store = **opened;
        QList<User> users;
        for (int i = 0; i < 5; ++i) {
            User u;
            u.scimId = QStringLiteral("u-%1").arg(i);
            u.userName = QStringLiteral("user%1@example.com").arg(i);
            users << u;
        }
        Group g;
        g.scimId = QStringLiteral("g-ops");
        g.displayName = QStringLiteral("Operators");
        g.memberScimIds = {QStringLiteral("u-0"), QStringLiteral("u-1"), QStringLiteral("u-2")};
        QVERIFY(writeSnapshot(store, users, {g}, true, QStringLiteral("graph")).ok());
        const qint64 eventsBefore = store.count(QStringLiteral("identity_events"));

        // u-3 joins, u-1 leaves; u-0 "joins" and u-4 "leaves" again, which changes nothing; u-9 is unknown.
        Group changes;
        changes.scimId = g.scimId;
        changes.displayName = g.displayName;
        changes.membersListed = false;
        changes.membersAdded = {QStringLiteral("u-0"), QStringLiteral("u-3"), QStringLiteral("u-9")};
        changes.membersRemoved = {QStringLiteral("u-1"), QStringLiteral("u-4")};
        const Result<SnapshotStats> stats =
            writeSnapshot(store, {}, {changes}, false, QStringLiteral("graph"));
        QVERIFY2(stats.ok(), stats.ok() ? "" : qPrintable(stats.error().message));
        QCOMPARE(stats->membershipsAdded, 1);
        QCOMPARE(stats->membershipsRemoved, 1);
        QCOMPARE(stats->unknownMembers, 1);
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("SELECT u.scim_id FROM memberships m JOIN users u ON u.id = m.user_id "
                                      "ORDER BY u.scim_id")));
        QStringList members;
        while (q.next())
            members << q.value(0).toString();
        QCOMPARE(members, QStringList({QStringLiteral("u-0"), QStringLiteral("u-2"), QStringLiteral("u-3")}));
        QCOMPARE(store.count(QStringLiteral("identity_events")), eventsBefore + 2);
        // The group keeps its name: a group given as changes is not emptied.
        QVERIFY(q.exec(QStringLiteral("SELECT display_name FROM groups WHERE scim_id = 'g-ops'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Operators"));
    }

    void faultMatrix()
    {
        QFETCH(QString, fault);
        QFETCH(int, expected);
        QFETCH(QString, message);
        Env env;
        QVERIFY(env.sync().ok());
        // A change the next sync would pick up, so that "unchanged" means something.
        const User &u = env.scenario.users[5];
        env.scim.modifyUser(u.scimId, [](User &x) { x.department = QStringLiteral("After Fault"); });
        const QString before = env.dump();
        env.server.faults().add(*Fault::parse(fault));
        const auto r = env.sync(SyncOptions::Mode::Full);
        const QString after = env.dump();
        if (expected < 0) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QVERIFY(after.contains(QLatin1String("After Fault")));
            QCOMPARE(r->stats.users, qint64(env.scenario.users.size()));
            QCOMPARE(env.lastRun().status, QStringLiteral("ok"));
            if (fault.startsWith(QLatin1String("duplicates")))
                QVERIFY(r->duplicates > 0);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(int(r.error().kind), expected);
            QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
            QVERIFY(!r.error().message.contains(kToken));
            QCOMPARE(after, before); // the previous snapshot is intact
            QCOMPARE(env.lastRun().status, QStringLiteral("failed"));
            QCOMPARE(env.lastRun().message, r.error().message);
        }
    }

    void oauthRefreshDuringSync()
    {
        Env env;
        const QString secret = QStringLiteral("oauth-CANARY-client-secret");
        SandboxTokenEndpoint tokens(env.server, QStringLiteral("console"), secret,
                                    [&env](const QString &token) { env.scim.setToken(token); });
        OAuthClientCredentials::Config config;
        config.tokenUrl = tokens.tokenUrl();
        config.clientId = QStringLiteral("console");
        config.clientSecret = secret;
        OAuthClientCredentials oauth(&env.http, config);
        env.http.setAuthProvider(&oauth);
        QVERIFY(env.sync().ok());
        QCOMPARE(tokens.grants(), 1);

        // The token expires on the server while the client still holds it: refreshed once, the sync
        // completes.
        env.scim.modifyUser(env.scenario.users[5].scimId,
                            [](User &x) { x.department = QStringLiteral("After Expiry"); });
        tokens.expire();
        const auto r = env.sync();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(tokens.grants() >= 2);
        QVERIFY(env.dump().contains(QLatin1String("After Expiry")));

        // The token endpoint refuses the client: a clear Auth error, the snapshot kept.
        env.scim.modifyUser(env.scenario.users[6].scimId,
                            [](User &x) { x.department = QStringLiteral("Never Synced"); });
        config.clientSecret = QStringLiteral("revoked-secret");
        OAuthClientCredentials revoked(&env.http, config);
        env.http.setAuthProvider(&revoked);
        const QString before = env.dump();
        const auto failed = env.sync();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Auth);
        QVERIFY2(failed.error().message.contains(QLatin1String("client id, secret")),
                 qPrintable(failed.error().message));
        QVERIFY(!failed.error().message.contains(secret));
        QCOMPARE(env.dump(), before);
        QCOMPARE(env.lastRun().status, QStringLiteral("failed"));
    }

    void fiftyMegabytePage()
    {
        Env env;
        HttpClientOptions o = env.http.options();
        o.maxResponseBytes = HttpClientOptions().maxResponseBytes; // the real 64 MB cap
        o.timeoutMs = 10000;
        env.http.setOptions(o);
        QVERIFY(env.sync().ok());
        env.scim.modifyUser(env.scenario.users[5].scimId,
                            [](User &x) { x.department = QStringLiteral("Big Page"); });
        QElapsedTimer t;
        t.start();
        // One 50 MB page of users (padded with a member parsers ignore): a legitimate answer, synced.
        env.server.faults().add(*Fault::parse(QStringLiteral("huge:52428800@/Users")));
        const auto r = env.sync();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->stats.users, qint64(env.scenario.users.size()));
        QVERIFY(env.dump().contains(QLatin1String("Big Page")));
        const qint64 acceptedMs = t.restart();
        // Past the cap: refused, the snapshot kept.
        env.scim.modifyUser(env.scenario.users[6].scimId,
                            [](User &x) { x.department = QStringLiteral("Never Synced"); });
        const QString before = env.dump();
        env.server.faults().add(*Fault::parse(QStringLiteral("huge:68157440@/Users")));
        const auto refused = env.sync();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::TooLarge);
        QVERIFY(refused.error().message.contains(QLatin1String("64.0 MB")));
        QCOMPARE(env.dump(), before);
        qInfo("50 MB page synced in %lld ms, 65 MB page refused in %lld ms", acceptedMs, t.elapsed());
    }

    void untrustedCertificate()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (OpenSSL) is not available at run time");
        Env env;
        QVERIFY(env.sync().ok());
        TlsProxy proxy(env.server.port());
        QVERIFY(proxy.start());
        env.client = std::make_unique<ScimClient>(&env.http, proxy.secure(env.scim.baseUrl()),
                                                  VendorProfile::generic());
        env.client->setPageSize(10);
        env.scim.modifyUser(env.scenario.users[5].scimId,
                            [](User &x) { x.department = QStringLiteral("Over TLS"); });
        const QString before = env.dump();
        const auto refused = env.sync();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Network);
        QVERIFY2(refused.error().message.contains(QLatin1String("TLS handshake")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QLatin1String("CA file")));
        QCOMPARE(env.dump(), before);
        QCOMPARE(env.lastRun().status, QStringLiteral("failed"));
        // --ca-file (the connection's CA file) with the certificate's CA: the same sync succeeds.
        QVERIFY(env.http.setCaFile(TlsProxy::caFile()).ok());
        const auto r = env.sync();
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QVERIFY(env.dump().contains(QLatin1String("Over TLS")));
    }

    void cancelKeepsSnapshot()
    {
        Env env;
        QVERIFY(env.sync().ok());
        env.scim.modifyUser(env.scenario.users[0].scimId,
                            [](User &x) { x.department = QStringLiteral("Cancelled"); });
        const QString before = env.dump();
        env.server.faults().add(*Fault::parse(QStringLiteral("slow:50x0@/Users")));
        const auto r = env.sync(SyncOptions::Mode::Full, nullptr, [](SyncJob *job) { job->cancel(); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QCOMPARE(env.dump(), before);
        QCOMPARE(env.lastRun().status, QStringLiteral("cancelled"));
    }

    void discoveryChecksSchemas()
    {
        Env env(VendorProfile::entra());
        env.scim.setEnterpriseSchemaServed(false);
        const auto r = env.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Protocol);
        QVERIFY(r.error().message.contains(QLatin1String("extension:enterprise")));
    }

    void entraStringBooleans()
    {
        Env env(VendorProfile::entra());
        env.scim.setStringBooleans(true);
        const auto r = env.sync();
        QVERIFY(r.ok());
        auto store = Store::open(env.db);
        int inactive = 0;
        for (const User &u : (*store)->users())
            inactive += u.active ? 0 : 1;
        int expected = 0;
        for (const User &u : env.scenario.users)
            expected += u.active ? 0 : 1;
        QCOMPARE(inactive, expected);
    }

    void writesUseEtagsAndReportConflicts()
    {
        Env env;
        bool done = false;
        Result<ServiceProviderInfo> info = Error::make(Error::Kind::Internal, QString());
        env.client->discover(&env.http, [&](const Result<ServiceProviderInfo> &i) {
            info = i;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(info.ok() && info->etagSupported);
        const User u = *env.scim.user(env.scenario.users[0].scimId);
        Result<QJsonObject> r = Error::make(Error::Kind::Internal, QString());
        done = false;
        env.client->setUserActive(u.scimId, false, u.version, {}, &env.http,
                                  [&](const Result<QJsonObject> &x) {
                                      r = x;
                                      done = true;
                                  });
        QTRY_VERIFY(done);
        QVERIFY(r.ok());
        QCOMPARE(env.scim.user(u.scimId)->active, false);
        done = false; // the old ETag is stale now
        env.client->setUserActive(u.scimId, true, u.version, {}, &env.http,
                                  [&](const Result<QJsonObject> &x) {
                                      r = x;
                                      done = true;
                                  });
        QTRY_VERIFY(done);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QCOMPARE(r.error().httpStatus, 412);
        // Membership removal and addition.
        const Group g = env.scenario.groups[0];
        const QString member = g.memberScimIds.first();
        done = false;
        env.client->removeMember(g.scimId, member, QString(), &env.http, [&](const Result<QJsonObject> &x) {
            r = x;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(r.ok());
        QVERIFY(!env.scim.group(g.scimId)->memberScimIds.contains(member));
        done = false;
        env.client->addMember(g.scimId, member, QString(), &env.http, [&](const Result<QJsonObject> &x) {
            r = x;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(env.scim.group(g.scimId)->memberScimIds.contains(member));
        // Okta custom apps: PUT of the whole user.
        VendorProfile okta = VendorProfile::okta();
        okta.deactivateWithPut = true;
        ScimClient oktaClient(&env.http, env.scim.baseUrl(), okta);
        const User v = *env.scim.user(env.scenario.users[1].scimId);
        const HttpRequest put =
            oktaClient.setUserActiveRequest(v.scimId, false, QString(), ScimParser::userToJson(v));
        QCOMPARE(put.method, QByteArray("PUT"));
        done = false;
        oktaClient.setUserActive(v.scimId, false, QString(), ScimParser::userToJson(v), &env.http,
                                 [&](const Result<QJsonObject> &x) {
                                     r = x;
                                     done = true;
                                 });
        QTRY_VERIFY(done);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(env.scim.user(v.scimId)->active, false);
    }

    void tokenNeverStored()
    {
        QStringList logs;
        static QStringList *sink = nullptr;
        sink = &logs;
        QLoggingCategory::setFilterRules(QStringLiteral("scimflow.*=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &m) { sink->append(m); });
        {
            Env env;
            QVERIFY(env.sync().ok());
            env.server.faults().add(*Fault::parse(QStringLiteral("expired-token@/Users")));
            const auto failed = env.sync();
            QVERIFY(!failed.ok());
            QVERIFY(!failed.error().message.contains(kToken));
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile f(env.db + suffix);
                if (f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains(kToken.toUtf8()), qPrintable(env.db + suffix));
            }
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!logs.isEmpty()); // the debug log was on and saw the requests
        for (const QString &line : std::as_const(logs))
            QVERIFY2(!line.contains(kToken), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestScimSync)
#include "tst_scimsync.moc"
