#include "auditlog.h"
#include "authprovider.h"
#include "credentialfixconnector.h"
#include "credentialinventoryjob.h"
#include "credentialrepository.h"
#include "credentialsandbox.h"
#include "driftanalyzer.h"
#include "faultinjector.h"
#include "fixexecutor.h"
#include "fixplanner.h"
#include "gcpiamfetcher.h"
#include "githubappauth.h"
#include "githubtokenfetcher.h"
#include "httpclient.h"
#include "httpjob.h"
#include "reportbuilder.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"
#include "testrsakey.h"
#include "teststore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

namespace {
constexpr Timestamp kAnchor = 1795000000000LL;
const QString kToken = QStringLiteral("credential-test-token");
const QString kAppId = QStringLiteral("271828");

HttpClientOptions fastOptions()
{
    HttpClientOptions o;
    o.timeoutMs = 2000;
    o.maxRetries = 2;
    o.backoffBaseMs = 5;
    o.backoffMaxMs = 20;
    o.maxRateLimitWaitMs = 3000;
    return o;
}

/// Runs \a fetcher to its end: the error, or none.
template <typename Fetcher> std::optional<Error> run(Fetcher &fetcher)
{
    QSignalSpy done(&fetcher, &Fetcher::finished);
    QSignalSpy failed(&fetcher, &Fetcher::failed);
    fetcher.start();
    (void)QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 15000);
    if (!failed.isEmpty())
        return failed.first().first().template value<Error>();
    if (done.isEmpty())
        return Error::make(Error::Kind::Timeout, QStringLiteral("the fetch did not end"));
    return std::nullopt;
}
} // namespace

