#include "driftanalyzer.h"
#include "fixexecutor.h"
#include "fixplanner.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;
const char kToken[] = "s3cret-t0ken-value";

/// A fake service behind the FixConnector interface: keeps the resources' state, answers scripted results
/// asynchronously (or never, like a process killed mid-request) and applies successful changes.
class FakeService : public FixConnector
{
public:
    enum class Next { Succeed, Fail500, Conflict412, Timeout, Hang };

    QList<Next> script; // consumed by perform(); empty: succeed
    QSet<QString> inactiveUsers;
    QSet<QString> removedMemberships; // "group/user"
    QSet<QString> cancelledJobs;
    QSet<QString> changedCredentials; // targets of credential fixes
    bool readFails = false;
    int performed = 0;

    bool prepareFails = false;
    int prepared = 0;

    bool supports(const FixAction &) const override { return true; }
    void prepare(const FixAction &, std::function<void(Status)> done) override
    {
        ++prepared;
        if (prepareFails)
            done(Error::make(Error::Kind::Network, QStringLiteral("connection refused")));
        else
            done(Status());
    }
    QString identity() const override { return QStringLiteral("scimflow-admin-client"); }
    FixRequest describe(const FixAction &action) const override
    {
        FixRequest r;
        r.method =
            action.kind == FixAction::Kind::CancelJob ? QStringLiteral("PUT") : QStringLiteral("PATCH");
        r.url = QUrl(QStringLiteral("http://127.0.0.1:1/") + action.target());
        r.headers = {{"Authorization", "Bearer [redacted]"}, {"If-Match", "W/\"1\""}};
        r.body = R"({"Operations":[{"op":"replace","path":"active","value":false}]})";
        return r;
    }
    void perform(const FixAction &action, std::function<void(FixResult)> done) override
    {
        ++performed;
        // What a real client holds while sending; it must never reach the audit log.
        const QByteArray authorization = QByteArray("Bearer ") + kToken;
        Q_UNUSED(authorization);
        const Next next = script.isEmpty() ? Next::Succeed : script.takeFirst();
        if (next == Next::Hang)
            return;
        FixResult r;
        switch (next) {
        case Next::Succeed:
            r.status = FixResult::Status::Succeeded;
            r.httpStatus = 200;
            apply(action);
            break;
        case Next::Fail500:
            r.status = FixResult::Status::Failed;
            r.httpStatus = 500;
            r.message = QStringLiteral("Internal Server Error");
            break;
        case Next::Conflict412:
            r.status = FixResult::Status::Conflict;
            r.httpStatus = 412;
            r.message = QStringLiteral("Precondition Failed: the resource changed");
            r.serverState =
                QJsonObject{{QStringLiteral("active"), true},
                            {QStringLiteral("meta"), QJsonObject{{QStringLiteral("version"), "W/\"2\""}}}};
            break;
        case Next::Timeout:
            r.status = FixResult::Status::Failed;
            r.message = QStringLiteral("no answer within 30 s");
            break;
        case Next::Hang:
            break;
        }
        QTimer::singleShot(0, [done, r] {
            done(r);
            done(r); // a buggy double callback must not write two outcomes
        });
    }
    void apply(const FixAction &action)
    {
        switch (action.kind) {
        case FixAction::Kind::DeactivateUser:
            inactiveUsers.insert(action.userScimId);
            break;
        case FixAction::Kind::RemoveMembership:
            removedMemberships.insert(action.groupScimId + QLatin1Char('/') + action.userScimId);
            break;
        case FixAction::Kind::CancelJob:
            cancelledJobs.insert(action.jobExternalId);
            break;
        case FixAction::Kind::DisableServiceAccount:
        case FixAction::Kind::EnableServiceAccount:
        case FixAction::Kind::DisableKey:
        case FixAction::Kind::EnableKey:
        case FixAction::Kind::DeleteKey:
        case FixAction::Kind::RevokeToken:
            changedCredentials.insert(action.target()); // tested against the sandbox in tst_credentials
            break;
        }
    }
    void readBack(const FixAction &action, std::function<void(ResourceState)> done) override
    {
        ResourceState s;
        if (readFails) {
            s.error = QStringLiteral("connection refused");
        } else {
            s.readOk = true;
            switch (action.kind) {
            case FixAction::Kind::DeactivateUser:
                s.effectApplied = inactiveUsers.contains(action.userScimId);
                s.summary = QStringLiteral("active: %1").arg(s.effectApplied ? "false" : "true");
                break;
            case FixAction::Kind::RemoveMembership:
                s.effectApplied =
                    removedMemberships.contains(action.groupScimId + QLatin1Char('/') + action.userScimId);
                s.summary = s.effectApplied ? QStringLiteral("not a member") : QStringLiteral("member");
                break;
            case FixAction::Kind::CancelJob:
                s.effectApplied = cancelledJobs.contains(action.jobExternalId);
                s.summary =
                    s.effectApplied ? QStringLiteral("state: cancelled") : QStringLiteral("state: running");
                break;
            case FixAction::Kind::DisableServiceAccount:
            case FixAction::Kind::EnableServiceAccount:
            case FixAction::Kind::DisableKey:
            case FixAction::Kind::EnableKey:
            case FixAction::Kind::DeleteKey:
            case FixAction::Kind::RevokeToken:
                s.effectApplied = changedCredentials.contains(action.target());
                s.summary = s.effectApplied ? QStringLiteral("changed") : QStringLiteral("unchanged");
                break;
            }
        }
        QTimer::singleShot(0, [done, s] { done(s); });
    }
};

