// SCIM provisioning targets against the Identity-Center-shaped sandbox on 127.0.0.1: cursor paging and its
// faults, per-user membership reads, the fault matrix, fixes on a target and the provisioning-drift rule.
#include "auditlog.h"
#include "authprovider.h"
#include "driftanalyzer.h"
#include "fixexecutor.h"
#include "fixplanner.h"
#include "httpclient.h"
#include "provisioningdriftrule.h"
#include "sandboxserver.h"
#include "scimcursorlistjob.h"
#include "scimfixconnector.h"
#include "scimlistjob.h"
#include "scimsandbox.h"
#include "scimtargetsandbox.h"
#include "store.h"
#include "syncjob.h"
#include "targetrepository.h"
#include "targetsyncjob.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Scimflow;

namespace {

const QString kToken = QStringLiteral("aws-scim-t0ken-7d21e9");

QString userId(int i)
{
    return QStringLiteral("9067729b3d-%1").arg(i, 8, 10, QLatin1Char('0'));
}

QString groupId(int g)
{
    return QStringLiteral("9067729b3d-g%1").arg(g, 3, 10, QLatin1Char('0'));
}

/// An Identity-Center-shaped target with \a users users in \a groups groups: user i is in group i % groups,
/// and every third user also in group 0. Expected memberships are counted into \a memberships.
struct Env
{
    QTemporaryDir dir;
    SandboxServer server;
    ScimTargetSandbox aws{server, QStringLiteral("/aws/scim/v2"), kToken};
    HttpClient http;
    StaticTokenAuth auth{kToken};
    std::unique_ptr<ScimClient> client;
    QString db;
    int memberships = 0;

    explicit Env(int users = 250, int groups = 14, VendorProfile profile = VendorProfile::awsIdentityCenter())
    {
        HttpClientOptions o;
        o.timeoutMs = 2000;
        o.backoffBaseMs = 5;
        o.backoffMaxMs = 20;
        o.maxRetries = 3;
        o.maxRateLimitWaitMs = 3000;
        http.setOptions(o);
        http.setAuthProvider(&auth);
        if (!server.listen(0))
            qFatal("the sandbox cannot listen on 127.0.0.1");
        QList<Group> gs;
        for (int g = 0; g < groups; ++g) {
            Group group;
            group.scimId = groupId(g);
            group.externalId = QStringLiteral("okta-group-%1").arg(g);
            group.displayName = QStringLiteral("team-%1").arg(g);
            gs << group;
        }
        for (int i = 0; i < users; ++i) {
            User u;
            u.scimId = userId(i);
            u.externalId = QStringLiteral("00u%1").arg(i, 6, 10, QLatin1Char('0'));
            u.userName = QStringLiteral("user%1@example.com").arg(i);
            u.email = u.userName;
            u.emails = {u.userName, QStringLiteral("alias%1@example.com").arg(i)};
            aws.addUser(u);
            gs[i % groups].memberScimIds << u.scimId;
            ++memberships;
            if (i % 3 == 0 && i % groups != 0) {
                gs[0].memberScimIds << u.scimId;
                ++memberships;
            }
        }
        for (const Group &g : std::as_const(gs))
            aws.addGroup(g);
        client = std::make_unique<ScimClient>(&http, aws.baseUrl(), profile);
        db = dir.filePath(QStringLiteral("scimflow.db"));
    }

