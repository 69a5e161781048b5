// Drift analysis over the large scenario, run by ./bench.sh drift: the time of each rule and of the whole
// analysis (the median of three rounds), and of saving the findings.
//   bench_drift LOCATION   (a file, or a team store's postgresql:// URL)

#include "benchresult.h"
#include "driftanalyzer.h"
#include "store.h"
#include "storelocation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QTextStream>

#include <ctime>

using namespace Scimflow;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (!StoreLocation::existsOrIsRemote(path)) {
        out << "usage: bench_drift FILE (a large scenario: scimflow scenario --db FILE --scenario large)\n";
        return 2;
    }
    auto store = Store::open(path);
    if (!store) {
        out << store.error().message << '\n';
        return 1;
    }
    DriftSettings settings;
    bool ok = false;
    settings.now = (*store)->metaValue(QStringLiteral("scenario.anchor")).toLongLong(&ok);
    if (!ok)
        settings.now = 0;
    DriftAnalyzer analyzer(**store, settings);
    out << "users " << (*store)->count(QStringLiteral("users")) << ", jobs "
        << (*store)->count(QStringLiteral("jobs")) << ", identity events "
        << (*store)->count(QStringLiteral("identity_events")) << '\n';
    QList<double> analyse, persist;
    for (int round = 1; round <= 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        // CPU time too: on a loaded machine the wall clock measures the neighbours.
        const std::clock_t cpuStart = std::clock();
        Result<QList<Finding>> found = analyzer.analyse();
        const qint64 analyseMs = timer.elapsed();
        const qint64 analyseCpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
        if (!found) {
            out << found.error().message << '\n';
            return 1;
        }
        timer.restart();
        Result<FindingChanges> saved = analyzer.repository().save(*found, analyzer.lastAnalysisTime());
        const qint64 saveMs = timer.elapsed();
        if (!saved) {
            out << saved.error().message << '\n';
            return 1;
        }
        out << "round " << round << ": analyse " << analyseMs << " ms (CPU " << analyseCpuMs
            << " ms), persist " << saveMs << " ms, total " << analyseMs + saveMs << " ms, " << found->size()
            << " findings (added " << saved->added << ", continued " << saved->continued << ", resolved "
            << saved->resolved << ")\n";
        for (const RuleTiming &t : analyzer.timings())
            out << "    " << t.rule << ": " << t.milliseconds << " ms, " << t.findings << " findings\n";
        analyse << double(analyseMs);
        persist << double(saveMs);
    }
    Bench::result(out, QStringLiteral("drift.analyse_large"), Bench::percentile(analyse, 0.5) / 1000.0,
                  QStringLiteral("s"), QStringLiteral("<="), 0.5, QStringLiteral("median of 3"));
    Bench::result(out, QStringLiteral("drift.persist_large"), Bench::percentile(persist, 0.5) / 1000.0,
                  QStringLiteral("s"), {}, 0, QStringLiteral("findings saved, median of 3"));
    return 0;
}
