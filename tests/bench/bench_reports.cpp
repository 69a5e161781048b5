// The access-review report of the large scenario (100k users, 800k memberships, 200k jobs) as PDF, and as
// CSV for the ratio, run by ./bench.sh reports:
//   bench_reports --db FILE [--out BASE] [--kind access-review]

#include "benchresult.h"
#include "reportbuilder.h"
#include "reportexporter.h"
#include "store.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

using namespace Scimflow;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("A large scenario database."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output files without suffix."),
                                       QStringLiteral("BASE"), QStringLiteral("/tmp/large-access-review"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), QStringLiteral("Report kind."),
                                        QStringLiteral("KIND"), QStringLiteral("access-review"));
    parser.addOptions({dbOption, outOption, kindOption});
    parser.process(app);
    QTextStream out(stdout);

    const QString path = parser.value(dbOption);
    if (!QFile::exists(path)) {
        out << "usage: bench_reports --db FILE (a large scenario: scimflow scenario --db FILE --scenario "
               "large)\n";
        return 2;
    }
    QElapsedTimer timer;
    auto store = Store::open(path);
    if (!store) {
        out << store.error().message << '\n';
        return 1;
    }
    ReportOptions options;
    if (!reportKindFromName(parser.value(kindOption), &options.kind)) {
        out << "unknown kind\n";
        return 1;
    }
    // The review period ends at the scenario's "now", so that a cached database measures the same rows on
    // every run.
    bool anchored = false;
    const Timestamp anchor = (*store)->metaValue(QStringLiteral("scenario.anchor")).toLongLong(&anchored);
    options.to = (anchored ? anchor : currentTimestamp()) + kMsPerDay;
    options.from = options.to - 181 * kMsPerDay;

    timer.start();
    Result<ReportDocument> doc = ReportBuilder::build(**store, options);
    if (!doc) {
        out << doc.error().message << '\n';
        return 1;
    }
    const qint64 buildMs = timer.elapsed();
    qsizetype rows = 0;
    for (const ReportTable &t : doc->tables)
        rows += t.rows.size();

    auto write = [&](ReportFormat format, const QString &suffix) -> qint64 {
        QElapsedTimer t;
        t.start();
        Result<QStringList> written = ReportExporter::write(*doc, format, parser.value(outOption) + suffix);
        if (!written) {
            out << written.error().message << '\n';
            return -1;
        }
        const qint64 ms = t.elapsed();
        out << "  " << reportFormatName(format) << ": " << ms << " ms, " << written->join(QLatin1String(", "))
            << " (" << QFileInfo(written->first()).size() / 1024 << " KiB)\n";
        return ms;
    };
    const qint64 csvMs = write(ReportFormat::Csv, QStringLiteral(".csv"));
    const qint64 pdfMs = write(ReportFormat::Pdf, QStringLiteral(".pdf"));
    if (csvMs < 0 || pdfMs < 0)
        return 1;
    out << reportKindName(options.kind) << ": " << rows << " rows; report data " << buildMs << " ms\n";
    Bench::result(out, QStringLiteral("reports.access_review_pdf"), double(buildMs + pdfMs) / 1000.0,
                  QStringLiteral("s"), QStringLiteral("<="), 10,
                  QStringLiteral("%1 rows, data %2 ms + PDF %3 ms").arg(rows).arg(buildMs).arg(pdfMs));
    Bench::result(out, QStringLiteral("reports.pdf_over_csv"),
                  double(pdfMs) / double(std::max<qint64>(1, csvMs)), QStringLiteral("x"), {}, 0,
                  QStringLiteral("CSV %1 ms").arg(csvMs));
    return 0;
}
