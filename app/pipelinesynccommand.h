#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;
class QTextStream;

namespace Scimflow::Cli {

/// The pipeline-source options of `scimflow sync`.
struct PipelineCliOptions
{
    QCommandLineOption dataflowUrl{QStringLiteral("dataflow-url"),
                                   QStringLiteral("Dataflow API base URL (https://dataflow.googleapis.com)."),
                                   QStringLiteral("URL")};
    QCommandLineOption loggingUrl{
        QStringLiteral("logging-url"),
        QStringLiteral("Cloud Logging API base URL for launchers (default: the Dataflow "
                       "URL's host when it is loopback, else "
                       "https://logging.googleapis.com)."),
        QStringLiteral("URL")};
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
    QCommandLineOption githubTokenEnv{
        QStringLiteral("github-token-env"),
        QStringLiteral("Environment variable holding the GitHub token (default: "
                       "--token-env)."),
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

/// How the pipeline sources connect: the same --ca-file and --timeout as the SCIM sync.
struct PipelineConnection
{
    QString tokenEnv;
    QString caFile;
    int timeoutMs = 30000;
};

/// Runs the pipeline sources given on the command line against \a databasePath; one summary line per source.
int runPipelineSources(const QCommandLineParser &parser, const PipelineCliOptions &options,
                       const QString &databasePath, const PipelineConnection &connection, QTextStream &out,
                       QTextStream &err);

} // namespace Scimflow::Cli
