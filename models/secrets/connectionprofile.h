#pragma once

#include "credentialsource.h"
#include "pipelinesource.h"
#include "result.h"
#include "scimtargetsource.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Scimflow {

class Store;

/// How to reach an identity provider. Holds no secret: only secretRef, the key of the secret in SecretStore.
struct ConnectionProfile
{
    /// Which API the identity provider is read through.
    enum class IdpKind {
        Scim,  // an IdP that serves its directory over SCIM 2.0 (scimUrl)
        Okta,  // the Okta Management API and System Log (orgUrl)
        Entra, // Microsoft Graph (tenant, graphUrl, loginUrl)
    };
    /// Bearer: a SCIM bearer token, or Okta's SSWS API token. OAuthClientCredentials: a client secret.
    /// PrivateKeyJwt: an OAuth client that signs a client assertion with its private key (Okta service app,
    /// Entra certificate); the key (PEM) is the secret.
    enum class AuthKind { Bearer, OAuthClientCredentials, PrivateKeyJwt };

    qint64 id = 0;
    QString name;
    IdpKind idpKind = IdpKind::Scim;
    QString scimUrl;
    QString orgUrl;          // Okta: https://ORG.okta.com
    QString keyId;           // Okta: the "kid" of the service app's public key
    QString tenant;          // Entra: tenant id or primary domain
    QString graphUrl;        // Entra: Graph API root override (empty: https://graph.microsoft.com/v1.0)
    QString loginUrl;        // Entra: login URL override (empty: https://login.microsoftonline.com)
    QString certificateFile; // Entra: the app's certificate (PEM), for the assertion's x5t#S256
    QString vendor = QStringLiteral("generic");
    AuthKind authKind = AuthKind::Bearer;
    QString tokenUrl;
    QString clientId;
    QString scope;
    QString secretRef;
    QString caFile;
    QList<PipelineSource> pipelineSources;
    QList<ScimTargetSource> scimTargets;       // synced after the IdP; kept in idp_settings
    QList<CredentialSource> credentialSources; // inventoried after the pipelines; kept in idp_settings

    static QString authKindName(AuthKind kind);
    static AuthKind authKindFromName(const QString &name);
    /// Whether an identity provider is configured (a connection may hold pipeline sources only).
    bool hasIdentityProvider() const;
    /// The URL the IdP is read from, for display (the SCIM base URL, the Okta org, the Entra tenant).
    QString identityProviderDisplay() const;
    static QString idpKindName(IdpKind kind); // "scim", "okta", "entra"
    static IdpKind idpKindFromName(const QString &name);
    /// Okta's read scopes, and the write scopes the fixes need on top.
    static QString oktaReadScopes();
    static QString oktaFixScopes();
};

/// Reads and writes the connection_profiles table.
class ConnectionProfiles
{
public:
    static QList<ConnectionProfile> all(const Store &store);
    /// Inserts or updates by name; returns the row id.
    static Result<qint64> save(Store &store, const ConnectionProfile &profile);
    static Status remove(Store &store, const QString &name);

    /// The profiles saved in the database at \a databasePath, on a connection of the calling thread's own;
    /// an empty list when there is no database there yet (listing never creates one).
    static Result<QList<ConnectionProfile>> allIn(const QString &databasePath);
    /// Removes the profile \a name from the database at \a databasePath.
    static Status removeFrom(const QString &databasePath, const QString &name);
};

} // namespace Scimflow

Q_DECLARE_METATYPE(Scimflow::ConnectionProfile)
