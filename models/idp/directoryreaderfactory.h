#pragma once

#include "authprovider.h"
#include "connectionprofile.h"
#include "directoryreader.h"
#include "httpclient.h"
#include "jwtassertion.h"
#include "result.h"

#include <memory>

namespace Scimflow {

class ScimClient;

/// Everything one identity provider connection reads through: its HTTP client, auth provider and
/// DirectoryReader (plus the SCIM client for the generic SCIM IdP, which the SCIM fixes use).
struct DirectoryConnection
{
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<AuthProvider> auth;
    std::unique_ptr<ScimClient> scim; // the generic SCIM IdP only
    std::unique_ptr<DirectoryReader> reader;
    ~DirectoryConnection();
};

/// The one place that turns a connection profile and its secret into a DirectoryReader, for the console,
/// the demo and `scimflow sync`:
/// - Generic SCIM 2.0: ScimDirectoryReader (bearer token or OAuth client secret);
/// - Okta: OktaDirectoryReader with an SSWS API token (AuthKind::Bearer) or an OAuth service app signing
///   private_key_jwt client assertions with the key in \a secret (AuthKind::PrivateKeyJwt; token URL
///   {org}/oauth2/v1/token, the profile's scope or Okta's read scopes, "kid" = keyId);
/// - Microsoft Entra ID: GraphDirectoryReader with a client secret (AuthKind::OAuthClientCredentials) or a
///   certificate credential (AuthKind::PrivateKeyJwt: the key in \a secret, the certificate in
///   certificateFile or in the same PEM), for {graphUrl origin}/.default from {loginUrl}/{tenant}.
/// The secret stays in memory, in the auth provider.
Result<std::unique_ptr<DirectoryConnection>> makeDirectoryReader(const ConnectionProfile &profile,
                                                                 const QString &secret,
                                                                 const HttpClientOptions &options = {});

} // namespace Scimflow
