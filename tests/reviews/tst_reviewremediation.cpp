// A signed campaign's revoke decisions carried out through the fixes against the simulated IdP on
// 127.0.0.1: each item's result is recorded (applied, not found, not supported) and audited.

#include "authprovider.h"
#include "commands.h"
#include "connectionprofile.h"
#include "evidencepack.h"
#include "fixexecutor.h"
#include "fixplanner.h"
#include "httpclient.h"
#include "remediationrun.h"
#include "reviewremediation.h"
#include "reviewrepository.h"
#include "reviewsignoff.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "scimclient.h"
#include "scimfixconnector.h"
#include "scimsandbox.h"
#include "secretstore.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Scimflow;

namespace {

const Timestamp kAnchor = timestampFromIso(u"2026-11-28T12:00:00Z");
const QString kToken = QStringLiteral("sandbox-t0ken-review-7c2e");

HttpClientOptions fastOptions()
{
    HttpClientOptions options;
    options.timeoutMs = 5000;
    options.maxRetries = 1;
    options.backoffBaseMs = 10;
    options.backoffMaxMs = 40;
    return options;
}

/// The demo directory served by the SCIM sandbox, its store, the fixes through the sandbox and a signed
/// campaign over it: the recommended revocations decided revoke, the rest keep.
struct SignedCampaign
{
    Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
    SandboxServer server;
    std::unique_ptr<ScimSandbox> sandbox;
    HttpClient http{fastOptions()};
    StaticTokenAuth auth{kToken};
    std::unique_ptr<ScimClient> client;
    std::unique_ptr<ScimFixConnector> connector;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<AuditLog> log;
    std::unique_ptr<FixExecutor> executor;
    std::unique_ptr<FixPlanner> planner;
    ReviewCampaign campaign;

    /// False when a step fails (the test then fails at the caller's QVERIFY).
    bool open(const QString &name)
    {
        if (!server.listen())
            return false;
        sandbox = std::make_unique<ScimSandbox>(server, scenario, kToken);
        http.setAuthProvider(&auth);
        client = std::make_unique<ScimClient>(&http, sandbox->baseUrl(), VendorProfile::generic());
        connector = std::make_unique<ScimFixConnector>(client.get(), QStringLiteral("sandbox API token"));
        auto opened = Store::open(dir.filePath(QStringLiteral("review.db")));
        if (!opened)
            return false;
        store = std::move(*opened);
        if (!ScenarioImporter::write(*store, scenario))
            return false;
        log = std::make_unique<AuditLog>(store->database());
        executor = std::make_unique<FixExecutor>(*log, QList<FixConnector *>{connector.get()});
        planner = std::make_unique<FixPlanner>(store->database(), QList<FixConnector *>{connector.get()});
        ReviewRepository repo(store->database());
        ReviewCampaign spec;
        spec.name = name;
        spec.periodFrom = kAnchor - 30 * kMsPerDay;
        spec.periodTo = kAnchor;
        spec.idleDays = 7;
        spec.scope.serviceAccounts = true;
        Result<ReviewCampaign> c = repo.create(spec);
        if (!c || !repo.decideRecommended(c->id, ReviewDecision::Revoke, QString(), QStringLiteral("bob")) ||
            !repo.decideRecommended(c->id, ReviewDecision::Keep, QStringLiteral("in use"),
                                    QStringLiteral("bob")) ||
            !ReviewSignOff(store->database()).signOff(c->id, QStringLiteral("carol")))
            return false;
        campaign = *repo.campaign(c->id);
        return true;
    }
};

} // namespace

class TestReviewRemediation : public QObject
{
    Q_OBJECT

private slots:
    void revokeDecisionsAreAppliedThroughTheFixes();
    void wholePlanFailsOneItemThenResumes();
    void commandLineAppliesThePlanThroughTheSavedConnection();
};

