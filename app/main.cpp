#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

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
    {"sync", Scimflow::Cli::runSync, "sync users and groups from a SCIM 2.0 identity provider"},
    {"sandbox", Scimflow::Cli::runSandbox, "serve a simulated SCIM 2.0 identity provider on 127.0.0.1"},
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
    if (const Command *command = findCommand(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeFirst(); // "scimflow sync --db x" parses like "sync --db x"
        return command->run(arguments);
    }
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    QTextStream out(stdout);
    out << "Scimflow " << SCIMFLOW_VERSION << "\n\nCommands:\n";
    for (const Command &c : kCommands)
        out << "  " << c.name << "  " << c.summary << '\n';
    return 0;
}
