#include "credentialsynccommand.h"

#include "commands.h"
#include "httpclient.h"
#include "jwtassertion.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>

namespace Scimflow::Cli {

namespace {

Error usage(const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

} // namespace

QList<QCommandLineOption> CredentialCliOptions::all() const
{
    return {gcpProject, iamUrl, policyAnalyzerUrl, iamTokenEnv, githubOrg, githubAppId, githubAppKeyFile};
}

bool CredentialCliOptions::anySet(const QCommandLineParser &parser) const
{
    return parser.isSet(gcpProject) || parser.isSet(githubOrg);
}

Result<QList<CredentialSourceRun>> credentialPlanFromOptions(const QCommandLineParser &parser,
                                                             const CredentialCliOptions &o,
                                                             const QCommandLineOption &gcpCredentials,
                                                             const QCommandLineOption &githubUrl,
                                                             const QString &caFile, int timeoutMs)
{
    QList<CredentialSourceRun> runs;
    for (const QCommandLineOption *gcpOnly : {&o.iamUrl, &o.policyAnalyzerUrl, &o.iamTokenEnv}) {
        if (parser.isSet(*gcpOnly) && !parser.isSet(o.gcpProject))
            return usage(
                QStringLiteral("--%1 belongs to a Google Cloud credential source: give --gcp-project too")
                    .arg(gcpOnly->names().constFirst()));
    }
    for (const QCommandLineOption *githubOnly : {&o.githubAppId, &o.githubAppKeyFile}) {
        if (parser.isSet(*githubOnly) && !parser.isSet(o.githubOrg))
            return usage(QStringLiteral("--%1 belongs to a GitHub token source: give --github-org too")
                             .arg(githubOnly->names().constFirst()));
    }
    if (parser.isSet(o.gcpProject)) {
        CredentialSourceRun run;
        run.kind = CredentialSourceRun::Kind::Gcp;
        run.project = parser.value(o.gcpProject);
        run.iamBase = QUrl(parser.value(o.iamUrl));
        run.policyAnalyzerBase = QUrl(parser.value(o.policyAnalyzerUrl));
        if (parser.isSet(o.iamTokenEnv) && parser.isSet(gcpCredentials))
            return usage(QStringLiteral("give either --iam-token-env or --gcp-credentials, not both"));
        const QString file = parser.isSet(gcpCredentials) ? parser.value(gcpCredentials)
                                                          : GoogleCredentials::environmentFile();
        if (parser.isSet(o.iamTokenEnv) || file.isEmpty()) {
            const QString var = parser.value(o.iamTokenEnv);
            if (var.isEmpty())
                return usage(QStringLiteral("--gcp-project needs its credentials: --gcp-credentials FILE (or "
                                            "GOOGLE_APPLICATION_CREDENTIALS) or --iam-token-env VAR"));
            run.bearerToken = qEnvironmentVariable(var.toLocal8Bit().constData());
            if (run.bearerToken.isEmpty())
                return usage(
                    QStringLiteral("the environment variable %1 (--iam-token-env) is empty or not set")
                        .arg(var));
        } else {
            Result<GoogleCredentials> google = GoogleCredentials::fromFile(file);
            if (!google)
                return usage(google.error().message);
            run.google = *google;
        }
        runs << run;
    }
    if (parser.isSet(o.githubOrg)) {
        CredentialSourceRun run;
        run.kind = CredentialSourceRun::Kind::Github;
        run.organisation = parser.value(o.githubOrg);
        run.githubBase = QUrl(parser.value(githubUrl));
        run.appId = parser.value(o.githubAppId);
        if (run.appId.isEmpty() || !parser.isSet(o.githubAppKeyFile))
            return usage(QStringLiteral("--github-org needs a GitHub App: --github-app-id ID and "
                                        "--github-app-key-file PEM"));
        QFile key(parser.value(o.githubAppKeyFile));
        if (!key.open(QIODevice::ReadOnly))
            return usage(QStringLiteral("cannot read the GitHub App key file %1: %2")
                             .arg(key.fileName(), key.errorString()));
        run.appPrivateKeyPem = key.readAll();
        if (Status s = JwtAssertion::checkPrivateKey(run.appPrivateKeyPem); !s)
            return usage(QStringLiteral("%1 holds no RSA private key the GitHub App can sign with")
                             .arg(key.fileName()));
        runs << run;
    }
    for (CredentialSourceRun &run : runs) {
        run.caFile = caFile;
        run.timeoutMs = timeoutMs;
        const QList<QUrl> urls = run.kind == CredentialSourceRun::Kind::Gcp
                                     ? QList<QUrl>{run.iamBase, run.policyAnalyzerBase}
                                     : QList<QUrl>{run.githubBase};
        for (const QUrl &url : urls) {
            if (Status s = HttpClient::checkUrl(url); !s)
                return usage(s.error().message);
        }
    }
    return runs;
}

int runCredentialPlan(const QList<CredentialSourceRun> &sources, const QString &databasePath,
                      QTextStream &out, QTextStream &err)
{
    CredentialInventoryJob job(databasePath, sources);
    QEventLoop loop;
    QObject::connect(&job, &CredentialInventoryJob::finished, &loop, &QEventLoop::quit);
    QMetaObject::invokeMethod(&job, &CredentialInventoryJob::start, Qt::QueuedConnection);
    loop.exec();
    for (const QString &line : job.summaries())
        out << line << '\n';
    for (const QString &e : job.errors())
        err << "error: " << e << '\n';
    out.flush();
    err.flush();
    return job.errors().isEmpty() ? Success : Failure;
}

} // namespace Scimflow::Cli
