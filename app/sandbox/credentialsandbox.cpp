#include "credentialsandbox.h"

#include "jwtassertionverifier.h"
#include "sandboxserver.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace Scimflow {

namespace {

SandboxResponse githubError(int status, const QString &message)
{
    return SandboxResponse::json(status,
                                 QJsonDocument(QJsonObject{{QStringLiteral("message"), message},
                                                           {QStringLiteral("documentation_url"),
                                                            QStringLiteral("https://docs.github.com/rest")}})
                                     .toJson(QJsonDocument::Compact),
                                 "application/json");
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(size));
    BIO_free(bio);
    return out;
}

} // namespace

std::pair<QByteArray, QByteArray> CredentialSandbox::generateAppKey()
{
    std::pair<QByteArray, QByteArray> out;
    EVP_PKEY *pkey = nullptr;
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
    if (ctx && EVP_PKEY_keygen_init(ctx) == 1 && EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, 2048) == 1 &&
        EVP_PKEY_keygen(ctx, &pkey) == 1) {
        BIO *priv = BIO_new(BIO_s_mem());
        if (priv && PEM_write_bio_PrivateKey(priv, pkey, nullptr, nullptr, 0, nullptr, nullptr) == 1)
            out.first = drain(priv);
        else
            BIO_free(priv);
        BIO *pub = BIO_new(BIO_s_mem());
        if (pub && PEM_write_bio_PUBKEY(pub, pkey) == 1)
            out.second = drain(pub);
        else
            BIO_free(pub);
    }
    EVP_PKEY_free(pkey);
    EVP_PKEY_CTX_free(ctx);
    return out;
}

