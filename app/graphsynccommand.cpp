#include "graphsynccommand.h"

#include <QCommandLineParser>

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

Result<std::unique_ptr<GraphSource>> graphSourceFromOptions(const QCommandLineParser &parser,
                                                            const GraphCliOptions &o, const QString &caFile,
                                                            int timeoutMs)
{
    const QString tenant = parser.value(o.tenant).trimmed();
    const QString clientId = parser.value(o.clientId).trimmed();
    if (tenant.isEmpty())
        return usage(QStringLiteral("--graph-tenant TENANT is required to read Entra ID through Graph"));
    if (clientId.isEmpty())
        return usage(QStringLiteral("--graph-client-id ID is required to read Entra ID through Graph"));
    if (parser.isSet(o.secretEnv) == parser.isSet(o.certFile))
        return usage(QStringLiteral("give exactly one of --graph-secret-env VAR and --graph-cert-file PEM"));
    const QUrl graphUrl(parser.value(o.graphUrl), QUrl::StrictMode);
    const QUrl loginUrl(parser.value(o.loginUrl), QUrl::StrictMode);
    for (const auto &[url, name] :
         {std::pair{graphUrl, "--graph-url"}, std::pair{loginUrl, "--graph-login-url"}}) {
        if (!url.isValid() || url.isRelative() || url.host().isEmpty())
            return usage(QStringLiteral("%1 is not an absolute URL").arg(QLatin1String(name)));
        if (Status s = HttpClient::checkUrl(url); !s)
            return usage(QStringLiteral("%1: %2").arg(QLatin1String(name), s.error().message));
    }

    auto source = std::make_unique<GraphSource>();
    HttpClientOptions http;
    http.timeoutMs = timeoutMs;
    source->http = std::make_unique<HttpClient>(http);
    if (!caFile.isEmpty()) {
        if (Status s = source->http->setCaFile(caFile); !s)
            return usage(s.error().message);
    }
    OAuthClientCredentials::Config config;
    config.tokenUrl = GraphDirectoryReader::tokenUrlFor(loginUrl, tenant);
    config.clientId = clientId;
    config.scope = GraphDirectoryReader::scopeFor(graphUrl);
    if (parser.isSet(o.certFile))
        return usage(QStringLiteral("--graph-cert-file needs the client assertion (private_key_jwt) of the "
                                    "OAuth client; use --graph-secret-env VAR"));
    const QString var = parser.value(o.secretEnv);
    config.clientSecret = qEnvironmentVariable(var.toLocal8Bit().constData());
    if (config.clientSecret.isEmpty())
        return usage(
            QStringLiteral("the environment variable %1 (--graph-secret-env) is empty or not set").arg(var));
    source->auth = std::make_unique<OAuthClientCredentials>(source->http.get(), config);
    source->http->setAuthProvider(source->auth.get());
    source->reader = std::make_unique<GraphDirectoryReader>(source->http.get(), graphUrl);
    return source;
}

} // namespace Scimflow::Cli
