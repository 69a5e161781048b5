#include "rbacmappingdialog.h"
#include "rbacmappingrepository.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Scimflow;

class TestRbacMappingDialog : public QObject
{
    Q_OBJECT

private slots:
    void editValidateSave()
    {
        auto opened = Store::open(QStringLiteral(":memory:"));
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
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QCOMPARE(dialog.currentVersion(), 2);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("version 2")), qPrintable(dialog.statusText()));
        Result<StoredRbacMapping> stored = RbacMappingRepository::current(store);
        QVERIFY(stored.ok());
        QCOMPARE(stored->version, 2);
        QCOMPARE(stored->author, QStringLiteral("alice"));
        QCOMPARE(store.count(QStringLiteral("group_roles")), 1);
    }
};

QTEST_MAIN(TestRbacMappingDialog)
#include "tst_rbacmappingdialog.moc"
