#include "graphsynccommand.h"

#include "graphdirectoryreader.h"
#include "httpclient.h"

#include <QCommandLineParser>
#include <QFile>

namespace Scimflow::Cli {

namespace {

Error usage(const QString &message)
{
    return Error::make(Error::Kind::InvalidInput, message);
}

} // namespace

bool GraphCliOptions::anySet(const QCommandLineParser &parser) const
{
    for (const QCommandLineOption &o : {tenant, clientId, secretEnv, certFile})
        if (parser.isSet(o))
            return true;
    return false;
}

Result<GraphProfile> graphProfileFromOptions(const QCommandLineParser &parser, const GraphCliOptions &o,
                                             const QString &caFile)
{
    GraphProfile entra;
    ConnectionProfile &p = entra.profile;
    p.name = QStringLiteral("command line");
    p.idpKind = ConnectionProfile::IdpKind::Entra;
    p.tenant = parser.value(o.tenant).trimmed();
    p.clientId = parser.value(o.clientId).trimmed();
    p.caFile = caFile;
    if (p.tenant.isEmpty())
        return usage(QStringLiteral("--graph-tenant TENANT is required to read Entra ID through Graph"));
    if (p.clientId.isEmpty())
        return usage(QStringLiteral("--graph-client-id ID is required to read Entra ID through Graph"));
    if (parser.isSet(o.secretEnv) == parser.isSet(o.certFile))
        return usage(QStringLiteral("give exactly one of --graph-secret-env VAR and --graph-cert-file PEM"));
    p.graphUrl = parser.value(o.graphUrl);
    p.loginUrl = parser.value(o.loginUrl);
    for (const auto &[text, name] :
         {std::pair{p.graphUrl, "--graph-url"}, std::pair{p.loginUrl, "--graph-login-url"}}) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.isRelative() || url.host().isEmpty())
            return usage(QStringLiteral("%1 is not an absolute URL").arg(QLatin1String(name)));
        if (Status s = HttpClient::checkUrl(url); !s)
            return usage(QStringLiteral("%1: %2").arg(QLatin1String(name), s.error().message));
    }
    if (parser.isSet(o.certFile)) {
        // private_key_jwt: the file holds the certificate (its thumbprint names it to Entra) and the key.
        p.authKind = ConnectionProfile::AuthKind::PrivateKeyJwt;
        p.certificateFile = parser.value(o.certFile);
        QFile file(p.certificateFile);
        if (!file.open(QIODevice::ReadOnly))
            return usage(QStringLiteral("--graph-cert-file: cannot read %1: %2")
                             .arg(p.certificateFile, file.errorString()));
        entra.secret = QString::fromUtf8(file.readAll());
    } else {
        p.authKind = ConnectionProfile::AuthKind::OAuthClientCredentials;
        const QString var = parser.value(o.secretEnv);
        entra.secret = qEnvironmentVariable(var.toLocal8Bit().constData());
        if (entra.secret.isEmpty())
            return usage(
                QStringLiteral("the environment variable %1 (--graph-secret-env) is empty or not set")
                    .arg(var));
    }
    return entra;
}

} // namespace Scimflow::Cli
