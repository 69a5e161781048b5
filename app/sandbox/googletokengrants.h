#pragma once

#include "jwtassertionverifier.h"
#include "sandboxserver.h"

#include <QHash>
#include <QUrlQuery>

#include <functional>

namespace Scimflow {

/// The Google grants of the sandbox's token endpoint: the JWT bearer grant of a service-account key (its
/// signature verified) and the refresh-token grant of an authorized_user file. A plain request -> response
/// function, so the route that serves it stays thin.
class GoogleTokenGrants
{
public:
    /// Issues a new access token to the simulated APIs and returns it.
    using Issue = std::function<QString()>;

    JwtAssertionVerifier &verifier() { return m_verifier; }
    void addAuthorizedUser(const QString &clientId, const QString &clientSecret, const QString &refreshToken);
    void setExpiresInSeconds(int seconds) { m_expiresIn = seconds; }

    /// Whether \a form asks for one of these grants.
    static bool handles(const QUrlQuery &form);
    /// The token endpoint's answer to \a form posted to \a tokenUrl.
    SandboxResponse answer(const QUrlQuery &form, const QString &tokenUrl, const Issue &issue) const;

private:
    struct AuthorizedUser
    {
        QString clientSecret;
        QString refreshToken;
    };

    JwtAssertionVerifier m_verifier;
    QHash<QString, AuthorizedUser> m_users; // client id -> secrets
    int m_expiresIn = 3600;
};

} // namespace Scimflow
