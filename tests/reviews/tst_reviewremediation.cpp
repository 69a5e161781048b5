// A signed campaign's revoke decisions carried out through the fixes against the simulated IdP on
// 127.0.0.1: each item's result is recorded (applied, not found, not supported) and audited.

#include "authprovider.h"
#include "evidencepack.h"
#include "fixexecutor.h"
#include "fixplanner.h"
#include "httpclient.h"
#include "reviewremediation.h"
#include "reviewrepository.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "scimclient.h"
#include "scimfixconnector.h"
#include "scimsandbox.h"
#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace Scimflow;

namespace {

const Timestamp kAnchor = timestampFromIso(u"2026-11-28T12:00:00Z");
const QString kToken = QStringLiteral("sandbox-t0ken-review-7c2e");

} // namespace

class TestReviewRemediation : public QObject
{
    Q_OBJECT

private slots:
    void revokeDecisionsAreAppliedThroughTheFixes();
};

void TestReviewRemediation::revokeDecisionsAreAppliedThroughTheFixes()
{
    const Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
    SandboxServer server;
    QVERIFY(server.listen());
    ScimSandbox sandbox(server, scenario, kToken);
    HttpClientOptions options;
    options.timeoutMs = 5000;
    options.maxRetries = 1;
    options.backoffBaseMs = 10;
    options.backoffMaxMs = 40;
    HttpClient http(options);
    StaticTokenAuth auth(kToken);
    http.setAuthProvider(&auth);
    ScimClient client(&http, sandbox.baseUrl(), VendorProfile::generic());
    ScimFixConnector connector(&client, QStringLiteral("sandbox API token"));

    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(QStringLiteral("review.db")));
    QVERIFY(opened);
    std::unique_ptr<Store> store = std::move(*opened);
    QVERIFY(ScenarioImporter::write(*store, scenario));
    AuditLog log(store->database());
    FixExecutor executor(log, {&connector});
    FixPlanner planner(store->database(), {&connector});

    ReviewRepository repo(store->database());
    ReviewCampaign spec;
    spec.name = QStringLiteral("remediation");
    spec.periodFrom = kAnchor - 30 * kMsPerDay;
    spec.periodTo = kAnchor;
    spec.idleDays = 7;
    spec.scope.serviceAccounts = true;
    Result<ReviewCampaign> c = repo.create(spec);
    QVERIFY(c);
    QVERIFY(repo.decideRecommended(c->id, ReviewDecision::Revoke, QString(), QStringLiteral("bob")));
    QVERIFY(
        repo.decideRecommended(c->id, ReviewDecision::Keep, QStringLiteral("in use"), QStringLiteral("bob")));
    QVERIFY(repo.signOff(c->id, QStringLiteral("carol")));

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

QTEST_MAIN(TestReviewRemediation)
#include "tst_reviewremediation.moc"