void TestReviewRemediation::revokeDecisionsAreAppliedThroughTheFixes()
{
    SignedCampaign rig;
    QVERIFY(rig.open(QStringLiteral("remediation")));
    ScimSandbox &sandbox = *rig.sandbox;
    QTemporaryDir &dir = rig.dir;
    Store *store = rig.store.get();
    AuditLog &log = *rig.log;
    FixExecutor &executor = *rig.executor;
    FixPlanner &planner = *rig.planner;
    ReviewRepository repo(store->database());
    const Result<ReviewCampaign> c = rig.campaign;

    ReviewRemediation remediation(store->database(), planner);
    Result<QList<RemediationStep>> steps = remediation.plan(c->id);
    QVERIFY(steps);
    int memberships = 0, accounts = 0;
    const QList<ReviewItem> decided = *repo.items(c->id);
    for (const ReviewItem &it : decided) {
        if (it.decision == ReviewDecision::Revoke)
            (it.kind == ReviewItem::Kind::Membership ? memberships : accounts) += 1;
    }
    QCOMPARE(steps->size(), memberships + accounts);
    QVERIFY(memberships > 0);
    QVERIFY(accounts > 0);

    // One membership is removed at the IdP before the plan is applied: nothing is sent for it.
    const RemediationStep *gone = nullptr;
    for (const RemediationStep &s : std::as_const(*steps)) {
        if (s.hasAction && s.plan.action.kind == FixAction::Kind::RemoveMembership) {
            gone = &s;
            break;
        }
    }
    QVERIFY(gone);
    QStringList members = sandbox.group(gone->plan.action.groupScimId)->memberScimIds;
    QVERIFY(members.removeAll(gone->plan.action.userScimId) == 1);
    sandbox.setGroupMembers(gone->plan.action.groupScimId, members);

    QMap<qint64, FixAction> applied;
    for (const RemediationStep &s : std::as_const(*steps)) {
        if (!s.hasAction || !s.plan.isAvailable()) {
            QVERIFY(!s.unsupportedReason.isEmpty());
            QVERIFY(remediation.recordNotSupported(s));
            continue;
        }
        std::optional<FixOutcome> outcome;
        executor.execute(s.plan, QStringLiteral("access review campaign %1").arg(c->id),
                         [&](FixOutcome o) { outcome = o; });
        QVERIFY(QTest::qWaitFor([&] { return outcome.has_value(); }, 15000));
        QVERIFY(remediation.record(s, *outcome));
        applied.insert(s.itemId, s.plan.action);
    }

    int appliedCount = 0, notSupported = 0, alreadyDone = 0;
    const QList<ReviewItem> remediated = *repo.items(c->id);
    for (const ReviewItem &it : remediated) {
        if (it.decision != ReviewDecision::Revoke) {
            QVERIFY(it.remediation.isEmpty());
            continue;
        }
        if (it.id == gone->itemId) {
            QCOMPARE(it.remediation, QStringLiteral("applied"));
            QVERIFY2(it.remediationMessage.contains(QLatin1String("already in effect")),
                     qPrintable(it.remediationMessage));
            ++alreadyDone;
            ++appliedCount;
        } else if (it.kind == ReviewItem::Kind::ServiceAccount) {
            // The demo's store has no Google Cloud IAM inventory and no IAM connector here.
            QCOMPARE(it.remediation, QStringLiteral("not-supported"));
            ++notSupported;
        } else {
            QCOMPARE(it.remediation, QStringLiteral("applied"));
            QVERIFY(it.remediationSeq > 0);
            const FixAction &a = applied[it.id];
            QVERIFY(!sandbox.group(a.groupScimId)->memberScimIds.contains(a.userScimId));
            ++appliedCount;
        }
    }
    QCOMPARE(alreadyDone, 1);
    QCOMPARE(notSupported, accounts);
    QCOMPARE(appliedCount, memberships);
    QVERIFY(log.verify().intact);

    // The applied items are no longer in the plan; the pack carries their intents and outcomes.
    Result<QList<RemediationStep>> rest = remediation.plan(c->id);
    QVERIFY(rest);
    QCOMPARE(rest->size(), steps->size() - appliedCount);
    const QString pack = dir.filePath(QStringLiteral("pack"));
    QVERIFY(EvidencePack::write(store->database(), c->id, pack));
    QVERIFY(EvidencePack::verify(pack).intact);
    QFile auditFile(pack + QStringLiteral("/audit.json"));
    QVERIFY(auditFile.open(QIODevice::ReadOnly));
    const QJsonArray audit = QJsonDocument::fromJson(auditFile.readAll()).array();
    QCOMPARE(audit.size(), 1 + 2 * appliedCount); // the sign-off, and one intent and outcome per fix
}

