#pragma once

#include "authprovider.h"
#include "connectionprofile.h"
#include "httpclient.h"
#include "result.h"
#include "scimclient.h"

#include <memory>

namespace Scimflow {

/// The objects one IdP connection needs (HTTP client, auth provider, SCIM client), built from a profile and
/// its secret. The GUI, the demo and `scimflow sync` all connect through this.
class ScimConnection
{
public:
    static Result<std::unique_ptr<ScimConnection>>
    create(const ConnectionProfile &profile, const QString &secret, const HttpClientOptions &options = {});
    /// A SCIM provisioning target's connection: bearer \a token, target profile \a vendor ("generic",
    /// "aws-identity-center", "databricks", "github-emu").
    static Result<std::unique_ptr<ScimConnection>> createTarget(const QString &baseUrl, const QString &vendor,
                                                                const QString &token, const QString &caFile,
                                                                const HttpClientOptions &options = {});
    HttpClient &http() { return *m_http; }
    ScimClient &client() { return *m_client; }
    AuthProvider &auth() { return *m_auth; }

private:
    ScimConnection() = default;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<AuthProvider> m_auth;
    std::unique_ptr<ScimClient> m_client;
};

} // namespace Scimflow
