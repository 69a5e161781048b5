// `scimflow sync --graph-*` end to end against the simulated Graph tenant on 127.0.0.1: a baseline, an
// incremental sync through the stored delta links, the audit log's events, certificate credentials, and the
// options that must be refused.

#include "commands.h"
#include "graphcertificate.h"
#include "graphsandbox.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "store.h"
#include "storeddirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

namespace {

const QString kTenant = QStringLiteral("northwind.onmicrosoft.com");
const QString kClientId = QStringLiteral("2c9f1e0a-sync-app");
const QByteArray kSecret = "cli~graph_secret-42";

struct Tenant
{
    Scenario scenario =
        ScenarioGenerator::generate(ScenarioSpec::demo(), currentTimestamp() - 40 * kMsPerDay);
    SandboxServer server;
    std::unique_ptr<GraphSandbox> graph;
    QTemporaryDir dir;

    Tenant()
    {
        if (!server.listen())
            qFatal("cannot listen on 127.0.0.1");
        graph = std::make_unique<GraphSandbox>(server, scenario, kTenant, kClientId,
                                               QString::fromLatin1(kSecret));
        graph->setPageSize(9);
        qputenv("TST_GRAPH_SECRET", kSecret);
    }

    QString db() const { return dir.filePath(QStringLiteral("graph.db")); }

    QStringList arguments(const QStringList &credentials) const
    {
        return QStringList{QStringLiteral("sync"),
                           QStringLiteral("--db"),
                           db(),
                           QStringLiteral("--no-findings"),
                           QStringLiteral("--graph-tenant"),
                           kTenant,
                           QStringLiteral("--graph-client-id"),
                           kClientId,
                           QStringLiteral("--graph-url"),
                           graph->graphUrl().toString(),
                           QStringLiteral("--graph-login-url"),
                           graph->loginUrl().toString()} +
               credentials;
    }

    QStringList withSecret() const
    {
        return arguments({QStringLiteral("--graph-secret-env"), QStringLiteral("TST_GRAPH_SECRET")});
    }

    std::unique_ptr<Store> store() const
    {
        auto opened = Store::open(db());
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        return std::move(opened).value();
    }
};

} // namespace

class TestGraphSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baselineThenDelta()
    {
        Tenant t;
        QCOMPARE(Cli::runSync(t.withSecret()), 0);
        {
            const auto store = t.store();
            const QList<SyncRun> runs = store->syncRuns();
            QCOMPARE(runs.size(), 1);
            QCOMPARE(runs.first().source, QStringLiteral("graph"));
            QCOMPARE(runs.first().mode, QStringLiteral("full"));
            QVERIFY(runs.first().nextState.contains("$deltatoken"));
            QVERIFY(!runs.first().nextState.contains(kSecret));
            QCOMPARE(store->count(QStringLiteral("users")), qint64(t.scenario.users.size()));
        }

        // A disable in Entra, recorded in its audit log too.
        const User target = t.graph->users()[7];
        t.graph->modifyUser(target.scimId, [](User &u) { u.active = false; });
        t.graph->addAudit(QJsonObject{
            {"id", "cli-audit-1"},
            {"activityDisplayName", "Disable account"},
            {"activityDateTime", QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs)},
            {"result", "success"},
            {"initiatedBy",
             QJsonObject{{"user", QJsonObject{{"userPrincipalName", "it-admin@northwind.example"}}}}},
            {"targetResources",
             QJsonArray{QJsonObject{
                 {"id", target.scimId}, {"type", "User"}, {"userPrincipalName", target.userName}}}}});
        QCOMPARE(Cli::runSync(t.withSecret()), 0);
        const auto store = t.store();
        const QList<SyncRun> runs = store->syncRuns();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.last().mode, QStringLiteral("incremental"));
        QCOMPARE(runs.last().status, QStringLiteral("ok"));
        const QList<User> stored = StoredDirectory(*store).usersByScimIds({target.scimId});
        QCOMPARE(stored.size(), 1);
        QVERIFY(!stored.first().active);
        bool fromLog = false;
        for (const IdentityEvent &e : store->identityEvents()) {
            if (e.externalId == QLatin1String("cli-audit-1")) {
                fromLog = true;
                QCOMPARE(e.kind, IdentityEvent::Kind::Deactivated);
                QCOMPARE(e.actor, QStringLiteral("it-admin@northwind.example"));
                QCOMPARE(e.userScimId, target.scimId);
            }
        }
        QVERIFY(fromLog);
    }

    void certificateCredentials()
    {
        Tenant t;
        QFile cert(QStringLiteral(SCIMFLOW_TLS_FIXTURES "/server.pem"));
        QFile key(QStringLiteral(SCIMFLOW_TLS_FIXTURES "/server.key"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        const QByteArray certPem = cert.readAll();
        QVERIFY(t.graph->setClientCertificate(certPem).ok());
        const QString pem = t.dir.filePath(QStringLiteral("app.pem"));
        QFile out(pem);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(certPem + key.readAll());
        out.close();
        QCOMPARE(Cli::runSync(t.arguments({QStringLiteral("--graph-cert-file"), pem})), 0);
        QCOMPARE(t.store()->count(QStringLiteral("users")), qint64(t.scenario.users.size()));

        // The certificate alone, without its key, is refused before anything is sent.
        const QString certOnly = t.dir.filePath(QStringLiteral("cert-only.pem"));
        QFile::copy(QStringLiteral(SCIMFLOW_TLS_FIXTURES "/server.pem"), certOnly);
        const int grants = t.graph->tokenGrants();
        QCOMPARE(Cli::runSync(t.arguments({QStringLiteral("--graph-cert-file"), certOnly})),
                 int(Cli::UsageError));
        QCOMPARE(t.graph->tokenGrants(), grants);
    }

    void wrongSecretFails()
    {
        Tenant t;
        qputenv("TST_GRAPH_WRONG", "not-it");
        QCOMPARE(Cli::runSync(
                     t.arguments({QStringLiteral("--graph-secret-env"), QStringLiteral("TST_GRAPH_WRONG")})),
                 int(Cli::Failure));
        const auto store = t.store();
        QCOMPARE(store->count(QStringLiteral("users")), qint64(0));
        QCOMPARE(store->syncRuns().size(), 1);
        QCOMPARE(store->syncRuns().first().status, QStringLiteral("failed"));
    }

    void optionsThatMustBeRefused()
    {
        Tenant t;
        const QStringList both =
            t.arguments({QStringLiteral("--graph-secret-env"), QStringLiteral("TST_GRAPH_SECRET"),
                         QStringLiteral("--graph-cert-file"), QStringLiteral("/nonexistent.pem")});
        QCOMPARE(Cli::runSync(both), int(Cli::UsageError));
        QCOMPARE(Cli::runSync(t.arguments({})), int(Cli::UsageError));
        QStringList noClient = t.withSecret();
        noClient.removeAt(noClient.indexOf(QStringLiteral("--graph-client-id")) + 1);
        noClient.removeAll(QStringLiteral("--graph-client-id"));
        QCOMPARE(Cli::runSync(noClient), int(Cli::UsageError));
        QStringList withScim = t.withSecret();
        withScim << QStringLiteral("--scim-url") << QStringLiteral("https://idp.example/scim/v2");
        QCOMPARE(Cli::runSync(withScim), int(Cli::UsageError));
        QStringList plainHttp = t.withSecret();
        plainHttp[plainHttp.indexOf(QStringLiteral("--graph-url")) + 1] =
            QStringLiteral("http://graph.example.com/v1.0");
        QCOMPARE(Cli::runSync(plainHttp), int(Cli::UsageError));
        QCOMPARE(t.graph->tokenGrants(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGraphSync)
#include "tst_graphsync.moc"