namespace {

struct PlanRun
{
    QList<RemediationStep> steps;
    RemediationSummary summary;
    QMap<qint64, QPair<QString, QString>> results; // item -> (result, message)
};

} // namespace

// The whole plan with one reason, as *Apply Remediation Plan…* and `review remediate` run it: one membership
// removal refused by the server (its message recorded), a run cancelled after its first item, and resumed
// runs that skip what was applied and finish the rest.
void TestReviewRemediation::wholePlanFailsOneItemThenResumes()
{
    SignedCampaign rig;
    QVERIFY(rig.open(QStringLiteral("whole plan")));
    SandboxServer &server = rig.server;
    ScimSandbox &sandbox = *rig.sandbox;
    Store *store = rig.store.get();
    AuditLog &log = *rig.log;
    FixExecutor &executor = *rig.executor;
    FixPlanner &planner = *rig.planner;
    ReviewRepository repo(store->database());
    const Result<ReviewCampaign> c = rig.campaign;
    const QString digest = repo.campaign(c->id)->digest;
    ReviewRemediation remediation(store->database(), planner);

    auto run = [&](int cancelAfter) {
        PlanRun out;
        Result<QList<RemediationStep>> steps = remediation.plan(c->id);
        if (!steps)
            return out;
        out.steps = *steps;
        RemediationRun r(store->database(), &executor);
        QSignalSpy finished(&r, &RemediationRun::finished);
        QSignalSpy progress(&r, &RemediationRun::progress);
        connect(&r, &RemediationRun::itemFinished, &r,
                [&](qint64 item, const QString &result, const QString &message) {
                    out.results.insert(item, {result, message});
                    if (out.results.size() == cancelAfter)
                        r.cancel();
                });
        if (!r.start(out.steps, QStringLiteral("access review campaign %1").arg(c->id)) ||
            !finished.wait(60000))
            return out;
        out.summary = finished.first().at(0).value<RemediationSummary>();
        if (progress.isEmpty() || progress.first().at(1).toInt() != out.steps.size())
            out.summary = {}; // reported against the whole plan, or not at all: fails the checks below
        return out;
    };

    // The first membership in the plan is refused by the server when its PATCH arrives (its read passes).
    const RemediationStep *first = nullptr;
    Result<QList<RemediationStep>> planned = remediation.plan(c->id);
    QVERIFY(planned);
    for (const RemediationStep &s : std::as_const(*planned)) {
        if (s.hasAction && s.plan.action.kind == FixAction::Kind::RemoveMembership) {
            first = &s;
            break;
        }
    }
    QVERIFY(first);
    const qint64 failingItem = first->itemId;
    const FixAction failingAction = first->plan.action;
    Fault refused;
    refused.status = 403;
    refused.skip = 1;
    refused.pathContains = QStringLiteral("/Groups/") + failingAction.groupScimId;
    server.faults().add(refused);

    const PlanRun one = run(-1);
    QCOMPARE(one.steps.size(), planned->size());
    QCOMPARE(one.results.size(), one.steps.size());
    QCOMPARE(one.summary.failed, 1);
    QCOMPARE(one.summary.pending, 0);
    QVERIFY(!one.summary.cancelled);
    QVERIFY(one.summary.applied > 0);
    QVERIFY(one.summary.notSupported > 0); // the service accounts: no Google Cloud IAM connector here
    QCOMPARE(one.results.value(failingItem).first, QStringLiteral("failed"));
    QVERIFY2(one.results.value(failingItem).second.contains(QLatin1String("Injected HTTP 403")),
             qPrintable(one.results.value(failingItem).second));
    const ReviewItem failed = *repo.item(failingItem);
    QCOMPARE(failed.remediation, QStringLiteral("failed"));
    QVERIFY(failed.remediationMessage.contains(QLatin1String("Injected HTTP 403")));
    QVERIFY(failed.remediationSeq > 0); // its intent and outcome are in the audit log
    QVERIFY(sandbox.group(failingAction.groupScimId)->memberScimIds.contains(failingAction.userScimId));

    // Resumed: the applied items are skipped; cancelled after the first item, the rest stay pending.
    const PlanRun two = run(1);
    QCOMPARE(two.steps.size(), one.summary.failed + one.summary.notSupported + one.summary.notFound);
    QVERIFY(two.summary.cancelled);
    QCOMPARE(two.results.size(), 1);
    QCOMPARE(two.summary.pending, two.steps.size() - 1);
    QCOMPARE(two.results.value(failingItem).first, QStringLiteral("applied"));
    QVERIFY(!sandbox.group(failingAction.groupScimId)->memberScimIds.contains(failingAction.userScimId));

    // Resumed again: only what was never carried out is left, and nothing fails.
    const PlanRun three = run(-1);
    QCOMPARE(three.steps.size(), two.steps.size() - 1);
    QCOMPARE(three.summary.failed, 0);
    QCOMPARE(three.summary.applied, 0);
    QCOMPARE(three.summary.notSupported, three.steps.size());
    const QList<ReviewItem> remediated = *repo.items(c->id);
    for (const ReviewItem &it : remediated) {
        if (it.decision == ReviewDecision::Revoke && it.kind == ReviewItem::Kind::Membership)
            QCOMPARE(it.remediation, QStringLiteral("applied"));
    }

    // One intent per fix sent (the failed one twice), each closed by an outcome; the signed digest holds.
    QSqlQuery q(store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'intent'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), one.summary.applied + 2);
    QVERIFY(log.verify().intact);
    QCOMPARE(ReviewSignOff::digest(*repo.campaign(c->id), *repo.items(c->id)), digest);
    QCOMPARE(repo.campaign(c->id)->digest, digest);
}

