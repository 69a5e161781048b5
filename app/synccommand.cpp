#include "commands.h"
#include "connectiondatabase.h"
#include "credentialsynccommand.h"
#include "graphsynccommand.h"
#include "headlesssync.h"
#include "pipelinesynccommand.h"
#include "savedconnectionsync.h"
#include "scimtargetcli.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

namespace Scimflow::Cli {

int runSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sync users, groups and their audit log from an identity provider (Okta, or an IdP that serves "
        "SCIM 2.0) and jobs from pipeline sources into the database, then recompute the drift findings. "
        "Each source takes its own credentials. Prints one summary line per source and the findings "
        "count, and exits 0; 1 when a sync fails, 2 on bad arguments (naming a missing credentials "
        "option).\n\n"
        "  scimflow sync --db FILE --okta-url https://ORG.okta.com --okta-token-env OKTA_VAR\n"
        "  scimflow sync --db FILE --okta-url https://ORG.okta.com --okta-client-id ID "
        "--okta-key-file key.pem [--okta-key-id KID]\n"
        "  scimflow sync --db FILE --scim-url URL --token-env IDP_VAR \\\n"
        "      --dataflow-url URL --project P --location L --dataflow-token-env DF_VAR \\\n"
        "      [--logging-url URL] [--github-repo O/R --github-token-env GH_VAR]\n"
        "  scimflow sync --db FILE --dataflow-url URL --project P --location L "
        "--gcp-credentials key.json\n"
        "  scimflow sync --connection NAME [--db FILE]\n"
        "  scimflow sync --db FILE --graph-tenant TENANT --graph-client-id ID "
        "--graph-secret-env VAR|--graph-cert-file PEM [--graph-url URL] [--graph-login-url URL]\n"
        "  scimflow sync --db FILE --scim-url URL --token-env IDP_VAR \\\n"
        "      --scim-target aws=URL --scim-target-token-env aws=AWS_VAR "
        "--scim-target-vendor aws=aws-identity-center\n"
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
    const QCommandLineOption oktaUrl(
        QStringLiteral("okta-url"),
        QStringLiteral("Okta org URL, e.g. https://example.okta.com: read users, "
                       "groups and the System Log through Okta's API."),
        QStringLiteral("URL"));
    const QCommandLineOption oktaTokenEnv(
        QStringLiteral("okta-token-env"),
        QStringLiteral("Environment variable holding an Okta API token (sent as SSWS; an admin with a "
                       "read-only role suffices)."),
        QStringLiteral("VAR"));
    const QCommandLineOption oktaClientId(
        QStringLiteral("okta-client-id"),
        QStringLiteral("Client id of an Okta API service app (OAuth, private_key_jwt) instead of a token."),
        QStringLiteral("ID"));
    const QCommandLineOption oktaKeyFile(
        QStringLiteral("okta-key-file"),
        QStringLiteral("The service app's private key (PEM) that signs its client assertions."),
        QStringLiteral("PEM"));
    const QCommandLineOption oktaKeyId(QStringLiteral("okta-key-id"),
                                       QStringLiteral("The key id (kid) Okta registered for that key."),
                                       QStringLiteral("KID"));
    const QCommandLineOption noFindings(QStringLiteral("no-findings"),
                                        QStringLiteral("Do not recompute the findings after the sync."));
    parser.addOptions({db, connection, url, tokenEnv, vendor, full, incremental, caFile, tokenUrl, clientId,
                       secretEnv, scope, timeout, noFindings, oktaUrl, oktaTokenEnv, oktaClientId,
                       oktaKeyFile, oktaKeyId});
    const PipelineCliOptions pipelines;
    parser.addOptions(pipelines.all());
    const GraphCliOptions graph;
    parser.addOptions(graph.all());
    const ScimTargetCliOptions scimTargets;
    parser.addOptions(scimTargets.all());
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
             QList<QCommandLineOption>{url, tokenEnv, tokenUrl, clientId, secretEnv, scope, caFile, vendor,
                                       oktaUrl, oktaTokenEnv, oktaClientId, oktaKeyFile, oktaKeyId} +
                 pipelines.all() + graph.all() + scimTargets.all() + credentials.all()) {
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

    const int identityProviders =
        int(parser.isSet(url)) + int(parser.isSet(oktaUrl)) + int(graph.anySet(parser));
    if (!parser.isSet(db) || (identityProviders == 0 && !pipelines.anySet(parser) &&
                              !scimTargets.anySet(parser) && !credentials.anySet(parser))) {
        err << "error: --db FILE and --okta-url URL, --graph-tenant TENANT or --scim-url URL (or a pipeline "
               "source, a SCIM target or a credential source), or --connection NAME, are required\n";
        return UsageError;
    }
    if (identityProviders > 1) {
        err << "error: one identity provider per sync: --okta-url, --graph-tenant or --scim-url\n";
        return UsageError;
    }
    for (const QCommandLineOption &o : {oktaTokenEnv, oktaClientId, oktaKeyFile, oktaKeyId}) {
        if (parser.isSet(o) && !parser.isSet(oktaUrl)) {
            err << "error: --" << o.names().constFirst() << " belongs to --okta-url URL\n";
            return UsageError;
        }
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
    Result<QList<ScimTargetRun>> targets = scimTargets.targets(parser, parser.value(caFile));
    if (!targets) {
        err << "error: " << targets.error().message << '\n';
        return UsageError;
    }
    sync.targets = *targets;
    if (parser.isSet(oktaUrl)) {
        ConnectionProfile idp;
        idp.name = QStringLiteral("command line");
        idp.idpKind = ConnectionProfile::IdpKind::Okta;
        idp.orgUrl = parser.value(oktaUrl);
        idp.caFile = parser.value(caFile);
        if (parser.isSet(oktaClientId) || parser.isSet(oktaKeyFile)) {
            if (!parser.isSet(oktaClientId) || !parser.isSet(oktaKeyFile) || parser.isSet(oktaTokenEnv)) {
                err << "error: an Okta service app needs both --okta-client-id ID and --okta-key-file PEM "
                       "(and "
                       "no --okta-token-env)\n";
                return UsageError;
            }
            idp.authKind = ConnectionProfile::AuthKind::PrivateKeyJwt;
            idp.clientId = parser.value(oktaClientId);
            idp.keyId = parser.value(oktaKeyId);
            idp.scope = parser.value(scope);
            QFile key(parser.value(oktaKeyFile));
            if (!key.open(QIODevice::ReadOnly)) {
                err << "error: cannot read the key file " << key.fileName() << ": " << key.errorString()
                    << '\n';
                return UsageError;
            }
            sync.idpSecret = QString::fromUtf8(key.readAll());
        } else {
            if (!parser.isSet(oktaTokenEnv)) {
                err << "error: --okta-url needs its credentials: --okta-token-env VAR, or --okta-client-id "
                       "ID "
                       "with --okta-key-file PEM\n";
                return UsageError;
            }
            const QString var = parser.value(oktaTokenEnv);
            sync.idpSecret = qEnvironmentVariable(var.toLocal8Bit().constData());
            if (sync.idpSecret.isEmpty()) {
                err << "error: the environment variable " << var << " is empty or not set\n";
                return UsageError;
            }
        }
        sync.idp = idp;
    } else if (graph.anySet(parser)) {
        Result<GraphProfile> entra = graphProfileFromOptions(parser, graph, parser.value(caFile));
        if (!entra) {
            err << "error: " << entra.error().message << '\n';
            return UsageError;
        }
        sync.idp = entra->profile;
        sync.idpSecret = entra->secret;
    } else if (parser.isSet(url)) {
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
