#include "auditlog.h"
#include "fixexecutor.h"
#include "httpclient.h"
#include "jobcancelconnector.h"
#include "pipelinesandbox.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "store.h"

#include <QJsonDocument>
#include <QTest>

#include <optional>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;
const QString kToken = QStringLiteral("dataflow-t0ken-77aa");

/// The simulated Dataflow API on 127.0.0.1, the connector, and an audit log in memory.
struct Rig
{
    Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
    SandboxServer server;
    std::unique_ptr<PipelineSandbox> pipelines;
    StaticTokenAuth auth{kToken};
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<JobCancelConnector> connector;
    std::unique_ptr<Store> store;
    std::unique_ptr<AuditLog> log;
    std::unique_ptr<FixExecutor> executor;

    Rig()
    {
        if (!server.listen())
            qFatal("cannot listen on 127.0.0.1");
        pipelines = std::make_unique<PipelineSandbox>(server, scenario, kToken);
        HttpClientOptions options;
        options.timeoutMs = 2000;
        options.maxRetries = 2;
        options.backoffBaseMs = 10;
        options.backoffMaxMs = 40;
        http = std::make_unique<HttpClient>(options);
        http->setAuthProvider(&auth);
        connector = std::make_unique<JobCancelConnector>(http.get(), pipelines->baseUrl(),
                                                         pipelines->baseUrl(), "sandbox token");
        store = std::move(Store::open(QStringLiteral(":memory:"))).value();
        log = std::make_unique<AuditLog>(store->database());
        executor = std::make_unique<FixExecutor>(*log, QList<FixConnector *>{connector.get()});
    }

    FixPlan cancelGhostRun() const
    {
        FixPlan plan;
        plan.action.kind = FixAction::Kind::CancelJob;
        for (const PlantedDrift &d : scenario.planted) {
            if (d.rule != QLatin1String("ghost-run"))
                continue;
            for (const Job &j : scenario.jobs) {
                if (j.externalId == d.subject) {
                    plan.action.jobSource = j.source;
                    plan.action.jobExternalId = j.externalId;
                    plan.action.jobProject = j.project;
                    plan.action.jobLocation = j.location;
                    plan.action.jobName = j.name;
                }
            }
        }
        return plan;
    }

    FixOutcome run(const FixPlan &plan)
    {
        std::optional<FixOutcome> outcome;
        executor->execute(plan, QStringLiteral("leaver's stream, ticket OPS-7"),
                          [&](FixOutcome o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
            qFatal("the fix never finished");
        return *outcome;
    }

    ResourceState readBack(const FixPlan &plan)
    {
        std::optional<ResourceState> state;
        connector->readBack(plan.action, [&](ResourceState s) { state = s; });
        if (!QTest::qWaitFor([&] { return state.has_value(); }, 15000))
            qFatal("the read-back never finished");
        return *state;
    }
};

} // namespace

class TestJobCancelFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewShowsTheCancelWithoutTheToken()
    {
        Rig rig;
        const FixPlan plan = rig.cancelGhostRun();
        QVERIFY(!plan.action.jobExternalId.isEmpty());
        QVERIFY(rig.connector->supports(plan.action));
        const FixRequest request = rig.connector->describe(plan.action);
        QCOMPARE(request.method, QStringLiteral("PUT"));
        QVERIFY(request.url.path().endsWith(plan.action.jobExternalId));
        QVERIFY(request.body.contains("JOB_STATE_CANCELLED"));
        QVERIFY(!request.toDisplayText().contains(kToken));
        FixAction other = plan.action;
        other.jobSource = QStringLiteral("openlineage");
        QVERIFY(!rig.connector->supports(other)); // nothing to cancel through
    }

    void cancelsARunningGithubRun()
    {
        Rig rig;
        FixPlan plan;
        plan.action.kind = FixAction::Kind::CancelJob;
        for (const Job &j : rig.scenario.jobs) {
            if (j.source == QLatin1String("github") && j.isRunning()) {
                plan.action.jobSource = j.source;
                plan.action.jobExternalId = j.externalId;
                plan.action.jobProject = j.project;
                plan.action.jobName = j.name;
            }
        }
        if (plan.action.jobExternalId.isEmpty()) {
            // The demo's runs may all have ended at this anchor: then the most recent one answers 409.
            const Job &last = *std::max_element(rig.scenario.jobs.begin(), rig.scenario.jobs.end(),
                                                [](const Job &a, const Job &b) {
                                                    return (a.source == "github" ? a.startTime : 0) <
                                                           (b.source == "github" ? b.startTime : 0);
                                                });
            plan.action.jobSource = last.source;
            plan.action.jobExternalId = last.externalId;
            plan.action.jobProject = last.project;
            const FixOutcome outcome = rig.run(plan);
            QCOMPARE(outcome.result.status, FixResult::Status::Conflict);
            QVERIFY(rig.readBack(plan).effectApplied); // completed already
            return;
        }
        const FixRequest request = rig.connector->describe(plan.action);
        QCOMPARE(request.method, QStringLiteral("POST"));
        QVERIFY(request.url.path().endsWith(plan.action.jobExternalId + "/cancel"));
        QVERIFY(!rig.readBack(plan).effectApplied);
        const FixOutcome outcome = rig.run(plan);
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);
        const ResourceState after = rig.readBack(plan);
        QVERIFY2(after.readOk && after.effectApplied, qPrintable(after.summary + after.error));
        QVERIFY(after.summary.contains("cancelled"));
    }

    void cancelsTheRunningJobAndRecordsIntentAndOutcome()
    {
        Rig rig;
        const FixPlan plan = rig.cancelGhostRun();
        QVERIFY(!rig.readBack(plan).effectApplied); // still running before the fix
        const FixOutcome outcome = rig.run(plan);
        QVERIFY(outcome.performed);
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);
        const ResourceState after = rig.readBack(plan);
        QVERIFY(after.readOk);
        QVERIFY2(after.effectApplied, qPrintable(after.summary));
        const QList<AuditEntry> entries = *rig.log->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].kind, AuditEntry::Kind::Intent);
        QCOMPARE(entries[1].intentSeq, entries[0].seq);
        for (const AuditEntry &e : entries)
            QVERIFY(!e.request.contains(kToken) && !e.outcome.contains(kToken));
        QVERIFY(rig.log->verify().intact);
    }

    void aServerErrorLeavesAFailedOutcome()
    {
        Rig rig;
        Fault f;
        f.kind = Fault::Kind::Status;
        f.status = 503;
        f.pathContains = QStringLiteral("/jobs/");
        f.times = 10;
        rig.server.faults().add(f);
        const FixPlan plan = rig.cancelGhostRun();
        const FixOutcome outcome = rig.run(plan);
        QVERIFY(outcome.performed);
        QCOMPARE(outcome.result.status, FixResult::Status::Failed);
        const QList<AuditEntry> entries = *rig.log->entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[1].kind, AuditEntry::Kind::Outcome);
        QVERIFY(rig.log->pendingIntents()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobCancelFixes)
#include "tst_jobcancelfixes.moc"
