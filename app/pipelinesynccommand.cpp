#include "pipelinesynccommand.h"

#include "commands.h"
#include "httpclient.h"
#include "jobswriter.h"
#include "pipelinefileimporter.h"
#include "store.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

namespace Scimflow::Cli {

namespace {

Error usage(const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

/// The value of the environment variable an option names; an error naming the option when it is not given
/// or the variable is empty.
Result<QString> secretOf(const QCommandLineParser &parser, const QCommandLineOption &option,
                         const QString &needed)
{
    const QString name = QStringLiteral("--") + option.names().constFirst();
    if (!parser.isSet(option))
        return usage(needed);
    const QString var = parser.value(option);
    const QString secret = qEnvironmentVariable(var.toLocal8Bit().constData());
    if (secret.isEmpty())
        return usage(QStringLiteral("the environment variable %1 (%2) is empty or not set").arg(var, name));
    return secret;
}

} // namespace

QList<QCommandLineOption> PipelineCliOptions::all() const
{
    return {dataflowUrl,     dataflowTokenEnv, gcpCredentials, loggingUrl, loggingTokenEnv,
            project,         location,         githubRepo,     githubUrl,  githubTokenEnv,
            openlineageFile, auditLogFile,     rbacMapping};
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

Result<PipelinePlan> pipelinePlanFromOptions(const QCommandLineParser &parser, const PipelineCliOptions &o,
                                             const QString &caFile, int timeoutMs)
{
    PipelinePlan plan;
    plan.rbacMappingFile = parser.value(o.rbacMapping);
    plan.auditLogFile = parser.value(o.auditLogFile);
    for (const QCommandLineOption *dataflowOnly : {&o.dataflowTokenEnv, &o.gcpCredentials, &o.loggingTokenEnv,
                                                   &o.loggingUrl, &o.project, &o.location}) {
        // --gcp-credentials also serves a Google Cloud credential source (--gcp-project).
        if (dataflowOnly == &o.gcpCredentials && parser.isSet(QStringLiteral("gcp-project")))
            continue;
        if (parser.isSet(*dataflowOnly) && !parser.isSet(o.dataflowUrl))
            return usage(QStringLiteral("--%1 belongs to a Dataflow source: give --dataflow-url too")
                             .arg(dataflowOnly->names().constFirst()));
    }
    if (parser.isSet(o.githubTokenEnv) && !parser.isSet(o.githubRepo))
        return usage(QStringLiteral("--github-token-env belongs to a GitHub source: give --github-repo too"));

    if (parser.isSet(o.dataflowUrl)) {
        PipelineSourceRun run;
        run.source.kind = PipelineSource::Kind::Dataflow;
        run.source.name = QStringLiteral("dataflow");
        run.source.url = parser.value(o.dataflowUrl);
        run.source.loggingUrl = parser.value(o.loggingUrl);
        run.source.project = parser.value(o.project);
        run.source.location = parser.value(o.location);
        if (run.source.project.isEmpty() || run.source.location.isEmpty())
            return usage(QStringLiteral("--dataflow-url needs --project P and --location L"));
        const QString credentialsFile = parser.isSet(o.gcpCredentials) ? parser.value(o.gcpCredentials)
                                                                       : GoogleCredentials::environmentFile();
        if (parser.isSet(o.dataflowTokenEnv) && parser.isSet(o.gcpCredentials))
            return usage(QStringLiteral("give either --dataflow-token-env or --gcp-credentials, not both"));
        if (parser.isSet(o.dataflowTokenEnv) || credentialsFile.isEmpty()) {
            Result<QString> secret = secretOf(
                parser, o.dataflowTokenEnv,
                QStringLiteral("--dataflow-url needs its credentials: --dataflow-token-env VAR or "
                               "--gcp-credentials FILE (or GOOGLE_APPLICATION_CREDENTIALS); the identity "
                               "provider's --token-env is not sent to Dataflow"));
            if (!secret)
                return secret.error();
            run.secret = *secret;
        } else {
            Result<GoogleCredentials> google = GoogleCredentials::fromFile(credentialsFile);
            if (!google)
                return usage(google.error().message);
            run.google = *google;
        }
        if (parser.isSet(o.loggingTokenEnv)) {
            Result<QString> secret = secretOf(parser, o.loggingTokenEnv, QString());
            if (!secret)
                return secret.error();
            run.loggingSecret = *secret;
        }
        plan.sources << run;
    }
    if (parser.isSet(o.githubRepo)) {
        PipelineSourceRun run;
        run.source.kind = PipelineSource::Kind::Github;
        run.source.name = QStringLiteral("github");
        run.source.url = parser.value(o.githubUrl);
        run.source.repository = parser.value(o.githubRepo);
        Result<QString> secret =
            secretOf(parser, o.githubTokenEnv,
                     QStringLiteral("--github-repo needs its credentials: --github-token-env VAR"));
        if (!secret)
            return secret.error();
        run.secret = *secret;
        plan.sources << run;
    }
    if (parser.isSet(o.openlineageFile)) {
        PipelineSourceRun run;
        run.source.kind = PipelineSource::Kind::OpenLineage;
        run.source.name = QStringLiteral("openlineage");
        run.source.file = parser.value(o.openlineageFile);
        plan.sources << run;
    }
    for (PipelineSourceRun &run : plan.sources) {
        run.caFile = caFile;
        run.timeoutMs = timeoutMs;
        if (run.source.kind == PipelineSource::Kind::OpenLineage)
            continue;
        for (const QString &url : {run.source.url, run.source.loggingUrl}) {
            if (Status s = HttpClient::checkUrl(QUrl(url)); !url.isEmpty() && !s)
                return usage(s.error().message);
        }
    }
    return plan;
}

int runPipelinePlan(const PipelinePlan &plan, const QString &databasePath, QTextStream &out, QTextStream &err)
{
    auto opened = Store::open(databasePath);
    if (!opened) {
        err << "error: " << opened.error().message << '\n';
        return Failure;
    }
    Store &store = **opened;
    int code = Success;
    PipelineFileImporter files(store);

    // The mapping first: aliases and service accounts decide how the jobs below are linked.
    if (!plan.rbacMappingFile.isEmpty()) {
        Result<RbacApplyReport> r =
            files.importRbacMapping(plan.rbacMappingFile, qEnvironmentVariable("USER"));
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

    if (!plan.sources.isEmpty()) {
        PipelineSyncJob job(databasePath, plan.sources);
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
    if (!plan.auditLogFile.isEmpty()) {
        Result<JobSyncSummary> s = files.importAuditLogExport(plan.auditLogFile);
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
