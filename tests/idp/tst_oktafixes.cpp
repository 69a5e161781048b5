// The fixes made where an Okta identity lives, against the Okta-shaped sandbox on 127.0.0.1: the same
// preview, reason, intent and outcome audit entries and confirming re-read as the SCIM fixes.

#include "auditlog.h"
#include "authprovider.h"
#include "fixexecutor.h"
#include "httpclient.h"
#include "oktafixconnector.h"
#include "oktasandbox.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "store.h"

#include <QJsonDocument>
#include <QTest>

using namespace Scimflow;

namespace {

const QString kToken = QStringLiteral("okta-fix-CANARY-91ac");

struct Rig
{
    Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), currentTimestamp() - kMsPerHour);
    SandboxServer server;
    std::unique_ptr<OktaSandbox> okta;
    HttpClient http;
    SchemeTokenAuth auth{QStringLiteral("SSWS"), kToken};
    std::unique_ptr<OktaFixConnector> connector;
    std::unique_ptr<Store> store;
    std::unique_ptr<AuditLog> log;
    std::unique_ptr<FixExecutor> executor;

    Rig()
    {
        if (!server.listen())
            qFatal("cannot listen on 127.0.0.1");
        okta = std::make_unique<OktaSandbox>(server, scenario, kToken);
        okta->setApiActor(QStringLiteral("scimflow-fixes@example.com"));
        HttpClientOptions o;
        o.timeoutMs = 3000;
        o.maxRetries = 2;
        o.backoffBaseMs = 10;
        o.backoffMaxMs = 40;
        http.setOptions(o);
        http.setAuthProvider(&auth);
        connector =
            std::make_unique<OktaFixConnector>(&http, okta->orgUrl(), QStringLiteral("Okta API token"));
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
        executor->execute(plan, QStringLiteral("offboarding ticket OPS-77"),
                          [&](FixOutcome o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
            qFatal("the fix never finished");
        return *outcome;
    }

    ResourceState confirm(const FixPlan &plan, qint64 intentSeq)
    {
        std::optional<ResourceState> state;
        executor->confirm(plan.action, intentSeq, [&](ResourceState s) { state = s; });
        if (!QTest::qWaitFor([&] { return state.has_value(); }, 15000))
            qFatal("the read-back never finished");
        return *state;
    }

    QPair<QString, QString> activeMember() const
    {
        for (const Group &g : scenario.groups)
            for (const QString &m : g.memberScimIds)
                if (const User *u = okta->user(m); u && u->active)
                    return {m, g.scimId};
        return {};
    }
};

} // namespace

class TestOktaFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deactivateUser()
    {
        Rig rig;
        const QString userId = rig.activeMember().first;
        FixPlan plan;
        plan.action.kind = FixAction::Kind::DeactivateUser;
        plan.action.userScimId = userId;
        plan.action.userName = rig.okta->user(userId)->userName;
        // The preview is the exact request, without the token.
        const FixRequest preview = rig.connector->describe(plan.action);
        QCOMPARE(preview.method, QStringLiteral("POST"));
        QCOMPARE(preview.url.path(), QStringLiteral("/api/v1/users/%1/lifecycle/deactivate").arg(userId));
        QVERIFY(!preview.toDisplayText().contains(kToken));
        const auto authorization = std::find_if(preview.headers.cbegin(), preview.headers.cend(),
                                                [](const auto &h) { return h.first == "Authorization"; });
        QVERIFY(authorization != preview.headers.cend());
        QVERIFY(authorization->second.startsWith("SSWS ")); // the scheme, never the token
        QVERIFY(!authorization->second.contains(kToken.toUtf8()));
        plan.request = preview;
        const int logBefore = rig.okta->logEventCount();
        const FixOutcome outcome = rig.run(plan);
        QVERIFY2(outcome.performed, qPrintable(outcome.refusal.message));
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);
        QVERIFY(!rig.okta->user(userId)->active);
        QCOMPARE(rig.okta->logEventCount(), logBefore + 1); // Okta's System Log records who did it
        // Intent and outcome, chained, with the reason and without the token.
        const QList<AuditEntry> entries = *rig.log->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].kind, AuditEntry::Kind::Intent);
        QCOMPARE(entries[1].kind, AuditEntry::Kind::Outcome);
        QCOMPARE(entries[1].intentSeq, entries[0].seq);
        QVERIFY(entries[0].request.contains(QStringLiteral("/lifecycle/deactivate")));
        for (const AuditEntry &e : entries)
            QVERIFY(!e.request.contains(kToken) && !e.outcome.contains(kToken));
        // The confirming re-read.
        const ResourceState state = rig.confirm(plan, outcome.intentSeq);
        QVERIFY2(state.readOk, qPrintable(state.error));
        QVERIFY(state.effectApplied);
        QCOMPARE(state.summary, QStringLiteral("status: DEPROVISIONED"));
        // Again: already in effect, nothing is sent.
        const int requests = int(rig.server.requestCount());
        const FixOutcome again = rig.run(plan);
        QCOMPARE(again.result.status, FixResult::Status::Succeeded);
        QVERIFY(again.result.message.contains(QStringLiteral("nothing was sent")));
        QCOMPARE(rig.server.requestCount(), requests + 1); // only the read
    }

    void removeMembership()
    {
        Rig rig;
        const auto [userId, groupId] = rig.activeMember();
        FixPlan plan;
        plan.action.kind = FixAction::Kind::RemoveMembership;
        plan.action.userScimId = userId;
        plan.action.groupScimId = groupId;
        plan.action.groupName = rig.okta->group(groupId)->displayName;
        const FixRequest preview = rig.connector->describe(plan.action);
        QCOMPARE(preview.method, QStringLiteral("DELETE"));
        QCOMPARE(preview.url.path(), QStringLiteral("/api/v1/groups/%1/users/%2").arg(groupId, userId));
        plan.request = preview;
        const FixOutcome outcome = rig.run(plan);
        QVERIFY2(outcome.performed, qPrintable(outcome.refusal.message));
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);
        QVERIFY(!rig.okta->group(groupId)->memberScimIds.contains(userId));
        const ResourceState state = rig.confirm(plan, outcome.intentSeq);
        QVERIFY2(state.readOk, qPrintable(state.error));
        QVERIFY(state.effectApplied);
        QVERIFY(state.summary.contains(QStringLiteral("is not a member of")));
    }

    void refusedFixIsRecordedAsFailed()
    {
        Rig rig;
        FixPlan plan;
        plan.action.kind = FixAction::Kind::DeactivateUser;
        plan.action.userScimId = QStringLiteral("00u-nobody");
        plan.request = rig.connector->describe(plan.action);
        const FixOutcome outcome = rig.run(plan);
        // The user cannot be read (Okta's 404 E0000007): the fix is refused before any change, and nothing is
        // recorded as attempted.
        QVERIFY(!outcome.performed);
        QVERIFY2(outcome.refusal.message.contains(QStringLiteral("E0000007")),
                 qPrintable(outcome.refusal.message));
        QVERIFY(rig.log->entries()->isEmpty());
        QVERIFY(!rig.okta->user(QStringLiteral("00u-nobody")));
    }
};

QTEST_GUILESS_MAIN(TestOktaFixes)
#include "tst_oktafixes.moc"
