// The Microsoft Graph side of the fixes against the simulated tenant on 127.0.0.1: each fix leaves one
// intent and one outcome entry that agree with what the tenant did, and the tenant's own audit log shows it.

#include "auditlog.h"
#include "authprovider.h"
#include "fixexecutor.h"
#include "graphdirectoryreader.h"
#include "graphfixconnector.h"
#include "graphsandbox.h"
#include "httpclient.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "store.h"

#include <QJsonDocument>
#include <QTest>

using namespace Scimflow;

namespace {

const QString kTenant = QStringLiteral("fabrikam.onmicrosoft.com");
const QString kClientId = QStringLiteral("0f4a2b1c-fix-app");
const QString kSecret = QStringLiteral("fix~s3cret_77");

struct Rig
{
    Scenario scenario =
        ScenarioGenerator::generate(ScenarioSpec::demo(), currentTimestamp() - 40 * kMsPerDay);
    SandboxServer server;
    std::unique_ptr<GraphSandbox> graph;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<OAuthClientCredentials> auth;
    std::unique_ptr<GraphFixConnector> connector;
    std::unique_ptr<Store> store;
    std::unique_ptr<AuditLog> log;
    std::unique_ptr<FixExecutor> executor;

    Rig()
    {
        if (!server.listen())
            qFatal("cannot listen on 127.0.0.1");
        graph = std::make_unique<GraphSandbox>(server, scenario, kTenant, kClientId, kSecret);
        graph->setPageSize(2); // the user's groups come over several pages
        HttpClientOptions o;
        o.timeoutMs = 3000;
        o.maxRetries = 2;
        o.backoffBaseMs = 10;
        o.backoffMaxMs = 40;
        o.maxRateLimitWaitMs = 3000;
        http = std::make_unique<HttpClient>(o);
        OAuthClientCredentials::Config config;
        config.tokenUrl = GraphDirectoryReader::tokenUrlFor(graph->loginUrl(), kTenant);
        config.clientId = kClientId;
        config.clientSecret = kSecret;
        config.scope = GraphDirectoryReader::scopeFor(graph->graphUrl());
        auth = std::make_unique<OAuthClientCredentials>(http.get(), config);
        http->setAuthProvider(auth.get());
        connector = std::make_unique<GraphFixConnector>(http.get(), graph->graphUrl(), kClientId);
        auto opened = Store::open(QStringLiteral(":memory:"));
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        store = std::move(opened).value();
        log = std::make_unique<AuditLog>(store->database());
        executor = std::make_unique<FixExecutor>(*log, QList<FixConnector *>{connector.get()});
    }

    FixOutcome run(const FixPlan &plan)
    {
        std::optional<FixOutcome> outcome;
        executor->execute(plan, QStringLiteral("leaver ticket HR-311"), [&](FixOutcome o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
            qFatal("the fix never finished");
        return *outcome;
    }

    ResourceState confirm(const FixOutcome &outcome, const FixAction &action)
    {
        std::optional<ResourceState> state;
        executor->confirm(action, outcome.intentSeq, [&](ResourceState s) { state = s; });
        if (!QTest::qWaitFor([&] { return state.has_value(); }, 15000))
            qFatal("the confirmation never finished");
        return *state;
    }
};

const User &activeUser(const Scenario &s)
{
    for (const User &u : s.users) {
        if (u.active)
            return u;
    }
    return s.users.first();
}

void checkPair(AuditLog &log, const QString &method, const QString &urlEnd, const QString &outcomePrefix)
{
    const QList<AuditEntry> entries = *log.entries();
    QVERIFY(entries.size() >= 2);
    QCOMPARE(entries[0].kind, AuditEntry::Kind::Intent);
    QCOMPARE(entries[1].kind, AuditEntry::Kind::Outcome);
    QCOMPARE(entries[1].intentSeq, entries[0].seq);
    QVERIFY2(entries[1].outcome.startsWith(outcomePrefix), qPrintable(entries[1].outcome));
    const QJsonObject request = QJsonDocument::fromJson(entries[0].request.toUtf8()).object();
    QCOMPARE(request.value("method").toString(), method);
    QVERIFY2(request.value("url").toString().endsWith(urlEnd), qPrintable(request.value("url").toString()));
    QVERIFY(request.value("headers")
                .toObject()
                .value("Authorization")
                .toString()
                .contains(QLatin1String("redacted")));
    for (const AuditEntry &e : entries) {
        QVERIFY(!e.request.contains(kSecret));
        QVERIFY(!e.outcome.contains(kSecret));
        QVERIFY(!e.request.contains(QLatin1String("sandbox-graph")));
    }
    QVERIFY(log.pendingIntents()->isEmpty());
    QVERIFY(log.verify().intact);
}

} // namespace

class TestGraphFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deactivateUser()
    {
        Rig rig;
        const User &u = activeUser(rig.scenario);
        FixPlan plan;
        plan.action.kind = FixAction::Kind::DeactivateUser;
        plan.action.userScimId = u.scimId;
        plan.action.userName = u.userName;
        plan.request = rig.connector->describe(plan.action);
        QCOMPARE(plan.request.method, QStringLiteral("PATCH"));
        QCOMPARE(plan.request.body, QByteArray(R"({"accountEnabled":false})"));
        const int audits = rig.graph->auditCount();

