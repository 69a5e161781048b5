#include "application.h"
#include "commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &arguments);
    const char *summary;
};

// Subcommands run without a display; anything else opens the console.
const Command kCommands[] = {
    {"scenario", Scimflow::Cli::runScenario, "write a generated scenario into a new database"},
    {"findings", Scimflow::Cli::runFindings, "print (and recompute or acknowledge) the drift findings"},
    {"audit", Scimflow::Cli::runAudit, "verify or list the hash-chained audit log"},
    {"report", Scimflow::Cli::runReport, "write a compliance report (PDF, CSV, JSON, HTML)"},
    {"review", Scimflow::Cli::runReview, "access review campaigns: create, decide, sign off, export, verify"},
    {"sync", Scimflow::Cli::runSync, "sync users and groups from a SCIM 2.0 identity provider"},
    {"sandbox", Scimflow::Cli::runSandbox, "serve a simulated SCIM 2.0 identity provider on 127.0.0.1"},
    {"migrate", Scimflow::Cli::runMigrate, "copy a local database into the PostgreSQL team store"},
};

const Command *findCommand(int argc, char **argv)
{
    if (argc < 2)
        return nullptr;
    for (const Command &c : kCommands) {
        if (std::strcmp(argv[1], c.name) == 0)
            return &c;
    }
    return nullptr;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Scimflow"));
    QCoreApplication::setApplicationName(QStringLiteral("scimflow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCIMFLOW_VERSION));
}

} // namespace

int main(int argc, char **argv)
{
    // `report` and `review` (its evidence pack's PDF) paint text and so need fonts, hence a QGuiApplication;
    // the offscreen platform keeps them headless for scheduled runs.
    const bool paints =
        argc >= 2 && (std::strcmp(argv[1], "report") == 0 || std::strcmp(argv[1], "review") == 0);
    if (paints) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        setApplicationIdentity();
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeFirst();
        return std::strcmp(argv[1], "report") == 0 ? Scimflow::Cli::runReport(arguments)
                                                   : Scimflow::Cli::runReview(arguments);
    }
    if (const Command *command = findCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeFirst(); // "scimflow sync --db x" parses like "sync --db x"
        return command->run(arguments);
    }
    // No command: the console (a QApplication with widgets).
    setApplicationIdentity();
    QStringList summaries;
    for (const Command &c : kCommands)
        summaries << QStringLiteral("  %1  %2").arg(QLatin1String(c.name), QLatin1String(c.summary));
    return Scimflow::Gui::run(argc, argv, summaries);
}
