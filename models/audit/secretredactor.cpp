#include "secretredactor.h"

#include <QRegularExpression>

namespace Scimflow {

QString SecretRedactor::redact(const QString &text)
{
    static const QRegularExpression header(
        QStringLiteral(
            R"(((?:proxy-)?authorization)("?\s*[:=]\s*"?)(?:(?:bearer|basic|token|sso-key)\s+)?[^\s",}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral(R"(\b(bearer)\s+[A-Za-z0-9._~+/=-]{4,})"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonField(
        QStringLiteral(R"x(("(?:access_token|refresh_token|id_token|token|client_secret|secret|password|)x"
                       R"x(api_key|apikey|private_key)"\s*:\s*")(?:[^"\\]|\\.)*")x"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression param(
        QStringLiteral(R"(([?&](?:access_token|refresh_token|token|client_secret|api_key|apikey|key|sig|)"
                       R"(signature|password)=)[^&\s"#]*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userInfo(QStringLiteral(R"((://)[^/@\s:]+:[^/@\s]+@)"));
    QString out = text;
    out.replace(header, QStringLiteral("\\1\\2[redacted]"));
    out.replace(bearer, QStringLiteral("\\1 [redacted]"));
    out.replace(jsonField, QStringLiteral("\\1[redacted]\""));
    out.replace(param, QStringLiteral("\\1[redacted]"));
    out.replace(userInfo, QStringLiteral("\\1[redacted]@"));
    return out;
}

} // namespace Scimflow
