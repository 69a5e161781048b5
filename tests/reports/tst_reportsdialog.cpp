#include "reportsdialog.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Scimflow;

class TestReportsDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void previewShowsPagesAndCounts();
    void exportWritesTheChosenFormat();
    void invalidPeriodIsReported();
    void actionOpensTheDialog();
    void missingDatabaseIsReported();

private:
    void setPeriod(ReportsDialog &dialog, int daysBefore);

    QTemporaryDir m_dir;
    QString m_db;
    QDate m_anchorDay;
};

void TestReportsDialog::initTestCase()
{
    // The dialog starts from Settings > Reports: use empty scratch settings, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    // The dialog's periods are whole days; anchor the scenario at noon today so presets cover it.
    const QDateTime noon(QDate::currentDate(), QTime(12, 0), QTimeZone::utc());
    m_anchorDay = noon.date();
    m_db = m_dir.filePath(QStringLiteral("demo.db"));
    auto store = Store::open(m_db);
    QVERIFY(store);
    QVERIFY(ScenarioImporter::write(
        **store, ScenarioGenerator::generate(ScenarioSpec::demo(), noon.toMSecsSinceEpoch())));
}

void TestReportsDialog::setPeriod(ReportsDialog &dialog, int daysBefore)
{
    dialog.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(m_anchorDay.addDays(-daysBefore));
    dialog.findChild<QDateEdit *>(QStringLiteral("to"))->setDate(m_anchorDay);
}

void TestReportsDialog::previewShowsPagesAndCounts()
{
    ReportsDialog dialog(m_db);
    dialog.show();
    auto kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(int(ReportKind::Deprovisioning)));
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("slaHours"))->isEnabled());
    QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("idleDays"))->isEnabled());
    setPeriod(dialog, 14);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("preview")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    QVERIFY(dialog.pageCount() >= 1);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("pageLabel"))->text(),
             QStringLiteral("Page 1 of %1").arg(dialog.pageCount()));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("pageImage"))->pixmap().isNull());
    // Dana, Marcus and Tom left within 14 days; Dana and Marcus are the violations.
    const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("SLA violations: 2")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Users deprovisioned: 3")), qPrintable(summary));
    if (dialog.pageCount() > 1) {
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("nextPage")), Qt::LeftButton);
        QCOMPARE(dialog.currentPage(), 1);
    }
}

void TestReportsDialog::exportWritesTheChosenFormat()
{
    ReportsDialog dialog(m_db);
    auto kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(int(ReportKind::OrphanedCredentials)));
    setPeriod(dialog, 30);
    const QString path = m_dir.filePath(QStringLiteral("orphaned.json"));
    QSignalSpy ready(&dialog, &ReportsDialog::reportReady);
    dialog.exportTo(path, ReportFormat::Json);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
    QCOMPARE(ready.first().first().toStringList(), QStringList{path});
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(json[QStringLiteral("summary")].toObject()[QStringLiteral("flagged")].toInt(), 1);
}

void TestReportsDialog::invalidPeriodIsReported()
{
    ReportsDialog dialog(m_db);
    dialog.findChild<QDateEdit *>(QStringLiteral("from"))->setDate(m_anchorDay);
    dialog.findChild<QDateEdit *>(QStringLiteral("to"))->setDate(m_anchorDay.addDays(-3));
    QSignalSpy failed(&dialog, &ReportsDialog::reportFailed);
    dialog.preview();
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("ends before it starts")));
    QVERIFY(!dialog.isBusy());
}

void TestReportsDialog::actionOpensTheDialog()
{
    QWidget window;
    QAction *action = ReportsDialog::createAction(&window, [this] { return m_db; });
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    action->trigger();
    auto dialog = window.findChild<ReportsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QSignalSpy ready(dialog, &ReportsDialog::reportReady);
    dialog->preview();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
    QVERIFY(dialog->pageCount() >= 1);
    dialog->close(); // deletes itself
    QTRY_VERIFY(!window.findChild<ReportsDialog *>());
}

void TestReportsDialog::missingDatabaseIsReported()
{
    const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
    ReportsDialog dialog(missing);
    QSignalSpy failed(&dialog, &ReportsDialog::reportFailed);
    dialog.preview(); // fails on the worker thread; the error arrives queued
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("does not exist")));
    QVERIFY(!dialog.isBusy());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("status"))->text(), failed.first().first().toString());
    QVERIFY(!QFile::exists(missing)); // a report never creates a database
}

QTEST_MAIN(TestReportsDialog)
#include "tst_reportsdialog.moc"
