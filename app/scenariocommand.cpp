#include "commands.h"

#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"
#include "storecopy.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace Scimflow::Cli {

int runScenario(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a generated scenario (users, groups, jobs, identity history) into a new database, "
        "for offline review, benchmarks and fixtures."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scenario"), QStringLiteral("The command name."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file to create."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption nameOption(QStringLiteral("scenario"),
                                        QStringLiteral("demo or large (default: demo)."),
                                        QStringLiteral("NAME"), QStringLiteral("demo"));
    const QCommandLineOption anchorOption(
        QStringLiteral("anchor"),
        QStringLiteral("The scenario's \"now\" as ISO 8601 (default: the current time)."),
        QStringLiteral("TIME"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                        QStringLiteral("N"));
    parser.addOptions({dbOption, nameOption, anchorOption, seedOption});
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(dbOption)) {
        err << "error: --db FILE is required\n";
        return UsageError;
    }
    ScenarioSpec spec = ScenarioSpec::byName(parser.value(nameOption));
    if (spec.name.isEmpty()) {
        err << "error: unknown scenario '" << parser.value(nameOption) << "' (use demo or large)\n";
        return UsageError;
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        spec.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok) {
            err << "error: --seed takes a non-negative integer\n";
            return UsageError;
        }
    }
    Timestamp anchor = currentTimestamp();
    if (parser.isSet(anchorOption)) {
        anchor = timestampFromIso(parser.value(anchorOption));
        if (anchor == 0) {
            err << "error: --anchor is not an ISO 8601 time: " << parser.value(anchorOption) << '\n';
            return UsageError;
        }
    }
    const QString path = parser.value(dbOption);
    if (!StoreLocation::isPostgresUrl(path) && QFile::exists(path)) {
        err << "error: " << path << " exists; the scenario is written into a new database only\n";
        return Failure;
    }

    QElapsedTimer timer;
    timer.start();
    const Scenario scenario = ScenarioGenerator::generate(spec, anchor);
    auto store = Store::open(path);
    if (!store) {
        err << "error: " << store.error().message << '\n';
        return Failure;
    }
    if (Status empty = StoreCopy::checkTargetIsEmpty(**store); !empty) {
        err << "error: " << empty.error().message << '\n';
        return Failure;
    }
    if (Status written = ScenarioImporter::write(**store, scenario); !written) {
        err << "error: " << written.error().message << '\n';
        return Failure;
    }
    out << "scenario " << spec.name << ": " << scenario.users.size() << " users, " << scenario.groups.size()
        << " groups, " << scenario.membershipCount() << " memberships, " << scenario.jobs.size() << " jobs, "
        << scenario.events.size() << " identity events in " << timer.elapsed() << " ms -> " << path << '\n';
    return Success;
}

} // namespace Scimflow::Cli
