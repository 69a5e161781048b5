// The SCIM side of the fixes against the simulated IdP on 127.0.0.1, with injected faults: every fix must
// leave exactly one intent and one outcome entry that agree with what the server did.

#include "authprovider.h"
#include "fixexecutor.h"
#include "httpclient.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "scimclient.h"
#include "scimfixconnector.h"
#include "scimsandbox.h"
#include "store.h"

#include <QJsonDocument>
#include <QTest>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;
const QString kToken = QStringLiteral("sandbox-t0ken-4f1d9c");

struct Rig
{
    Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
    SandboxServer server;
    std::unique_ptr<ScimSandbox> sandbox;
    std::unique_ptr<HttpClient> http;
    StaticTokenAuth auth{kToken};
    std::unique_ptr<ScimClient> client;
    std::unique_ptr<ScimFixConnector> connector;
    std::unique_ptr<Store> store;
    std::unique_ptr<AuditLog> log;
    std::unique_ptr<FixExecutor> executor;

    explicit Rig(const HttpClientOptions &options)
    {
        if (!server.listen())
            qFatal("cannot listen on 127.0.0.1");
        sandbox = std::make_unique<ScimSandbox>(server, scenario, kToken);
        http = std::make_unique<HttpClient>(options);
        http->setAuthProvider(&auth);
        client = std::make_unique<ScimClient>(http.get(), sandbox->baseUrl(), VendorProfile::generic());
        connector = std::make_unique<ScimFixConnector>(client.get(), QStringLiteral("sandbox API token"));
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
        executor->execute(plan, QStringLiteral("offboarding ticket OPS-42"),
                          [&](FixOutcome o) { outcome = o; });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
            qFatal("the fix never finished");
        return *outcome;
    }
};

HttpClientOptions fastOptions(int maxRetries, int timeoutMs = 3000)
{
    HttpClientOptions o;
    o.timeoutMs = timeoutMs;
    o.maxRetries = maxRetries;
    o.backoffBaseMs = 10;
    o.backoffMaxMs = 40;
    o.maxRateLimitWaitMs = 3000;
    return o;
}

FixPlan deactivate(const User &user)
{
    FixPlan p;
    p.action.kind = FixAction::Kind::DeactivateUser;
    p.action.userScimId = user.scimId;
    p.action.userName = user.userName;
    return p;
}

// A clean, active person of the demo.
const User &cleanUser(const Scenario &s)
{
    for (const User &u : s.users) {
        if (u.active && u.userName.startsWith(QLatin1String("greta")))
            return u;
    }
    return s.users[20];
}

Fault fault(Fault::Kind kind, const QString &path, int times, int skip, int status = 500)
{
    Fault f;
    f.kind = kind;
    f.pathContains = path;
    f.times = times;
    f.skip = skip;
    f.status = status;
    f.retryAfterSeconds = 1;
    return f;
}

// Exactly one intent and one outcome, chained, without the token.
void checkPair(AuditLog &log, const QString &outcomePrefix)
{
    const QList<AuditEntry> entries = *log.entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries[0].kind, AuditEntry::Kind::Intent);
    QCOMPARE(entries[1].kind, AuditEntry::Kind::Outcome);
    QCOMPARE(entries[1].intentSeq, entries[0].seq);
    QVERIFY2(entries[1].outcome.startsWith(outcomePrefix), qPrintable(entries[1].outcome));
    for (const AuditEntry &e : entries) {
        QVERIFY(!e.request.contains(kToken));
        QVERIFY(!e.outcome.contains(kToken));
    }
    const QJsonObject request = QJsonDocument::fromJson(entries[0].request.toUtf8()).object();
    QCOMPARE(request.value("method").toString(), QStringLiteral("PATCH"));
    QVERIFY(request.value("url").toString().startsWith(QLatin1String("http://127.0.0.1:")));
    // The recorded request is the one sent: with the version read just before, and the token redacted.
    QVERIFY2(request.value("headers").toObject().value("If-Match").toString().startsWith(QLatin1String("W/")),
             qPrintable(entries[0].request));
    QVERIFY(request.value("headers")
                .toObject()
                .value("Authorization")
                .toString()
                .contains(QLatin1String("redacted")));
    QVERIFY(log.pendingIntents()->isEmpty());
    QVERIFY(log.verify().intact);
}

} // namespace

