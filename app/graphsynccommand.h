#pragma once

#include "authprovider.h"
#include "graphdirectoryreader.h"
#include "httpclient.h"
#include "result.h"
#include "syncjob.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <memory>

class QCommandLineParser;
class QTextStream;

namespace Scimflow::Cli {

/// The Microsoft Graph (Entra ID) options of `scimflow sync`.
struct GraphCliOptions
{
    QCommandLineOption tenant{QStringLiteral("graph-tenant"),
                              QStringLiteral("Entra ID tenant (directory) id or primary domain: read the "
                                             "directory through Microsoft Graph."),
                              QStringLiteral("TENANT")};
    QCommandLineOption clientId{QStringLiteral("graph-client-id"),
                                QStringLiteral("Application (client) id of the app registration."),
                                QStringLiteral("ID")};
    QCommandLineOption secretEnv{
        QStringLiteral("graph-secret-env"),
        QStringLiteral("Environment variable holding the app registration's client secret."),
        QStringLiteral("VAR")};
    QCommandLineOption certFile{
        QStringLiteral("graph-cert-file"),
        QStringLiteral("PEM file with the app registration's certificate and its private key (a client "
                       "assertion signed with the key, instead of a secret)."),
        QStringLiteral("PEM")};
    QCommandLineOption graphUrl{QStringLiteral("graph-url"),
                                QStringLiteral("Graph API root (default https://graph.microsoft.com/v1.0)."),
                                QStringLiteral("URL"), GraphDirectoryReader::defaultGraphUrl().toString()};
    QCommandLineOption loginUrl{QStringLiteral("graph-login-url"),
                                QStringLiteral("Microsoft identity platform root (default "
                                               "https://login.microsoftonline.com)."),
                                QStringLiteral("URL"), GraphDirectoryReader::defaultLoginUrl().toString()};

    QList<QCommandLineOption> all() const
    {
        return {tenant, clientId, secretEnv, certFile, graphUrl, loginUrl};
    }
    bool anySet(const QCommandLineParser &parser) const;
};

/// A Graph directory reader with its HTTP client and credential (the secret in memory only).
struct GraphSource
{
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<AuthProvider> auth;
    std::unique_ptr<GraphDirectoryReader> reader;
};

/// Builds the reader the Graph options describe: the token from {login}/{tenant}/oauth2/v2.0/token with
/// the client secret from --graph-secret-env (or a certificate assertion from --graph-cert-file), for the
/// scope {graph origin}/.default. A missing or contradictory option is an InvalidInput error naming it.
Result<std::unique_ptr<GraphSource>> graphSourceFromOptions(const QCommandLineParser &parser,
                                                            const GraphCliOptions &options,
                                                            const QString &caFile, int timeoutMs);

/// Syncs the directory \a reader reads into \a databasePath (one SyncJob run), printing the reader's summary
/// line and its warnings. Returns the exit code.
int runDirectorySync(DirectoryReader &reader, const QString &databasePath, SyncOptions::Mode mode,
                     QTextStream &out, QTextStream &err);

} // namespace Scimflow::Cli
