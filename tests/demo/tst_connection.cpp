#include "connectioncontroller.h"
#include "connectiondialog.h"
#include "demoenvironment.h"
#include "pipelinesandbox.h"
#include "pipelinesandboxdata.h"
#include "store.h"

#include <QAction>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace Scimflow;

/// Sync Now takes the saved profile and its secret, syncs over SCIM into the user's database and recomputes
/// the findings; without a profile it says what to do.
class TestConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncWithoutAProfileSaysWhatToDo()
    {
        QTemporaryDir dir;
        QWidget window;
        ConnectionController controller(&window, dir.filePath("mine.db"));
        QSignalSpy failed(&controller, &ConnectionController::syncFailed);
        controller.syncAction()->trigger();
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains("Connect to Identity Provider"));
    }

    void syncsTheSavedProfile()
    {
        DemoEnvironment idp;
        QVERIFY(idp.start().ok());
        QTemporaryDir dir;
        const QString path = dir.filePath("mine.db");
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            ConnectionProfile profile;
            profile.name = "test idp";
            profile.scimUrl = idp.scimUrl().toString();
            profile.secretRef = SecretStore::newReference(profile.name);
            SecretStore::storeForSession(profile.secretRef, idp.token());
            QVERIFY(ConnectionProfiles::save(**store, profile).ok());
        }
        QWidget window;
        ConnectionController controller(&window, path);
        QSignalSpy synced(&controller, &ConnectionController::synced);
        QSignalSpy failed(&controller, &ConnectionController::syncFailed);
        controller.syncAction()->trigger();
        QVERIFY(synced.wait(30000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(synced.first().at(0).toString(), path);
        QVERIFY(!synced.first().at(1).toString().contains(idp.token()));

        auto store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE((*store)->count("users"), 60);
        QCOMPARE((*store)->lastSuccessfulRun("scim").status, QStringLiteral("ok"));
        // Schema drift is measured against what this sync discovered.
        QCOMPARE((*store)->metaValue("scim.schemas.sha256").size(), 64);
        // The database says which connection it was synced from (a name, never a secret).
        QCOMPARE((*store)->metaValue("synced_connection"), QStringLiteral("test idp"));
        QFile db(path);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(idp.token().toUtf8()));
    }

    // Sync Now reads the profile's SCIM targets after the IdP, each with its own token: one summary line
    // each, the target's snapshot in the connection's database, the token nowhere in it.
    void syncNowSyncsTheScimTargetsOfTheProfile()
    {
        DemoEnvironment idp;
        QVERIFY(idp.start().ok());
        QTemporaryDir dir;
        const QString path = dir.filePath("mine.db");
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            ConnectionProfile profile;
            profile.name = "with target";
            profile.scimUrl = idp.scimUrl().toString();
            profile.secretRef = SecretStore::newReference(profile.name);
            SecretStore::storeForSession(profile.secretRef, idp.token());
            ScimTargetSource aws;
            aws.name = DemoEnvironment::scimTargetName();
            aws.url = idp.scimTargetUrl().toString();
            aws.vendor = DemoEnvironment::scimTargetVendor();
            aws.secretRef = SecretStore::newReference(profile.name + "/target/aws");
            SecretStore::storeForSession(aws.secretRef, idp.token());
            profile.scimTargets = {aws};
            QVERIFY(ConnectionProfiles::save(**store, profile).ok());
        }
        QWidget window;
        ConnectionController controller(&window, path);
        QSignalSpy synced(&controller, &ConnectionController::synced);
        QSignalSpy failed(&controller, &ConnectionController::syncFailed);
        controller.syncAction()->trigger();
        QVERIFY(synced.wait(30000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY2(synced.first().at(1).toString().contains("target aws: "),
                 qPrintable(synced.first().at(1).toString()));
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE((*store)->count("target_users"), 61);
        QCOMPARE((*store)->metaValue("synced_connection"), QStringLiteral("with target"));
        QFile db(path);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(idp.token().toUtf8()));
    }

    void profilesKeepTheirPipelineSources()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath("mine.db"));
        QVERIFY(store.ok());
        ConnectionProfile profile;
        profile.name = "idp";
        PipelineSource github;
        github.kind = PipelineSource::Kind::Github;
        github.name = "ci";
        github.url = "https://api.github.com";
        github.repository = "acme/data-pipelines";
        github.secretRef = "scimflow/ci";
        PipelineSource lineage;
        lineage.kind = PipelineSource::Kind::OpenLineage;
        lineage.name = "lineage";
        lineage.file = "/data/events.ndjson";
        profile.pipelineSources = {github, lineage};
        QVERIFY(ConnectionProfiles::save(**store, profile).ok());
        const QList<ConnectionProfile> read = ConnectionProfiles::all(**store);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().pipelineSources.size(), 2);
        QCOMPARE(read.first().pipelineSources.at(0).repository, github.repository);
        QCOMPARE(read.first().pipelineSources.at(0).secretRef, github.secretRef);
        QCOMPARE(read.first().pipelineSources.at(1).kind, PipelineSource::Kind::OpenLineage);
        QCOMPARE(read.first().pipelineSources.at(1).file, lineage.file);

        // The dialog hands the sources back unchanged, and keeps typed tokens out of the profile.
        ConnectionDialog dialog;
        dialog.setProfile(read.first());
        QCOMPARE(dialog.profile().pipelineSources.size(), 2);
        QCOMPARE(dialog.profile().pipelineSources.at(0).target(),
                 QStringLiteral("acme/data-pipelines on api.github.com"));
        QVERIFY(dialog.sourceSecrets().isEmpty());
    }

    void syncsThePipelineSourcesOfTheProfile()
    {
        DemoEnvironment env;
        QVERIFY(env.start().ok());
        QTemporaryDir dir;
        const QString path = dir.filePath("mine.db");
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            ConnectionProfile profile;
            profile.name = "idp with pipelines";
            profile.scimUrl = env.scimUrl().toString();
            profile.secretRef = SecretStore::newReference(profile.name);
            SecretStore::storeForSession(profile.secretRef, env.token());
            PipelineSource dataflow;
            dataflow.name = "dataflow prod";
            dataflow.url = env.pipelines()->baseUrl().toString();
            dataflow.project = env.pipelines()->data().project();
            dataflow.location = env.pipelines()->data().location();
            dataflow.secretRef = SecretStore::newReference("dataflow prod");
            SecretStore::storeForSession(dataflow.secretRef, env.token());
            PipelineSource github;
            github.kind = PipelineSource::Kind::Github;
            github.name = "ci";
            github.url = dataflow.url;
            github.repository = env.pipelines()->data().repository();
            github.secretRef = SecretStore::newReference("ci");
            SecretStore::storeForSession(github.secretRef, env.token());
            PipelineSource lineage;
            lineage.kind = PipelineSource::Kind::OpenLineage;
            lineage.name = "lineage";
            lineage.file = dir.filePath("missing.ndjson");
            profile.pipelineSources = {dataflow, github, lineage};
            QVERIFY(ConnectionProfiles::save(**store, profile).ok());
        }
        QWidget window;
        ConnectionController controller(&window, path);
        QSignalSpy synced(&controller, &ConnectionController::synced);
        QSignalSpy failed(&controller, &ConnectionController::syncFailed);
        controller.syncAction()->trigger();
        QVERIFY(synced.wait(30000));
        const QString summary = synced.first().at(1).toString();
        QVERIFY2(summary.contains("dataflow:") && summary.contains("github:"), qPrintable(summary));
        // The missing file is reported by the source's name; the other sources' jobs are in.
        QCOMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains("lineage: "),
                 qPrintable(failed.first().first().toString()));
        auto store = Store::open(path);
        QCOMPARE((*store)->count("jobs"),
                 env.pipelines()->data().dataflowJobCount() + env.pipelines()->data().githubRunCount());
        // The findings are left to the workspace that shows the database (off the GUI thread).
        QCOMPARE((*store)->count("findings"), 0);
    }

    void receivesOpenLineageEventsWhileOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("mine.db");
        quint16 port = 0;
        {
            QTcpServer probe; // a free port for the receiver
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            ConnectionProfile profile;
            profile.name = "idp";
            PipelineSource lineage;
            lineage.kind = PipelineSource::Kind::OpenLineage;
            lineage.name = "airflow";
            lineage.listenPort = port;
            lineage.secretRef = SecretStore::newReference("airflow");
            SecretStore::storeForSession(lineage.secretRef, "tok-LINEAGE-77");
            profile.pipelineSources = {lineage};
            QVERIFY(ConnectionProfiles::save(**store, profile).ok());
        }
        QWidget window;
        ConnectionController controller(&window, path);
        QTRY_COMPARE(controller.lineageIntake()->listening().size(), 1);
        QVERIFY(controller.lineageIntake()->listening().first().contains(QString::number(port)));

        QFile events(QFINDTESTDATA("../pipelines/fixtures/openlineage.ndjson"));
        QVERIFY(events.open(QIODevice::ReadOnly));
        const QByteArray start = events.readLine().trimmed();
        QNetworkAccessManager nam;
        auto post = [&](const QByteArray &token) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/lineage").arg(port)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            if (!token.isEmpty())
                request.setRawHeader("Authorization", "Bearer " + token);
            std::unique_ptr<QNetworkReply> reply(nam.post(request, start));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            done.wait(5000);
            return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        };
        QCOMPARE(post(QByteArray()), 401); // the source has a token: anonymous senders are refused
        QSignalSpy received(&controller, &ConnectionController::jobsReceived);
        QVERIFY(post("tok-LINEAGE-77") / 100 == 2);
        QVERIFY(received.wait(5000));
        QCOMPARE(received.first().at(0).toString(), path);
        auto store = Store::open(path);
        QCOMPARE((*store)->count("jobs"), 1);
    }
};

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
