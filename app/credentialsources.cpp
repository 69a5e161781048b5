#include "credentialsources.h"

#include "authprovider.h"
#include "credentialfixconnector.h"
#include "httpclient.h"
#include "jwtassertion.h"

#include <QCoreApplication>

namespace Scimflow::CredentialSources {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::CredentialSources", text);
}

Error invalid(const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

} // namespace

Result<CredentialSourceRun> run(const CredentialSource &source, const QString &secret, const QString &caFile)
{
    if (const QString problem = source.validate(); !problem.isEmpty())
        return invalid(problem);
    CredentialSourceRun run;
    run.caFile = caFile;
    if (source.kind == CredentialSource::Kind::Gcp) {
        run.kind = CredentialSourceRun::Kind::Gcp;
        run.project = source.project.trimmed();
        if (!source.iamUrl.trimmed().isEmpty())
            run.iamBase = QUrl(source.iamUrl.trimmed());
        if (!source.policyAnalyzerUrl.trimmed().isEmpty())
            run.policyAnalyzerBase = QUrl(source.policyAnalyzerUrl.trimmed());
        if (secret.isEmpty())
            return invalid(tr("%1: its credentials are not in the keychain; choose the key file or enter "
                              "the token again in the connection dialog.")
                               .arg(source.displayName()));
        if (!source.credentialsFile.isEmpty()) {
            Result<GoogleCredentials> google =
                GoogleCredentials::fromJson(secret.toUtf8(), source.credentialsFile);
            if (!google)
                return invalid(tr("%1: %2").arg(source.displayName(), google.error().message));
            run.google = *google;
        } else {
            run.bearerToken = secret;
        }
    } else {
        run.kind = CredentialSourceRun::Kind::Github;
        run.organisation = source.organisation.trimmed();
        run.appId = source.appId.trimmed();
        if (!source.githubUrl.trimmed().isEmpty())
            run.githubBase = QUrl(source.githubUrl.trimmed());
        run.appPrivateKeyPem = secret.toUtf8();
        if (!JwtAssertion::checkPrivateKey(run.appPrivateKeyPem))
            return invalid(
                tr("%1: the keychain holds no RSA private key the GitHub App can sign with; choose "
                   "the App's key file again in the connection dialog.")
                    .arg(source.displayName()));
    }
    for (const QUrl &url : run.kind == CredentialSourceRun::Kind::Gcp
                               ? QList<QUrl>{run.iamBase, run.policyAnalyzerBase}
                               : QList<QUrl>{run.githubBase}) {
        if (Status s = HttpClient::checkUrl(url); !s)
            return invalid(tr("%1: %2").arg(source.displayName(), s.error().message));
    }
    return run;
}

Fixes::Fixes() = default;
Fixes::Fixes(Fixes &&) noexcept = default;
Fixes::~Fixes()
{
    connector.reset(); // before the client it sends through
    http.reset();      // before the credentials it asks
}

Result<Fixes> fixes(const CredentialSourceRun &run)
{
    Fixes out;
    HttpClientOptions options;
    options.timeoutMs = run.timeoutMs;
    out.http = std::make_unique<HttpClient>(options);
    if (!run.caFile.isEmpty()) {
        if (Status s = out.http->setCaFile(run.caFile); !s)
            return s.error();
    }
    out.auth = run.makeAuth(out.http.get(), options);
    if (!out.auth)
        out.auth = std::make_unique<StaticTokenAuth>(run.bearerToken);
    CredentialFixConnector::Target gcp;
    CredentialFixConnector::Target github;
    if (run.kind == CredentialSourceRun::Kind::Gcp) {
        gcp = {out.http.get(), run.iamBase, run.project,
               run.google ? tr("Google credentials %1").arg(run.google->principal())
                          : tr("Google Cloud access token of project %1").arg(run.project)};
    } else {
        github = {out.http.get(), run.githubBase, run.organisation, tr("GitHub App %1").arg(run.appId)};
    }
    out.http->setAuthProvider(out.auth.get());
    out.connector = std::make_unique<CredentialFixConnector>(gcp, github);
    return out;
}

} // namespace Scimflow::CredentialSources
