#include "commands.h"
#include "connectiondatabase.h"
#include "credentialsynccommand.h"
#include "headlesssync.h"
#include "pipelinesynccommand.h"
#include "savedconnectionsync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QTextStream>

namespace Scimflow::Cli {

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sync users and groups from a SCIM 2.0 identity provider and jobs from pipeline sources "
        "into the database, then recompute the drift findings. Each source takes its own "
        "credentials. Prints one summary line per source and the findings count, and exits 0; "
        "1 when a sync fails, 2 on bad arguments (naming a missing credentials option).\n\n"
        "  scimflow sync --db FILE --scim-url URL --token-env IDP_VAR \\\n"
        "      --dataflow-url URL --project P --location L --dataflow-token-env DF_VAR \\\n"
        "      [--logging-url URL] [--github-repo O/R --github-token-env GH_VAR]\n"
        "  scimflow sync --db FILE --dataflow-url URL --project P --location L "
        "--gcp-credentials key.json\n"
        "  scimflow sync --connection NAME [--db FILE]\n"
        "  scimflow sync --db FILE --gcp-project P [--gcp-credentials key.json] "
        "[--iam-url URL --policy-analyzer-url URL]\n"
        "  scimflow sync --db FILE --github-org ORG --github-app-id ID --github-app-key-file PEM "
        "[--github-url URL]"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sync"), QStringLiteral("The command name."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QStringLiteral("Database file (created if missing; with --connection, default: the console's)."),
        QStringLiteral("FILE"));
    const QCommandLineOption connection(
        QStringLiteral("connection"),
        QStringLiteral("Run the connection saved under NAME in the console (its IdP and pipeline sources), "
                       "with its secrets from the keychain; for cron."),
        QStringLiteral("NAME"));
    const QCommandLineOption url(QStringLiteral("scim-url"),
                                 QStringLiteral("SCIM base URL, e.g. https://idp.example.com/scim/v2."),
                                 QStringLiteral("URL"));
    const QCommandLineOption tokenEnv(
        QStringLiteral("token-env"),
        QStringLiteral("Name of the environment variable holding the identity provider's bearer token "
                       "(the token itself is never a command-line argument; sent to the IdP only)."),
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
    const QCommandLineOption noFindings(QStringLiteral("no-findings"),
                                        QStringLiteral("Do not recompute the findings after the sync."));
    parser.addOptions({db, connection, url, tokenEnv, vendor, full, incremental, caFile, tokenUrl, clientId,
                       secretEnv, scope, timeout, noFindings});
    const PipelineCliOptions pipelines;
    parser.addOptions(pipelines.all());
    const CredentialCliOptions credentials;
    parser.addOptions(credentials.all());
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const int timeoutMs = qMax(1, parser.value(timeout).toInt()) * 1000;
    const SyncOptions::Mode mode = parser.isSet(full)          ? SyncOptions::Mode::Full
                                   : parser.isSet(incremental) ? SyncOptions::Mode::Incremental
                                                               : SyncOptions::Mode::Auto;

    if (parser.isSet(connection)) {
        // A saved connection brings its own sources and credentials: mixing in options would be ambiguous.
        for (const QCommandLineOption &o :
             QList<QCommandLineOption>{url, tokenEnv, tokenUrl, clientId, secretEnv, scope, caFile, vendor} +
                 pipelines.all() + credentials.all()) {
            if (parser.isSet(o)) {
                err << "error: --connection runs the saved connection as it is; --" << o.names().constFirst()
                    << " cannot be combined with it\n";
                return UsageError;
            }
        }
        // The console keeps the saved connections in its home database and each connection's data in the
        // database ConnectionDatabase names; --db reads and writes that one file instead.
        const QString home = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                             QStringLiteral("/scimflow.db");
        const QString name = parser.value(connection);
        Result<HeadlessSync> sync = savedConnectionSync(parser.isSet(db) ? parser.value(db) : home, name);
        if (!sync) {
            err << "error: " << sync.error().message << '\n';
            return sync.error().kind == Error::Kind::InvalidInput ? UsageError : Failure;
        }
        if (!parser.isSet(db))
            sync->databasePath = ConnectionDatabase::pathFor(home, name);
        sync->mode = mode;
        sync->timeoutMs = timeoutMs;
        sync->findings = !parser.isSet(noFindings);
        for (PipelineSourceRun &run : sync->pipelines.sources)
            run.timeoutMs = timeoutMs;
        const int code = runHeadlessSync(*sync, out, err);
        if (code == Success && !parser.isSet(db))
            ConnectionDatabase::remember(name, sync->databasePath);
        return code;
    }

    if (!parser.isSet(db) ||
        (!parser.isSet(url) && !pipelines.anySet(parser) && !credentials.anySet(parser))) {
        err << "error: --db FILE and --scim-url URL (or a pipeline or credential source), or --connection "
               "NAME, "
               "are required\n";
        return UsageError;
    }
    HeadlessSync sync;
    sync.databasePath = parser.value(db);
    sync.mode = mode;
    sync.timeoutMs = timeoutMs;
    sync.findings = !parser.isSet(noFindings);
    Result<PipelinePlan> plan = pipelinePlanFromOptions(parser, pipelines, parser.value(caFile), timeoutMs);
    if (!plan) {
        err << "error: " << plan.error().message << '\n';
        return UsageError;
    }
    sync.pipelines = *plan;
    Result<QList<CredentialSourceRun>> credentialPlan = credentialPlanFromOptions(
        parser, credentials, pipelines.gcpCredentials, pipelines.githubUrl, parser.value(caFile), timeoutMs);
    if (!credentialPlan) {
        err << "error: " << credentialPlan.error().message << '\n';
        return UsageError;
    }
    sync.credentials = *credentialPlan;
    if (parser.isSet(url)) {
        ConnectionProfile idp;
        idp.name = QStringLiteral("command line");
        idp.scimUrl = parser.value(url);
        idp.vendor = parser.value(vendor);
        idp.caFile = parser.value(caFile);
        const bool oauth = parser.isSet(tokenUrl);
        if (oauth) {
            idp.authKind = ConnectionProfile::AuthKind::OAuthClientCredentials;
            idp.tokenUrl = parser.value(tokenUrl);
            idp.clientId = parser.value(clientId);
            idp.scope = parser.value(scope);
        }
        const QString secretVar = oauth ? parser.value(secretEnv) : parser.value(tokenEnv);
        if (secretVar.isEmpty()) {
            err << (oauth ? "error: --client-secret-env VAR is required with --token-url\n"
                          : "error: --scim-url needs its credentials: --token-env VAR (or --token-url with "
                            "client credentials)\n");
            return UsageError;
        }
        sync.idpSecret = qEnvironmentVariable(secretVar.toLocal8Bit().constData());
        if (sync.idpSecret.isEmpty()) {
            err << "error: the environment variable " << secretVar << " is empty or not set\n";
            return UsageError;
        }
        sync.idp = idp;
    } else if (parser.isSet(tokenEnv)) {
        err << "error: --token-env is the identity provider's token and needs --scim-url; give each pipeline "
               "source its own (--dataflow-token-env, --github-token-env)\n";
        return UsageError;
    }
    return runHeadlessSync(sync, out, err);
}

} // namespace Scimflow::Cli
