// Cold start of the console on the built-in demo: from starting the process to the loaded rows painted
// (SCIMFLOW_EXIT_AFTER_FIRST_PAINT makes the program say "painted" and exit). Each run gets fresh data
// and settings folders, so the demo database is rebuilt as on a first start. Target: < 2 s.
// Usage: bench_coldstart [BINARY] [--runs N]
//   BINARY defaults to the build's scimflow; for the installed binary, first run
//   `ctest --test-dir build -R packaging_deb`, then pass build/tests/packaging/deb/root/usr/bin/scimflow.
// Runs offscreen unless QT_QPA_PLATFORM is set.

#include "benchresult.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString binary = QStringLiteral(SCIMFLOW_BINARY);
    int runs = 5;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args[++i].toInt());
        else
            binary = args[i];
    }
    out << "binary: " << binary << "\n";
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir home;
        QString error;
        const double s =
            Scimflow::Bench::secondsUntilPainted(binary, {QStringLiteral("--demo")}, home.path(), &error);
        if (s < 0) {
            out << "run " << run + 1 << " failed: " << error << "\n";
            return 1;
        }
        times << s;
        out << QStringLiteral("run %1: %2 s\n").arg(run + 1).arg(s, 0, 'f', 3);
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("cold start to painted demo: median %1 s, min %2 s, max %3 s (target < 2 s)\n")
               .arg(times[times.size() / 2], 0, 'f', 3)
               .arg(times.first(), 0, 'f', 3)
               .arg(times.last(), 0, 'f', 3);
    Scimflow::Bench::result(out, QStringLiteral("coldstart.demo"), times[times.size() / 2],
                            QStringLiteral("s"), QStringLiteral("<="), 2,
                            QStringLiteral("median of %1 runs").arg(runs));
    return 0;
}