class TestScimFixes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deactivateUnderFaults_data()
    {
        QTest::addColumn<QList<Fault>>("faults");
        QTest::addColumn<int>("retries");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("outcomePrefix");
        QTest::addColumn<bool>("serverChanged");
        const QString users = QStringLiteral("/Users/");
        using K = Fault::Kind;
        QTest::newRow("clean") << QList<Fault>{} << 0 << 3000 << int(FixResult::Status::Succeeded)
                               << QStringLiteral("succeeded") << true;
        QTest::newRow("429 then retried")
            << QList<Fault>{fault(K::RateLimit, users, 1, 1)} << 2 << 3000
            << int(FixResult::Status::Succeeded) << QStringLiteral("succeeded") << true;
        QTest::newRow("429 retries exhausted")
            << QList<Fault>{fault(K::RateLimit, users, -1, 1)} << 0 << 3000 << int(FixResult::Status::Failed)
            << QStringLiteral("failed (HTTP 429)") << false;
        QTest::newRow("500 then retried")
            << QList<Fault>{fault(K::Status, users, 1, 1)} << 2 << 3000 << int(FixResult::Status::Succeeded)
            << QStringLiteral("succeeded") << true;
        QTest::newRow("500 every time")
            << QList<Fault>{fault(K::Status, users, -1, 1)} << 2 << 3000 << int(FixResult::Status::Failed)
            << QStringLiteral("failed (HTTP 500)") << false;
        QTest::newRow("412 injected")
            << QList<Fault>{fault(K::Status, users, 1, 1, 412)} << 2 << 3000
            << int(FixResult::Status::Conflict) << QStringLiteral("conflict (HTTP 412)") << false;
        Fault slow = fault(K::Slow, users, 1, 1);
        slow.delayMs = 1500;
        // The server applies the change but answers after the client gave up: the outcome says what the
        // client knows (failed: timeout) and the confirmation re-read shows what the server has.
        QTest::newRow("timeout") << QList<Fault>{slow} << 0 << 300 << int(FixResult::Status::Failed)
                                 << QStringLiteral("failed") << true;
    }

    void deactivateUnderFaults()
    {
        QFETCH(QList<Fault>, faults);
        QFETCH(int, retries);
        QFETCH(int, timeoutMs);
        QFETCH(int, status);
        QFETCH(QString, outcomePrefix);
        QFETCH(bool, serverChanged);
        Rig rig(fastOptions(retries, timeoutMs));
        const User user = cleanUser(rig.scenario);
        QVERIFY(rig.sandbox->user(user.scimId)->active);
        for (const Fault &f : faults)
            rig.server.faults().add(f);

        const FixOutcome outcome = rig.run(deactivate(user));
        QVERIFY(outcome.performed);
        QCOMPARE(int(outcome.result.status), status);
        checkPair(*rig.log, outcomePrefix);
        if (outcome.result.status == FixResult::Status::Conflict) {
            QCOMPARE(outcome.result.serverState.value("id").toString(), user.scimId);
            QVERIFY(rig.log->entries()->at(1).outcome.contains(QLatin1String("current server state")));
        }
        QTRY_COMPARE_WITH_TIMEOUT(!rig.sandbox->user(user.scimId)->active, serverChanged, 3000);

        // Confirmation re-reads what the server has now, whatever the outcome said.
        rig.server.faults().clear();
        std::optional<ResourceState> state;
        rig.executor->confirm(deactivate(user).action, outcome.intentSeq,
                              [&](ResourceState s) { state = s; });
        QTRY_VERIFY_WITH_TIMEOUT(state.has_value(), 5000);
        QVERIFY(state->readOk);
        QCOMPARE(state->effectApplied, serverChanged);
        QVERIFY(rig.log->verify().intact);
    }

    void realPreconditionFailureShowsTheNewVersion()
    {
        Rig rig(fastOptions(0));
        const User user = cleanUser(rig.scenario);
        // Someone changes the user in the IdP between our read and our write.
        connect(rig.connector.get(), &ScimFixConnector::resourceRead, this, [&] {
            rig.sandbox->modifyUser(
                user.scimId, [](User &u) { u.displayName += QStringLiteral(" (moved)"); }, kAnchor + 1000);
        });
        const FixOutcome outcome = rig.run(deactivate(user));
        QCOMPARE(outcome.result.status, FixResult::Status::Conflict);
        QCOMPARE(outcome.result.httpStatus, 412);
        QVERIFY(
            outcome.result.serverState.value("displayName").toString().endsWith(QLatin1String("(moved)")));
        checkPair(*rig.log, QStringLiteral("conflict (HTTP 412)"));
        QVERIFY(rig.sandbox->user(user.scimId)->active); // nothing changed on the server

        // Applying again after review succeeds with the new ETag.
        disconnect(rig.connector.get(), nullptr, this, nullptr);
        const QString intentBefore = rig.log->entries()->at(0).request;
        const FixOutcome again = rig.run(deactivate(user));
        QVERIFY(rig.log->entries()->at(2).request != intentBefore); // a newer If-Match
        QCOMPARE(again.result.status, FixResult::Status::Succeeded);
        QVERIFY(!rig.sandbox->user(user.scimId)->active);
        QVERIFY(rig.log->verify().intact);
    }

    void removesAPrivilegedMembership()
    {
        Rig rig(fastOptions(1));
        const User *priya = nullptr;
        for (const User &u : rig.scenario.users) {
            if (u.userName == QLatin1String("priya.raman@example.com"))
                priya = &u;
        }
        QVERIFY(priya);
        const Group *admins = nullptr;
        for (const Group &g : rig.scenario.groups) {
            if (g.displayName == QLatin1String("data-platform-admins"))
                admins = &g;
        }
        QVERIFY(admins && admins->memberScimIds.contains(priya->scimId));
        FixPlan plan;
        plan.action.kind = FixAction::Kind::RemoveMembership;
        plan.action.userScimId = priya->scimId;
        plan.action.userName = priya->userName;
        plan.action.groupScimId = admins->scimId;
        plan.action.groupName = admins->displayName;
        const FixRequest preview = rig.connector->describe(plan.action);
        QCOMPARE(preview.method, QStringLiteral("PATCH"));
        QVERIFY(preview.toDisplayText().contains(QLatin1String("members[value eq")));
        QVERIFY(!preview.toDisplayText().contains(kToken));

        const FixOutcome outcome = rig.run(plan);
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);
        checkPair(*rig.log, QStringLiteral("succeeded"));
        QVERIFY(!rig.sandbox->group(admins->scimId)->memberScimIds.contains(priya->scimId));
        QVERIFY(rig.sandbox->user(priya->scimId)->active); // only the membership went

        // A second attempt finds it already in effect and sends nothing.
        const qint64 requests = rig.server.requestCount();
        const FixOutcome twice = rig.run(plan);
        QCOMPARE(twice.result.status, FixResult::Status::Succeeded);
        QVERIFY(twice.result.message.contains(QLatin1String("already")));
        QCOMPARE(rig.server.requestCount(), requests + 1); // the read only
    }

    void interruptedFixIsReconciledFromTheServer()
    {
        Rig rig(fastOptions(0));
        const User user = cleanUser(rig.scenario);
        // A previous run wrote the intent and died; the server had applied the change.
        QJsonObject request{{QStringLiteral("method"), QStringLiteral("PATCH")},
                            {QStringLiteral("action"), deactivate(user).action.toJson()}};
        QVERIFY(
            rig.log->appendIntent(QStringLiteral("sandbox API token"), QStringLiteral("deactivate-user"),
                                  deactivate(user).action.target(),
                                  QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact)),
                                  QStringLiteral("offboarding")));
        rig.sandbox->modifyUser(user.scimId, [](User &u) { u.active = false; });
        std::optional<ReconcileReport> report;
        rig.executor->reconcile([&](ReconcileReport r) { report = r; });
        QTRY_VERIFY_WITH_TIMEOUT(report.has_value(), 5000);
        QCOMPARE(report->reconciled, 1);
        const QList<AuditEntry> entries = *rig.log->entries();
        QCOMPARE(entries.size(), 2);
        QVERIFY2(entries[1].outcome.startsWith(QLatin1String("reconciled after interruption: in effect")),
                 qPrintable(entries[1].outcome));
        QVERIFY(rig.log->verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestScimFixes)
#include "tst_scimfixes.moc"
