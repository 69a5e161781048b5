#include "googletokengrants.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

namespace {

const QLatin1String kJwtBearer("urn:ietf:params:oauth:grant-type:jwt-bearer");
const QLatin1String kRefreshToken("refresh_token");

SandboxResponse oauthError(int status, const QString &error, const QString &description)
{
    const QJsonObject o{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}};
    return SandboxResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json");
}

QString value(const QUrlQuery &form, const char *key)
{
    return form.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

} // namespace

void GoogleTokenGrants::addAuthorizedUser(const QString &clientId, const QString &clientSecret,
                                          const QString &refreshToken)
{
    m_users.insert(clientId, AuthorizedUser{clientSecret, refreshToken});
}

bool GoogleTokenGrants::handles(const QUrlQuery &form)
{
    const QString grant = value(form, "grant_type");
    return grant == kJwtBearer || grant == kRefreshToken;
}

SandboxResponse GoogleTokenGrants::answer(const QUrlQuery &form, const QString &tokenUrl,
                                          const Issue &issue) const
{
    if (value(form, "grant_type") == kJwtBearer) {
        const Result<QJsonObject> claims = m_verifier.verify(value(form, "assertion").toLatin1(), tokenUrl,
                                                             QDateTime::currentSecsSinceEpoch());
        if (!claims)
            return oauthError(400, QStringLiteral("invalid_grant"), claims.error().message);
    } else {
        const auto user = m_users.constFind(value(form, "client_id"));
        if (user == m_users.cend() || user->clientSecret != value(form, "client_secret"))
            return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Unauthorized"));
        if (user->refreshToken != value(form, "refresh_token"))
            return oauthError(400, QStringLiteral("invalid_grant"), QStringLiteral("Bad Request"));
    }
    const QJsonObject o{{QStringLiteral("access_token"), issue()},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), m_expiresIn}};
    return SandboxResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json");
}

} // namespace Scimflow
