#pragma once

#include "connectionprofile.h"
#include "graphdirectoryreader.h"
#include "result.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

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

/// The Entra ID connection the Graph options describe, and its secret (the client secret, or the PEM with the
/// certificate and its private key), which stays in memory.
struct GraphProfile
{
    ConnectionProfile profile;
    QString secret;
};

/// Reads the Graph options into an Entra ID profile that makeDirectoryReader() turns into a Graph reader: the
/// client secret from --graph-secret-env, or the certificate and key from --graph-cert-file. A missing or
/// contradictory option is an InvalidInput error naming it.
Result<GraphProfile> graphProfileFromOptions(const QCommandLineParser &parser, const GraphCliOptions &options,
                                             const QString &caFile);

} // namespace Scimflow::Cli