/// The credential inventory against the sandbox on 127.0.0.1 (IAM, Policy Analyzer, GitHub tokens and the
/// GitHub App flow), with faults, its storage in one transaction, the rules on the demo's planted
/// credentials and the fix requests.
class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen().ok());
        m_key = TestRsaKey::generate(2048);
        QVERIFY(!m_key.privatePem.isEmpty());
        resetSandbox();
        m_auth = std::make_unique<StaticTokenAuth>(kToken);
        m_http = std::make_unique<HttpClient>(fastOptions());
        m_http->setAuthProvider(m_auth.get());
    }

    void init()
    {
        m_server->faults().clear();
        resetSandbox();
    }

    void gcpInventoryIsReadAcrossPages()
    {
        GcpIamFetcher fetcher(*m_http, gcpOptions(5));
        const std::optional<Error> error = run(fetcher);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        const CredentialInventory &inv = fetcher.result();
        int accounts = 0, keys = 0, userManaged = 0, nonExpiring = 0;
        for (const Credential &c : inv.items) {
            accounts += c.kind == Credential::Kind::ServiceAccount;
            keys += c.kind == Credential::Kind::Key;
            userManaged += c.isUserManagedKey();
            nonExpiring += c.isUserManagedKey() && c.expiresAt == 0;
            if (c.kind == Credential::Kind::Key)
                QCOMPARE(c.parentExternalId, c.owner);
        }
        QCOMPARE(accounts, 16); // the scenario's 15 and the unused one
        QCOMPARE(keys, 31);
        QCOMPARE(userManaged, 15);
        QCOMPARE(nonExpiring, 1);
        QCOMPARE(inv.accountsWithLastAuthentication, 16);
        QVERIFY(inv.keysWithLastAuthentication >= 15);
        QVERIFY(inv.summaryLine().startsWith(
            QStringLiteral("gcp iam scimflow-demo: 16 service accounts, 31 keys "
                           "(15 user-managed); last authentication for 16 accounts")));
        // Day granularity: every last authentication is a midnight.
        for (const Credential &c : inv.items)
            QCOMPARE(c.lastUsedAt % kMsPerDay, 0);
    }

    void gcpFaultsEitherRecoverOrFailWhole_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("recovers");
        QTest::addColumn<int>("kind");
        QTest::newRow("429 on the account list") << "429@/serviceAccounts" << true << 0;
        QTest::newRow("429 on Policy Analyzer") << "429@/activities:query" << true << 0;
        QTest::newRow("503 on a key list") << "503@/keys" << true << 0;
        QTest::newRow("malformed key list") << "malformed@/keys" << false << int(Error::Kind::Protocol);
        QTest::newRow("wrong shape") << "wrong-shape@/serviceAccounts" << false << int(Error::Kind::Protocol);
        QTest::newRow("truncated activities") << "truncatedx0@/activities:query" << false << -1;
        QTest::newRow("lying nextPageToken loop")
            << "ignore-start-indexx0@/serviceAccounts" << false << int(Error::Kind::Protocol);
        QTest::newRow("expired token") << "expired-token@/serviceAccounts" << false << int(Error::Kind::Auth);
    }

    void gcpFaultsEitherRecoverOrFailWhole()
    {
        QFETCH(QString, fault);
        QFETCH(bool, recovers);
        QFETCH(int, kind);
        Result<Fault> f = Fault::parse(fault);
        QVERIFY2(f.ok(), qPrintable(fault));
        m_server->faults().add(*f);
        GcpIamFetcher fetcher(*m_http, gcpOptions(5));
        const std::optional<Error> error = run(fetcher);
        if (recovers) {
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
            QCOMPARE(fetcher.result().items.size(), 47);
        } else {
            QVERIFY(error.has_value());
            if (kind >= 0)
                QCOMPARE(int(error->kind), kind);
            QVERIFY(!error->message.contains(kToken));
        }
    }

    void githubTokensThroughTheAppFlow()
    {
        GithubAppAuth auth(appConfig(m_key.privatePem));
        HttpClient http(fastOptions());
        http.setAuthProvider(&auth);
        GithubTokenFetcher fetcher(http, m_server->baseUrl(), m_sandbox->data().organisation());
        fetcher.setPerPage(2); // five tokens: three pages, one Link header per rel
        const std::optional<Error> error = run(fetcher);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(fetcher.result().items.size(), 5);
        QCOMPARE(m_sandbox->installationTokensIssued(), 1); // cached across pages
        QCOMPARE(auth.tokenRequests(), 1);
        bool departed = false;
        for (const Credential &c : fetcher.result().items) {
            QVERIFY(!c.owner.isEmpty());
            QVERIFY(c.expiresAt > kAnchor);
            departed = departed || c.name == QLatin1String("local-backfill");
        }
        QVERIFY(departed);

        // An installation token that stops working is replaced once, on the 401.
        m_sandbox->expireInstallationTokens();
        GithubTokenFetcher again(http, m_server->baseUrl(), m_sandbox->data().organisation());
        QVERIFY(!run(again));
        QCOMPARE(m_sandbox->installationTokensIssued(), 2);
    }

    void githubAppJwtClaims()
    {
        GithubAppAuth auth(appConfig(m_key.privatePem));
        const Result<QByteArray> jwt = auth.appJwt(1800000000);
        QVERIFY(jwt.ok());
        const QJsonObject claims =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(jwt->split('.').value(1), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(claims.value("iss").toString(), kAppId);
        QCOMPARE(claims.value("iat").toInteger(), 1800000000 - 60);
        QVERIFY(claims.value("exp").toInteger() - 1800000000 <= 600);
    }

    void githubFaults()
    {
        {
            // A key the App did not register: the installation lookup is refused and nothing is read.
            const TestRsaKey other = TestRsaKey::generate(2048);
            GithubAppAuth auth(appConfig(other.privatePem));
            HttpClient http(fastOptions());
            http.setAuthProvider(&auth);
            GithubTokenFetcher fetcher(http, m_server->baseUrl(), m_sandbox->data().organisation());
            const std::optional<Error> error = run(fetcher);
            QVERIFY(error.has_value());
            QVERIFY2(!error->message.contains(QLatin1String("PRIVATE KEY")), qPrintable(error->message));
            QCOMPARE(m_sandbox->installationTokensIssued(), 0);
        }
        for (const char *fault : {"429-github@/personal-access-tokens", "503@/personal-access-tokens"}) {
            m_server->faults().clear();
            m_server->faults().add(*Fault::parse(QString::fromLatin1(fault)));
            GithubAppAuth auth(appConfig(m_key.privatePem));
            HttpClient http(fastOptions());
            http.setAuthProvider(&auth);
            GithubTokenFetcher fetcher(http, m_server->baseUrl(), m_sandbox->data().organisation());
            fetcher.setPerPage(2);
            const std::optional<Error> error = run(fetcher);
            QVERIFY2(!error, error ? qPrintable(error->message) : fault);
            QCOMPARE(fetcher.result().items.size(), 5);
        }
        for (const char *fault :
             {"malformed@/personal-access-tokens", "ignore-start-indexx0@/personal-access-tokens"}) {
            m_server->faults().clear();
            m_server->faults().add(*Fault::parse(QString::fromLatin1(fault)));
            GithubAppAuth auth(appConfig(m_key.privatePem));
            HttpClient http(fastOptions());
            http.setAuthProvider(&auth);
            GithubTokenFetcher fetcher(http, m_server->baseUrl(), m_sandbox->data().organisation());
            fetcher.setPerPage(2);
            const std::optional<Error> error = run(fetcher);
            QVERIFY2(error.has_value(), fault);
            QCOMPARE(error->kind, Error::Kind::Protocol);
        }
    }

    void inventoryIsWrittenWholeOrNotAtAll()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.db"));
        QVERIFY(importScenario(path));
        m_sandbox->data().setReturnPrivateKeyData(true);
        QStringList summaries;
        QVERIFY(runJob(path, &summaries).isEmpty());
        QCOMPARE(summaries.size(), 2);
        QVERIFY(summaries[0].startsWith(QStringLiteral("gcp iam scimflow-demo: 16 service accounts")));
        QVERIFY(summaries[1].startsWith(QStringLiteral("github tokens acme: 5 fine-grained tokens")));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            QCOMPARE((*store)->count(QStringLiteral("credentials")), 52);
            QSqlQuery q((*store)->database());
            // Keys hang under their account; every token owner is an IdP user.
            QVERIFY(q.exec("SELECT count(*) FROM credentials WHERE kind = 'gcp-key' AND parent_id IS NULL"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(q.exec(
                "SELECT count(*) FROM credentials WHERE kind = 'github-token' AND owner_user_id IS NULL"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }

        // A malformed page on the second run: the first inventory stays, the run is recorded as failed.
        m_server->faults().add(*Fault::parse(QStringLiteral("malformed@/keys")));
        m_sandbox->data().accounts().removeLast();
        const QStringList errors = runJob(path, nullptr);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().startsWith(QStringLiteral("gcp iam scimflow-demo: ")));
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE((*store)->count(QStringLiteral("credentials")), 52);
        QCOMPARE((*store)->lastSuccessfulRun(QStringLiteral("gcp-iam:scimflow-demo")).status,
                 QStringLiteral("ok"));
        bool failedRecorded = false;
        for (const SyncRun &r : (*store)->syncRuns())
            failedRecorded = failedRecorded || (r.source == QLatin1String("gcp-iam:scimflow-demo") &&
                                                r.status == QLatin1String("failed"));
        QVERIFY(failedRecorded);
        store->reset();

        // The private key material the API sent is nowhere in the database.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(path + suffix);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            QVERIFY(!bytes.contains(CredentialSandboxData::privateKeyMarker()));
            QVERIFY(!bytes.contains(CredentialSandboxData::privateKeyMarker().toBase64().left(20)));
            QVERIFY(!bytes.contains("privateKeyData"));
            QVERIFY(!bytes.contains(m_key.privatePem.mid(40, 40)));
        }
    }

    // A write that fails inside its transaction is recorded as a failed run, not left running (the mark must
    // not roll back with the write); on a team store a second console writing the same inventory is refused
    // with who holds it, and a different inventory goes ahead.
    void aRefusedWriteIsRecordedAsAFailedRun()
    {
        CredentialInventory inventory;
        inventory.source = QStringLiteral("proj-a");
        Credential account;
        account.source = inventory.source;
        account.externalId = QStringLiteral("etl@proj-a.iam.gserviceaccount.com");
        account.name = QStringLiteral("etl");
        inventory.items << account;
        const auto lastRunOf = [](const Store &store, const QString &source) {
            SyncRun last;
            for (const SyncRun &r : store.syncRuns()) {
                if (r.source == source && r.id > last.id)
                    last = r;
            }
            return last;
        };

        const UserOfPrincipal noOwner = [](const QString &) { return qint64(0); };
        auto store = Store::open(QStringLiteral(":memory:"));
        QVERIFY(store.ok());
        QSqlQuery trigger((*store)->database());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.credentials "
                                            "BEGIN SELECT RAISE(ABORT, 'disk says no'); END")));
        const Status refused = CredentialRepository(**store).replace(inventory, noOwner);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("disk says no")),
                 qPrintable(refused.error().message));
        QCOMPARE(lastRunOf(**store, inventory.runSource()).status, QStringLiteral("failed"));
        QCOMPARE((*store)->count(QStringLiteral("credentials")), 0);

        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        auto first = Store::open(location);
        auto second = Store::open(location);
        QVERIFY(first.ok() && second.ok());
        {
            Transaction holding((*first)->database());
            QVERIFY((*first)->lockSyncSource(inventory.runSource()).ok());
            const Status busy = CredentialRepository(**second).replace(inventory, noOwner);
            QVERIFY(!busy.ok());
            QCOMPARE(busy.error().kind, Error::Kind::Conflict);
            QVERIFY2(busy.error().message.contains(inventory.runSource()), qPrintable(busy.error().message));
            QCOMPARE(lastRunOf(**second, inventory.runSource()).status, QStringLiteral("failed"));
            CredentialInventory other = inventory;
            other.source = QStringLiteral("proj-b");
            other.items[0].source = other.source;
            QVERIFY(CredentialRepository(**second).replace(other, noOwner).ok());
        }
        QVERIFY(CredentialRepository(**second).replace(inventory, noOwner).ok());
        QCOMPARE((*second)->count(QStringLiteral("credentials")), 2);
    }

    void rulesFindExactlyThePlantedCredentials()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.db"));
        QVERIFY(importScenario(path));
        QVERIFY(runJob(path, nullptr).isEmpty());
        auto store = Store::open(path);
        QVERIFY(store.ok());
        DriftSettings settings;
        settings.now = kAnchor;
        DriftAnalyzer analyzer(**store, settings);
        Result<QList<Finding>> all = analyzer.analyse();
        QVERIFY(all.ok());
        QMap<QString, QStringList> byRule;
        for (const Finding &f : *all)
            byRule[f.rule] << f.subject;
        const QString project = m_sandbox->data().project();
        const QString first = m_scenario.serviceAccounts[0].email;
        const QString second = m_scenario.serviceAccounts[1].email;
        QCOMPARE(byRule.value("key-not-rotated").size(), 1);
        QVERIFY(byRule.value("key-not-rotated").first().endsWith(first));
        QCOMPARE(byRule.value("non-expiring-key").size(), 1);
        QVERIFY(byRule.value("non-expiring-key").first().endsWith(second));
        QCOMPARE(byRule.value("unused-service-account"),
                 QStringList{QStringLiteral("bi-extract@%1.iam.gserviceaccount.com").arg(project)});
        QCOMPARE(byRule.value("credential-outlived-owner").size(), 1);
        for (const Finding &f : *all) {
            if (f.rule == QLatin1String("credential-outlived-owner"))
                QCOMPARE(f.severity, Finding::Severity::Critical); // used after the departure
        }

        // The orphaned-credentials and access-review reports list every user-managed key and token.
        for (ReportKind kind : {ReportKind::OrphanedCredentials, ReportKind::AccessReview}) {
            ReportOptions options;
            options.kind = kind;
            options.from = kAnchor - 30 * kMsPerDay;
            options.to = kAnchor;
            options.generatedAt = kAnchor;
            Result<ReportDocument> doc = ReportBuilder::build(**store, options);
            QVERIFY(doc.ok());
            const ReportTable *table = doc->table(QStringLiteral("keys_and_tokens"));
            QVERIFY(table);
            QCOMPARE(table->rows.size(), 20); // 15 user-managed keys, 5 tokens
            bool oldKey = false, departed = false;
            for (const QStringList &row : table->rows) {
                oldKey = oldKey || row[5] == QLatin1String("400");
                departed = departed || row[8].contains(QLatin1String("left"));
            }
            QVERIFY(oldKey);
            QVERIFY(departed);
        }

        // Thresholds come from the settings.
        settings.keyRotationDays = 500;
        settings.unusedServiceAccountDays = 150;
        analyzer.setSettings(settings);
        all = analyzer.analyse();
        QVERIFY(all.ok());
        for (const Finding &f : *all) {
            QVERIFY(f.rule != QLatin1String("key-not-rotated"));
            QVERIFY(f.rule != QLatin1String("unused-service-account"));
        }
    }

    void fixRequestsReachTheSandbox()
    {
        const CredentialSandboxData::Account account = m_sandbox->data().accounts().first();
        const QString keyName = QStringLiteral("projects/%1/serviceAccounts/%2/keys/%3")
                                    .arg(m_sandbox->data().project(), account.email, account.keys[1].id);
        const QUrl base = m_server->baseUrl();
        const QString project = m_sandbox->data().project();
        QVERIFY(send(GcpIamFetcher::changeRequest(base, project, account.email,
                                                  GcpIamFetcher::Change::DisableAccount)));
        QVERIFY(m_sandbox->data().accounts().first().disabled);
        QVERIFY(send(GcpIamFetcher::changeRequest(base, project, account.email,
                                                  GcpIamFetcher::Change::EnableAccount)));
        QVERIFY(!m_sandbox->data().accounts().first().disabled);
        QVERIFY(
            send(GcpIamFetcher::changeRequest(base, project, keyName, GcpIamFetcher::Change::DisableKey)));
        QVERIFY(m_sandbox->data().accounts().first().keys[1].disabled);
        QVERIFY(send(GcpIamFetcher::changeRequest(base, project, keyName, GcpIamFetcher::Change::DeleteKey)));
        QCOMPARE(m_sandbox->data().accounts().first().keys.size(), 1);
        QCOMPARE(
            m_sandbox->data().changes(),
            QStringList({QStringLiteral("POST %1:disable").arg(account.email),
                         QStringLiteral("POST %1:enable").arg(account.email),
                         QStringLiteral("POST %1/keys/%2:disable").arg(account.email, account.keys[1].id),
                         QStringLiteral("DELETE %1/keys/%2").arg(account.email, account.keys[1].id)}));

        GithubAppAuth auth(appConfig(m_key.privatePem));
        HttpClient http(fastOptions());
        http.setAuthProvider(&auth);
        const qint64 tokenId = m_sandbox->data().tokens().first().id;
        QVERIFY(send(GithubTokenFetcher::revokeRequest(base, m_sandbox->data().organisation(),
                                                       QString::number(tokenId)),
                     &http));
        QCOMPARE(m_sandbox->data().tokens().size(), 4);
        QVERIFY(m_sandbox->data().changes().last().endsWith(QStringLiteral("/%1 revoke").arg(tokenId)));
        // The preview the fix dialog shows never carries the token.
        QVERIFY(RequestPreview::of(
                    GithubTokenFetcher::revokeRequest(base, QStringLiteral("acme"), QStringLiteral("1")))
                    .toText()
                    .contains(QStringLiteral("{\"action\":\"revoke\"}")));
    }

    void fixesThroughThePlannerAndTheAuditLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.db"));
        QVERIFY(importScenario(path));
        QVERIFY(runJob(path, nullptr).isEmpty());
        auto store = Store::open(path);
        QVERIFY(store.ok());
        DriftSettings settings;
        settings.now = kAnchor;
        DriftAnalyzer analyzer(**store, settings);
        QVERIFY(analyzer.recompute().ok());
        Result<QList<Finding>> findings = analyzer.repository().load();
        QVERIFY(findings.ok());

        GithubAppAuth app(appConfig(m_key.privatePem));
        HttpClient github(fastOptions());
        github.setAuthProvider(&app);
        CredentialFixConnector connector(
            {m_http.get(), m_server->baseUrl(), m_sandbox->data().project(), QStringLiteral("test token")},
            {&github, m_server->baseUrl(), m_sandbox->data().organisation(), QStringLiteral("GitHub App 1")});
        FixPlanner planner((*store)->database(), {&connector});
        AuditLog log((*store)->database());
        FixExecutor executor(log, {&connector});
        const auto plansOf = [&](const QString &rule) {
            for (const Finding &f : *findings) {
                if (f.rule == rule)
                    return *planner.plansFor(f);
            }
            return QList<FixPlan>();
        };
        const auto execute = [&](const FixPlan &plan) {
            std::optional<FixOutcome> outcome;
            executor.execute(plan, QStringLiteral("ticket SEC-12"), [&](FixOutcome o) { outcome = o; });
            if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 15000))
                qFatal("the fix never finished");
            std::optional<ResourceState> state;
            executor.confirm(plan.action, outcome->intentSeq, [&](ResourceState s) { state = s; });
            if (!QTest::qWaitFor([&] { return state.has_value(); }, 15000))
                qFatal("the confirmation never finished");
            return std::make_pair(*outcome, *state);
        };

        // key-not-rotated: disable or delete the key; both previewed without the token.
        const QList<FixPlan> keyPlans = plansOf(QStringLiteral("key-not-rotated"));
        QCOMPARE(keyPlans.size(), 2);
        QCOMPARE(keyPlans[0].action.kind, FixAction::Kind::DisableKey);
        QCOMPARE(keyPlans[1].action.kind, FixAction::Kind::DeleteKey);
        QVERIFY(keyPlans[0].isAvailable());
        QVERIFY(keyPlans[0].request.toDisplayText().contains(QStringLiteral(":disable")));
        QVERIFY(!keyPlans[0].request.toDisplayText().contains(kToken));
        auto [deleted, deletedState] = execute(keyPlans[1]);
        QCOMPARE(deleted.result.status, FixResult::Status::Succeeded);
        QVERIFY(deletedState.readOk);
        QVERIFY2(deletedState.effectApplied, qPrintable(deletedState.summary));
        QCOMPARE(m_sandbox->data().accounts().first().keys.size(), 1);
        QVERIFY(m_sandbox->data().changes().last().startsWith(QStringLiteral("DELETE ")));

        // unused-service-account: disable it, then enable (the undo).
        const QList<FixPlan> accountPlans = plansOf(QStringLiteral("unused-service-account"));
        QCOMPARE(accountPlans.size(), 1);
        QCOMPARE(accountPlans[0].action.kind, FixAction::Kind::DisableServiceAccount);
        auto [disabled, disabledState] = execute(accountPlans[0]);
        QCOMPARE(disabled.result.status, FixResult::Status::Succeeded);
        QVERIFY(disabledState.effectApplied);
        QVERIFY(m_sandbox->data().accounts().last().disabled);
        FixPlan undo = accountPlans[0];
        undo.action.kind = FixAction::Kind::EnableServiceAccount;
        undo.request = connector.describe(undo.action);
        auto [enabled, enabledState] = execute(undo);
        QCOMPARE(enabled.result.status, FixResult::Status::Succeeded);
        QVERIFY(enabledState.effectApplied);
        QVERIFY(!m_sandbox->data().accounts().last().disabled);

        // credential-outlived-owner: revoke the departed user's token.
        const QList<FixPlan> tokenPlans = plansOf(QStringLiteral("credential-outlived-owner"));
        QCOMPARE(tokenPlans.size(), 1);
        QCOMPARE(tokenPlans[0].action.kind, FixAction::Kind::RevokeToken);
        auto [revoked, revokedState] = execute(tokenPlans[0]);
        QCOMPARE(revoked.result.status, FixResult::Status::Succeeded);
        QVERIFY(revokedState.effectApplied);
        QCOMPARE(m_sandbox->data().tokens().size(), 4);

        // Every fix: intent, outcome and confirming note, chained; no credential in any entry.
        const QList<AuditEntry> entries = *log.entries();
        QCOMPARE(entries.size(), 12);
        QCOMPARE(entries[0].kind, AuditEntry::Kind::Intent);
        QCOMPARE(entries[0].action, QStringLiteral("delete-key"));
        QCOMPARE(entries[1].kind, AuditEntry::Kind::Outcome);
        QCOMPARE(entries[1].intentSeq, entries[0].seq);
        QCOMPARE(entries[9].action, QStringLiteral("revoke-token"));
        QVERIFY(entries[9].target.startsWith(QStringLiteral("github/acme/personal-access-tokens/")));
        for (const AuditEntry &e : entries) {
            QVERIFY(!e.request.contains(kToken) && !e.outcome.contains(kToken));
            QVERIFY(!e.request.contains(QLatin1String("ghs_")) && !e.outcome.contains(QLatin1String("ghs_")));
        }
        QVERIFY(log.verify().intact);
    }

