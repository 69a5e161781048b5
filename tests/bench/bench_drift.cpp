// Drift analysis over a large store: prints the time of each rule and of the whole recomputation.
//   build/app/scimflow scenario --db /tmp/large.db --scenario large
//   build/tests/bench/bench_drift /tmp/large.db
// Not a pass/fail test: the target is an analysis under one second on a developer machine.

#include "driftanalyzer.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTextStream>

using namespace Scimflow;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp/large.db");
    if (!QFile::exists(path)) {
        out << "No database at " << path << "; create it with: scimflow scenario --db " << path
            << " --scenario large\n";
        return 1;
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
    for (int round = 1; round <= 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        Result<QList<Finding>> found = analyzer.analyse();
        const qint64 analyseMs = timer.elapsed();
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
        out << "round " << round << ": analyse " << analyseMs << " ms, persist " << saveMs << " ms, total "
            << analyseMs + saveMs << " ms, " << found->size() << " findings (added " << saved->added
            << ", continued " << saved->continued << ", resolved " << saved->resolved << ")\n";
        for (const RuleTiming &t : analyzer.timings())
            out << "    " << t.rule << ": " << t.milliseconds << " ms, " << t.findings << " findings\n";
    }
    return 0;
}
