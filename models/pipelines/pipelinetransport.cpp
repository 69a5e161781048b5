#include "pipelinetransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

QString PipelineRequest::preview() const
{
    QString text = QString::fromLatin1(method) + QLatin1Char(' ') + url.toString(QUrl::FullyEncoded);
    for (const auto &[name, value] : headers)
        text +=
            QLatin1Char('\n') + QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value);
    if (!body.isEmpty())
        text += QStringLiteral("\n\n") + QString::fromUtf8(body);
    return text;
}

QByteArray PipelineResponse::header(const QByteArray &name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

Error pipelineHttpError(const PipelineResponse &response, const QString &what)
{
    // Google APIs: {"error":{"code","message","status"}}; GitHub: {"message"}.
    const QJsonObject root = QJsonDocument::fromJson(response.body.left(64 * 1024)).object();
    QString detail = root.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    if (detail.isEmpty())
        detail = root.value(QLatin1String("message")).toString();
    detail = detail.left(300);
    Error::Kind kind = Error::Kind::Http;
    QString advice;
    switch (response.status) {
    case 401:
        kind = Error::Kind::Auth;
        advice =
            QCoreApplication::translate("PipelineTransport", "Check the token is valid and not expired.");
        break;
    case 403:
        kind = response.header("x-ratelimit-remaining") == "0" ? Error::Kind::RateLimited : Error::Kind::Auth;
        advice = kind == Error::Kind::RateLimited
                     ? QCoreApplication::translate("PipelineTransport",
                                                   "The rate limit is used up; try again later.")
                     : QCoreApplication::translate("PipelineTransport",
                                                   "The token lacks the permission for this.");
        break;
    case 404:
        kind = Error::Kind::NotFound;
        advice = QCoreApplication::translate("PipelineTransport",
                                             "Check the project, location or repository; a job deleted since "
                                             "the last sync needs a new sync.");
        break;
    case 409:
    case 412:
        kind = Error::Kind::Conflict;
        break;
    case 429:
        kind = Error::Kind::RateLimited;
        advice = QCoreApplication::translate("PipelineTransport", "Try again later.");
        break;
    default:
        break;
    }
    QString message = QCoreApplication::translate("PipelineTransport", "%1 failed with HTTP %2")
                          .arg(what)
                          .arg(response.status);
    if (!detail.isEmpty())
        message += QStringLiteral(": ") + detail;
    message += QLatin1Char('.');
    if (!advice.isEmpty())
        message += QLatin1Char(' ') + advice;
    return Error::make(kind, message, response.status);
}

} // namespace Scimflow
