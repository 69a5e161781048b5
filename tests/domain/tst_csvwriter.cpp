#include "csvwriter.h"

#include <QTest>

using namespace Scimflow;

/// The one CSV writer: RFC 4180 quoting, CRLF records and the formula guard.
class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void quotesWhatRfc4180Requires()
    {
        QCOMPARE(CsvWriter::cell(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::cell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::cell(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::cell(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvWriter::cell(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
        QCOMPARE(CsvWriter::cell(QString::fromUtf8("Jürgen")), QString::fromUtf8("Jürgen"));
        QCOMPARE(CsvWriter::cell(QString()), QString());
    }

    void guardsFormulas_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+49 30") << QStringLiteral("'+49 30");
        QTest::newRow("minus") << QStringLiteral("-2") << QStringLiteral("'-2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("cr") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("spaces then equals") << QStringLiteral("  =1") << QStringLiteral("'  =1");
        QTest::newRow("spaces then at") << QStringLiteral(" @x") << QStringLiteral("' @x");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                   << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("inner equals stays") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("   ");
    }

    void guardsFormulas()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::cell(value), written);
    }

    void recordsEndInCrlf()
    {
        CsvWriter csv;
        csv.addRow({QStringLiteral("A"), QStringLiteral("B")});
        csv.addRow({QStringLiteral("1"), QStringLiteral("=x")});
        csv.addRow({});
        QCOMPARE(csv.text(), QStringLiteral("A,B\r\n1,'=x\r\n\r\n"));
        QCOMPARE(csv.rowCount(), 3);
        QCOMPARE(csv.toUtf8(), QByteArray("A,B\r\n1,'=x\r\n\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
