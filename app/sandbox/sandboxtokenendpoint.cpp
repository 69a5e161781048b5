#include "sandboxtokenendpoint.h"

#include "googletokengrants.h"
#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace Scimflow {

namespace {
QString randomToken(const char *prefix)
{
    return QString::fromLatin1(prefix) + QString::number(QRandomGenerator::global()->generate64(), 36);
}
} // namespace

SandboxTokenEndpoint::SandboxTokenEndpoint(SandboxServer &server, QString clientId, QString clientSecret,
                                           Issued issued, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_issued(std::move(issued))
{
    m_server.route(
        QStringLiteral("/oauth2/token"), QHttpServerRequest::Method::Post,
        [this](const QStringList &, const QHttpServerRequest &req, FaultInjector &) {
            const QUrlQuery form(QString::fromUtf8(req.body()));
            if (m_googleGrants && GoogleTokenGrants::handles(form))
                return m_googleGrants->answer(form, tokenUrl().toString(), [this] { return issue(); });
            if (!clientAuthenticated(req))
                return SandboxResponse::json(401, R"({"error":"invalid_client"})", "application/json");
            if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
                return SandboxResponse::json(400, R"({"error":"unsupported_grant_type"})",
                                             "application/json");
            ++m_grants;
            const QString token = randomToken("sandbox-oauth-");
            if (m_issued)
                m_issued(token);
            const QJsonObject o{{QLatin1String("access_token"), token},
                                {QLatin1String("token_type"), QStringLiteral("Bearer")},
                                {QLatin1String("expires_in"), m_expiresIn}};
            return SandboxResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact),
                                         "application/json");
        });
}

QUrl SandboxTokenEndpoint::tokenUrl() const
{
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/oauth2/token"));
    return url;
}

QString SandboxTokenEndpoint::issue()
{
    ++m_grants;
    const QString token = randomToken("sandbox-google-");
    if (m_issued)
        m_issued(token);
    return token;
}

void SandboxTokenEndpoint::expire()
{
    if (m_issued)
        m_issued(randomToken("sandbox-unissued-"));
}

bool SandboxTokenEndpoint::clientAuthenticated(const QHttpServerRequest &request) const
{
    // client_secret_basic: Basic base64(urlencode(id) ":" urlencode(secret)).
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Basic "))
        return false;
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6));
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    return QUrl::fromPercentEncoding(decoded.left(colon)) == m_clientId &&
           QUrl::fromPercentEncoding(decoded.mid(colon + 1)) == m_clientSecret;
}

} // namespace Scimflow
