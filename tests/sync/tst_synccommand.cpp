// `scimflow sync` end to end against sandboxes on 127.0.0.1: one credential per source, Google credentials
// files, a saved connection run headless, and the findings recomputed (and dated) after every sync.

#include "commands.h"
#include "connectionprofile.h"
#include "credentialsandbox.h"
#include "findingsfreshness.h"
#include "googletokengrants.h"
#include "oktasandbox.h"
#include "pipelinesandbox.h"
#include "reportbuilder.h"
#include "sandboxserver.h"
#include "sandboxtokenendpoint.h"
#include "scenario.h"
#include "scimsandbox.h"
#include "scimtargetsandbox.h"
#include "secretstore.h"
#include "store.h"
#include "testrsakey.h"
#include "teststore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;
const QByteArray kIdpToken = "idp-token-1111";
const QByteArray kDataflowToken = "dataflow-token-2222";
const QByteArray kGithubToken = "github-token-3333";
const QByteArray kLoggingToken = "logging-token-4444";
const QString kServiceAccount = QStringLiteral("scimflow-reader@scimflow-demo.iam.gserviceaccount.com");

/// One simulated API per server, so that each server's record of Authorization headers is its own.
struct Sandboxes
{
    explicit Sandboxes(const Scenario &scenario)
    {
        for (SandboxServer *s : {&idpServer, &dataflowServer, &githubServer, &loggingServer})
            if (!s->listen())
                qFatal("a sandbox server cannot listen on 127.0.0.1");
        scim = std::make_unique<ScimSandbox>(idpServer, scenario, QString::fromLatin1(kIdpToken));
        dataflow =
            std::make_unique<PipelineSandbox>(dataflowServer, scenario, QString::fromLatin1(kDataflowToken));
        github = std::make_unique<PipelineSandbox>(githubServer, scenario, QString::fromLatin1(kGithubToken));
        logging =
            std::make_unique<PipelineSandbox>(loggingServer, scenario, QString::fromLatin1(kLoggingToken));
    }

    QStringList dataflowArguments() const
    {
        return {QStringLiteral("--dataflow-url"), dataflow->baseUrl().toString(),
                QStringLiteral("--project"),      dataflow->data().project(),
                QStringLiteral("--location"),     dataflow->data().location()};
    }

    SandboxServer idpServer, dataflowServer, githubServer, loggingServer;
    std::unique_ptr<ScimSandbox> scim;
    std::unique_ptr<PipelineSandbox> dataflow, github, logging;
};

QSet<QByteArray> only(const QByteArray &token)
{
    return {"Bearer " + token};
}

