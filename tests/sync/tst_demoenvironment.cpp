#include "demoenvironment.h"
#include "scimconnection.h"
#include "store.h"
#include "syncjob.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

class TestDemoEnvironment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoSyncsThroughTheNormalPath()
    {
        DemoEnvironment demo;
        QVERIFY(demo.start().ok());
        QVERIFY(demo.scimUrl().port() > 0);
        QCOMPARE(demo.scimUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(demo.token().size() >= 24);

        ConnectionProfile profile;
        profile.name = QStringLiteral("demo");
        profile.scimUrl = demo.scimUrl().toString();
        profile.vendor = demo.vendor();
        auto connection = ScimConnection::create(profile, demo.token());
        QVERIFY(connection.ok());

        QTemporaryDir dir;
        SyncOptions options;
        options.databasePath = dir.filePath(QStringLiteral("demo.db"));
        SyncJob job(&(*connection)->client(), options);
        QSignalSpy finished(&job, &SyncJob::finished);
        QSignalSpy failed(&job, &SyncJob::failed);
        job.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.size(), 0);
        const auto summary = finished.first().at(0).value<SyncSummary>();
        QCOMPARE(summary.stats.users, qint64(demo.scenario().users.size()));
        QCOMPARE(summary.stats.memberships, demo.scenario().membershipCount());

        // A wrong token is refused like a real IdP would.
        auto wrong = ScimConnection::create(profile, QStringLiteral("not-the-token"));
        SyncJob denied(&(*wrong)->client(), options);
        QSignalSpy deniedFailed(&denied, &SyncJob::failed);
        denied.start();
        QVERIFY(deniedFailed.wait(10000));
        QCOMPARE(deniedFailed.first().at(0).value<Error>().kind, Error::Kind::Auth);
    }
};

QTEST_GUILESS_MAIN(TestDemoEnvironment)
#include "tst_demoenvironment.moc"
