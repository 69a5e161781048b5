#include "graphsynccommand.h"

#include "commands.h"

#include "graphcertificate.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>

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
    if (parser.isSet(o.certFile)) {
        // private_key_jwt: Entra finds the certificate by its SHA-256 thumbprint in the x5t#S256 header.
        const Result<GraphCertificate> certificate = GraphCertificate::fromFile(parser.value(o.certFile));
        if (!certificate)
            return usage(QStringLiteral("--graph-cert-file: %1").arg(certificate.error().message));
        config.privateKeyPem = certificate->privateKeyPem;
        config.assertionHeader.insert(QStringLiteral("x5t#S256"),
                                      QString::fromLatin1(certificate->thumbprintSha256));
    } else {
        const QString var = parser.value(o.secretEnv);
        config.clientSecret = qEnvironmentVariable(var.toLocal8Bit().constData());
        if (config.clientSecret.isEmpty())
            return usage(
                QStringLiteral("the environment variable %1 (--graph-secret-env) is empty or not set")
                    .arg(var));
    }
    source->auth = std::make_unique<OAuthClientCredentials>(source->http.get(), config);
    source->http->setAuthProvider(source->auth.get());
    source->reader = std::make_unique<GraphDirectoryReader>(source->http.get(), graphUrl);
    return source;
}

int runDirectorySync(DirectoryReader &reader, const QString &databasePath, SyncOptions::Mode mode,
                     QTextStream &out, QTextStream &err)
{
    SyncOptions options;
    options.databasePath = databasePath;
    options.mode = mode;
    SyncJob job(&reader, options);
    QEventLoop loop;
    int code = Failure;
    QObject::connect(&job, &SyncJob::finished, &loop, [&](const SyncSummary &summary) {
        out << summary.toLine() << '\n';
        for (const QString &warning : summary.warnings)
            err << "warning: " << warning << '\n';
        code = Success;
        loop.quit();
    });
    QObject::connect(&job, &SyncJob::failed, &loop, [&](const Error &error) {
        err << "error: " << error.message << '\n';
        code = Failure;
        loop.quit();
    });
    QMetaObject::invokeMethod(&job, &SyncJob::start, Qt::QueuedConnection);
    loop.exec();
    return code;
}

} // namespace Scimflow::Cli
