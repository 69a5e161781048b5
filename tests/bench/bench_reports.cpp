// Benchmark: the access-review PDF for the `large` scenario (100k users, 800k memberships, 200k jobs).
// Not a CTest test; prints figures. The database is built once and cached:
//   build/tests/bench/bench_reports [--db /tmp/large-reports.db] [--out /tmp/large-access-review.pdf]
//                                     [--kind access-review] [--format pdf]

#include "reportbuilder.h"
#include "reportexporter.h"
#include "scenario.h"
#include "scenarioimporter.h"
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
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Cached large database."),
                                      QStringLiteral("FILE"), QStringLiteral("/tmp/large-reports.db"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output file."),
                                       QStringLiteral("FILE"),
                                       QStringLiteral("/tmp/large-access-review.pdf"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), QStringLiteral("Report kind."),
                                        QStringLiteral("KIND"), QStringLiteral("access-review"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("Output format."),
                                          QStringLiteral("FORMAT"), QStringLiteral("pdf"));
    parser.addOptions({dbOption, outOption, kindOption, formatOption});
    parser.process(app);
    QTextStream out(stdout);

    const QString path = parser.value(dbOption);
    QElapsedTimer timer;
    if (!QFile::exists(path)) {
        timer.start();
        const Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::large(), currentTimestamp());
        auto store = Store::open(path);
        if (!store || !ScenarioImporter::write(**store, scenario)) {
            out << "cannot build " << path << '\n';
            return 1;
        }
        out << "built the large scenario in " << timer.elapsed() << " ms -> " << path << '\n';
    }
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
    ReportFormat format = ReportFormat::Pdf;
    reportFormatFromName(parser.value(formatOption), &format);
    options.to = currentTimestamp() + kMsPerDay;
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

    timer.start();
    ReportPageLayout layout(*doc, 300);
    layout.paginate();
    const qint64 layoutMs = timer.elapsed();

    timer.start();
    Result<QStringList> written = ReportExporter::write(*doc, format, parser.value(outOption));
    if (!written) {
        out << written.error().message << '\n';
        return 1;
    }
    const qint64 writeMs = timer.elapsed();
    out << reportKindName(options.kind) << " (" << reportFormatName(format) << "): " << rows << " rows, "
        << layout.pageCount() << " pages\n"
        << "  report data:      " << buildMs << " ms\n"
        << "  page layout only: " << layoutMs << " ms\n"
        << "  write (layout + render): " << writeMs << " ms\n"
        << "  total render time: " << (buildMs + writeMs) << " ms (target < 15000 ms)\n"
        << "  output: " << written->join(QLatin1String(", ")) << " ("
        << QFileInfo(written->first()).size() / 1024 << " KiB)\n";
    return 0;
}
