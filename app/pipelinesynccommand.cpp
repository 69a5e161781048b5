#include "pipelinesynccommand.h"

#include "authprovider.h"
#include "commands.h"
#include "dataflowfetcher.h"
#include "githubactionsfetcher.h"
#include "httpclient.h"
#include "jobswriter.h"
#include "pipelinefileimporter.h"
#include "redaction.h"
#include "store.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

namespace Scimflow::Cli {

namespace {

template <typename Fetcher> Result<JobPage> runFetcher(Fetcher &fetcher)
{
    QEventLoop loop;
    std::optional<Error> error;
    QObject::connect(&fetcher, &Fetcher::finished, &loop, &QEventLoop::quit);
    QObject::connect(&fetcher, &Fetcher::failed, &loop, [&](const Error &e) {
        error = e;
        loop.quit();
    });
    QMetaObject::invokeMethod(&fetcher, &Fetcher::start, Qt::QueuedConnection);
    loop.exec();
    if (error)
        return *error;
    return fetcher.result();
}

QString secretFrom(const QString &var)
{
    return var.isEmpty() ? QString() : qEnvironmentVariable(var.toLocal8Bit().constData());
}

} // namespace

QList<QCommandLineOption> PipelineCliOptions::all() const
{
    return {dataflowUrl, loggingUrl,     project,         location,     githubRepo,
            githubUrl,   githubTokenEnv, openlineageFile, auditLogFile, rbacMapping};
}

bool PipelineCliOptions::anySet(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption &o :
         {dataflowUrl, githubRepo, openlineageFile, auditLogFile, rbacMapping}) {
        if (parser.isSet(o))
            return true;
    }
    return false;
}

int runPipelineSources(const QCommandLineParser &parser, const PipelineCliOptions &o,
                       const QString &databasePath, const PipelineConnection &connection, QTextStream &out,
                       QTextStream &err)
{
    const QString &tokenEnv = connection.tokenEnv;
    HttpClientOptions httpOptions;
    httpOptions.timeoutMs = connection.timeoutMs;
    auto opened = Store::open(databasePath);
    if (!opened) {
        err << "error: " << opened.error().message << '\n';
        return Failure;
    }
    Store &store = **opened;
    int code = Success;
    PipelineFileImporter files(store);

    // The mapping first: aliases and service accounts decide how the jobs below are linked.
    if (parser.isSet(o.rbacMapping)) {
        Result<RbacApplyReport> r =
            files.importRbacMapping(parser.value(o.rbacMapping), qEnvironmentVariable("USER"));
        if (!r) {
            err << "error: " << r.error().message << '\n';
            return Failure;
        }
        out << "rbac-mapping: version " << r->version << (r->unchanged ? " (unchanged)" : "") << ", "
            << r->serviceAccounts << " service accounts, " << r->groupRoles << " group roles, "
            << r->jobsRelinked << " jobs relinked, " << r->warnings.size() << " warnings\n";
        for (const QString &w : r->warnings)
            err << "warning: " << w << '\n';
    }

    if (parser.isSet(o.dataflowUrl)) {
        const QString token = secretFrom(tokenEnv);
        if (token.isEmpty() || parser.value(o.project).isEmpty() || parser.value(o.location).isEmpty()) {
            err << "error: --dataflow-url needs --project, --location and --token-env VAR with a token\n";
            return UsageError;
        }
        DataflowFetcher::Options options;
        options.dataflowBase = QUrl(parser.value(o.dataflowUrl));
        options.loggingBase = parser.isSet(o.loggingUrl) ? QUrl(parser.value(o.loggingUrl))
                              : HttpClient::checkUrl(options.dataflowBase).ok() &&
                                      options.dataflowBase.scheme() == QLatin1String("http")
                                  ? options.dataflowBase
                                  : QUrl(QStringLiteral("https://logging.googleapis.com"));
        options.project = parser.value(o.project);
        options.location = parser.value(o.location);
        if (Status s = HttpClient::checkUrl(options.dataflowBase); !s) {
            err << "error: " << s.error().message << '\n';
            return UsageError;
        }
        HttpClient http(httpOptions);
        if (Status s = http.setCaFile(connection.caFile); !s) {
            err << "error: " << s.error().message << '\n';
            return UsageError;
        }
        StaticTokenAuth auth(token);
        http.setAuthProvider(&auth);
        DataflowFetcher fetcher(http, options);
        Result<JobPage> page = runFetcher(fetcher);
        JobsWriter writer(store);
        if (!page) {
            writer.recordFailure(QStringLiteral("dataflow"), page.error());
            err << "error: dataflow: " << Redaction::scrub(page.error().message, token) << '\n';
            code = Failure;
        } else if (Result<JobSyncSummary> s =
                       writer.write(QStringLiteral("dataflow"), page->jobs, page->report);
                   !s) {
            err << "error: dataflow: " << s.error().message << '\n';
            code = Failure;
        } else {
            out << s->line() << '\n';
        }
    }

    if (parser.isSet(o.auditLogFile)) {
        Result<JobSyncSummary> s = files.importAuditLogExport(parser.value(o.auditLogFile));
        if (!s) {
            err << "error: audit log: " << s.error().message << '\n';
            code = Failure;
        } else {
            out << "audit-log: " << s->updated << " launchers set, " << s->report.skipped
                << " entries skipped\n";
        }
    }

    if (parser.isSet(o.githubRepo)) {
        const QString token =
            secretFrom(parser.isSet(o.githubTokenEnv) ? parser.value(o.githubTokenEnv) : tokenEnv);
        const QUrl base(parser.value(o.githubUrl));
        if (Status s = HttpClient::checkUrl(base); !s) {
            err << "error: " << s.error().message << '\n';
            return UsageError;
        }
        HttpClient http(httpOptions);
        if (Status s = http.setCaFile(connection.caFile); !s) {
            err << "error: " << s.error().message << '\n';
            return UsageError;
        }
        StaticTokenAuth auth(token);
        if (!token.isEmpty())
            http.setAuthProvider(&auth);
        GithubActionsFetcher fetcher(http, base, parser.value(o.githubRepo));
        Result<JobPage> page = runFetcher(fetcher);
        JobsWriter writer(store);
        if (!page) {
            writer.recordFailure(QStringLiteral("github"), page.error());
            err << "error: github: " << Redaction::scrub(page.error().message, token) << '\n';
            code = Failure;
        } else if (Result<JobSyncSummary> s =
                       writer.write(QStringLiteral("github"), page->jobs, page->report);
                   !s) {
            err << "error: github: " << s.error().message << '\n';
            code = Failure;
        } else {
            out << s->line() << '\n';
        }
    }

    if (parser.isSet(o.openlineageFile)) {
        Result<JobSyncSummary> s = files.importOpenLineage(parser.value(o.openlineageFile));
        if (!s) {
            err << "error: openlineage: " << s.error().message << '\n';
            code = Failure;
        } else {
            out << s->line() << '\n';
        }
    }
    return code;
}

} // namespace Scimflow::Cli