private:
    void resetSandbox()
    {
        m_sandbox.reset();
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen().ok());
        m_sandbox = std::make_unique<CredentialSandbox>(
            *m_server, CredentialSandboxData::fromScenario(m_scenario), kToken);
        m_sandbox->registerApp(kAppId, m_key.publicPem);
    }

    GcpIamFetcher::Options gcpOptions(int pageSize) const
    {
        GcpIamFetcher::Options o;
        o.iamBase = o.policyAnalyzerBase = m_server->baseUrl();
        o.project = m_sandbox->data().project();
        o.pageSize = o.activityPageSize = pageSize;
        return o;
    }

    GithubAppAuth::Config appConfig(const QByteArray &key) const
    {
        GithubAppAuth::Config c;
        c.apiBase = m_server->baseUrl();
        c.organisation = m_sandbox->data().organisation();
        c.appId = kAppId;
        c.privateKeyPem = key;
        c.http = fastOptions();
        return c;
    }

    bool importScenario(const QString &path)
    {
        auto store = Store::open(path);
        return store.ok() && ScenarioImporter::write(**store, m_scenario).ok();
    }

    QStringList runJob(const QString &path, QStringList *summaries)
    {
        CredentialSourceRun gcp;
        gcp.project = m_sandbox->data().project();
        gcp.iamBase = gcp.policyAnalyzerBase = m_server->baseUrl();
        gcp.bearerToken = kToken;
        gcp.pageSize = 7;
        gcp.timeoutMs = 2000;
        CredentialSourceRun github;
        github.kind = CredentialSourceRun::Kind::Github;
        github.organisation = m_sandbox->data().organisation();
        github.githubBase = m_server->baseUrl();
        github.appId = kAppId;
        github.appPrivateKeyPem = m_key.privatePem;
        github.pageSize = 2;
        CredentialInventoryJob job(path, {gcp, github});
        QSignalSpy finished(&job, &CredentialInventoryJob::finished);
        job.start();
        if (finished.isEmpty())
            (void)finished.wait(20000);
        if (summaries)
            *summaries = job.summaries();
        for (const QString &e : job.errors()) {
            if (e.contains(kToken) || e.contains(QLatin1String("PRIVATE KEY")))
                return {QStringLiteral("a secret leaked into an error: ") + e};
        }
        return job.errors();
    }

    bool send(const HttpRequest &request, HttpClient *client = nullptr)
    {
        HttpClient *c = client ? client : m_http.get();
        bool ok = false;
        QEventLoop loop;
        c->send(request, &loop, [&](const Result<HttpResponse> &reply) {
            ok = reply.ok() && reply->status >= 200 && reply->status < 300;
            if (!ok)
                qWarning() << (reply.ok() ? QString::number(reply->status) + QString::fromUtf8(reply->body)
                                          : reply.error().message);
            loop.quit();
        });
        loop.exec();
        return ok;
    }

    Scenario m_scenario;
    TestRsaKey m_key;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<CredentialSandbox> m_sandbox;
    std::unique_ptr<StaticTokenAuth> m_auth;
    std::unique_ptr<HttpClient> m_http;
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
