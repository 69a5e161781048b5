// GraphSandbox: HTTP routes: the token endpoint, delta rounds, directory audits and the fixes.
#include "graphsandbox.h"
#include "jwtassertionverifier.h"
#include "sandboxserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimeZone>
#include <QUrlQuery>

namespace Scimflow {

namespace {

const QByteArray kJson =
    "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false";

SandboxResponse graphError(int status, const QString &code, const QString &message)
{
    const QJsonObject o{{QLatin1String("error"),
                         QJsonObject{{QLatin1String("code"), code}, {QLatin1String("message"), message}}}};
    return SandboxResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact), kJson);
}

SandboxResponse oauthError(int status, const char *error, const QString &description)
{
    const QJsonObject o{{QLatin1String("error"), QLatin1String(error)},
                        {QLatin1String("error_description"), description}};
    return SandboxResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json");
}

QString queryValue(const QHttpServerRequest &request, const QString &key)
{
    return request.query().queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

bool GraphSandbox::authorized(const QHttpServerRequest &request) const
{
    return !m_accessToken.isEmpty() && request.value("Authorization") == "Bearer " + m_accessToken.toUtf8();
}

void GraphSandbox::throttle(int status, int seconds, int times)
{
    m_throttleStatus = status;
    m_throttleSeconds = seconds;
    m_throttleTimes = times;
}

std::optional<SandboxResponse> GraphSandbox::refuse(const QHttpServerRequest &request)
{
    if (m_throttleTimes > 0) {
        --m_throttleTimes;
        SandboxResponse r =
            m_throttleStatus == 429
                ? graphError(
                      429, QStringLiteral("TooManyRequests"),
                      QStringLiteral("Too many requests. Retry after the time in the Retry-After header."))
                : graphError(m_throttleStatus, QStringLiteral("ServiceUnavailable"),
                             QStringLiteral("The service is temporarily unavailable. Retry later."));
        r.headers.append({"Retry-After", QByteArray::number(m_throttleSeconds)});
        return r;
    }
    if (!authorized(request))
        return graphError(401, QStringLiteral("InvalidAuthenticationToken"),
                          QStringLiteral("Access token has expired or is not yet valid."));
    return std::nullopt;
}

void GraphSandbox::registerRoutes()
{
    m_server.route(QStringLiteral("/<arg>/oauth2/v2.0/token"), QHttpServerRequest::Method::Post,
                   [this](const QStringList &args, const QHttpServerRequest &req, FaultInjector &) {
                       return token(args[0], req);
                   });
    const auto guard = [this](const SandboxServer::Handler &f) -> SandboxServer::Handler {
        return [this, f](const QStringList &args, const QHttpServerRequest &req, FaultInjector &faults) {
            if (std::optional<SandboxResponse> refused = refuse(req))
                return *refused;
            return f(args, req, faults);
        };
    };
    for (const bool users : {true, false}) {
        m_server.route(users ? QStringLiteral("/v1.0/users/delta") : QStringLiteral("/v1.0/groups/delta"),
                       QHttpServerRequest::Method::Get,
                       guard([this, users](const QStringList &, const QHttpServerRequest &req,
                                           FaultInjector &) { return delta(users, req); }));
    }
    m_server.route(QStringLiteral("/v1.0/auditLogs/directoryAudits"), QHttpServerRequest::Method::Get,
                   guard([this](const QStringList &, const QHttpServerRequest &req, FaultInjector &) {
                       return audits(req);
                   }));
}

Result<bool> GraphSandbox::checkSecret(const QUrlQuery &form, const QHttpServerRequest &request) const
{
    QString id = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    QString secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    const QByteArray header = request.value("Authorization");
    if (header.startsWith("Basic ")) {
        // client_secret_basic: base64(urlencode(id) ":" urlencode(secret)).
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6));
        const qsizetype colon = decoded.indexOf(':');
        if (colon >= 0) {
            id = QUrl::fromPercentEncoding(decoded.left(colon));
            secret = QUrl::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    if (id != m_clientId)
        return Error::make(
            Error::Kind::Auth,
            QStringLiteral("AADSTS700016: Application with identifier '%1' was not found in the "
                           "directory.")
                .arg(id),
            400);
    if (secret.isEmpty() || secret != m_clientSecret)
        return Error::make(Error::Kind::Auth,
                           QStringLiteral("AADSTS7000215: Invalid client secret provided."), 401);
    return true;
}

Status GraphSandbox::setClientCertificate(const QByteArray &certificatePem)
{
    const QSslCertificate certificate(certificatePem, QSsl::Pem);
    if (certificate.isNull())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("not a PEM certificate"));
    auto verifier = std::make_unique<JwtAssertionVerifier>();
    if (Status s = verifier->addClient(m_clientId, certificate.publicKey().toPem()); !s)
        return s;
    m_assertions = std::move(verifier);
    m_certificateThumbprint = certificate.digest(QCryptographicHash::Sha256)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return {};
}

