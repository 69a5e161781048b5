#include "rbacmappingdialog.h"
#include "rbacmappingrepository.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

class TestRbacMappingDialog : public QObject
{
    Q_OBJECT

private slots:
    void editValidateSave()
    {
        // A file: the save runs on a worker with its own connection to it.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto opened = Store::open(dir.filePath(QStringLiteral("mapping.db")));
        QVERIFY(opened.ok());
        Store &store = **opened;
        QVERIFY(ScenarioImporter::write(store,
                                        ScenarioGenerator::generate(ScenarioSpec::demo(), 1795000000000LL)));

        RbacMappingDialog dialog(store, QStringLiteral("alice"));
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.currentVersion(), 1);
        QVERIFY(dialog.editor()->toPlainText().contains(QStringLiteral("serviceAccounts")));
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.errorList()->count(), 0);

        // Break line 2 and validate.
        dialog.editor()->setPlainText(QStringLiteral("{\n  \"version\": 7,\n  \"groups\": {},\n  "
                                                     "\"serviceAccounts\": []\n}"));
        QTest::mouseClick(dialog.validateButton(), Qt::LeftButton);
        QCOMPARE(dialog.errorList()->count(), 1);
        QVERIFY(dialog.errorList()->item(0)->text().startsWith(QStringLiteral("line 2")));
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.errorList()->setCurrentRow(0);
        QCOMPARE(dialog.editor()->textCursor().blockNumber(), 1); // the cursor went to line 2

        // Fix it and save with a click.
        dialog.editor()->setPlainText(QStringLiteral("version: 1\ngroups:\n  data-platform-admins: "
                                                     "[dataflow.admin]\nserviceAccounts: []\n"));
        QTest::mouseClick(dialog.validateButton(), Qt::LeftButton);
        QVERIFY(dialog.saveButton()->isEnabled());
        const auto jobsLinkedToALauncher = [&store] {
            QSqlQuery q(store.database());
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE launcher_user_id IS NOT NULL")) &&
                           q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        const int linkedBefore = jobsLinkedToALauncher();
        QVERIFY(linkedBefore > 0);
        QSignalSpy saved(&dialog, &RbacMappingDialog::mappingSaved);
        QSignalSpy ended(&dialog, &RbacMappingDialog::saveEnded);
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        // The click only starts the save: the editor waits, read-only, and Close is refused meanwhile.
        if (ended.isEmpty()) {
            QVERIFY(dialog.isSaving());
            QVERIFY(dialog.editor()->isReadOnly());
            QVERIFY(!dialog.saveButton()->isEnabled());
            dialog.reject();
            QVERIFY(dialog.isVisible());
            QVERIFY(ended.wait());
        }
        QCOMPARE(ended.count(), 1);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().first().toInt(), 2);
        QVERIFY(!dialog.isSaving());
        QVERIFY(!dialog.editor()->isReadOnly());
        QCOMPARE(dialog.currentVersion(), 2);
        // The relink arrived: the new version has no aliases, so jobs launched under an alias lost their
        // user.
        QVERIFY2(jobsLinkedToALauncher() < linkedBefore, qPrintable(dialog.statusText()));
        QVERIFY2(!dialog.statusText().contains(QStringLiteral(" 0 jobs relinked")),
                 qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("version 2")), qPrintable(dialog.statusText()));
        Result<StoredRbacMapping> stored = RbacMappingRepository::current(store);
        QVERIFY(stored.ok());
        QCOMPARE(stored->version, 2);
        QCOMPARE(stored->author, QStringLiteral("alice"));
        QCOMPARE(store.count(QStringLiteral("group_roles")), 1);

        // The same text again: nothing is written, and the dialog says so.
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY(ended.count() == 2 || ended.wait());
        QCOMPARE(saved.count(), 1);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("No changes")), qPrintable(dialog.statusText()));
        QVERIFY(dialog.saveButton()->isEnabled());
    }
};

QTEST_MAIN(TestRbacMappingDialog)
#include "tst_rbacmappingdialog.moc"
