#include "redaction.h"

#include <QRegularExpression>
#include <QUrlQuery>

namespace Scimflow::Redaction {

namespace {

const QString kRedacted = QStringLiteral("<redacted>");

bool isSensitiveName(QStringView name)
{
    static const QRegularExpression re(
        QStringLiteral("authorization|cookie|token|secret|password|api[-_]?key|"
                       "assertion|credential"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

} // namespace

QString headerValue(const QByteArray &name, const QByteArray &value)
{
    if (isSensitiveName(QString::fromLatin1(name)))
        return kRedacted;
    return QString::fromLatin1(value);
}

QString url(const QUrl &u)
{
    QUrl copy = u.adjusted(QUrl::RemoveUserInfo);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery cleaned;
        for (const auto &item : items)
            cleaned.addQueryItem(item.first, isSensitiveName(item.first) ? kRedacted : item.second);
        copy.setQuery(cleaned);
    }
    return copy.toString();
}

QByteArray body(const QByteArray &b)
{
    // JSON string fields: "access_token": "....", "client_secret":"..."
    static const QRegularExpression json(
        QStringLiteral(R"re(("[^"]*(?:token|secret|password|assertion)[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*")re"),
        QRegularExpression::CaseInsensitiveOption);
    // Form fields: client_secret=...&
    static const QRegularExpression form(
        QStringLiteral(R"re(((?:^|&)[^=&]*(?:token|secret|password|assertion)[^=&]*=)[^&]*)re"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = QString::fromUtf8(b);
    text.replace(json, QStringLiteral("\\1\"<redacted>\""));
    text.replace(form, QStringLiteral("\\1<redacted>"));
    return text.toUtf8();
}

QString scrub(QString text, const QString &secret)
{
    if (secret.size() >= 4)
        text.replace(secret, kRedacted);
    return text;
}

QString scrub(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets)
        text = scrub(std::move(text), secret);
    return text;
}

} // namespace Scimflow::Redaction
