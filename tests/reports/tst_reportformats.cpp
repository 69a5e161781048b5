#include "chartrenderer.h"
#include "reportcsvwriter.h"
#include "reportexporter.h"
#include "reportfixture.h"
#include "reportpagelayout.h"

#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;
using namespace ReportTests;

/// Writers and layout on hand-made documents: CSV escaping, PDF paging, charts.
class TestReportFormats : public QObject
{
    Q_OBJECT

private slots:
    void csvTableHasAHeaderAndCrlfRecords();
    void pdfTablesBreakAcrossPagesWithRepeatedHeaders();
    void chartRendererDrawsBars();

private:
    QTemporaryDir m_dir;
};

void TestReportFormats::csvTableHasAHeaderAndCrlfRecords()
{
    ReportTable t;
    t.columns = {{QStringLiteral("a"), QStringLiteral("A")}, {QStringLiteral("b"), QStringLiteral("B")}};
    t.rows = {{QStringLiteral("1"), QStringLiteral("x")}};
    QCOMPARE(ReportCsvWriter::table(t), QByteArray("A,B\r\n1,x\r\n"));
}

void TestReportFormats::pdfTablesBreakAcrossPagesWithRepeatedHeaders()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Paging");
    doc.from = kAnchor - kMsPerDay;
    doc.to = kAnchor;
    ReportTable t;
    t.id = QStringLiteral("rows");
    t.title = QStringLiteral("Numbered rows");
    t.columns = {{QStringLiteral("n"), QStringLiteral("Number"), 1},
                 {QStringLiteral("text"), QStringLiteral("Long text"), 1}};
    // Greek and Cyrillic take the cached glyph path, Hebrew the shaping fallback: all must come out as text.
    t.rows << QStringList{QString::fromUtf8("Ελένη Παπαδοπούλου"), QString::fromUtf8("Дмитрий שלום")};
    for (int i = 0; i < 300; ++i)
        t.rows << QStringList{QStringLiteral("row-%1").arg(i, 3, 10, QLatin1Char('0')),
                              QStringLiteral("word ").repeated(i % 7 == 0 ? 60 : 3).trimmed()};
    doc.tables << t;
    ReportPageLayout layout(doc);
    QVERIFY(layout.paginate());
    QVERIFY(layout.pageCount() > 3);
    const QImage page = layout.renderPage(1, 0.25);
    QVERIFY(!page.isNull());

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString path = m_dir.filePath(QStringLiteral("paging.pdf"));
    QVERIFY(ReportExporter::write(doc, ReportFormat::Pdf, path));
    const QStringList pages = pdfText(path).split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), layout.pageCount());
    QSet<QString> seen;
    for (int p = 0; p < pages.size(); ++p) {
        QVERIFY(pages[p].contains(QStringLiteral("Number")));
        QVERIFY(pages[p].contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages.size())));
        if (p > 0)
            QVERIFY(pages[p].contains(QStringLiteral("Numbered rows (continued)")));
        for (int i = 0; i < 300; ++i) {
            const QString key = QStringLiteral("row-%1").arg(i, 3, 10, QLatin1Char('0'));
            if (pages[p].contains(key)) {
                QVERIFY2(!seen.contains(key), qPrintable(key)); // a row never splits over two pages
                seen.insert(key);
            }
        }
    }
    QCOMPARE(seen.size(), 300);
    const QString all = pages.join(QString());
    QVERIFY(all.contains(QString::fromUtf8("Ελένη Παπαδοπούλου")));
    QVERIFY(all.contains(QString::fromUtf8("Дмитрий")));
    QVERIFY(all.contains(QString::fromUtf8("שלום")) || all.contains(QString::fromUtf8("םולש")));
}

void TestReportFormats::chartRendererDrawsBars()
{
    QCOMPARE(ChartRenderer::niceStep(7, 4), 2.0);
    QCOMPARE(ChartRenderer::niceStep(1000, 4), 500.0);
    ChartData c;
    c.title = QStringLiteral("t");
    c.categories = {QStringLiteral("a"), QStringLiteral("b")};
    c.values = {0, 5};
    c.colors = {Qt::green, QColor(0xb0, 0x1e, 0x2e)};
    const QImage image = ChartRenderer::render(c, QSize(300, 200), 1.0);
    int red = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            red += image.pixelColor(x, y) == QColor(0xb0, 0x1e, 0x2e);
    }
    QVERIFY2(red > 1000, qPrintable(QString::number(red))); // the tall bar, in its colour
    QVERIFY(ChartRenderer::png(c, QSize(300, 200)).startsWith("\x89PNG"));
}

QTEST_MAIN(TestReportFormats)
#include "tst_reportformats.moc"
