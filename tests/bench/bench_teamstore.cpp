// The team store on PostgreSQL against the embedded SQLite default, run by ./bench.sh teamstore, which starts
// a throwaway PostgreSQL server on loopback as ./test.sh does (SCIMFLOW_TEST_POSTGRES names its maintenance
// database). Measured in one run:
// - the first full sync's snapshot of the large scenario (100,000 users, 5,000 groups, 800,000 memberships)
//   written by SnapshotWriter into a fresh store of each engine: the part of a sync the engine decides;
// - the large store copied into the team store (`scimflow migrate`), then the console opening it, from
//   starting the process to its loaded rows painted;
// - a drift analysis of it on PostgreSQL.
//   bench_teamstore LARGE.db

#include "benchresult.h"
#include "benchsnapshot.h"
#include "driftanalyzer.h"
#include "scenario.h"
#include "snapshotwriter.h"
#include "store.h"
#include "storecopy.h"
#include "teststore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Scimflow;

namespace {

QTextStream out(stdout);

/// The snapshot write of a first full sync of \a scenario into the new store at \a location, in ms (-1:
/// failed).
qint64 writeSnapshot(const QString &location, const Scenario &scenario, Timestamp anchor)
{
    auto store = Store::open(location);
    if (!store) {
        out << "error: " << store.error().message << '\n';
        return -1;
    }
    const Result<qint64> run = (*store)->beginSyncRun(QStringLiteral("scim"), QStringLiteral("full"));
    if (!run)
        return -1;
    const SyncSnapshot snapshot = Bench::firstFullSnapshot(scenario, anchor, *run);
    QElapsedTimer t;
    t.start();
    const Result<SnapshotStats> written = SnapshotWriter::write(**store, snapshot);
    const qint64 ms = t.elapsed();
    if (!written) {
        out << "error: " << written.error().message << '\n';
        return -1;
    }
    out << written->users << " users, " << written->groups << " groups, " << written->memberships
        << " memberships, " << written->events << " events in " << ms << " ms\n";
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString large = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (!QFile::exists(large)) {
        out << "usage: bench_teamstore LARGE.db (with SCIMFLOW_TEST_POSTGRES: ./bench.sh teamstore)\n";
        return 2;
    }
    if (TestStore::server().isEmpty()) {
        out << "error: no PostgreSQL server (SCIMFLOW_TEST_POSTGRES); ./bench.sh starts one\n";
        return 1;
    }

    // The store's share of a full sync, on each engine.
    const Timestamp anchor = currentTimestamp() - kMsPerDay;
    const Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::large(), anchor);
    QTemporaryDir dir;
    out << "SQLite: ";
    const qint64 sqliteMs = writeSnapshot(dir.filePath(QStringLiteral("sync.db")), scenario, anchor);
    out << "PostgreSQL: ";
    const qint64 postgresMs = writeSnapshot(TestStore::newPostgresDatabase(), scenario, anchor);
    if (sqliteMs < 0 || postgresMs < 0)
        return 1;
    Bench::result(out, QStringLiteral("teamstore.sync_write_over_sqlite"),
                  double(postgresMs) / double(std::max<qint64>(1, sqliteMs)), QStringLiteral("x"),
                  QStringLiteral("<="), 2,
                  QStringLiteral("full sync's snapshot write: PostgreSQL %1 ms, SQLite %2 ms")
                      .arg(postgresMs)
                      .arg(sqliteMs));

    // The large store moved into the team store, as `scimflow migrate` does.
    const QString location = TestStore::newPostgresDatabase();
    {
        auto source = Store::open(large);
        auto target = Store::open(location);
        if (!source || !target) {
            out << "error: " << (!source ? source.error() : target.error()).message << '\n';
            return 1;
        }
        QElapsedTimer t;
        t.start();
        const Result<QList<TableCount>> copied = StoreCopy::copy(**source, **target);
        if (!copied) {
            out << "error: " << copied.error().message << '\n';
            return 1;
        }
        Bench::result(out, QStringLiteral("teamstore.migrate_large"), double(t.elapsed()) / 1000.0,
                      QStringLiteral("s"), {}, 0, QStringLiteral("scimflow migrate of the large store"));
    }

    QList<double> opens;
    for (int run = 1; run <= 3; ++run) {
        QTemporaryDir home;
        QString error;
        const double s = Bench::secondsUntilPainted(QStringLiteral(SCIMFLOW_BINARY),
                                                    {QStringLiteral("--db"), location}, home.path(), &error);
        if (s < 0) {
            out << "the console did not open " << location << ": " << error << '\n';
            return 1;
        }
        out << QStringLiteral("open %1: %2 s\n").arg(run).arg(s, 0, 'f', 3);
        opens << s;
    }
    Bench::result(out, QStringLiteral("teamstore.open_large"), Bench::percentile(opens, 0.5),
                  QStringLiteral("s"), QStringLiteral("<="), 3,
                  QStringLiteral("console start to painted rows, median of 3"));

    auto store = Store::open(location);
    if (!store) {
        out << "error: " << store.error().message << '\n';
        return 1;
    }
    DriftSettings settings;
    settings.now = (*store)->metaValue(QStringLiteral("scenario.anchor")).toLongLong();
    DriftAnalyzer analyzer(**store, settings);
    QList<double> analyse;
    for (int round = 1; round <= 3; ++round) {
        QElapsedTimer t;
        t.start();
        const Result<QList<Finding>> found = analyzer.analyse();
        if (!found) {
            out << "error: " << found.error().message << '\n';
            return 1;
        }
        out << "drift round " << round << ": " << t.elapsed() << " ms, " << found->size() << " findings\n";
        for (const RuleTiming &timing : analyzer.timings())
            out << "    " << timing.rule << ": " << timing.milliseconds << " ms\n";
        analyse << double(t.elapsed());
    }
    Bench::result(out, QStringLiteral("teamstore.drift_large"), Bench::percentile(analyse, 0.5) / 1000.0,
                  QStringLiteral("s"), QStringLiteral("<="), 2, QStringLiteral("median of 3"));
    return 0;
}