QString GraphSandbox::assertionRefusal(const QUrlQuery &form) const
{
    if (form.queryItemValue(QStringLiteral("client_assertion_type")) !=
        QLatin1String("urn:ietf:params:oauth:client-assertion-type:jwt-bearer"))
        return QStringLiteral("AADSTS50027: The client_assertion_type is not supported.");
    if (!m_assertions)
        return QStringLiteral("AADSTS700027: No certificate is registered on the application.");
    if (form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded) != m_clientId)
        return QStringLiteral(
            "AADSTS700016: Application with the client_id given was not found in the directory.");
    const QByteArray assertion =
        form.queryItemValue(QStringLiteral("client_assertion"), QUrl::FullyDecoded).toLatin1();
    // Entra finds the certificate by the thumbprint in the header before it checks the signature.
    const QJsonObject header =
        QJsonDocument::fromJson(
            QByteArray::fromBase64(assertion.split('.').value(0),
                                   QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            .object();
    if (header.value(QLatin1String("x5t#S256")).toString().toLatin1() != m_certificateThumbprint)
        return QStringLiteral(
            "AADSTS700027: The certificate with the identifier used to sign the client assertion "
            "is not registered on the application.");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const Result<QJsonObject> claims =
        m_assertions->verifyClientAssertion(assertion, tokenUrl().toString(), now);
    if (!claims)
        return QStringLiteral("AADSTS700027: Client assertion failed signature validation or its claims: %1")
            .arg(claims.error().message);
    const QJsonValue nbf = claims->value(QLatin1String("nbf"));
    if (!nbf.isDouble() || nbf.toInteger() > now + 300)
        return QStringLiteral("AADSTS700024: Client assertion is not within its valid time range (nbf).");
    return QString();
}

SandboxResponse GraphSandbox::token(const QString &tenant, const QHttpServerRequest &request)
{
    if (tenant != m_tenant)
        return oauthError(400, "invalid_request",
                          QStringLiteral("AADSTS90002: Tenant '%1' not found.").arg(tenant));
    const QUrlQuery form(QString::fromUtf8(request.body()));
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials"))
        return oauthError(400, "unsupported_grant_type",
                          QStringLiteral("AADSTS70003: The app requested an unsupported grant type."));
    if (form.hasQueryItem(QStringLiteral("client_assertion_type"))) {
        const QString refusal = assertionRefusal(form);
        if (!refusal.isEmpty())
            return oauthError(401, "invalid_client", refusal);
    } else if (Result<bool> secretOk = checkSecret(form, request); !secretOk) {
        return oauthError(secretOk.error().httpStatus,
                          secretOk.error().httpStatus == 400 ? "unauthorized_client" : "invalid_client",
                          secretOk.error().message);
    }
    const QString wanted = loginUrl().toString() + QStringLiteral("/.default");
    if (form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded) != wanted)
        return oauthError(400, "invalid_scope",
                          QStringLiteral("AADSTS1002012: The provided value for scope is not valid; client "
                                         "credentials need %1.")
                              .arg(wanted));
    ++m_grants;
    m_accessToken = QStringLiteral("eyJ0eXAiOiJKV1Qi.sandbox-graph.") + opaque();
    const QJsonObject o{{QLatin1String("token_type"), QStringLiteral("Bearer")},
                        {QLatin1String("expires_in"), 3599},
                        {QLatin1String("ext_expires_in"), 3599},
                        {QLatin1String("access_token"), m_accessToken}};
    return SandboxResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json");
}

SandboxResponse GraphSandbox::delta(bool users, const QHttpServerRequest &request)
{
    const QString path = users ? QStringLiteral("/v1.0/users/delta") : QStringLiteral("/v1.0/groups/delta");
    const QString skip = queryValue(request, QStringLiteral("$skiptoken"));
    if (!skip.isEmpty()) {
        const auto it = m_skipTokens.constFind(skip);
        if (it == m_skipTokens.constEnd() || it->path != path)
            return graphError(400, QStringLiteral("Request_BadRequest"),
                              QStringLiteral("The $skiptoken is not valid."));
        return page(*it);
    }
    Round round;
    round.path = path;
    const QString deltaToken = queryValue(request, QStringLiteral("$deltatoken"));
    if (!deltaToken.isEmpty()) {
        const auto it = m_deltaTokens.constFind(deltaToken);
        if (it == m_deltaTokens.constEnd() || it->users != users)
            return graphError(410, QStringLiteral("resyncRequired"),
                              QStringLiteral("Resync required. Replace any local cached resources with the "
                                             "server's version (a full delta round)."));
        round.objects = std::make_shared<QList<QByteArray>>(changesSince(users, it->version, it->select));
        round.next = *it;
        round.next.version = m_version;
        return page(round);
    }
    QStringList select;
    const QString selectText = queryValue(request, QStringLiteral("$select"));
    if (!selectText.isEmpty())
        select = selectText.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!users && !select.contains(QLatin1String("members")))
        return graphError(
            400, QStringLiteral("Request_BadRequest"),
            QStringLiteral("The sandbox serves groups/delta with $select=displayName,members."));
    round.objects = std::make_shared<QList<QByteArray>>(fullRound(users, select));
    round.next.users = users;
    round.next.version = m_version;
    round.next.select = select;
    return page(round);
}

