#pragma once

#include "pipelinesyncjob.h"
#include "result.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;
class QTextStream;

namespace Scimflow::Cli {

/// The pipeline-source options of `scimflow sync`. Each source takes its own credentials; none falls back to
/// another's (the IdP's --token-env is the IdP's only).
struct PipelineCliOptions
{
    QCommandLineOption dataflowUrl{QStringLiteral("dataflow-url"),
                                   QStringLiteral("Dataflow API base URL (https://dataflow.googleapis.com)."),
                                   QStringLiteral("URL")};
    QCommandLineOption dataflowTokenEnv{
        QStringLiteral("dataflow-token-env"),
        QStringLiteral("Environment variable holding the Dataflow bearer token (or give --gcp-credentials)."),
        QStringLiteral("VAR")};
    QCommandLineOption gcpCredentials{
        QStringLiteral("gcp-credentials"),
        QStringLiteral("Google credentials file for Dataflow and Cloud Logging: a service-account key or an "
                       "authorized_user file (default: GOOGLE_APPLICATION_CREDENTIALS)."),
        QStringLiteral("FILE")};
    QCommandLineOption loggingUrl{
        QStringLiteral("logging-url"),
        QStringLiteral("Cloud Logging API base URL for launchers (default: the Dataflow "
                       "URL's host when it is loopback, else "
                       "https://logging.googleapis.com)."),
        QStringLiteral("URL")};
    QCommandLineOption loggingTokenEnv{
        QStringLiteral("logging-token-env"),
        QStringLiteral("Environment variable holding a Cloud Logging token (default: the Dataflow "
                       "credentials)."),
        QStringLiteral("VAR")};
    QCommandLineOption project{QStringLiteral("project"), QStringLiteral("Dataflow project id."),
                               QStringLiteral("P")};
    QCommandLineOption location{QStringLiteral("location"), QStringLiteral("Dataflow location (region)."),
                                QStringLiteral("L")};
    QCommandLineOption githubRepo{QStringLiteral("github-repo"),
                                  QStringLiteral("GitHub repository whose workflow runs to read."),
                                  QStringLiteral("OWNER/REPO")};
    QCommandLineOption githubUrl{QStringLiteral("github-url"),
                                 QStringLiteral("GitHub API base URL (default https://api.github.com)."),
                                 QStringLiteral("URL"), QStringLiteral("https://api.github.com")};
    QCommandLineOption githubTokenEnv{QStringLiteral("github-token-env"),
                                      QStringLiteral("Environment variable holding the GitHub token."),
                                      QStringLiteral("VAR")};
    QCommandLineOption openlineageFile{QStringLiteral("openlineage-file"),
                                       QStringLiteral("OpenLineage RunEvent NDJSON file to import."),
                                       QStringLiteral("FILE")};
    QCommandLineOption auditLogFile{
        QStringLiteral("audit-log-file"),
        QStringLiteral("Exported Cloud Audit Logs entries (JSON or NDJSON) giving "
                       "Dataflow launchers."),
        QStringLiteral("FILE")};
    QCommandLineOption rbacMapping{
        QStringLiteral("rbac-mapping"),
        QStringLiteral("RBAC mapping file (JSON or indented form) to store as a new "
                       "version and apply."),
        QStringLiteral("FILE")};

    QList<QCommandLineOption> all() const;
    bool anySet(const QCommandLineParser &parser) const;
};

/// What a headless sync does after the IdP: apply a mapping, read the pipeline sources, import an exported
/// audit log.
struct PipelinePlan
{
    QString rbacMappingFile;
    QList<PipelineSourceRun> sources;
    QString auditLogFile;

    bool isEmpty() const { return rbacMappingFile.isEmpty() && sources.isEmpty() && auditLogFile.isEmpty(); }
};

/// The plan of the pipeline options given, with each source's credentials read from its own option. A
/// source without its credentials, or an unreadable credentials file, is an InvalidInput error naming the
/// option (exit code 2).
Result<PipelinePlan> pipelinePlanFromOptions(const QCommandLineParser &parser,
                                             const PipelineCliOptions &options, const QString &caFile,
                                             int timeoutMs);

/// Runs \a plan against \a databasePath; one summary line per source. Returns the exit code.
int runPipelinePlan(const PipelinePlan &plan, const QString &databasePath, QTextStream &out,
                    QTextStream &err);

} // namespace Scimflow::Cli
