#include "fixrequest.h"

#include "secretredactor.h"

namespace Scimflow {

QString FixRequest::toDisplayText() const
{
    QString text = method + QLatin1Char(' ') + url.toString() + QLatin1Char('\n');
    for (const auto &h : headers)
        text += QString::fromUtf8(h.first) + QStringLiteral(": ") + QString::fromUtf8(h.second) +
                QLatin1Char('\n');
    if (!body.isEmpty())
        text += QLatin1Char('\n') + QString::fromUtf8(body);
    return SecretRedactor::redact(text);
}

QJsonObject FixRequest::toJson() const
{
    QJsonObject headerObject;
    for (const auto &h : headers) {
        const QString name = QString::fromUtf8(h.first);
        const bool secret = name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0 ||
                            name.compare(QLatin1String("Proxy-Authorization"), Qt::CaseInsensitive) == 0;
        headerObject.insert(name, secret ? SecretRedactor::placeholder()
                                         : SecretRedactor::redact(QString::fromUtf8(h.second)));
    }
    return QJsonObject{{QStringLiteral("method"), method},
                       {QStringLiteral("url"), SecretRedactor::redact(url.toString())},
                       {QStringLiteral("headers"), headerObject},
                       {QStringLiteral("body"), SecretRedactor::redact(QString::fromUtf8(body))}};
}

} // namespace Scimflow