SandboxResponse GraphSandbox::page(Round round)
{
    ++m_deltaPages;
    const int end = qMin(round.offset + m_pageSize, int(round.objects->size()));
    QByteArray body = "{\"@odata.context\":\"" + graphUrl().toString().toUtf8() + "/$metadata#" +
                      (round.path.contains(QLatin1String("users"))    ? "users"
                       : round.path.contains(QLatin1String("groups")) ? "groups"
                                                                      : "auditLogs/directoryAudits") +
                      "\",";
    QUrl link = graphUrl();
    link.setPath(round.path);
    if (end < round.objects->size()) {
        const QString skip = opaque();
        Round next = round;
        next.offset = end;
        m_skipTokens.insert(skip, next);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$skiptoken"), skip);
        link.setQuery(q);
        if (m_rewriteNext)
            link = m_rewriteNext(link);
        body += "\"@odata.nextLink\":" +
                QJsonDocument(QJsonArray{link.toString(QUrl::FullyEncoded)})
                    .toJson(QJsonDocument::Compact)
                    .mid(1)
                    .chopped(1) +
                ",";
    } else if (round.delta) {
        const QString token = opaque();
        m_deltaTokens.insert(token, round.next);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$deltatoken"), token);
        link.setQuery(q);
        body += "\"@odata.deltaLink\":" +
                QJsonDocument(QJsonArray{link.toString(QUrl::FullyEncoded)})
                    .toJson(QJsonDocument::Compact)
                    .mid(1)
                    .chopped(1) +
                ",";
    }
    body += "\"value\":[";
    for (int i = round.offset; i < end; ++i) {
        if (i > round.offset)
            body += ',';
        body += round.objects->at(i);
    }
    body += "]}";
    return SandboxResponse::json(200, body, kJson);
}

SandboxResponse GraphSandbox::audits(const QHttpServerRequest &request)
{
    const QString skip = queryValue(request, QStringLiteral("$skiptoken"));
    if (!skip.isEmpty()) {
        const auto it = m_skipTokens.constFind(skip);
        if (it == m_skipTokens.constEnd() || it->delta)
            return graphError(400, QStringLiteral("Request_BadRequest"),
                              QStringLiteral("The $skiptoken is not valid."));
        return page(*it);
    }
    // The filters directory audits take on time: activityDateTime ge|gt|le|lt <DateTimeOffset>, and-ed.
    const QString filter = queryValue(request, QStringLiteral("$filter"));
    static const QRegularExpression clause(QStringLiteral(
        "^activityDateTime (ge|gt|le|lt) (\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z)$"));
    QList<std::pair<QString, QString>> bounds;
    for (const QString &part : filter.split(QStringLiteral(" and "), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = clause.match(part.trimmed());
        if (!m.hasMatch())
            return graphError(400, QStringLiteral("BadRequest"),
                              QStringLiteral("Invalid filter clause: %1").arg(part));
        bounds.append({m.captured(1), m.captured(2)});
    }
    // Entra keeps 30 days (P1/P2): older entries are gone.
    const Timestamp edge = currentTimestamp() - 30 * kMsPerDay;
    auto normalised = [](const QString &iso) {
        // Compare as text with seven fraction digits, as Graph's timestamps are written.
        const qsizetype dot = iso.indexOf(QLatin1Char('.'));
        QString frac = dot < 0 ? QString() : iso.mid(dot + 1).chopped(1);
        frac = frac.leftJustified(7, QLatin1Char('0'), true);
        return (dot < 0 ? iso.chopped(1) : iso.left(dot)) + QLatin1Char('.') + frac + QLatin1Char('Z');
    };
    const QString edgeText = normalised(QDateTime::fromMSecsSinceEpoch(edge, QTimeZone::utc())
                                            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
                                        QLatin1Char('Z'));
    Round round;
    round.delta = false;
    round.path = QStringLiteral("/v1.0/auditLogs/directoryAudits");
    round.objects = std::make_shared<QList<QByteArray>>();
    for (const QJsonObject &e : std::as_const(m_audits)) {
        const QString at = normalised(e.value(QLatin1String("activityDateTime")).toString());
        if (at < edgeText)
            continue;
        bool in = true;
        for (const auto &[op, value] : std::as_const(bounds)) {
            const QString v = normalised(value);
            in = in && (op == QLatin1String("ge")   ? at >= v
                        : op == QLatin1String("gt") ? at > v
                        : op == QLatin1String("le") ? at <= v
                                                    : at < v);
        }
        if (in)
            round.objects->append(QJsonDocument(e).toJson(QJsonDocument::Compact));
    }
    return page(round);
}

} // namespace Scimflow
