#include "secretredactor.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Scimflow {

namespace {

// Names that carry a credential wherever they appear (headers, query parameters, JSON or form fields), and
// short names that do only as a whole name ("key" but not "monkey").
const QString kSensitivePart =
    QStringLiteral("authorization|cookie|token|secret|password|passwd|api[-_]?key|assertion|credential|"
                   "private[-_]?key|signature");
const QString kSensitiveWhole = QStringLiteral("key|sig");

} // namespace

bool SecretRedactor::isSensitiveName(QStringView name)
{
    static const QRegularExpression re(QStringLiteral("(?:%1)|^(?:%2)$").arg(kSensitivePart, kSensitiveWhole),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

QString SecretRedactor::redact(const QString &text)
{
    static const QRegularExpression header(
        QStringLiteral(
            R"(((?:proxy-)?authorization)("?\s*[:=]\s*"?)((?:bearer|basic|token|sso-key)\s+)?[^\s",}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cookie(QStringLiteral(R"(^((?:set-)?cookie\s*:\s*)[^\r\n]+)"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression bearer(QStringLiteral(R"(\b(bearer)\s+[A-Za-z0-9._~+/=-]{4,})"),
                                           QRegularExpression::CaseInsensitiveOption);
    // "access_token": "...", "X-Api-Key":"..."; the placeholder never matches again.
    static const QRegularExpression jsonField(
        QStringLiteral(R"x(("(?:[^"\\]*(?:%1)[^"\\]*|%2)"\s*:\s*")(?!\[redacted\]")(?:[^"\\]|\\.)*")x")
            .arg(kSensitivePart, kSensitiveWhole),
        QRegularExpression::CaseInsensitiveOption);
    // Query and form parameters: ?access_token=...&, client_secret=...& at the start of a form body.
    static const QRegularExpression param(
        QStringLiteral(R"(((?:^|[?&\s])(?:[^=&?\s"#]*(?:%1)[^=&?\s"#]*|%2)=)[^&\s"#]*)")
            .arg(kSensitivePart, kSensitiveWhole),
        QRegularExpression::CaseInsensitiveOption);
    // HTTP headers such as "X-Api-Key: abc" on a line of their own (Authorization and Cookie above).
    static const QRegularExpression headerLine(
        QStringLiteral(R"(^([A-Za-z0-9-]*(?:token|secret|api-?key|credential)[A-Za-z0-9-]*\s*:\s*)[^\r\n]+)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression userInfo(QStringLiteral(R"((://)[^/@\s:]+:[^/@\s]+@)"));
    const QString p = placeholder();
    QString out = text;
    out.replace(header, QStringLiteral("\\1\\2\\3") + p);
    out.replace(cookie, QStringLiteral("\\1") + p);
    out.replace(headerLine, QStringLiteral("\\1") + p);
    out.replace(bearer, QStringLiteral("\\1 ") + p);
    out.replace(jsonField, QStringLiteral("\\1") + p + QLatin1Char('"'));
    out.replace(param, QStringLiteral("\\1") + p);
    out.replace(userInfo, QStringLiteral("\\1") + p + QLatin1Char('@'));
    return out;
}

QString SecretRedactor::headerValue(const QByteArray &name, const QByteArray &value)
{
    if (isSensitiveName(QString::fromLatin1(name)))
        return placeholder();
    return redact(QString::fromLatin1(value));
}

QString SecretRedactor::url(const QUrl &u)
{
    QUrl copy = u.adjusted(QUrl::RemoveUserInfo);
    if (copy.hasQuery()) {
        const QUrlQuery query(copy);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery cleaned;
        for (const auto &item : items)
            cleaned.addQueryItem(item.first, isSensitiveName(item.first) ? placeholder() : item.second);
        copy.setQuery(cleaned);
    }
    return copy.toString();
}

QString SecretRedactor::scrub(QString text, const QString &secret)
{
    if (secret.size() >= 4)
        text.replace(secret, placeholder());
    return text;
}

QString SecretRedactor::scrub(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets)
        text = scrub(std::move(text), secret);
    return text;
}

} // namespace Scimflow
