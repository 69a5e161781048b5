#include "../reports/reportfixture.h"
#include "consolesession.h"
#include "driftanalyzer.h"
#include "findingsexport.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "mainwindow.h"
#include "reportbuilder.h"
#include "reportcsvwriter.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "selectioncontext.h"
#include "store.h"
#include "tablecsv.h"
#include "tablepane.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;
const QString kPayload = QStringLiteral("=HYPERLINK(\"http://x\",\"y\")");

/// How many cells hold the guarded payload; fails the test on any cell a spreadsheet would run as a
/// formula, and on a record that does not end in CRLF.
int guardedPayloads(const QByteArray &csv, const char *what)
{
    int guarded = 0;
    for (const QStringList &row : ReportTests::parseCsv(csv)) {
        for (const QString &cell : row) {
            qsizetype first = 0;
            while (first < cell.size() && cell[first] == QLatin1Char(' '))
                ++first;
            if (first < cell.size() && QStringLiteral("=+-@\t\r").contains(cell[first]))
                QTest::qFail(
                    qPrintable(QStringLiteral("%1: unguarded cell %2").arg(QLatin1String(what), cell)),
                    __FILE__, __LINE__);
            if (cell == QLatin1Char('\'') + kPayload)
                ++guarded;
        }
    }
    if (!csv.endsWith("\r\n") || csv.count('\n') != csv.count("\r\n"))
        QTest::qFail(qPrintable(QStringLiteral("%1: records do not end in CRLF").arg(QLatin1String(what))),
                     __FILE__, __LINE__);
    return guarded;
}

} // namespace

/// Every CSV the program writes is formula-safe: an identity named =HYPERLINK(...) goes through each export
/// path (File > Export View, copy as CSV from the tables and the findings, the findings export, every
/// report's CSV) and comes out as text.
class TestCsvExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
        m_dbPath = m_dir.filePath("demo.db");
        Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        for (User &u : scenario.users)
            u.displayName = kPayload;
        for (ServiceAccount &a : scenario.serviceAccounts)
            a.displayName = kPayload;
        auto store = Store::open(m_dbPath);
        QVERIFY(store);
        QVERIFY(ScenarioImporter::write(**store, scenario).ok());
        DriftAnalyzer analyzer(**store);
        QVERIFY(analyzer.recompute().ok());
    }

    void viewExportAndCopyAsCsv()
    {
        ConsoleSession session;
        QVERIFY(session.open(m_dbPath).ok());
        MainWindow window(&session);
        window.setPersistSettings(false);
        QSignalSpy loaded(&session, &ConsoleSession::loaded);
        session.reload();
        QVERIFY(loaded.wait(10000));
        QTableView *identities = window.identityPane()->table();
        QVERIFY(identities->model()->rowCount() > 0);

        const QString file = m_dir.filePath("identities.csv");
        QCOMPARE(window.exportTo(identities, file), QString());
        QVERIFY(guardedPayloads(ReportTests::readFile(file), "File > Export View") > 0);
        QVERIFY(guardedPayloads(window.identityPane()->rowsAsCsv(false).toUtf8(),
                                "Copy all shown rows as CSV") > 0);
        identities->selectRow(0);
        QCOMPARE(
            guardedPayloads(window.identityPane()->rowsAsCsv(true).toUtf8(), "Copy selected rows as CSV"), 1);
    }

    void findingsExportAndCopy()
    {
        auto store = Store::open(m_dbPath);
        QVERIFY(store);
        DriftAnalyzer analyzer(**store);
        Result<QList<Finding>> findings = analyzer.analyse();
        QVERIFY(findings.ok());
        QVERIFY(!findings->isEmpty());
        QList<Finding> all = *findings;
        Finding about = all.first();
        about.fingerprint = QStringLiteral("payload");
        about.subject = kPayload;
        about.summary = kPayload;
        all << about;
        QVERIFY(guardedPayloads(FindingsExport::toCsv(all, kAnchor), "findings export") >= 2);

        FindingsModel model;
        model.setFindings(all, kAnchor);
        SelectionContext selection;
        FindingsView view(&model, &selection);
        QVERIFY(guardedPayloads(TableCsv::rows(view.table(), false).toUtf8(),
                                "Copy all shown findings as CSV") > 0);
    }

    void everyReportCsv_data()
    {
        QTest::addColumn<int>("kind");
        for (ReportKind kind : {ReportKind::AccessReview, ReportKind::Deprovisioning,
                                ReportKind::OrphanedCredentials, ReportKind::Gdpr})
            QTest::newRow(qPrintable(reportKindName(kind))) << int(kind);
    }

    void everyReportCsv()
    {
        QFETCH(int, kind);
        auto store = Store::open(m_dbPath);
        QVERIFY(store);
        ReportOptions options;
        options.kind = ReportKind(kind);
        options.from = kAnchor - 45 * kMsPerDay;
        options.to = kAnchor + kMsPerHour;
        options.generatedAt = kAnchor;
        Result<ReportDocument> document = ReportBuilder::build(**store, options);
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        const Result<QStringList> files = ReportCsvWriter::write(
            *document, m_dir.filePath(reportKindName(options.kind) + QStringLiteral(".csv")));
        QVERIFY(files.ok());
        int guarded = 0;
        for (const QString &file : *files)
            guarded += guardedPayloads(ReportTests::readFile(file), qPrintable(file));
        // The orphaned-credentials CSV names service accounts by email, so only the guard above applies.
        if (options.kind != ReportKind::OrphanedCredentials)
            QVERIFY2(guarded > 0, qPrintable(reportKindName(options.kind)));
    }
};

QTEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
