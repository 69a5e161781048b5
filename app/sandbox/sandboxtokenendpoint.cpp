#include "sandboxtokenendpoint.h"

#include "googletokengrants.h"
#include "jwtassertionverifier.h"
#include "sandboxserver.h"

#include <QDateTime>
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
    : SandboxTokenEndpoint(server, QStringLiteral("/oauth2/token"), std::move(clientId),
                           std::move(clientSecret), std::move(issued), parent)
{}

SandboxTokenEndpoint::~SandboxTokenEndpoint() = default;

Status SandboxTokenEndpoint::setClientPublicKey(const QByteArray &publicKeyPem)
{
    auto verifier = std::make_unique<JwtAssertionVerifier>();
    if (Status s = verifier->addClient(m_clientId, publicKeyPem); !s)
        return s;
    m_assertions = std::move(verifier);
    return {};
}

SandboxTokenEndpoint::SandboxTokenEndpoint(SandboxServer &server, const QString &path, QString clientId,
                                           QString clientSecret, Issued issued, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_path(path)
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
    , m_issued(std::move(issued))
{
    m_server.route(
        m_path, QHttpServerRequest::Method::Post,
        [this](const QStringList &, const QHttpServerRequest &req, FaultInjector &) {
            const QUrlQuery form(QString::fromUtf8(req.body()));
            if (m_googleGrants && GoogleTokenGrants::handles(form))
                return m_googleGrants->answer(form, tokenUrl().toString(), [this] { return issue(); });
            const QString assertionType = form.queryItemValue(QStringLiteral("client_assertion_type"));
            if (!assertionType.isEmpty() || m_assertions) {
                // private_key_jwt: the assertion's signature, issuer, subject, audience and lifetime.
                const QByteArray assertion =
                    form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded).toLatin1();
                QString refusal;
                if (!m_assertions)
                    refusal = QStringLiteral("Client authentication with a client assertion is not enabled.");
                else if (assertionType !=
                         QLatin1String("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
                    refusal = QStringLiteral("The client_assertion_type is not supported.");
                else if (const Result<QJsonObject> claims = m_assertions->verifyClientAssertion(
                             assertion, tokenUrl().toString(), QDateTime::currentSecsSinceEpoch());
                         !claims)
                    refusal = claims.error().message;
                if (!refusal.isEmpty()) {
                    const QJsonObject o{{QLatin1String("error"), QStringLiteral("invalid_client")},
                                        {QLatin1String("error_description"), refusal}};
                    return SandboxResponse::json(401, QJsonDocument(o).toJson(QJsonDocument::Compact),
                                                 "application/json");
                }
            } else if (!clientAuthenticated(req)) {
                return SandboxResponse::json(401, R"({"error":"invalid_client"})", "application/json");
            }
            if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
                return SandboxResponse::json(400, R"({"error":"unsupported_grant_type"})",
                                             "application/json");
            ++m_grants;
            m_lastScope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
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
    url.setPath(m_path);
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
