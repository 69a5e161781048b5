// The fault matrix for the fixes: each fix action (deactivate a user, remove a membership, cancel a
// Dataflow job, cancel a GitHub run) against the simulated APIs on 127.0.0.1 with each fault. Every case
// checks the outcome, the audit trail (intent, outcome, confirmation re-read, chain intact), what the server
// has afterwards, and that the local snapshot is untouched (fixes never write it; the next sync does).

#include "auditlog.h"
#include "authprovider.h"
#include "fixexecutor.h"
#include "httpclient.h"
#include "jobcancelconnector.h"
#include "pipelinesandbox.h"
#include "sandboxserver.h"
#include "sandboxtokenendpoint.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "scimclient.h"
#include "scimfixconnector.h"
#include "scimsandbox.h"
#include "store.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;
const QString kToken = QStringLiteral("fixfaults-t0ken-91c3");
const QString kClientSecret = QStringLiteral("fixfaults-client-secret-5e2a");

enum class Action { Deactivate, RemoveMembership, CancelDataflow, CancelGithub };
constexpr int kRefused = -1; // not sent: no audit entries

struct Rig
{
    Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
    SandboxServer server;
    std::unique_ptr<ScimSandbox> scim;
    std::unique_ptr<PipelineSandbox> pipelines;
    std::unique_ptr<SandboxTokenEndpoint> tokens;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<AuthProvider> auth;
    std::unique_ptr<ScimClient> client;
    std::unique_ptr<ScimFixConnector> scimConnector;
    std::unique_ptr<JobCancelConnector> jobConnector;
    std::unique_ptr<Store> store;
    std::unique_ptr<AuditLog> log;
    std::unique_ptr<FixExecutor> executor;
    QString runningGithubRun;

    explicit Rig(bool oauth)
    {

        // The demo's GitHub runs have all ended at this anchor: make the newest one still running.
        Job *newest = nullptr;
        for (Job &j : scenario.jobs) {
            if (j.source == QLatin1String("github") && (!newest || j.createTime > newest->createTime))
                newest = &j;
        }
        if (!newest)
            qFatal("the demo has no GitHub runs");
        newest->state = Job::State::Running;
        newest->rawState = QStringLiteral("in_progress");
        newest->endTime = 0;
        runningGithubRun = newest->externalId;

        if (!server.listen())
            qFatal("cannot listen on 127.0.0.1");
        scim = std::make_unique<ScimSandbox>(server, scenario, kToken);
        pipelines = std::make_unique<PipelineSandbox>(server, scenario, kToken);
        tokens = std::make_unique<SandboxTokenEndpoint>(server, QStringLiteral("console"), kClientSecret,
                                                        [this](const QString &token) {
                                                            scim->setToken(token);
                                                            pipelines->setToken(token);
                                                        });
        HttpClientOptions o;
        o.timeoutMs = 300;
        o.maxRetries = 2;
        o.backoffBaseMs = 5;
        o.backoffMaxMs = 20;
        o.maxResponseBytes = 1 << 20;
        o.maxRateLimitWaitMs = 3000;
        http = std::make_unique<HttpClient>(o);
        if (oauth) {
            OAuthClientCredentials::Config config;
            config.tokenUrl = tokens->tokenUrl();
            config.clientId = QStringLiteral("console");
            config.clientSecret = kClientSecret;
            auth = std::make_unique<OAuthClientCredentials>(http.get(), config);
        } else {
            auth = std::make_unique<StaticTokenAuth>(kToken);
        }
        http->setAuthProvider(auth.get());
        client = std::make_unique<ScimClient>(http.get(), scim->baseUrl(), VendorProfile::generic());
        scimConnector = std::make_unique<ScimFixConnector>(client.get(), QStringLiteral("console"));
        jobConnector = std::make_unique<JobCancelConnector>(http.get(), pipelines->baseUrl(),
                                                            pipelines->baseUrl(), QStringLiteral("console"));
        store = std::move(Store::open(QStringLiteral(":memory:"))).value();
        if (!ScenarioImporter::write(*store, scenario))
            qFatal("cannot import the demo");
        log = std::make_unique<AuditLog>(store->database());
        executor = std::make_unique<FixExecutor>(
            *log, QList<FixConnector *>{scimConnector.get(), jobConnector.get()});
    }

