#include "consolesession.h"
#include "findingsdock.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"
#include "workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

/// The Findings dock recomputes the rules whenever the console loads a database, and says when the findings
/// changed, which is what the timeline's finding flags reload on.
class TestFindingsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recomputesOnLoadAndReportsChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("demo.db");
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            QVERIFY(ScenarioImporter::write(
                **store, ScenarioGenerator::generate(ScenarioSpec::demo(), currentTimestamp() - kMsPerDay)));
        }
        Workspace workspace(dir.filePath("home.db"));
        MainWindow window(workspace.session());
        window.setPersistSettings(false);
        FindingsDock dock(&window, &workspace);
        QSignalSpy recomputed(&dock, &FindingsDock::recomputed);
        QSignalSpy changed(&dock, &FindingsDock::findingsChanged);
        const Status opened = workspace.open(path, Workspace::OpenMode::Unlock);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(recomputed.wait(20000));
        QCOMPARE(recomputed.first().first().toInt(), 6); // the planted drift
        QCOMPARE(changed.size(), 1);
        QCOMPARE(dock.model()->rowCount(), 6);

        // Nothing changed in the store: the same findings, and no reason to reload the timeline.
        dock.recompute();
        QVERIFY(recomputed.wait(20000));
        QCOMPARE(recomputed.last().first().toInt(), 6);
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_MAIN(TestFindingsDock)
#include "tst_findingsdock.moc"
