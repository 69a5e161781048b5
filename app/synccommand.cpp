#include "commands.h"
#include "pipelinesynccommand.h"

#include "authprovider.h"
#include "httpclient.h"
#include "schemadriftrule.h"
#include "scimclient.h"
#include "secretredactor.h"
#include "store.h"
#include "syncjob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTextStream>

namespace Scimflow::Cli {

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sync users and groups from a SCIM 2.0 identity provider into the database and derive "
                       "identity events. "
                       "Prints one summary line and exits 0, or prints the error and exits 1."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sync"), QStringLiteral("The command name."));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file (created if missing)."),
                                QStringLiteral("FILE"));
    const QCommandLineOption url(QStringLiteral("scim-url"),
                                 QStringLiteral("SCIM base URL, e.g. https://idp.example.com/scim/v2."),
                                 QStringLiteral("URL"));
    const QCommandLineOption tokenEnv(
        QStringLiteral("token-env"),
        QStringLiteral("Name of the environment variable holding the bearer token "
                       "(the token itself is never a command-line argument)."),
        QStringLiteral("VAR"));
    const QCommandLineOption vendor(QStringLiteral("vendor"),
                                    QStringLiteral("generic, okta or entra (default generic)."),
                                    QStringLiteral("NAME"), QStringLiteral("generic"));
    const QCommandLineOption full(QStringLiteral("full"),
                                  QStringLiteral("Force a full sync (detects deletions)."));
    const QCommandLineOption incremental(
        QStringLiteral("incremental"),
        QStringLiteral("Force an incremental sync (meta.lastModified filter)."));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QStringLiteral("Extra trusted CA certificate (PEM or DER), for the IdP and the pipeline APIs."),
        QStringLiteral("FILE"));
    const QCommandLineOption tokenUrl(
        QStringLiteral("token-url"),
        QStringLiteral("OAuth 2.0 token endpoint (client credentials instead of a token)."),
        QStringLiteral("URL"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), QStringLiteral("OAuth client id."),
                                      QStringLiteral("ID"));
    const QCommandLineOption secretEnv(
        QStringLiteral("client-secret-env"),
        QStringLiteral("Environment variable holding the OAuth client secret."), QStringLiteral("VAR"));
    const QCommandLineOption scope(QStringLiteral("scope"), QStringLiteral("OAuth scope."),
                                   QStringLiteral("SCOPE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Per-request timeout in seconds (default 30)."),
                                     QStringLiteral("S"), QStringLiteral("30"));
    parser.addOptions({db, url, tokenEnv, vendor, full, incremental, caFile, tokenUrl, clientId, secretEnv,
                       scope, timeout});
    const PipelineCliOptions pipelines;
    parser.addOptions(pipelines.all());
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(db) || (!parser.isSet(url) && !pipelines.anySet(parser))) {
        err << "error: --db FILE and --scim-url URL (or a pipeline source) are required\n";
        return UsageError;
    }
    const PipelineConnection pipelineConnection{parser.value(tokenEnv), parser.value(caFile),
                                                qMax(1, parser.value(timeout).toInt()) * 1000};
    if (!parser.isSet(url))
        return runPipelineSources(parser, pipelines, parser.value(db), pipelineConnection, out, err);
    VendorProfile profile;
    if (!VendorProfile::fromName(parser.value(vendor), &profile)) {
        err << "error: unknown vendor '" << parser.value(vendor) << "' (use generic, okta or entra)\n";
        return UsageError;
    }
    const bool oauth = parser.isSet(tokenUrl);
    QString secret;
    const QString secretVar = oauth ? parser.value(secretEnv) : parser.value(tokenEnv);
    if (secretVar.isEmpty()) {
        err << (oauth ? "error: --client-secret-env VAR is required with --token-url\n"
                      : "error: --token-env VAR (or --token-url with client credentials) is required\n");
        return UsageError;
    }
    secret = qEnvironmentVariable(secretVar.toLocal8Bit().constData());
    if (secret.isEmpty()) {
        err << "error: the environment variable " << secretVar << " is empty or not set\n";
        return UsageError;
    }

    HttpClientOptions httpOptions;
    httpOptions.timeoutMs = qMax(1, parser.value(timeout).toInt()) * 1000;
    HttpClient http(httpOptions);
    if (Status s = http.setCaFile(parser.value(caFile)); !s) {
        err << "error: " << s.error().message << '\n';
        return UsageError;
    }
    std::unique_ptr<AuthProvider> auth;
    if (oauth) {
        OAuthClientCredentials::Config config;
        config.tokenUrl = QUrl(parser.value(tokenUrl));
        config.clientId = parser.value(clientId);
        config.clientSecret = secret;
        config.scope = parser.value(scope);
        auth = std::make_unique<OAuthClientCredentials>(&http, config);
    } else {
        auth = std::make_unique<StaticTokenAuth>(secret);
    }
    http.setAuthProvider(auth.get());
    const QUrl baseUrl(parser.value(url));
    if (Status s = HttpClient::checkUrl(baseUrl); !s) {
        err << "error: " << s.error().message << '\n';
        return UsageError;
    }
    ScimClient client(&http, baseUrl, profile);
    SyncOptions options;
    options.databasePath = parser.value(db);
    options.mode = parser.isSet(full)          ? SyncOptions::Mode::Full
                   : parser.isSet(incremental) ? SyncOptions::Mode::Incremental
                                               : SyncOptions::Mode::Auto;
    SyncJob job(&client, options);
    QEventLoop loop;
    int code = Failure;
    QObject::connect(&job, &SyncJob::finished, &loop, [&](const SyncSummary &summary) {
        if (auto store = Store::open(options.databasePath)) {
            if (Status recorded =
                    SchemaDriftRule::recordSchemas((*store)->database(), summary.schemasDocument);
                !recorded)
                err << "warning: " << recorded.error().message << '\n';
        }
        out << summary.toLine() << '\n';
        code = Success;
        loop.quit();
    });
    QObject::connect(&job, &SyncJob::failed, &loop, [&](const Error &error) {
        err << "error: " << SecretRedactor::scrub(error.message, secret) << '\n';
        code = Failure;
        loop.quit();
    });
    QMetaObject::invokeMethod(&job, &SyncJob::start, Qt::QueuedConnection);
    loop.exec();
    if (code == Success && pipelines.anySet(parser))
        code = runPipelineSources(parser, pipelines, parser.value(db), pipelineConnection, out, err);
    return code;
}

} // namespace Scimflow::Cli