    const User &user(const QString &userName) const
    {
        for (const User &u : scenario.users) {
            if (u.userName == userName)
                return u;
        }
        qFatal("no user %s", qPrintable(userName));
    }

    FixPlan plan(Action action) const
    {
        FixPlan p;
        FixAction &a = p.action;
        switch (action) {
        case Action::Deactivate:
            for (const User &u : scenario.users) {
                if (u.active && u.userName.startsWith(QLatin1String("greta")) && a.userScimId.isEmpty()) {
                    a.userScimId = u.scimId;
                    a.userName = u.userName;
                }
            }
            break;
        case Action::RemoveMembership: {
            a.kind = FixAction::Kind::RemoveMembership;
            const User &priya = user(QStringLiteral("priya.raman@example.com"));
            a.userScimId = priya.scimId;
            a.userName = priya.userName;
            for (const Group &g : scenario.groups) {
                if (g.displayName == QLatin1String("data-platform-admins")) {
                    a.groupScimId = g.scimId;
                    a.groupName = g.displayName;
                }
            }
            break;
        }
        case Action::CancelDataflow:
        case Action::CancelGithub: {
            a.kind = FixAction::Kind::CancelJob;
            const bool github = action == Action::CancelGithub;
            for (const Job &j : scenario.jobs) {
                const bool wanted = github ? j.externalId == runningGithubRun
                                           : j.source == QLatin1String("dataflow") && j.isRunning();
                if (wanted) {
                    a.jobSource = j.source;
                    a.jobExternalId = j.externalId;
                    a.jobProject = j.project;
                    a.jobLocation = j.location;
                    a.jobName = j.name;
                }
            }
            break;
        }
        }
        return p;
    }

    /// The path the action's write goes to, and how many requests to it come first (the SCIM read).
    static std::pair<QString, int> writePath(Action action)
    {
        switch (action) {
        case Action::Deactivate:
            return {QStringLiteral("/Users/"), 1};
        case Action::RemoveMembership:
            return {QStringLiteral("/Groups/"), 1};
        case Action::CancelDataflow:
            return {QStringLiteral("/jobs/"), 0};
        case Action::CancelGithub:
            return {QStringLiteral("/cancel"), 0};
        }
        return {};
    }

    /// Runs \a start and spins the event loop until its callback delivered a value (no polling delay).
    template <typename T> static T await(const std::function<void(std::function<void(T)>)> &start)
    {
        std::optional<T> value;
        QEventLoop loop;
        QTimer::singleShot(15000, &loop, &QEventLoop::quit);
        start([&](T v) {
            value = std::move(v);
            loop.quit();
        });
        if (!value)
            loop.exec();
        if (!value)
            qFatal("no answer within 15 s");
        return *value;
    }

    FixOutcome run(const FixPlan &plan)
    {
        return await<FixOutcome>(
            [&](auto done) { executor->execute(plan, QStringLiteral("fault matrix"), done); });
    }

    ResourceState confirm(const FixPlan &plan, qint64 intentSeq)
    {
        return await<ResourceState>([&](auto done) { executor->confirm(plan.action, intentSeq, done); });
    }

    ResourceState readBack(const FixPlan &plan)
    {
        FixConnector *connector = plan.action.kind == FixAction::Kind::CancelJob
                                      ? static_cast<FixConnector *>(jobConnector.get())
                                      : static_cast<FixConnector *>(scimConnector.get());
        return await<ResourceState>([&](auto done) { connector->readBack(plan.action, done); });
    }

    /// The snapshot tables a fix must not touch.
    QString snapshot()
    {
        QString out;
        QSqlQuery q(store->database());
        for (const char *sql : {"SELECT id, scim_id, active, deleted_at, version FROM users ORDER BY id",
                                "SELECT group_id, user_id FROM memberships ORDER BY 1, 2",
                                "SELECT id, source, external_id, state, end_time FROM jobs ORDER BY id"}) {
            if (!q.exec(QString::fromLatin1(sql)))
                qFatal("%s", qPrintable(q.lastError().text()));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        return out;
    }
};

} // namespace

class TestFixFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrix_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("fault");   // Fault::parse syntax, applied to the action's write
        QTest::addColumn<bool>("oauth");      // OAuth client credentials; the token expires after the read
        QTest::addColumn<int>("status");      // FixResult::Status, or kRefused
        QTest::addColumn<QString>("outcome"); // start of the audit outcome
        QTest::addColumn<QString>("message"); // in the outcome text
        QTest::addColumn<bool>("changed");    // the server has the change afterwards

        const int ok = int(FixResult::Status::Succeeded);
        const int failed = int(FixResult::Status::Failed);
        const int conflict = int(FixResult::Status::Conflict);
        const struct
        {
            Action action;
            const char *name;
        } actions[] = {{Action::Deactivate, "deactivate"},
                       {Action::RemoveMembership, "membership"},
                       {Action::CancelDataflow, "dataflow"},
                       {Action::CancelGithub, "github"}};
        for (const auto &[action, name] : actions) {
            const bool github = action == Action::CancelGithub;
            const bool scim = action == Action::Deactivate || action == Action::RemoveMembership;
            auto row = [&](const char *fault, bool oauth, int status, const char *outcome,
                           const char *message, bool changed) {
                QTest::addRow("%s %s", name, fault)
                    << int(action) << QString::fromLatin1(fault) << oauth << status
                    << QString::fromLatin1(outcome) << QString::fromLatin1(message) << changed;
            };
            row("none", false, ok, "succeeded", "", true);
            row("expired-token", false, failed, "failed (HTTP 401)", "401", false);
            row("expired token, OAuth refresh", true, ok, "succeeded", "", true);
            row("403", false, failed, "failed (HTTP 403)", "403", false);
            row("404", false, failed, "failed (HTTP 404)", "404", false);
            row("409", false, conflict, "conflict (HTTP 409)", "current server state", false);
            row("412", false, conflict, "conflict (HTTP 412)", "current server state", false);
            row("429:0", false, ok, "succeeded", "", true);
            row(github ? "429-github" : "429-okta", false, ok, "succeeded", "", true);
            // A POST that may have been processed is not sent twice; 503 says it was not processed.
            row("500x2", false, github ? failed : ok, github ? "failed (HTTP 500)" : "succeeded",
                github ? "after 1 attempts" : "", !github);
            row("502x2", false, github ? failed : ok, github ? "failed (HTTP 502)" : "succeeded", "",
                !github);
            row("503x2", false, ok, "succeeded", "", true);
            // The server applied the change, then the connection broke: the idempotent write is retried,
            // finds the change in effect (412 / FAILED_PRECONDITION, re-read) and reports it done.
            row("reset", false, github ? failed : ok, github ? "failed" : "succeeded",
                github ? "network" : (scim ? "already in effect" : "already cancelled"), true);
            row("slow:500x0", false, failed, "failed", "did not answer", true);
            row("malformed", false, failed, "failed (HTTP 20", scim ? "malformed JSON" : "not a JSON object",
                true);
            row("wrong-shape", false, failed, "failed (HTTP 20",
                scim ? "malformed JSON" : "not a JSON object", true);
            row("content-type", false, failed, "failed", "text/html", true);
            row("huge:2000000", false, failed, "failed", "MB", true);
        }
        // Gone before the fix: a SCIM fix re-reads first and sends nothing; a cancel gets the server's 404.
        QTest::addRow("deactivate vanished") << int(Action::Deactivate) << QStringLiteral("vanished") << false
                                             << kRefused << QString() << QString() << false;
        QTest::addRow("dataflow vanished")
            << int(Action::CancelDataflow) << QStringLiteral("vanished") << false << failed
            << QStringLiteral("failed (HTTP 404)") << QStringLiteral("not found") << false;
        QTest::addRow("github vanished")
            << int(Action::CancelGithub) << QStringLiteral("vanished") << false << failed
            << QStringLiteral("failed (HTTP 404)") << QStringLiteral("Not Found") << false;
    }

    void matrix()
    {
        QFETCH(int, action);
        QFETCH(QString, fault);
        QFETCH(bool, oauth);
        QFETCH(int, status);
        QFETCH(QString, outcome);
        QFETCH(QString, message);
        QFETCH(bool, changed);
        Rig rig(oauth);
        const Action a = Action(action);
        FixPlan plan = rig.plan(a);
        const QString before = rig.snapshot();

        const ResourceState initial = rig.readBack(plan);
        QVERIFY2(initial.readOk && !initial.effectApplied, qPrintable(initial.summary + initial.error));
        const int entriesBefore = 0;

        if (fault == QLatin1String("vanished")) {
            if (a == Action::Deactivate)
                rig.scim->removeUser(plan.action.userScimId);
            else
                plan.action.jobExternalId = QStringLiteral("999999999");
        } else if (fault.startsWith(QLatin1String("expired token"))) {
            // The token the client holds stops working between the read and the write.
            if (a == Action::Deactivate || a == Action::RemoveMembership)
                connect(rig.scimConnector.get(), &ScimFixConnector::resourceRead, this,
                        [&rig] { rig.tokens->expire(); });
            else
                rig.tokens->expire();
        } else if (fault != QLatin1String("none")) {
            Result<Fault> f = Fault::parse(fault);
            QVERIFY(f.ok());
            const auto [path, skip] = Rig::writePath(a);
            f->pathContains = path;
            f->skip = skip;
            rig.server.faults().add(*f);
        }
        const int grantsBefore = rig.tokens->grants();
        const FixOutcome result = rig.run(plan);
        disconnect(rig.scimConnector.get(), nullptr, this, nullptr);

        const QList<AuditEntry> entries = *rig.log->entries();
        if (status == kRefused) {
            QVERIFY(!result.performed);
            QVERIFY(!result.refusal.message.isEmpty());
            QCOMPARE(entries.size(), entriesBefore); // nothing was sent, nothing recorded
        } else {
            QVERIFY(result.performed);
            QCOMPARE(int(result.result.status), status);
            QCOMPARE(entries.size(), entriesBefore + 2);
            const AuditEntry &intent = entries[entriesBefore];
            const AuditEntry &out = entries[entriesBefore + 1];
            QCOMPARE(intent.kind, AuditEntry::Kind::Intent);
            QCOMPARE(out.kind, AuditEntry::Kind::Outcome);
            QCOMPARE(out.intentSeq, intent.seq);
            QVERIFY2(out.outcome.startsWith(outcome), qPrintable(out.outcome));
            QVERIFY2(out.outcome.contains(message), qPrintable(out.outcome));
            if (result.result.status == FixResult::Status::Conflict)
                QVERIFY(!result.result.serverState.isEmpty()); // what the server has now, re-read
            for (const AuditEntry &e : entries) {
                QVERIFY(!e.request.contains(kToken) && !e.outcome.contains(kToken));
                QVERIFY(!e.request.contains(kClientSecret) && !e.outcome.contains(kClientSecret));
            }
            QVERIFY(rig.log->pendingIntents()->isEmpty());
        }
        if (oauth)
            QVERIFY(rig.tokens->grants() > grantsBefore); // refreshed once the old token was refused

        // What the server has now, by a clean re-read; and the local snapshot is untouched.
        rig.server.faults().clear();
        QTest::qWait(fault.startsWith(QLatin1String("slow")) ? 250 : 0); // let delayed answers drain
        if (fault == QLatin1String("vanished")) {
            QVERIFY(!rig.readBack(plan).readOk); // gone for good
        } else {
            const ResourceState after = rig.confirm(plan, result.intentSeq);
            QVERIFY2(after.readOk, qPrintable(after.error));
            QCOMPARE(after.effectApplied, changed);
            QVERIFY(rig.log->entries()->last().action.startsWith(QLatin1String("confirm-")));
        }
        QCOMPARE(rig.snapshot(), before);
        QVERIFY(rig.log->verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestFixFaults)
#include "tst_fixfaults.moc"