    Result<TargetSyncSummary> sync()
    {
        TargetSyncJob job(client.get(), QStringLiteral("aws"), db);
        std::optional<Result<TargetSyncSummary>> out;
        QObject::connect(&job, &TargetSyncJob::finished, [&](const TargetSyncSummary &s) { out = s; });
        QObject::connect(&job, &TargetSyncJob::failed, [&](const Error &e) { out = e; });
        job.start();
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 120000))
            return Error::make(Error::Kind::Internal, QStringLiteral("the target sync did not finish"));
        return *out;
    }

    qint64 count(const QString &sql)
    {
        auto store = Store::open(db);
        QSqlQuery q((*store)->database());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    /// The stored snapshot as text, to compare before and after a failed sync.
    QString dump()
    {
        auto store = Store::open(db);
        QSqlQuery q((*store)->database());
        QString out;
        for (const char *sql :
             {"SELECT scim_id, external_id, user_name, email, active FROM target_users ORDER BY 1",
              "SELECT scim_id, display_name FROM target_groups ORDER BY 1",
              "SELECT group_scim_id, user_scim_id FROM target_memberships ORDER BY 1, 2"}) {
            q.exec(QString::fromLatin1(sql));
            while (q.next())
                out += q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('\n');
        }
        return out;
    }

    QString lastRunStatus()
    {
        auto store = Store::open(db);
        QSqlQuery q((*store)->database());
        q.exec(QStringLiteral("SELECT status FROM target_sync_runs ORDER BY id DESC LIMIT 1"));
        return q.next() ? q.value(0).toString() : QString();
    }
};

QJsonObject firstOperation(const QByteArray &patchBody)
{
    return QJsonDocument::fromJson(patchBody)
        .object()
        .value(QLatin1String("Operations"))
        .toArray()
        .first()
        .toObject();
}

} // namespace

class TestTargetSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullReadByCursorAndPerUserMemberships()
    {
        Env env(250, 14);
        const Result<TargetSyncSummary> s = env.sync();
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->changes.users, 250);
        QCOMPARE(s->changes.groups, 14);
        QCOMPARE(s->changes.memberships, env.memberships);
        QVERIFY(s->changes.baseline);
        QVERIFY(s->cursorPaging);
        QVERIFY(!s->incrementalPossible);
        QCOMPARE(s->membershipQueries, 250);
        // 3 user pages, 1 group page, one membership query per user: nothing more.
        QCOMPARE(s->requests, 3 + 1 + 250);
        QCOMPARE(env.aws.listRequests(), 3 + 1 + 250);
        QCOMPARE(env.count(QStringLiteral("SELECT count(*) FROM target_users")), 250);
        QCOMPARE(env.count(QStringLiteral("SELECT count(*) FROM target_memberships")), env.memberships);
        // Identity Center keeps one email: the stored one is the first.
        QCOMPARE(env.count(QStringLiteral("SELECT count(*) FROM target_users WHERE emails LIKE '%alias%'")),
                 0);
        QCOMPARE(env.lastRunStatus(), QStringLiteral("ok"));
        QVERIFY(s->toLine().startsWith(QStringLiteral("target aws: 250 users, 14 groups, ")));
        QVERIFY(s->toLine().contains(QStringLiteral("cursor paging")));
        QVERIFY(s->toLine().contains(QStringLiteral("no incremental read: full read")));
    }

    void secondReadDerivesChanges()
    {
        Env env(120, 5);
        QVERIFY(env.sync());
        env.aws.setUserActive(userId(7), false);
        env.aws.removeUser(userId(8));
        User added;
        added.scimId = QStringLiteral("9067729b3d-new");
        added.userName = QStringLiteral("new@example.com");
        env.aws.addUser(added);
        const Result<TargetSyncSummary> s = env.sync();
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QVERIFY(!s->changes.baseline);
        QCOMPARE(s->changes.usersAdded, 1);
        QCOMPARE(s->changes.usersRemoved, 1);
        QCOMPARE(s->changes.usersChanged, 1);
        QCOMPARE(s->changes.membershipsRemoved, 1); // user 8's only group (8 % 5 = 3; 8 % 3 != 0)
        QCOMPARE(s->changes.users, 120);
        QCOMPARE(
            env.count(QStringLiteral("SELECT active FROM target_users WHERE scim_id = '%1'").arg(userId(7))),
            0);
        QCOMPARE(env.count(QStringLiteral("SELECT count(*) FROM target_sync_runs WHERE status = 'ok'")), 2);
    }

    void cursorFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("times");
        QTest::addColumn<bool>("recovers");
        QTest::addColumn<QString>("message");
        QTest::newRow("tampered once: invalidCursor, one restart") << "tamper" << 1 << true << QString();
        QTest::newRow("expired once: expiredCursor, one restart") << "expire" << 1 << true << QString();
        QTest::newRow("repeated once: one restart") << "repeat" << 1 << true << QString();
        QTest::newRow("tampered twice: fails") << "tamper" << 2 << false << "invalidCursor";
        QTest::newRow("expired twice: fails") << "expire" << 2 << false << "expiredCursor";
        QTest::newRow("repeated twice: fails") << "repeat" << 2 << false << "paging loop";
    }

    void cursorFaults()
    {
        QFETCH(QString, fault);
        QFETCH(int, times);
        QFETCH(bool, recovers);
        QFETCH(QString, message);
        Env env(60, 4);
        env.client->setPageSize(20); // three pages: cursors to tamper with, expire and repeat
        QVERIFY(env.sync());
        env.aws.setUserActive(userId(3), false); // what a second read would store
        const QString before = env.dump();
        if (fault == QLatin1String("tamper"))
            env.aws.tamperNextCursors(times);
        else if (fault == QLatin1String("expire"))
            env.aws.expireNextCursors(times);
        else
            env.aws.repeatNextCursors(times);
        const Result<TargetSyncSummary> s = env.sync();
        if (recovers) {
            QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
            QCOMPARE(s->restarts, 1);
            QCOMPARE(s->changes.users, 60);
            QCOMPARE(s->changes.usersChanged, 1);
            QVERIFY(s->toLine().contains(QStringLiteral("restarted after a cursor fault")));
            return;
        }
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(message), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QStringLiteral("again after restarting")),
                 qPrintable(s.error().message));
        QCOMPARE(env.dump(), before); // nothing partial was written
        QCOMPARE(env.lastRunStatus(), QStringLiteral("failed"));
    }

    void startIndexPagingIsRejectedClearly()
    {
        // A client that pages by startIndex gets the first page again, as from Identity Center itself.
        VendorProfile generic = VendorProfile::generic();
        Env env(250, 4, generic);
        const Result<TargetSyncSummary> s = env.sync();
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("ignores startIndex")),
                 qPrintable(s.error().message));
        QCOMPARE(env.count(QStringLiteral("SELECT count(*) FROM target_users")), 0);
        QCOMPARE(env.lastRunStatus(), QStringLiteral("failed"));
    }

    void genericProfileDiscoversCursorPaging()
    {
        Env env(150, 4, VendorProfile::generic());
        env.aws.setAnnouncesCursorPaging(true);
        const Result<TargetSyncSummary> s = env.sync();
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QVERIFY(s->cursorPaging);
        QCOMPARE(s->changes.users, 150);
        QCOMPARE(s->changes.groups, 4);
        // The generic profile takes Identity Center's empty "members" at their word: reading its memberships
        // needs the aws-identity-center profile (fullReadByCursorAndPerUserMemberships).
        QCOMPARE(s->membershipQueries, 0);
        QCOMPARE(s->changes.memberships, 0);
    }

    void genericTargetWithStartIndexPagingStillWorks()
    {
        // The simulated IdP's SCIM server as a plain RFC 7644 target: startIndex paging, members on groups.
        QTemporaryDir dir;
        const Scenario scenario =
            ScenarioGenerator::generate(ScenarioSpec::demo(), timestampFromIso(u"2026-11-20T12:00:00Z"));
        SandboxServer server;
        QVERIFY(server.listen(0));
        ScimSandbox generic(server, scenario, kToken);
        HttpClient http;
        StaticTokenAuth auth(kToken);
        http.setAuthProvider(&auth);
        ScimClient client(&http, generic.baseUrl(), VendorProfile::generic());
        client.setPageSize(25);
        TargetSyncJob job(&client, QStringLiteral("platform"), dir.filePath(QStringLiteral("t.db")));
        std::optional<Result<TargetSyncSummary>> out;
        connect(&job, &TargetSyncJob::finished, this, [&](const TargetSyncSummary &s) { out = s; });
        connect(&job, &TargetSyncJob::failed, this, [&](const Error &e) { out = e; });
        job.start();
        QVERIFY(QTest::qWaitFor([&] { return out.has_value(); }, 60000));
        QVERIFY2(*out, qPrintable(*out ? QString() : out->error().message));
        const TargetSyncSummary &s = **out;
        QVERIFY(!s.cursorPaging);
        QCOMPARE(s.membershipQueries, 0);
        QCOMPARE(s.changes.users, qint64(generic.userCount()));
        QCOMPARE(s.changes.groups, qint64(generic.groupCount()));
        qint64 memberships = 0;
        for (const Group &g : scenario.groups)
            memberships += g.memberScimIds.size();
        QCOMPARE(s.changes.memberships, memberships);
        QVERIFY(s.incrementalPossible); // the generic profile with a server that filters
    }

    void lastModifiedFilterIsRejected()
    {
        Env env(10, 2);
        ScimCursorListJob *job = env.client->listByCursor(
            ScimParser::Kind::Users, QStringLiteral("meta.lastModified gt \"2026-01-01T00:00:00Z\""));
        QSignalSpy done(job, &ScimCursorListJob::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(!job->result());
        QCOMPARE(job->result().error().httpStatus, 400);
        QVERIFY2(job->result().error().message.contains(QStringLiteral("invalidFilter")),
                 qPrintable(job->result().error().message));
    }

    void faultMatrix_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("recovers");
        QTest::newRow("429 on a user page") << "429@/aws/scim/v2/Users" << true;
        QTest::newRow("503 twice on groups") << "503x2@/aws/scim/v2/Groups" << true;
        QTest::newRow("connection reset") << "reset@/aws/scim/v2/Users" << true;
        QTest::newRow("malformed page") << "malformed@/aws/scim/v2/Users" << false;
        QTest::newRow("wrong shape") << "wrong-shape@/aws/scim/v2/Users" << false;
        QTest::newRow("html instead of json") << "content-type@/aws/scim/v2/Groups" << false;
        QTest::newRow("expired token") << "expired-token@/aws/scim/v2/Users" << false;
        QTest::newRow("403") << "403@/aws/scim/v2/Groups" << false;
        QTest::newRow("hung server") << "slow:5000x0@/aws/scim/v2/Users" << false;
    }

    void faultMatrix()
    {
        QFETCH(QString, fault);
        QFETCH(bool, recovers);
        Env env(40, 3);
        QVERIFY(env.sync());
        const QString before = env.dump();
        env.aws.setUserActive(userId(1), false);
        const Result<Fault> f = Fault::parse(fault);
        QVERIFY2(f, qPrintable(fault));
        env.server.faults().add(*f);
        const Result<TargetSyncSummary> s = env.sync();
        env.server.faults().clear();
        if (recovers) {
            QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
            QCOMPARE(s->changes.usersChanged, 1);
            return;
        }
        QVERIFY(!s);
        QVERIFY(!s.error().message.isEmpty());
        QVERIFY2(!s.error().message.contains(kToken), "the token leaked into the error");
        QCOMPARE(env.dump(), before);
        QCOMPARE(env.lastRunStatus(), QStringLiteral("failed"));
    }

    void requestCountOfALargeTarget()
    {
        // The bound is structural (one query per user, four in flight); 800 users keep the test short.
        Env env(800, 20);
        const Result<TargetSyncSummary> s = env.sync();
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->changes.users, 800);
        QCOMPARE(s->changes.memberships, env.memberships);
        // At most one request per user plus the listings (8 user pages, 1 group page).
        QVERIFY(s->requests <= 800 + 8 + 1);
        QCOMPARE(env.aws.membershipQueries(), 800);
        QCOMPARE(qint64(env.aws.listRequests()), qint64(s->requests));
    }

    void fixesOnTheTargetUseItsPatchForms()
    {
        Env env(30, 3);
        auto opened = Store::open(env.db);
        QVERIFY(opened);
        std::unique_ptr<Store> store = std::move(opened).value();
        AuditLog log(store->database());
        ScimFixConnector connector(env.client.get(), QStringLiteral("aws API token"));
        connector.setTargetName(QStringLiteral("aws"));
        FixExecutor executor(log, {&connector});
        FixPlanner planner(store->database(), {&connector});

        auto run = [&](const FixAction &action) {
            std::optional<FixOutcome> outcome;
            std::optional<Status> prepared;
            executor.prepare(action, [&](Status s) { prepared = s; });
            if (!QTest::qWaitFor([&] { return prepared.has_value(); }, 10000) || !*prepared)
                qFatal("prepare failed");
            FixPlan plan;
            plan.action = action;
            plan.request = executor.describe(action);
            executor.execute(plan, QStringLiteral("OPS-7 target lags the IdP"),
                             [&](FixOutcome o) { outcome = o; });
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000))
                qFatal("the fix never finished");
            std::optional<ResourceState> state;
            executor.confirm(action, outcome->intentSeq, [&](ResourceState s) { state = s; });
            if (!QTest::qWaitFor([&] { return state.has_value(); }, 10000))
                qFatal("the confirmation never finished");
            return std::make_pair(*outcome, *state);
        };

        FixAction deactivate;
        deactivate.kind = FixAction::Kind::DeactivateUser;
        deactivate.scimTarget = QStringLiteral("aws");
        deactivate.userScimId = userId(4);
        deactivate.userName = QStringLiteral("user4@example.com");
        QVERIFY(planner.connectorFor(deactivate) == &connector);
        FixAction idpAction = deactivate;
        idpAction.scimTarget.clear();
        QVERIFY(!connector.supports(idpAction)); // the target's connector never touches the IdP
        const auto [deactivated, userState] = run(deactivate);
        QVERIFY2(deactivated.result.status == FixResult::Status::Succeeded,
                 qPrintable(deactivated.result.message));
        QVERIFY(userState.effectApplied);
        QVERIFY(!env.aws.user(userId(4))->active);
        QCOMPARE(env.aws.patches().size(), 1);
        const QJsonObject replace = firstOperation(env.aws.patches().last().body);
        QCOMPARE(replace.value(QLatin1String("op")).toString(), QStringLiteral("replace"));
        QCOMPARE(replace.value(QLatin1String("path")).toString(), QStringLiteral("active"));
        QCOMPARE(replace.value(QLatin1String("value")).toBool(true), false);

        FixAction remove;
        remove.kind = FixAction::Kind::RemoveMembership;
        remove.scimTarget = QStringLiteral("aws");
        remove.userScimId = userId(5); // 5 % 3 = 2
        remove.groupScimId = groupId(2);
        remove.userName = QStringLiteral("user5@example.com");
        remove.groupName = QStringLiteral("team-2");
        const auto [removed, groupState] = run(remove);
        QVERIFY2(removed.result.status == FixResult::Status::Succeeded, qPrintable(removed.result.message));
        QVERIFY(groupState.effectApplied);
        QVERIFY(!env.aws.group(groupId(2))->memberScimIds.contains(userId(5)));
        QCOMPARE(env.aws.patches().size(), 2);
        QCOMPARE(env.aws.patches().last().path, QStringLiteral("/aws/scim/v2/Groups/") + groupId(2));
        const QJsonObject op = firstOperation(env.aws.patches().last().body);
        QCOMPARE(op.value(QLatin1String("op")).toString(), QStringLiteral("remove"));
        QCOMPARE(op.value(QLatin1String("path")).toString(), QStringLiteral("members"));
        QCOMPARE(op.value(QLatin1String("value"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("value"))
                     .toString(),
                 userId(5));
        // The audit log has the intent and the outcome of both, naming the target.
        const Result<QList<AuditEntry>> entries = log.entries();
        QVERIFY(entries);
        int onTarget = 0;
        for (const AuditEntry &e : *entries)
            onTarget += e.target.startsWith(QLatin1String("scim-target/aws/")) ? 1 : 0;
        QVERIFY2(onTarget >= 4, qPrintable(QString::number(onTarget)));

        // Identity Center refuses to replace members or to remove them all, in its own error shape.
        HttpRequest replaceAll;
        replaceAll.method = "PATCH";
        replaceAll.url = env.client->endpoint(QStringLiteral("Groups/") + groupId(1));
        replaceAll.contentType = "application/scim+json";
        replaceAll.body = R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],)"
                          R"("Operations":[{"op":"replace","path":"members","value":[]}]})";
        std::optional<Result<HttpResponse>> answer;
        env.http.send(replaceAll, this, [&](const Result<HttpResponse> &r) { answer = r; });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 5000));
        QVERIFY(*answer);
        QCOMPARE((*answer)->status, 400);
        QVERIFY((*answer)->body.contains("exceptionRequestId"));
    }

    void provisioningDriftCorrelatesAndReports()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("drift.db")));
        QVERIFY(opened);
        std::unique_ptr<Store> store = std::move(opened).value();
        const Timestamp now = timestampFromIso(u"2026-11-20T12:00:00Z");
        QSqlQuery q(store->database());
        // The IdP: Ann, Bob, Erin active; Carol deactivated 2 h ago by an admin; Dave 30 min ago.
        const auto user = [&](int id, const char *scimId, const char *name, bool active, Timestamp modified) {
            q.prepare(
                QStringLiteral("INSERT INTO users(id, scim_id, user_name, email, active, last_modified) "
                               "VALUES(?, ?, ?, ?, ?, ?)"));
            q.addBindValue(id);
            q.addBindValue(QString::fromLatin1(scimId));
            q.addBindValue(QString::fromLatin1(name));
            q.addBindValue(QString::fromLatin1(name));
            q.addBindValue(active ? 1 : 0);
            q.addBindValue(modified);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        };
        user(1, "idp-ann", "ann@example.com", true, now - kMsPerDay);
        user(2, "idp-bob", "bob@example.com", true, now - kMsPerDay);
        user(3, "idp-carol", "carol@example.com", false, now - 2 * kMsPerHour);
        user(4, "idp-dave", "dave@example.com", false, now - 30 * 60 * 1000);
        user(5, "idp-erin", "erin@example.com", true, now - kMsPerDay);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO groups(id, scim_id, display_name) VALUES(1, 'idp-g1', 'Engineering'), "
            "(2, 'idp-g2', 'Finance')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO memberships(group_id, user_id) VALUES(1, 1), (1, 2)")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO identity_events(at, kind, user_id, subject, actor, source) "
                                  "VALUES(%1, 'deactivated', 3, 'carol@example.com', 'admin@example.com', "
                                  "'okta-log')")
                       .arg(now - 2 * kMsPerHour)));

        TargetSnapshot t;
        t.name = QStringLiteral("aws");
        t.vendor = QStringLiteral("aws-identity-center");
        t.schemasDocument = "urn:a\nurn:b";
        const auto account = [&t](const char *id, const char *externalId, const char *userName,
                                  const char *email, bool active) {
            User u;
            u.scimId = QString::fromLatin1(id);
            u.externalId = QString::fromLatin1(externalId);
            u.userName = QString::fromLatin1(userName);
            u.email = QString::fromLatin1(email);
            u.active = active;
            t.users << u;
        };
        account("tA", "idp-ann", "ann", "", true);                         // by externalId
        account("tB", "", "BOB@example.com", "", true);                    // by userName, any case
        account("tC", "", "carol-aws", "Carol@Example.com", true);         // by email; deprovisioned
        account("tD", "idp-dave", "dave", "", true);                       // within the SLA
        account("tE", "", "ghost@example.com", "ghost@example.com", true); // orphan
        account("tF", "", "gone@example.com", "", false);                  // inactive orphan: harmless
        account("tG", "idp-erin", "bob@example.com", "", true);            // externalId wins over userName
        Group g1;
        g1.scimId = QStringLiteral("tg1");
        g1.externalId = QStringLiteral("idp-g1");
        g1.displayName = QStringLiteral("Engineering");
        g1.memberScimIds = {QStringLiteral("tA"), QStringLiteral("tB"), QStringLiteral("tC")};
        Group g2;
        g2.scimId = QStringLiteral("tg2");
        g2.displayName = QStringLiteral("FINANCE"); // matched by displayName
        g2.memberScimIds = {QStringLiteral("tB"), QStringLiteral("tF")};
        t.groups = {g1, g2};
        TargetRepository repository(store->database());
        QVERIFY(repository.writeSnapshot(t));

        DriftSettings settings;
        settings.now = now;
        Result<DriftContext> context = DriftContext::load(store->database(), settings);
        QVERIFY(context);
        const Result<QList<Finding>> found = ProvisioningDriftRule().evaluate(*context);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QStringList keys;
        for (const Finding &f : *found)
            keys << QStringLiteral("%1|%2|%3|%4")
                        .arg(f.subject, f.detail, severityName(f.severity),
                             f.evidence.first().toObject().value(QLatin1String("correlation")).toString());
        keys.sort();
        QCOMPARE(keys,
                 QStringList({QStringLiteral("aws: ghost@example.com|orphan|medium|none"),
                              QStringLiteral("bob@example.com|target:aws:membership:tg2|medium|userName"),
                              QStringLiteral("carol@example.com|target:aws:still-active|high|email")}));
        for (const Finding &f : *found) {
            if (f.detail.endsWith(QLatin1String("still-active"))) {
                const QJsonObject e = f.evidence.first().toObject();
                QCOMPARE(e.value(QLatin1String("deprovisionedBy")).toString(),
                         QStringLiteral("admin@example.com"));
                QCOMPARE(e.value(QLatin1String("target")).toString(), QStringLiteral("aws"));
                QVERIFY(f.summary.contains(QStringLiteral("admin@example.com")));
                QVERIFY(f.summary.contains(QStringLiteral("SCIM target aws")));
                // The fix is made in the target, on the target's own account.
                FixPlanner planner(store->database(), {});
                const Result<QList<FixPlan>> plans = planner.plansFor(f);
                QVERIFY(plans && plans->size() == 1);
                QCOMPARE(plans->first().action.scimTarget, QStringLiteral("aws"));
                QCOMPARE(plans->first().action.userScimId, QStringLiteral("tC"));
                QVERIFY(!plans->first().isAvailable()); // no connection to the target here
            }
            if (f.detail.contains(QLatin1String("membership"))) {
                FixPlanner planner(store->database(), {});
                const Result<QList<FixPlan>> plans = planner.plansFor(f);
                QVERIFY(plans && plans->size() == 1);
                QCOMPARE(plans->first().action.kind, FixAction::Kind::RemoveMembership);
                QCOMPARE(plans->first().action.groupScimId, QStringLiteral("tg2"));
                QCOMPARE(plans->first().action.userScimId, QStringLiteral("tB"));
            }
        }
        // A wider SLA hides the late deprovisioning.
        settings.provisioningSlaMinutes = 180;
        context = DriftContext::load(store->database(), settings);
        QCOMPARE(ProvisioningDriftRule().evaluate(*context)->size(), 2);

        // The target's schemas change between two syncs: schema drift on that target.
        t.schemasDocument = "urn:a\nurn:c";
        QVERIFY(repository.writeSnapshot(t));
        settings.provisioningSlaMinutes = 60;
        context = DriftContext::load(store->database(), settings);
        const Result<QList<Finding>> again = ProvisioningDriftRule().evaluate(*context);
        QVERIFY(again);
        QCOMPARE(again->size(), 4);
        const auto schema = std::find_if(again->cbegin(), again->cend(), [](const Finding &f) {
            return f.detail.startsWith(QLatin1String("schema:"));
        });
        QVERIFY(schema != again->cend());
        QCOMPARE(schema->evidence.first().toObject().value(QLatin1String("added")).toString(),
                 QStringLiteral("urn:c"));
        QCOMPARE(schema->evidence.first().toObject().value(QLatin1String("removed")).toString(),
                 QStringLiteral("urn:b"));
        // The user's details list their target accounts.
        const QList<TargetAccount> accounts =
            repository.accountsOf(QStringLiteral("idp-carol"), QStringLiteral("carol@example.com"),
                                  QStringLiteral("carol@example.com"));
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().scimId, QStringLiteral("tC"));
        QVERIFY(accounts.first().active);
    }
};

QTEST_GUILESS_MAIN(TestTargetSync)
#include "tst_targetsync.moc"
