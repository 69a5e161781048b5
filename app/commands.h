#pragma once

#include <QStringList>

// Command-line subcommands: `scimflow <command> [options]`. Each takes the arguments after the program name
// (the command name first, as QCommandLineParser expects) and returns the process exit code. They run under a
// QCoreApplication: no display needed.

namespace Scimflow::Cli {

/// Exit codes shared by every command.
enum ExitCode {
    Success = 0,
    Failure = 1,    // the operation failed; the message says why
    UsageError = 2, // bad arguments
};

int runScenario(const QStringList &arguments);
int runFindings(const QStringList &arguments);
int runAudit(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runReview(const QStringList &arguments);
int runSync(const QStringList &arguments);
int runSandbox(const QStringList &arguments);
int runMigrate(const QStringList &arguments);

} // namespace Scimflow::Cli
