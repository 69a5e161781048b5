#pragma once

#include "credentialinventoryjob.h"
#include "credentialsource.h"
#include "result.h"

#include <memory>

namespace Scimflow {

class AuthProvider;
class CredentialFixConnector;
class HttpClient;

/// A saved connection's credential source with its keychain secret, turned into what the inventory job reads
/// and what the credential fixes send through. One place, so that Sync Now, `scimflow sync --connection` and
/// the workspace's fixes treat a source the same way.
namespace CredentialSources {

/// The inventory run of \a source; \a secret is its keychain secret (the Google credentials file's JSON or
/// an access token; the GitHub App's private key). A clear error when the secret does not fit the source.
Result<CredentialSourceRun> run(const CredentialSource &source, const QString &secret, const QString &caFile);

/// The clients, their credentials and the fix connector of one source; the connector goes first.
struct Fixes
{
    std::unique_ptr<AuthProvider> auth;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<CredentialFixConnector> connector;

    Fixes();
    Fixes(Fixes &&) noexcept;
    ~Fixes();
};
Result<Fixes> fixes(const CredentialSourceRun &run);

} // namespace CredentialSources

} // namespace Scimflow