// `scimflow review remediate`: the plan printed without --yes (nothing sent), then applied through the
// connection the database was synced from, with its secret from the keychain (here: this session's copy);
// a failing item makes the exit code 1 and a second run retries only it.
void TestReviewRemediation::commandLineAppliesThePlanThroughTheSavedConnection()
{
    const Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
    SandboxServer server;
    QVERIFY(server.listen());
    ScimSandbox sandbox(server, scenario, kToken);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("cli.db"));
    qint64 campaignId = 0;
    {
        auto opened = Store::open(db);
        QVERIFY(opened);
        Store &store = **opened;
        QVERIFY(ScenarioImporter::write(store, scenario));
        ConnectionProfile profile;
        profile.name = QStringLiteral("sandbox");
        profile.scimUrl = sandbox.baseUrl().toString();
        profile.secretRef = SecretStore::newReference(profile.name);
        SecretStore::storeForSession(profile.secretRef, kToken);
        QVERIFY(ConnectionProfiles::save(store, profile));
        QVERIFY(store.setMetaValue(QStringLiteral("synced_connection"), profile.name));
        ReviewRepository repo(store.database());
        ReviewCampaign spec;
        spec.name = QStringLiteral("cli plan");
        spec.periodFrom = kAnchor - 30 * kMsPerDay;
        spec.periodTo = kAnchor;
        spec.idleDays = 7;
        Result<ReviewCampaign> c = repo.create(spec);
        QVERIFY(c);
        campaignId = c->id;
        QVERIFY(repo.decideRecommended(c->id, ReviewDecision::Revoke, QString(), QStringLiteral("bob")));
        QVERIFY(repo.decideRecommended(c->id, ReviewDecision::Keep, QStringLiteral("in use"),
                                       QStringLiteral("bob")));
    }
    const QStringList base{QStringLiteral("review"),     QStringLiteral("remediate"),
                           QStringLiteral("--db"),       db,
                           QStringLiteral("--campaign"), QString::number(campaignId)};
    // Open campaigns are refused: the plan carries out final decisions.
    QCOMPARE(Cli::runReview(base), int(Cli::Failure));
    {
        auto store = Store::open(db);
        QVERIFY(store);
        QVERIFY(ReviewSignOff((*store)->database()).signOff(campaignId, QStringLiteral("carol")));
    }
    const qint64 requestsBefore = server.requestCount();
    QCOMPARE(Cli::runReview(base), int(Cli::Success)); // the preview sends nothing
    QCOMPARE(server.requestCount(), requestsBefore);
    QCOMPARE(Cli::runReview(base + QStringList{QStringLiteral("--yes")}), int(Cli::UsageError)); // no reason
    QCOMPARE(Cli::runReview(base + QStringList{QStringLiteral("--connection"), QStringLiteral("nope"),
                                               QStringLiteral("--reason"), QStringLiteral("x"),
                                               QStringLiteral("--yes")}),
             int(Cli::UsageError));

    // Every membership removal but one (refused by the server) is applied.
    QList<ReviewItem> revoked;
    {
        auto store = Store::open(db);
        QVERIFY(store);
        const QList<ReviewItem> items = *ReviewRepository((*store)->database()).items(campaignId);
        for (const ReviewItem &it : items) {
            if (it.decision == ReviewDecision::Revoke)
                revoked << it;
        }
    }
    QVERIFY(revoked.size() > 1);
    QString groupScimId;
    for (const Group &g : scenario.groups) {
        if (g.displayName == revoked.first().access)
            groupScimId = g.scimId;
    }
    QVERIFY(!groupScimId.isEmpty());
    Fault refused;
    refused.status = 403;
    refused.skip = 1;
    refused.pathContains = QStringLiteral("/Groups/") + groupScimId;
    server.faults().add(refused);
    const QStringList apply =
        base + QStringList{QStringLiteral("--reason"), QStringLiteral("CHG-77"), QStringLiteral("--yes")};
    QCOMPARE(Cli::runReview(apply), int(Cli::Failure));
    auto store = Store::open(db);
    QVERIFY(store);
    ReviewRepository repo((*store)->database());
    int applied = 0, failed = 0;
    for (const ReviewItem &it : revoked) {
        const ReviewItem now = *repo.item(it.id);
        applied += now.remediation == QLatin1String("applied");
        if (now.remediation == QLatin1String("failed")) {
            ++failed;
            QVERIFY2(now.remediationMessage.contains(QLatin1String("Injected HTTP 403")),
                     qPrintable(now.remediationMessage));
        }
    }
    QCOMPARE(failed, 1);
    QCOMPARE(applied, revoked.size() - 1);
    QSqlQuery q((*store)->database());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'intent' AND reason = 'CHG-77'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(revoked.size()));
    q.finish(); // no read transaction left open: the next run's writes must be seen

    // Run again: only the failed item is sent, and it is applied now.
    QCOMPARE(Cli::runReview(apply), int(Cli::Success));
    for (const ReviewItem &it : revoked)
        QCOMPARE(repo.item(it.id)->remediation, QStringLiteral("applied"));
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE kind = 'intent' AND reason = 'CHG-77'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(revoked.size()) + 1);
    QVERIFY(AuditLog((*store)->database()).verify().intact);
}

QTEST_MAIN(TestReviewRemediation)
#include "tst_reviewremediation.moc"