        const FixOutcome outcome = rig.run(plan);
        QVERIFY2(outcome.performed, qPrintable(outcome.refusal.message));
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);
        QCOMPARE(outcome.result.httpStatus, 204);
        QVERIFY(!rig.graph->user(u.scimId)->active);
        checkPair(*rig.log, QStringLiteral("PATCH"), QStringLiteral("/v1.0/users/") + u.scimId,
                  QStringLiteral("succeeded (HTTP 204)"));
        // Entra records the change in its own audit log, as an update of AccountEnabled by the app.
        QCOMPARE(rig.graph->auditCount(), audits + 1);

        const ResourceState state = rig.confirm(outcome, plan.action);
        QVERIFY2(state.readOk, qPrintable(state.error));
        QVERIFY(state.effectApplied);
        QCOMPARE(state.summary, QStringLiteral("accountEnabled: false"));

        // Again: already in effect, nothing sent.
        const qint64 before = rig.server.requestCount();
        const FixOutcome again = rig.run(plan);
        QCOMPARE(again.result.status, FixResult::Status::Succeeded);
        QVERIFY(again.result.message.contains(QLatin1String("already in effect")));
        QCOMPARE(rig.server.requestCount() - before, qint64(1)); // the read only
    }

    void removeMembership()
    {
        Rig rig;
        const Group *group = nullptr;
        for (const Group &g : rig.scenario.groups) {
            if (!g.memberScimIds.isEmpty()) {
                group = &g;
                break;
            }
        }
        QVERIFY(group);
        const QString member = group->memberScimIds.first();
        FixPlan plan;
        plan.action.kind = FixAction::Kind::RemoveMembership;
        plan.action.userScimId = member;
        plan.action.userName = rig.graph->user(member)->userName;
        plan.action.groupScimId = group->scimId;
        plan.action.groupName = group->displayName;
        plan.request = rig.connector->describe(plan.action);
        QCOMPARE(plan.request.method, QStringLiteral("DELETE"));

        const FixOutcome outcome = rig.run(plan);
        QVERIFY2(outcome.performed, qPrintable(outcome.refusal.message));
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);
        QVERIFY(!rig.graph->group(group->scimId)->memberScimIds.contains(member));
        checkPair(*rig.log, QStringLiteral("DELETE"),
                  QStringLiteral("/v1.0/groups/%1/members/%2/$ref").arg(group->scimId, member),
                  QStringLiteral("succeeded (HTTP 204)"));
        const ResourceState state = rig.confirm(outcome, plan.action);
        QVERIFY2(state.readOk, qPrintable(state.error));
        QVERIFY(state.effectApplied);
        QVERIFY(state.summary.contains(QLatin1String("is not a member of")));
    }

    void membershipGoneMeanwhileIsAlreadyInEffect()
    {
        Rig rig;
        const Group &group = rig.scenario.groups.first();
        QVERIFY(!group.memberScimIds.isEmpty());
        const QString member = group.memberScimIds.first();
        FixAction action;
        action.kind = FixAction::Kind::RemoveMembership;
        action.userScimId = member;
        action.groupScimId = group.scimId;
        std::optional<Status> prepared;
        rig.connector->prepare(action, [&](Status s) { prepared = s; });
        QVERIFY(QTest::qWaitFor([&] { return prepared.has_value(); }, 10000));
        QVERIFY(prepared->ok());
        rig.graph->removeMember(group.scimId, member); // someone else, between the preview and the fix
        std::optional<FixResult> result;
        rig.connector->perform(action, [&](FixResult r) { result = r; });
        QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, 10000));
        QCOMPARE(result->status, FixResult::Status::Succeeded);
        QVERIFY2(result->message.contains(QLatin1String("HTTP 404")), qPrintable(result->message));
    }

    void unknownUserFailsClearly()
    {
        Rig rig;
        FixPlan plan;
        plan.action.kind = FixAction::Kind::DeactivateUser;
        plan.action.userScimId = QStringLiteral("00000000-no-such-user");
        plan.action.userName = QStringLiteral("ghost@contoso.example");
        plan.request = rig.connector->describe(plan.action);
        const FixOutcome outcome = rig.run(plan);
        QVERIFY(!outcome.performed);
        QVERIFY2(outcome.refusal.message.contains(QLatin1String("404")), qPrintable(outcome.refusal.message));
    }

    void serverErrorIsRecordedAsFailure()
    {
        Rig rig;
        const User &u = activeUser(rig.scenario);
        FixPlan plan;
        plan.action.kind = FixAction::Kind::DeactivateUser;
        plan.action.userScimId = u.scimId;
        plan.action.userName = u.userName;
        plan.request = rig.connector->describe(plan.action);
        Fault f;
        f.kind = Fault::Kind::Status;
        f.status = 500;
        f.times = -1;
        f.skip = 1; // the read goes through, the PATCH fails every time
        f.pathContains = QStringLiteral("/v1.0/users/");
        rig.server.faults().add(f);
        const FixOutcome outcome = rig.run(plan);
        QVERIFY(outcome.performed);
        QCOMPARE(outcome.result.status, FixResult::Status::Failed);
        QVERIFY(rig.graph->user(u.scimId)->active);
        checkPair(*rig.log, QStringLiteral("PATCH"), QStringLiteral("/v1.0/users/") + u.scimId,
                  QStringLiteral("failed (HTTP 500)"));
    }
};

QTEST_GUILESS_MAIN(TestGraphFixes)
#include "tst_graphfixes.moc"
