#include "scimerror.h"

#include "httpclient.h"
#include "secretredactor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

Error scimErrorFromResponse(const HttpRequest &request, const HttpResponse &response)
{
    Error e = HttpClient::statusError(request, response);
    const QJsonObject o = QJsonDocument::fromJson(response.body.left(64 * 1024)).object();
    QString detail = o.value(QLatin1String("detail")).toString().left(500);
    const QString scimType = o.value(QLatin1String("scimType")).toString().left(64);
    const QString what =
        QString::fromLatin1(request.method) + QLatin1Char(' ') + SecretRedactor::url(request.url);
    if (response.status == 412) {
        e.message =
            QCoreApplication::translate("Scimflow::ScimClient",
                                        "%1: the resource was changed on the server since it was read "
                                        "(HTTP 412, ETag mismatch); re-read it, review the difference and "
                                        "try again.")
                .arg(what);
        return e;
    }
    if (detail.isEmpty() && scimType.isEmpty())
        return e;
    if (scimType == QLatin1String("invalidFilter") || scimType == QLatin1String("tooMany"))
        e.kind = Error::Kind::InvalidInput;
    e.message =
        QCoreApplication::translate("Scimflow::ScimClient", "The SCIM server rejected %1 (HTTP %2%3): %4")
            // One multi-arg call: the URL's %3A escapes must not be taken for placeholders.
            .arg(what, QString::number(response.status),
                 scimType.isEmpty() ? QString() : QStringLiteral(", ") + scimType,
                 detail.isEmpty() ? QCoreApplication::translate("Scimflow::ScimClient", "no detail given")
                                  : detail);
    return e;
}

} // namespace Scimflow