FixPlan deactivatePlan(const QString &user)
{
    FixPlan p;
    p.action.kind = FixAction::Kind::DeactivateUser;
    p.action.userScimId = user;
    p.action.userName = user + QStringLiteral("@example.com");
    p.title = QStringLiteral("Deactivate");
    return p;
}

template <typename T> T wait(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> value;
    start([&value](T v) { value = std::move(v); });
    if (!QTest::qWaitFor([&value] { return value.has_value(); }, 5000))
        qFatal("no callback");
    return *value;
}

std::unique_ptr<Store> openStore()
{
    auto store = Store::open(QStringLiteral(":memory:"));
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    return std::move(store).value();
}

// Every intent has exactly one outcome, right after the request; the chain verifies.
void checkPairs(AuditLog &log, int expectedPairs)
{
    const QList<AuditEntry> entries = *log.entries();
    QHash<qint64, int> outcomes;
    int intents = 0;
    for (const AuditEntry &e : entries) {
        if (e.kind == AuditEntry::Kind::Intent)
            ++intents;
        if (e.kind == AuditEntry::Kind::Outcome)
            ++outcomes[e.intentSeq];
        QVERIFY2(!e.request.contains(QLatin1String(kToken)) && !e.outcome.contains(QLatin1String(kToken)),
                 qPrintable(e.request));
    }
    QCOMPARE(intents, expectedPairs);
    QCOMPARE(outcomes.size(), expectedPairs);
    for (int n : outcomes)
        QCOMPARE(n, 1);
    QVERIFY(log.pendingIntents()->isEmpty());
    const AuditVerification v = log.verify();
    QVERIFY2(v.intact, qPrintable(v.problem));
}

} // namespace

class TestFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyResultLeavesAnIntentOutcomePair_data()
    {
        QTest::addColumn<int>("next");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("outcomePrefix");
        QTest::newRow("success") << int(FakeService::Next::Succeed) << int(FixResult::Status::Succeeded)
                                 << QStringLiteral("succeeded (HTTP 200)");
        QTest::newRow("500") << int(FakeService::Next::Fail500) << int(FixResult::Status::Failed)
                             << QStringLiteral("failed (HTTP 500): Internal Server Error");
        QTest::newRow("412") << int(FakeService::Next::Conflict412) << int(FixResult::Status::Conflict)
                             << QStringLiteral("conflict (HTTP 412)");
        QTest::newRow("timeout") << int(FakeService::Next::Timeout) << int(FixResult::Status::Failed)
                                 << QStringLiteral("failed: no answer within 30 s");
    }

    void everyResultLeavesAnIntentOutcomePair()
    {
        QFETCH(int, next);
        QFETCH(int, status);
        QFETCH(QString, outcomePrefix);
        auto store = openStore();
        AuditLog log(store->database());
        FakeService service;
        service.script = {FakeService::Next(next)};
        FixExecutor executor(log, {&service});
        const FixOutcome outcome = wait<FixOutcome>([&](auto done) {
            executor.execute(deactivatePlan(QStringLiteral("u1")), QStringLiteral("left on Friday"), done);
        });
        QVERIFY(outcome.performed);
        QCOMPARE(int(outcome.result.status), status);
        QCOMPARE(outcome.intentSeq, 1);
        QCOMPARE(outcome.outcomeSeq, 2);
        QVERIFY(outcome.needsConfirmation);
        QTest::qWait(10); // the fake's second callback has run by now
        checkPairs(log, 1);

        const QList<AuditEntry> entries = *log.entries();
        const AuditEntry &intent = entries[0];
        QCOMPARE(intent.kind, AuditEntry::Kind::Intent);
        QCOMPARE(intent.action, QStringLiteral("deactivate-user"));
        QCOMPARE(intent.target, QStringLiteral("user/u1"));
        QCOMPARE(intent.reason, QStringLiteral("left on Friday"));
        QCOMPARE(intent.idpIdentity, QStringLiteral("scimflow-admin-client"));
        const QJsonObject request = QJsonDocument::fromJson(intent.request.toUtf8()).object();
        QCOMPARE(request.value("method").toString(), QStringLiteral("PATCH"));
        QCOMPARE(request.value("headers").toObject().value("Authorization").toString(),
                 QStringLiteral("[redacted]"));
        QCOMPARE(request.value("action").toObject().value("userScimId").toString(), QStringLiteral("u1"));
        QVERIFY2(entries[1].outcome.startsWith(outcomePrefix), qPrintable(entries[1].outcome));
        if (status == int(FixResult::Status::Conflict))
            QVERIFY(entries[1].outcome.contains(QLatin1String("W/\\\"2\\\"")));

        // Re-reading confirms (or not) and is noted.
        const ResourceState state = wait<ResourceState>(
            [&](auto done) { executor.confirm(deactivatePlan(QStringLiteral("u1")).action, 1, done); });
        QVERIFY(state.readOk);
        QCOMPARE(state.effectApplied, status == int(FixResult::Status::Succeeded));
        const AuditEntry note = log.entries()->last();
        QCOMPARE(note.kind, AuditEntry::Kind::Note);
        QCOMPARE(note.intentSeq, 1);
        QVERIFY(note.outcome.startsWith(state.effectApplied ? QLatin1String("confirmed")
                                                            : QLatin1String("not in effect")));
        QVERIFY(log.verify().intact);
    }

    void refusesWithoutReasonOrConnectorAndWritesNothing()
    {
        auto store = openStore();
        AuditLog log(store->database());
        FakeService service;
        FixExecutor executor(log, {&service});
        FixOutcome outcome = wait<FixOutcome>([&](auto done) {
            executor.execute(deactivatePlan(QStringLiteral("u1")), QStringLiteral("  "), done);
        });
        QVERIFY(!outcome.performed);
        FixExecutor none(log, {});
        outcome = wait<FixOutcome>([&](auto done) {
            none.execute(deactivatePlan(QStringLiteral("u1")), QStringLiteral("why"), done);
        });
        QVERIFY(!outcome.performed);
        QCOMPARE(service.performed, 0);
        QVERIFY(log.entries()->isEmpty());
    }

    void refusesWhenTheCurrentStateCannotBeRead()
    {
        auto store = openStore();
        AuditLog log(store->database());
        FakeService service;
        service.prepareFails = true;
        FixExecutor executor(log, {&service});
        const FixOutcome outcome = wait<FixOutcome>([&](auto done) {
            executor.execute(deactivatePlan(QStringLiteral("u1")), QStringLiteral("why"), done);
        });
        QVERIFY(!outcome.performed);
        QVERIFY(outcome.refusal.message.contains(QLatin1String("refused")));
        QCOMPARE(service.prepared, 1);
        QCOMPARE(service.performed, 0);
        QVERIFY(log.entries()->isEmpty()); // nothing was sent, nothing to record
    }

    void refusesWhenTheAuditLogIsDamaged()
    {
        auto store = openStore();
        AuditLog log(store->database());
        QVERIFY(
            store->setMetaValue(AuditLog::headKey(), QStringLiteral("9:") + QString(64, QLatin1Char('a'))));
        FakeService service;
        FixExecutor executor(log, {&service});
        const FixOutcome outcome = wait<FixOutcome>([&](auto done) {
            executor.execute(deactivatePlan(QStringLiteral("u1")), QStringLiteral("why"), done);
        });
        QVERIFY(!outcome.performed);
        QCOMPARE(service.performed, 0); // no request without an intent entry
    }

    void interruptedFixesAreReconciledAtStartUp()
    {
        auto store = openStore();
        AuditLog log(store->database());
        FakeService service;
        {
            // The process dies while the requests are in flight: intents without outcomes.
            service.script = {FakeService::Next::Hang, FakeService::Next::Hang, FakeService::Next::Hang};
            FixExecutor executor(log, {&service});
            for (const char *u : {"applied", "not-applied", "also-not-applied"})
                executor.execute(deactivatePlan(QString::fromLatin1(u)), QStringLiteral("offboarding"),
                                 [](FixOutcome) { QFAIL("no outcome expected"); });
        }
        service.inactiveUsers.insert(QStringLiteral("applied")); // the server did apply the first one
        QCOMPARE(log.pendingIntents()->size(), 3);

        // Next start: the resources are re-read, never written again.
        FakeService restarted = service;
        restarted.script.clear();
        FixExecutor executor(log, {&restarted});
        ReconcileReport report = wait<ReconcileReport>([&](auto done) { executor.reconcile(done); });
        QCOMPARE(report.reconciled, 3);
        QCOMPARE(report.stillPending, 0);
        const QList<AuditEntry> entries = *log.entries();
        QCOMPARE(entries.size(), 6);
        QCOMPARE(entries[3].intentSeq, 1);
        QVERIFY2(entries[3].outcome.contains(QLatin1String("in effect: active: false")),
                 qPrintable(entries[3].outcome));
        QVERIFY(entries[4].outcome.contains(QLatin1String("not in effect: active: true")));
        checkPairs(log, 3);
        QCOMPARE(restarted.performed, 3); // reconciling never repeats the request
    }

    void failedReadsStayPendingUntilTheNextStart()
    {
        auto store = openStore();
        AuditLog log(store->database());
        FakeService service;
        service.script = {FakeService::Next::Hang};
        {
            FixExecutor executor(log, {&service});
            executor.execute(deactivatePlan(QStringLiteral("u1")), QStringLiteral("why"), [](FixOutcome) {});
        }
        service.readFails = true;
        FixExecutor executor(log, {&service});
        ReconcileReport report = wait<ReconcileReport>([&](auto done) { executor.reconcile(done); });
        QCOMPARE(report.reconciled, 0);
        QCOMPARE(report.stillPending, 1);
        QCOMPARE(log.pendingIntents()->size(), 1);
        service.readFails = false;
        report = wait<ReconcileReport>([&](auto done) { executor.reconcile(done); });
        QCOMPARE(report.reconciled, 1);
        checkPairs(log, 1);
    }

    void plansForTheDemoFindings()
    {
        auto store = openStore();
        const Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        QVERIFY(ScenarioImporter::write(*store, scenario));
        DriftSettings settings;
        settings.now = kAnchor;
        DriftAnalyzer analyzer(*store, settings);
        QVERIFY(analyzer.recompute());
        FakeService service;
        FixPlanner planner(store->database(), {&service});
        FixPlanner unconfigured(store->database(), {});
        QHash<QString, QStringList> titles;
        const QList<Finding> findings = *analyzer.repository().load();
        QCOMPARE(findings.size(), 6);
        for (const Finding &f : findings) {
            Result<QList<FixPlan>> plans = planner.plansFor(f);
            QVERIFY(plans);
            for (const FixPlan &p : *plans) {
                titles[f.rule] << fixKindName(p.action.kind);
                QVERIFY(p.isAvailable());
                QVERIFY(!p.expectedEffect.isEmpty());
                QCOMPARE(p.action.findingFingerprint, f.fingerprint);
                QVERIFY(!p.request.toDisplayText().contains(QLatin1String(kToken)));
            }
            const QList<FixPlan> unavailable = *unconfigured.plansFor(f);
            for (const FixPlan &p : unavailable) {
                QVERIFY(!p.isAvailable());
                QVERIFY(!p.unavailableReason.isEmpty());
            }
        }
        QCOMPARE(titles.value("ghost-run"), QStringList{"cancel-job"}); // Dana's stream is still running
        QCOMPARE(titles.value("privileged-drift"), QStringList{"remove-membership"});
        QVERIFY(titles.value("post-deprovisioning-start").isEmpty()); // that job has finished
        QVERIFY(titles.value("orphaned-credential").isEmpty());
        for (const Finding &f : findings) {
            if (f.rule != QLatin1String("privileged-drift"))
                continue;
            const FixPlan plan = planner.plansFor(f)->first();
            QCOMPARE(plan.action.groupName, QStringLiteral("data-platform-admins"));
            QCOMPARE(plan.action.userName, QStringLiteral("priya.raman@example.com"));
            QVERIFY(plan.action.target().startsWith(QLatin1String("group/")));
            FixAction back;
            QVERIFY(FixAction::fromJson(plan.action.toJson(), &back));
            QCOMPARE(back.target(), plan.action.target());
        }
    }
};

QTEST_GUILESS_MAIN(TestFixes)
#include "tst_fixes.moc"
