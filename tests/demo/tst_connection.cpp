#include "connectioncontroller.h"
#include "demoenvironment.h"
#include "store.h"

#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
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
        // Fixes go through the client just synced, named for the audit log without its secret.
        QVERIFY(controller.scimClient());
        QVERIFY(controller.identity().contains("test idp"));
        QVERIFY(!controller.identity().contains(idp.token()));

        auto store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE((*store)->count("users"), 60);
        QCOMPARE((*store)->lastSuccessfulRun("scim").status, QStringLiteral("ok"));
        // Schema drift is measured against what this sync discovered.
        QCOMPARE((*store)->metaValue("scim.schemas.sha256").size(), 64);
        QFile db(path);
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.readAll().contains(idp.token().toUtf8()));
    }
};

QTEST_MAIN(TestConnection)
#include "tst_connection.moc"
