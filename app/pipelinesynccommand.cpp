#include "pipelinesynccommand.h"

#include "commands.h"
#include "httpclient.h"
#include "jobswriter.h"
#include "pipelinefileimporter.h"
#include "pipelinesyncjob.h"
#include "store.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

namespace Scimflow::Cli {

namespace {

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

    QList<PipelineSourceRun> sources;
    if (parser.isSet(o.dataflowUrl)) {
        PipelineSourceRun run;
        run.source.kind = PipelineSource::Kind::Dataflow;
        run.source.name = QStringLiteral("dataflow");
        run.source.url = parser.value(o.dataflowUrl);
        run.source.loggingUrl = parser.value(o.loggingUrl);
        run.source.project = parser.value(o.project);
        run.source.location = parser.value(o.location);
        run.secret = secretFrom(tokenEnv);
        if (run.secret.isEmpty() || run.source.project.isEmpty() || run.source.location.isEmpty()) {
            err << "error: --dataflow-url needs --project, --location and --token-env VAR with a token\n";
            return UsageError;
        }
        sources << run;
    }
    if (parser.isSet(o.githubRepo)) {
        PipelineSourceRun run;
        run.source.kind = PipelineSource::Kind::Github;
        run.source.name = QStringLiteral("github");
        run.source.url = parser.value(o.githubUrl);
        run.source.repository = parser.value(o.githubRepo);
        run.secret = secretFrom(parser.isSet(o.githubTokenEnv) ? parser.value(o.githubTokenEnv) : tokenEnv);
        sources << run;
    }
    if (parser.isSet(o.openlineageFile)) {
        PipelineSourceRun run;
        run.source.kind = PipelineSource::Kind::OpenLineage;
        run.source.name = QStringLiteral("openlineage");
        run.source.file = parser.value(o.openlineageFile);
        sources << run;
    }
    for (PipelineSourceRun &run : sources) {
        run.caFile = connection.caFile;
        run.timeoutMs = connection.timeoutMs;
        if (run.source.kind == PipelineSource::Kind::OpenLineage)
            continue;
        if (Status s = HttpClient::checkUrl(QUrl(run.source.url)); !s) {
            err << "error: " << s.error().message << '\n';
            return UsageError;
        }
    }
    if (!sources.isEmpty()) {
        PipelineSyncJob job(databasePath, sources);
        QEventLoop loop;
        QObject::connect(&job, &PipelineSyncJob::finished, &loop, &QEventLoop::quit);
        QMetaObject::invokeMethod(&job, &PipelineSyncJob::start, Qt::QueuedConnection);
        loop.exec();
        for (const QString &line : job.summaries())
            out << line << '\n';
        for (const QString &message : job.errors())
            err << "error: " << message << '\n';
        if (!job.errors().isEmpty())
            code = Failure;
    }

    // After the Dataflow jobs: the exported entries name the launchers of jobs already stored.
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
    return code;
}

} // namespace Scimflow::Cli