/// Every header the server saw is a token the Google grant issued (or none: the token request itself).
bool onlyGoogleTokens(const SandboxServer &server)
{
    bool any = false;
    for (const QByteArray &seen : server.authorizationsSeen()) {
        if (!seen.isEmpty() && !seen.startsWith("Bearer sandbox-google-"))
            return false;
        any = any || !seen.isEmpty();
    }
    return any;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestSyncCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Scenario m_scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// The real program, while this process keeps serving the sandboxes.
    Run scimflow(const QStringList &arguments, const QHash<QString, QString> &environment = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"));
        for (auto it = environment.begin(); it != environment.end(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SCIMFLOW_BINARY), arguments);
        Run r;
        if (!p.waitForStarted() ||
            !QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 120000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    qint64 jobsOf(const QString &db, const QString &source, bool withLauncher = false)
    {
        auto store = Store::open(db);
        if (!store)
            return -1;
        QSqlQuery q((*store)->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM jobs WHERE source = ?") +
                  (withLauncher ? QStringLiteral(" AND launcher <> ''") : QString()));
        q.addBindValue(source);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("TST_IDP_TOKEN", kIdpToken);
        qputenv("TST_DATAFLOW_TOKEN", kDataflowToken);
        qputenv("TST_GITHUB_TOKEN", kGithubToken);
        qputenv("TST_LOGGING_TOKEN", kLoggingToken);
        qunsetenv("GOOGLE_APPLICATION_CREDENTIALS");
    }

    void eachServerSeesOnlyItsOwnToken()
    {
        Sandboxes s(m_scenario);
        const QString db = path(QStringLiteral("three.db"));
        const QStringList arguments =
            QStringList{
                QStringLiteral("sync"),         QStringLiteral("--db"),       db,
                QStringLiteral("--scim-url"),   s.scim->baseUrl().toString(), QStringLiteral("--token-env"),
                QStringLiteral("TST_IDP_TOKEN")} +
            s.dataflowArguments() +
            QStringList{QStringLiteral("--dataflow-token-env"), QStringLiteral("TST_DATAFLOW_TOKEN"),
                        QStringLiteral("--github-repo"),        s.github->data().repository(),
                        QStringLiteral("--github-url"),         s.github->baseUrl().toString(),
                        QStringLiteral("--github-token-env"),   QStringLiteral("TST_GITHUB_TOKEN")};
        QCOMPARE(Cli::runSync(arguments), 0);
        QCOMPARE(s.idpServer.authorizationsSeen(), only(kIdpToken));
        QCOMPARE(s.dataflowServer.authorizationsSeen(), only(kDataflowToken)); // Cloud Logging included
        QCOMPARE(s.githubServer.authorizationsSeen(), only(kGithubToken));
        QCOMPARE(jobsOf(db, QStringLiteral("dataflow")), qint64(s.dataflow->data().dataflowJobCount()));
        QCOMPARE(jobsOf(db, QStringLiteral("github")), qint64(s.github->data().githubRunCount()));
        QVERIFY(jobsOf(db, QStringLiteral("dataflow"), true) > 0);

        // The findings were recomputed after the sync, and say so.
        auto store = Store::open(db);
        QVERIFY(store.ok());
        const FindingsFreshness fresh = FindingsFreshness::of(**store);
        QVERIFY(fresh.computedAt >= fresh.lastSync && fresh.lastSync > 0);
        QVERIFY(!fresh.isStale());
        QVERIFY((*store)->count(QStringLiteral("findings")) > 0);
    }

    void scimTargetSyncsAfterTheIdpWithItsOwnToken()
    {
        Sandboxes s(m_scenario);
        SandboxServer awsServer;
        QVERIFY(awsServer.listen());
        ScimTargetSandbox aws(awsServer, QStringLiteral("/aws/scim/v2"), QStringLiteral("aws-token-5555"));
        for (const User &u : m_scenario.users) {
            User account = u;
            account.scimId = QStringLiteral("aws-") + u.scimId;
            account.externalId = u.scimId;
            account.active = true; // no deprovisioning ever reached this target
            aws.addUser(account);
        }
        qputenv("TST_AWS_TOKEN", "aws-token-5555");
        const QString db = path(QStringLiteral("target.db"));
        QCOMPARE(
            Cli::runSync({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--scim-url"),
                          s.scim->baseUrl().toString(), QStringLiteral("--token-env"),
                          QStringLiteral("TST_IDP_TOKEN"), QStringLiteral("--scim-target"),
                          QStringLiteral("aws=") + aws.baseUrl().toString(),
                          QStringLiteral("--scim-target-token-env"), QStringLiteral("aws=TST_AWS_TOKEN"),
                          QStringLiteral("--scim-target-vendor"), QStringLiteral("aws=aws-identity-center")}),
            0);
        QCOMPARE(s.idpServer.authorizationsSeen(), only(kIdpToken));
        QCOMPARE(awsServer.authorizationsSeen(), only("aws-token-5555"));
        auto store = Store::open(db);
        QVERIFY(store.ok());
        QCOMPARE((*store)->count(QStringLiteral("target_users")), qint64(m_scenario.users.size()));
        // The demo scenario's leavers are still active in this target: the silent failure is reported.
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM findings WHERE rule = 'provisioning-drift'")));
        QVERIFY(q.next() && q.value(0).toInt() > 0);
    }

    void cloudLoggingTakesItsOwnTokenWhenGiven()
    {
        Sandboxes s(m_scenario);
        const QString db = path(QStringLiteral("logging.db"));
        QCOMPARE(Cli::runSync(
                     QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} + s.dataflowArguments() +
                     QStringList{QStringLiteral("--dataflow-token-env"), QStringLiteral("TST_DATAFLOW_TOKEN"),
                                 QStringLiteral("--logging-url"), s.logging->baseUrl().toString(),
                                 QStringLiteral("--logging-token-env"), QStringLiteral("TST_LOGGING_TOKEN"),
                                 QStringLiteral("--no-findings")}),
                 0);
        QCOMPARE(s.dataflowServer.authorizationsSeen(), only(kDataflowToken));
        QCOMPARE(s.loggingServer.authorizationsSeen(), only(kLoggingToken));
        QVERIFY(jobsOf(db, QStringLiteral("dataflow"), true) > 0); // launchers from the logging server
        auto store = Store::open(db);
        QVERIFY(store.ok());
        QVERIFY((*store)->metaValue(FindingsFreshness::kComputedAtKey).isEmpty()); // --no-findings
    }

    void missingCredentialsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        const QStringList dataflow{QStringLiteral("--dataflow-url"), QStringLiteral("http://127.0.0.1:9"),
                                   QStringLiteral("--project"),      QStringLiteral("p"),
                                   QStringLiteral("--location"),     QStringLiteral("l")};
        const QStringList idp{QStringLiteral("--scim-url"), QStringLiteral("http://127.0.0.1:9/scim/v2"),
                              QStringLiteral("--token-env"), QStringLiteral("TST_IDP_TOKEN")};
        QTest::newRow("dataflow with only the IdP's token") << idp + dataflow << "--dataflow-token-env";
        QTest::newRow("dataflow with --token-env alone")
            << dataflow + QStringList{QStringLiteral("--token-env"), QStringLiteral("TST_IDP_TOKEN")}
            << "--dataflow-token-env";
        QTest::newRow("github without its token")
            << idp + QStringList{QStringLiteral("--github-repo"), QStringLiteral("acme/x")}
            << "--github-token-env";
        QTest::newRow("github token variable unset")
            << QStringList{QStringLiteral("--github-repo"), QStringLiteral("acme/x"),
                           QStringLiteral("--github-token-env"), QStringLiteral("TST_UNSET_VARIABLE")}
            << "TST_UNSET_VARIABLE";
        QTest::newRow("logging token without dataflow")
            << idp + QStringList{QStringLiteral("--logging-token-env"), QStringLiteral("TST_LOGGING_TOKEN")}
            << "--logging-token-env";
        QTest::newRow("unreadable credentials file")
            << dataflow +
                   QStringList{QStringLiteral("--gcp-credentials"), QStringLiteral("/nonexistent/key.json")}
            << "/nonexistent/key.json";
        QTest::newRow("scim target without its token")
            << idp + QStringList{QStringLiteral("--scim-target"),
                                 QStringLiteral("aws=http://127.0.0.1:9/scim/v2")}
            << "--scim-target-token-env aws=VAR";
        QTest::newRow("scim target with an unknown profile")
            << idp + QStringList{QStringLiteral("--scim-target"),
                                 QStringLiteral("aws=http://127.0.0.1:9/scim/v2"),
                                 QStringLiteral("--scim-target-token-env"),
                                 QStringLiteral("aws=TST_IDP_TOKEN"),
                                 QStringLiteral("--scim-target-vendor"),
                                 QStringLiteral("aws=okta")}
            << "aws-identity-center";
        QTest::newRow("scim target token for an unnamed target")
            << idp +
                   QStringList{QStringLiteral("--scim-target-token-env"), QStringLiteral("gh=TST_IDP_TOKEN")}
            << "--scim-target gh=URL";
        QTest::newRow("unknown connection")
            << QStringList{QStringLiteral("--connection"), QStringLiteral("nope")} << "nope";
        QTest::newRow("okta without credentials")
            << QStringList{QStringLiteral("--okta-url"), QStringLiteral("http://127.0.0.1:9")}
            << "--okta-token-env";
        QTest::newRow("okta key file without client id")
            << QStringList{QStringLiteral("--okta-url"), QStringLiteral("http://127.0.0.1:9"),
                           QStringLiteral("--okta-key-file"), QStringLiteral("/nonexistent/key.pem")}
            << "--okta-client-id";
        QTest::newRow("okta and scim at once")
            << idp + QStringList{QStringLiteral("--okta-url"), QStringLiteral("http://127.0.0.1:9"),
                                 QStringLiteral("--okta-token-env"), QStringLiteral("TST_IDP_TOKEN")}
            << "--okta-url";
    }

    void missingCredentialsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const QString db = path(QStringLiteral("never-created.db"));
        const Run r = scimflow(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} + arguments,
                               {{QStringLiteral("TST_IDP_TOKEN"), QStringLiteral("x")},
                                {QStringLiteral("TST_LOGGING_TOKEN"), QStringLiteral("y")}});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named.toUtf8()), r.err.constData());
        QVERIFY(!QFile::exists(db)); // nothing was started
    }

    void oktaWithApiTokenOrServiceApp()
    {
        const Scenario scenario =
            ScenarioGenerator::generate(ScenarioSpec::demo(), currentTimestamp() - kMsPerHour);
        SandboxServer server;
        QVERIFY(server.listen().ok());
        OktaSandbox okta(server, scenario, QString::fromLatin1(kIdpToken));
        const TestRsaKey key = TestRsaKey::generate();
        QVERIFY(okta.registerServiceApp(QStringLiteral("0oa-cli"), key.publicPem).ok());
        const QString keyFile = writeFile(QStringLiteral("okta-key.pem"), key.privatePem);
        QVERIFY(!keyFile.isEmpty());

        // An API token, sent as SSWS; the summary line is the source's own.
        const QString db = path(QStringLiteral("okta.db"));
        Run r = scimflow({QStringLiteral("sync"), QStringLiteral("--db"), db, QStringLiteral("--okta-url"),
                          okta.orgUrl().toString(), QStringLiteral("--okta-token-env"),
                          QStringLiteral("TST_IDP_TOKEN"), QStringLiteral("--no-findings")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith(QStringLiteral("okta: %1 users, %2 groups, ")
                                      .arg(scenario.users.size())
                                      .arg(scenario.groups.size())
                                      .toUtf8()),
                 r.out.constData());
        QVERIFY(r.out.contains("log events ("));
        QCOMPARE(server.authorizationsSeen(), QSet<QByteArray>{"SSWS " + kIdpToken});
        QVERIFY(!r.out.contains(kIdpToken) && !r.err.contains(kIdpToken));

        // The service app: a client assertion signed with the key file, then bearer tokens.
        const QString db2 = path(QStringLiteral("okta-app.db"));
        r = scimflow({QStringLiteral("sync"), QStringLiteral("--db"), db2, QStringLiteral("--okta-url"),
                      okta.orgUrl().toString(), QStringLiteral("--okta-client-id"), QStringLiteral("0oa-cli"),
                      QStringLiteral("--okta-key-file"), keyFile, QStringLiteral("--okta-key-id"),
                      QStringLiteral("k1"), QStringLiteral("--no-findings")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("okta: "));
        QCOMPARE(okta.tokenEndpoint()->grants(), 1);
        QCOMPARE(okta.tokenEndpoint()->lastScope(), ConnectionProfile::oktaReadScopes());
        QVERIFY(!r.err.contains("PRIVATE KEY"));
        auto store = Store::open(db2);
        QVERIFY(store.ok());
        QCOMPARE((*store)->lastSuccessfulRun(QStringLiteral("okta")).status, QStringLiteral("ok"));
        QCOMPARE((*store)->count(QStringLiteral("users")), qint64(scenario.users.size()));
    }

    void serviceAccountKeyFile()
    {
        Sandboxes s(m_scenario);
        const TestRsaKey key = TestRsaKey::generate();
        QVERIFY(!key.privatePem.isEmpty() && !key.publicPem.isEmpty());
        GoogleTokenGrants grants;
        QVERIFY(grants.verifier().addServiceAccount(kServiceAccount, key.publicPem).ok());
        SandboxTokenEndpoint tokens(s.dataflowServer, QStringLiteral("unused"), QStringLiteral("unused"),
                                    [&s](const QString &token) { s.dataflow->setToken(token); });
        tokens.setGoogleGrants(&grants);
        const QString keyFile = writeFile(
            QStringLiteral("sa.json"), key.serviceAccountJson(kServiceAccount, tokens.tokenUrl().toString()));
        const QString db = path(QStringLiteral("google.db"));
        QCOMPARE(Cli::runSync(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} +
                              s.dataflowArguments() +
                              QStringList{QStringLiteral("--gcp-credentials"), keyFile}),
                 0);
        QCOMPARE(tokens.grants(), 1); // one token for the whole sync: cached, not stored
        QVERIFY(onlyGoogleTokens(s.dataflowServer));
        QCOMPARE(jobsOf(db, QStringLiteral("dataflow")), qint64(s.dataflow->data().dataflowJobCount()));

        // A token about to expire is replaced before it is used again.
        grants.setExpiresInSeconds(30); // inside the refresh margin: every request gets a fresh one
        QCOMPARE(
            Cli::runSync(
                QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} + s.dataflowArguments() +
                QStringList{QStringLiteral("--gcp-credentials"), keyFile, QStringLiteral("--no-findings")}),
            0);
        QVERIFY(tokens.grants() > 3);

        // The same file through GOOGLE_APPLICATION_CREDENTIALS, as gcloud's libraries find it.
        grants.setExpiresInSeconds(3600);
        const Run viaEnvironment =
            scimflow(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} + s.dataflowArguments(),
                     {{QStringLiteral("GOOGLE_APPLICATION_CREDENTIALS"), keyFile}});
        QVERIFY2(viaEnvironment.exitCode == 0, viaEnvironment.err.constData());
        QVERIFY(viaEnvironment.out.contains("findings: "));
        QVERIFY(!viaEnvironment.out.contains(key.privatePem.mid(100, 40)));
    }

    void keyTheEndpointRejectsNamesTheFile()
    {
        Sandboxes s(m_scenario);
        const TestRsaKey registered = TestRsaKey::generate();
        const TestRsaKey other = TestRsaKey::generate();
        GoogleTokenGrants grants;
        QVERIFY(grants.verifier().addServiceAccount(kServiceAccount, registered.publicPem).ok());
        SandboxTokenEndpoint tokens(s.dataflowServer, QStringLiteral("unused"), QStringLiteral("unused"),
                                    [&s](const QString &token) { s.dataflow->setToken(token); });
        tokens.setGoogleGrants(&grants);
        const QString keyFile =
            writeFile(QStringLiteral("revoked-key.json"),
                      other.serviceAccountJson(kServiceAccount, tokens.tokenUrl().toString()));
        const QString db = path(QStringLiteral("rejected.db"));
        const Run r =
            scimflow(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} + s.dataflowArguments() +
                     QStringList{QStringLiteral("--gcp-credentials"), keyFile});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("revoked-key.json") && r.err.contains("Invalid JWT Signature") &&
                     r.err.contains("invalid_grant"),
                 r.err.constData());
        QCOMPARE(tokens.grants(), 0);
        QVERIFY(!r.err.contains(other.privatePem.mid(100, 40)));
        QCOMPARE(jobsOf(db, QStringLiteral("dataflow")), 0);
        // Only the token request reached the server, without an Authorization header.
        QCOMPARE(s.dataflowServer.authorizationsSeen(), QSet<QByteArray>{QByteArray()});
    }

    void authorizedUserFile()
    {
        Sandboxes s(m_scenario);
        GoogleTokenGrants grants;
        grants.addAuthorizedUser(QStringLiteral("764086051850-x.apps.googleusercontent.com"),
                                 QStringLiteral("d-FL95Q19q7MQmFpd7hHD0Ty"),
                                 QStringLiteral("1//0g-refresh+token/ABC"));
        SandboxTokenEndpoint tokens(s.dataflowServer, QStringLiteral("unused"), QStringLiteral("unused"),
                                    [&s](const QString &token) { s.dataflow->setToken(token); });
        tokens.setGoogleGrants(&grants);
        QJsonObject file{
            {QStringLiteral("type"), QStringLiteral("authorized_user")},
            {QStringLiteral("client_id"), QStringLiteral("764086051850-x.apps.googleusercontent.com")},
            {QStringLiteral("client_secret"), QStringLiteral("d-FL95Q19q7MQmFpd7hHD0Ty")},
            {QStringLiteral("refresh_token"), QStringLiteral("1//0g-refresh+token/ABC")},
            {QStringLiteral("token_uri"), tokens.tokenUrl().toString()}};
        const QString good = writeFile(QStringLiteral("adc.json"), QJsonDocument(file).toJson());
        const QString db = path(QStringLiteral("adc.db"));
        QCOMPARE(Cli::runSync(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} +
                              s.dataflowArguments() + QStringList{QStringLiteral("--gcp-credentials"), good}),
                 0);
        QCOMPARE(tokens.grants(), 1);
        QVERIFY(onlyGoogleTokens(s.dataflowServer));

        file.insert(QStringLiteral("refresh_token"), QStringLiteral("1//revoked"));
        const QString revoked = writeFile(QStringLiteral("adc-revoked.json"), QJsonDocument(file).toJson());
        const Run r =
            scimflow(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} + s.dataflowArguments() +
                     QStringList{QStringLiteral("--gcp-credentials"), revoked});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("adc-revoked.json") && r.err.contains("invalid_grant"), r.err.constData());
        QVERIFY(!r.err.contains("d-FL95Q19q7MQmFpd7hHD0Ty"));
    }

    void savedConnectionRunsHeadless()
    {
        Sandboxes s(m_scenario);
        const TestRsaKey key = TestRsaKey::generate();
        GoogleTokenGrants grants;
        QVERIFY(grants.verifier().addServiceAccount(kServiceAccount, key.publicPem).ok());
        SandboxTokenEndpoint tokens(s.dataflowServer, QStringLiteral("unused"), QStringLiteral("unused"),
                                    [&s](const QString &token) { s.dataflow->setToken(token); });
        tokens.setGoogleGrants(&grants);

        const QString db = path(QStringLiteral("saved.db"));
        {
            auto store = Store::open(db);
            QVERIFY(store.ok());
            // Two connections: the name decides which runs (production would fail: nothing listens there).
            ConnectionProfile production;
            production.name = QStringLiteral("production");
            production.scimUrl = QStringLiteral("http://127.0.0.1:9/scim/v2");
            production.secretRef = SecretStore::newReference(production.name);
            SecretStore::storeForSession(production.secretRef, QStringLiteral("production-token"));
            QVERIFY(ConnectionProfiles::save(**store, production).ok());

            ConnectionProfile staging;
            staging.name = QStringLiteral("staging");
            staging.scimUrl = s.scim->baseUrl().toString();
            staging.secretRef = SecretStore::newReference(staging.name);
            SecretStore::storeForSession(staging.secretRef, QString::fromLatin1(kIdpToken));
            PipelineSource dataflow;
            dataflow.kind = PipelineSource::Kind::Dataflow;
            dataflow.name = QStringLiteral("dataflow-staging");
            dataflow.url = s.dataflow->baseUrl().toString();
            dataflow.project = s.dataflow->data().project();
            dataflow.location = s.dataflow->data().location();
            dataflow.credentialsFile = QStringLiteral("/home/ops/keys/staging-reader.json"); // may be gone
            dataflow.secretRef = SecretStore::newReference(staging.name);
            SecretStore::storeForSession(
                dataflow.secretRef,
                QString::fromUtf8(key.serviceAccountJson(kServiceAccount, tokens.tokenUrl().toString())));
            PipelineSource github;
            github.kind = PipelineSource::Kind::Github;
            github.name = QStringLiteral("github-staging");
            github.url = s.github->baseUrl().toString();
            github.repository = s.github->data().repository();
            github.secretRef = SecretStore::newReference(staging.name);
            SecretStore::storeForSession(github.secretRef, QString::fromLatin1(kGithubToken));
            staging.pipelineSources = {dataflow, github};
            QVERIFY(ConnectionProfiles::save(**store, staging).ok());
        }

        QCOMPARE(Cli::runSync({QStringLiteral("sync"), QStringLiteral("--connection"),
                               QStringLiteral("staging"), QStringLiteral("--db"), db}),
                 0);
        QCOMPARE(s.idpServer.authorizationsSeen(), only(kIdpToken));
        QCOMPARE(s.githubServer.authorizationsSeen(), only(kGithubToken));
        QVERIFY(onlyGoogleTokens(s.dataflowServer));
        QCOMPARE(jobsOf(db, QStringLiteral("dataflow")), qint64(s.dataflow->data().dataflowJobCount()));
        QCOMPARE(jobsOf(db, QStringLiteral("github")), qint64(s.github->data().githubRunCount()));
        auto store = Store::open(db);
        QVERIFY(store.ok());
        QCOMPARE((*store)->metaValue(QStringLiteral("synced_connection")), QStringLiteral("staging"));
        QVERIFY(!(*store)->metaValue(FindingsFreshness::kComputedAtKey).isEmpty());
        QVERIFY((*store)->count(QStringLiteral("users")) > 0);

        // The other connection fails (its IdP is unreachable) and is not recorded as the synced one.
        QCOMPARE(Cli::runSync({QStringLiteral("sync"), QStringLiteral("--connection"),
                               QStringLiteral("production"), QStringLiteral("--db"), db,
                               QStringLiteral("--timeout"), QStringLiteral("2")}),
                 1);
        QCOMPARE((*store)->metaValue(QStringLiteral("synced_connection")), QStringLiteral("staging"));
        QCOMPARE(Cli::runSync({QStringLiteral("sync"), QStringLiteral("--connection"), QStringLiteral("nope"),
                               QStringLiteral("--db"), db}),
                 2);
    }

    // A saved connection's credential sources are inventoried with their secrets from the keychain; a secret
    // that does not fit its source is refused before anything is read.
    void savedConnectionInventoriesItsCredentialSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("inventory.db"));
        SandboxServer server;
        QVERIFY(server.listen().ok());
        const Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), currentTimestamp());
        const QString iamToken = QStringLiteral("inventory-iam-t0ken-31c9");
        CredentialSandbox sandbox(server, CredentialSandboxData::fromScenario(scenario), iamToken);
        const auto [privateKey, publicKey] = CredentialSandbox::generateAppKey();
        sandbox.registerApp(QStringLiteral("77"), publicKey);
        ConnectionProfile profile;
        profile.name = QStringLiteral("inventory");
        CredentialSource gcp;
        gcp.project = sandbox.data().project();
        gcp.iamUrl = gcp.policyAnalyzerUrl = sandbox.baseUrl().toString();
        gcp.secretRef = SecretStore::newReference(QStringLiteral("inventory/gcp"));
        SecretStore::storeForSession(gcp.secretRef, iamToken);
        CredentialSource github;
        github.kind = CredentialSource::Kind::Github;
        github.organisation = sandbox.data().organisation();
        github.appId = QStringLiteral("77");
        github.githubUrl = sandbox.baseUrl().toString();
        github.secretRef = SecretStore::newReference(QStringLiteral("inventory/github"));
        SecretStore::storeForSession(github.secretRef, QString::fromUtf8(privateKey));
        profile.credentialSources = {gcp, github};
        {
            auto store = Store::open(db);
            QVERIFY(store.ok());
            QVERIFY(ConnectionProfiles::save(**store, profile).ok());
        }

        QCOMPARE(Cli::runSync({QStringLiteral("sync"), QStringLiteral("--connection"),
                               QStringLiteral("inventory"), QStringLiteral("--db"), db}),
                 0);
        {
            auto store = Store::open(db);
            QVERIFY(store.ok());
            QVERIFY((*store)->lastSuccessfulRun(QStringLiteral("gcp-iam:") + gcp.project).id);
            QVERIFY((*store)->lastSuccessfulRun(QStringLiteral("github-tokens:") + github.organisation).id);
            QSqlQuery q((*store)->database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM credentials WHERE kind = 'gcp-key'")) &&
                    q.next());
            QVERIFY(q.value(0).toInt() > 0);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM credentials WHERE kind = 'github-token'")) &&
                    q.next());
            QVERIFY(q.value(0).toInt() > 0);
            QCOMPARE((*store)->metaValue(QStringLiteral("synced_connection")), QStringLiteral("inventory"));
        }

        // The App's key in the keychain replaced by something that is not a key: refused, nothing read.
        SecretStore::storeForSession(github.secretRef, QStringLiteral("not a key"));
        const qint64 requests = server.requestCount();
        QVERIFY(Cli::runSync({QStringLiteral("sync"), QStringLiteral("--connection"),
                              QStringLiteral("inventory"), QStringLiteral("--db"), db}) != 0);
        QCOMPARE(server.requestCount(), requests);
    }

    // A connection saved in a team store runs from there: `sync --connection NAME --db postgresql://...`.
    void savedConnectionSyncsIntoTheTeamStore()
    {
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(db);
        Sandboxes s(m_scenario);
        {
            auto store = Store::open(db);
            QVERIFY(store.ok());
            ConnectionProfile p;
            p.name = QStringLiteral("team");
            p.scimUrl = s.scim->baseUrl().toString();
            p.secretRef = SecretStore::newReference(p.name);
            SecretStore::storeForSession(p.secretRef, QString::fromLatin1(kIdpToken));
            QVERIFY(ConnectionProfiles::save(**store, p).ok());
        }
        QCOMPARE(Cli::runSync({QStringLiteral("sync"), QStringLiteral("--connection"), QStringLiteral("team"),
                               QStringLiteral("--db"), db}),
                 0);
        QCOMPARE(s.idpServer.authorizationsSeen(), only(kIdpToken));
        auto store = Store::open(db);
        QVERIFY(store.ok());
        QCOMPARE((*store)->count(QStringLiteral("users")), qint64(m_scenario.users.size()));
        QCOMPARE((*store)->metaValue(QStringLiteral("synced_connection")), QStringLiteral("team"));
        QCOMPARE(Cli::runSync({QStringLiteral("sync"), QStringLiteral("--connection"), QStringLiteral("nope"),
                               QStringLiteral("--db"), db}),
                 2);
    }

    // A saved connection's SCIM target is synced after its IdP, with its own token from the keychain.
    void savedConnectionSyncsItsScimTarget()
    {
        Sandboxes s(m_scenario);
        SandboxServer awsServer;
        QVERIFY(awsServer.listen());
        ScimTargetSandbox aws(awsServer, QStringLiteral("/aws/scim/v2"), QStringLiteral("aws-token-7777"));
        for (const User &u : m_scenario.users) {
            User account = u;
            account.scimId = QStringLiteral("aws-") + u.scimId;
            account.externalId = u.scimId;
            account.active = true; // no deprovisioning ever reached this target
            aws.addUser(account);
        }
        const QString db = path(QStringLiteral("saved-target.db"));
        {
            auto store = Store::open(db);
            QVERIFY(store.ok());
            ConnectionProfile p;
            p.name = QStringLiteral("with-target");
            p.scimUrl = s.scim->baseUrl().toString();
            p.secretRef = SecretStore::newReference(p.name);
            SecretStore::storeForSession(p.secretRef, QString::fromLatin1(kIdpToken));
            ScimTargetSource target;
            target.name = QStringLiteral("aws");
            target.url = aws.baseUrl().toString();
            target.vendor = QStringLiteral("aws-identity-center");
            target.secretRef = SecretStore::newReference(p.name + QStringLiteral("/target/aws"));
            SecretStore::storeForSession(target.secretRef, QStringLiteral("aws-token-7777"));
            p.scimTargets = {target};
            QVERIFY(ConnectionProfiles::save(**store, p).ok());
        }
        QCOMPARE(Cli::runSync({QStringLiteral("sync"), QStringLiteral("--connection"),
                               QStringLiteral("with-target"), QStringLiteral("--db"), db}),
                 0);
        QCOMPARE(s.idpServer.authorizationsSeen(), only(kIdpToken));
        QCOMPARE(awsServer.authorizationsSeen(), only("aws-token-7777"));
        auto store = Store::open(db);
        QVERIFY(store.ok());
        QCOMPARE((*store)->count(QStringLiteral("target_users")), qint64(m_scenario.users.size()));
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM findings WHERE rule = 'provisioning-drift'")));
        QVERIFY(q.next() && q.value(0).toInt() > 0);
        // The token is in the keychain (here: the session), never in the database.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(db + suffix);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains("aws-token-7777"));
        }
    }

    void findingsAndReportsSayWhenComputed()
    {
        Sandboxes s(m_scenario);
        const QString db = path(QStringLiteral("stale.db"));
        const QStringList sync =
            QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} + s.dataflowArguments() +
            QStringList{QStringLiteral("--dataflow-token-env"), QStringLiteral("TST_DATAFLOW_TOKEN")};
        QCOMPARE(Cli::runSync(sync), 0);
        ReportOptions options;
        options.from = kAnchor - 90 * kMsPerDay;
        options.to = currentTimestamp() + kMsPerDay;
        auto store = Store::open(db);
        QVERIFY(store.ok());
        Result<ReportDocument> fresh = ReportBuilder::build(**store, options);
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->findingsComputedAt,
                 timestampFromIso((*store)->metaValue(FindingsFreshness::kComputedAtKey)));
        QVERIFY(!fresh->findingsStale);
        QVERIFY(!fresh->notes.join(QLatin1Char('\n')).contains(QLatin1String("Warning: the findings")));

        // A sync that skips the findings leaves them older than the data: every report warns.
        QTest::qWait(5);
        QCOMPARE(Cli::runSync(sync + QStringList{QStringLiteral("--no-findings")}), 0);
        Result<ReportDocument> stale = ReportBuilder::build(**store, options);
        QVERIFY(stale.ok());
        QVERIFY(stale->findingsStale);
        QVERIFY(
            stale->notes.join(QLatin1Char('\n')).contains(QLatin1String("Warning: the findings are older")));
        const Run findings = scimflow({QStringLiteral("findings"), QStringLiteral("--db"), db});
        QCOMPARE(findings.exitCode, 0);
        QVERIFY2(findings.out.startsWith("Findings computed at ") && findings.err.contains("warning: "),
                 findings.err.constData());
        const Run json = scimflow({QStringLiteral("findings"), QStringLiteral("--db"), db,
                                   QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QLatin1String("findingsStale")).toBool(),
                 true);
        const Run report =
            scimflow({QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--kind"),
                      QStringLiteral("gdpr"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                      QStringLiteral("--to"), QStringLiteral("2030-01-01"), QStringLiteral("--format"),
                      QStringLiteral("json"), QStringLiteral("--out"), path(QStringLiteral("gdpr.json"))});
        QCOMPARE(report.exitCode, 0);
        QVERIFY(report.err.contains("warning: "));
        QFile written(path(QStringLiteral("gdpr.json")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(written.readAll()).object();
        QVERIFY(root.value(QLatin1String("findingsStale")).toBool());
        QVERIFY(!root.value(QLatin1String("findingsComputedAt")).toString().isEmpty());

        // The next full sync brings them up to date again.
        QCOMPARE(Cli::runSync(sync), 0);
        QVERIFY(!FindingsFreshness::of(**store).isStale());
    }
};

QTEST_GUILESS_MAIN(TestSyncCommand)
#include "tst_synccommand.moc"
