#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Scimflow {

/// Exactly what a fix will send, for the preview and the audit log. Connectors build it without the
/// credential: the Authorization header value is a placeholder ("Bearer [redacted]").
struct FixRequest
{
    QString method; // "PATCH", "PUT", "POST"
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers; // e.g. If-Match, Content-Type; Authorization redacted
    QByteArray body;

    bool isEmpty() const { return method.isEmpty(); }
    /// "METHOD URL", the headers and the body, as a preview dialog shows them; redacted again as a backstop.
    QString toDisplayText() const;
    /// {"method", "url", "headers": {...}, "body"} with credentials redacted.
    QJsonObject toJson() const;
};

} // namespace Scimflow