CredentialSandbox::CredentialSandbox(SandboxServer &server, CredentialSandboxData data, QString token,
                                     QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_data(std::move(data))
    , m_token(std::move(token))
{
    registerRoutes();
}

QUrl CredentialSandbox::baseUrl() const
{
    return m_server.baseUrl();
}

void CredentialSandbox::registerApp(const QString &appId, const QByteArray &publicKeyPem)
{
    m_appId = appId;
    m_appPublicKey = publicKeyPem;
}

bool CredentialSandbox::bearerAuthorized(const QHttpServerRequest &request) const
{
    return !m_token.isEmpty() && request.value("Authorization") == "Bearer " + m_token.toUtf8();
}

bool CredentialSandbox::installationAuthorized(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    QByteArray token;
    if (header.startsWith("Bearer "))
        token = header.mid(7);
    else if (header.startsWith("token "))
        token = header.mid(6);
    const auto it = m_installationTokens.constFind(token);
    return !token.isEmpty() && it != m_installationTokens.cend() && *it > currentTimestamp();
}

QString CredentialSandbox::appJwtProblem(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return QStringLiteral("A JSON web token could not be decoded");
    if (m_appPublicKey.isEmpty())
        return QStringLiteral("Integration not found");
    const Result<QJsonObject> claims = JwtAssertionVerifier::verifySignature(header.mid(7), m_appPublicKey);
    if (!claims)
        return QStringLiteral("A JSON web token could not be decoded");
    const qint64 now = currentTimestamp() / 1000;
    const qint64 iat = claims->value(QLatin1String("iat")).toInteger();
    const qint64 exp = claims->value(QLatin1String("exp")).toInteger();
    const QJsonValue iss = claims->value(QLatin1String("iss"));
    const QString issuer = iss.isDouble() ? QString::number(iss.toInteger()) : iss.toString();
    if (issuer != m_appId)
        return QStringLiteral("Integration not found");
    if (exp <= now || iat > now + 60)
        return QStringLiteral(
            "'Expiration time' claim ('exp') must be a numeric value representing the future time "
            "at which the assertion expires");
    if (exp - iat > 660)
        return QStringLiteral("'Expiration time' claim ('exp') is too far in the future");
    return {};
}

void CredentialSandbox::registerRoutes()
{
    using Handler = SandboxServer::Handler;
    const auto google = [this](const Handler &produce) -> Handler {
        return
            [this, produce](const QStringList &args, const QHttpServerRequest &req, FaultInjector &faults) {
                if (!bearerAuthorized(req))
                    return CredentialSandboxData::googleError(
                        401, QStringLiteral("Request had invalid authentication credentials."),
                        "UNAUTHENTICATED");
                return produce(args, req, faults);
            };
    };
    const auto github = [this](const Handler &produce) -> Handler {
        return
            [this, produce](const QStringList &args, const QHttpServerRequest &req, FaultInjector &faults) {
                if (!installationAuthorized(req))
                    return githubError(401, QStringLiteral("Bad credentials"));
                return produce(args, req, faults);
            };
    };
    // args: project
    m_server.route(
        QStringLiteral("/v1/projects/<arg>/serviceAccounts"), QHttpServerRequest::Method::Get,
        google([this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &faults) {
            QUrlQuery query = req.query();
            if (faults.takeKind(Fault::Kind::IgnoreStartIndex, req.url().path()))
                query.removeAllQueryItems(QStringLiteral("pageToken"));
            return m_data.listAccounts(args[0], query);
        }));
    // args: project, "email:disable" | "email:enable"
    m_server.route(QStringLiteral("/v1/projects/<arg>/serviceAccounts/<arg>"),
                   QHttpServerRequest::Method::Post | QHttpServerRequest::Method::Get,
                   google([this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &) {
                       if (req.method() == QHttpServerRequest::Method::Get)
                           return m_data.getAccount(args[0], args[1]);
                       return m_data.changeAccount(args[0], args[1]);
                   }));
    // args: project, email
    m_server.route(QStringLiteral("/v1/projects/<arg>/serviceAccounts/<arg>/keys"),
                   QHttpServerRequest::Method::Get,
                   google([this](const QStringList &args, const QHttpServerRequest &, FaultInjector &) {
                       return m_data.listKeys(args[0], args[1]);
                   }));
    // args: project, email, "key" | "key:disable" | "key:enable"
    m_server.route(QStringLiteral("/v1/projects/<arg>/serviceAccounts/<arg>/keys/<arg>"),
                   QHttpServerRequest::Method::Post | QHttpServerRequest::Method::Delete |
                       QHttpServerRequest::Method::Get,
                   google([this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &) {
                       if (req.method() == QHttpServerRequest::Method::Get)
                           return m_data.getKey(args[0], args[1], args[2]);
                       const bool remove = req.method() == QHttpServerRequest::Method::Delete;
                       if (remove == args[2].contains(QLatin1Char(':')))
                           return CredentialSandboxData::googleError(400, QStringLiteral("Invalid request."),
                                                                     "INVALID_ARGUMENT");
                       return m_data.changeKey(args[0], args[1], args[2], remove);
                   }));
    // args: project, activity type
    m_server.route(
        QStringLiteral("/v1/projects/<arg>/locations/global/activityTypes/<arg>/activities:query"),
        QHttpServerRequest::Method::Get,
        google([this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &faults) {
            QUrlQuery query = req.query();
            if (faults.takeKind(Fault::Kind::IgnoreStartIndex, req.url().path()))
                query.removeAllQueryItems(QStringLiteral("pageToken"));
            return m_data.queryActivities(args[0], args[1], query);
        }));
    // The GitHub App flow. args: organisation
    m_server.route(
        QStringLiteral("/orgs/<arg>/installation"), QHttpServerRequest::Method::Get,
        [this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &) {
            if (const QString problem = appJwtProblem(req); !problem.isEmpty())
                return githubError(401, problem);
            if (args[0] != m_data.organisation())
                return githubError(404, QStringLiteral("Not Found"));
            return SandboxResponse::json(
                200,
                QJsonDocument(QJsonObject{{QStringLiteral("id"), installationId()},
                                          {QStringLiteral("app_id"), m_appId.toLongLong()},
                                          {QStringLiteral("target_type"), QStringLiteral("Organization")},
                                          {QStringLiteral("account"),
                                           QJsonObject{{QStringLiteral("login"), m_data.organisation()}}}})
                    .toJson(QJsonDocument::Compact),
                "application/json");
        });
    // args: installation id
    m_server.route(
        QStringLiteral("/app/installations/<arg>/access_tokens"), QHttpServerRequest::Method::Post,
        [this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &) {
            if (const QString problem = appJwtProblem(req); !problem.isEmpty())
                return githubError(401, problem);
            if (args[0] != QString::number(installationId()))
                return githubError(404, QStringLiteral("Not Found"));
            QByteArray random(20, Qt::Uninitialized);
            QRandomGenerator::system()->generate(random.begin(), random.end());
            const QByteArray token = "ghs_" + random.toHex();
            const Timestamp expires = currentTimestamp() + m_tokenLifetime * 1000LL;
            m_installationTokens.insert(token, expires);
            ++m_issued;
            return SandboxResponse::json(
                201,
                QJsonDocument(
                    QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token)},
                                {QStringLiteral("expires_at"), timestampToIso(expires - expires % 1000)},
                                {QStringLiteral("permissions"),
                                 QJsonObject{{QStringLiteral("organization_personal_access_tokens"),
                                              QStringLiteral("write")}}}})
                    .toJson(QJsonDocument::Compact),
                "application/json");
        });
    // args: organisation
    m_server.route(
        QStringLiteral("/orgs/<arg>/personal-access-tokens"), QHttpServerRequest::Method::Get,
        github([this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &faults) {
            QUrlQuery query = req.query();
            if (faults.takeKind(Fault::Kind::IgnoreStartIndex, req.url().path()))
                query.removeAllQueryItems(QStringLiteral("page"));
            QUrl url = m_server.baseUrl();
            url.setPath(req.url().path());
            return m_data.listTokens(args[0], query, url);
        }));
    // args: organisation, token grant id
    m_server.route(QStringLiteral("/orgs/<arg>/personal-access-tokens/<arg>/repositories"),
                   QHttpServerRequest::Method::Get,
                   github([this](const QStringList &args, const QHttpServerRequest &, FaultInjector &) {
                       return m_data.tokenRepositories(args[0], args[1]);
                   }));
    m_server.route(QStringLiteral("/orgs/<arg>/personal-access-tokens/<arg>"),
                   QHttpServerRequest::Method::Post,
                   github([this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &) {
                       return m_data.revokeToken(args[0], args[1], req.body());
                   }));
}

} // namespace Scimflow
