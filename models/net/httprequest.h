#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Scimflow {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One HTTP request as the connectors describe it; HttpClient adds authorization, limits and retries.
struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers; // extra headers (never Authorization: the auth provider adds it)
    QByteArray body;
    QByteArray contentType;          // for the body, e.g. application/scim+json
    QList<QByteArray> acceptedTypes; // response content types accepted for a 2xx with a body; empty = any
    int timeoutMs = 0;               // 0 = the client's default
    bool authenticate = true;        // false for the OAuth token request itself
    bool retryable = false;          // safe to resend after a network error or 5xx (set for idempotent calls)

    static HttpRequest get(const QUrl &url);
    bool isIdempotent() const;
};

/// A completed HTTP exchange (any status; errors are classified by HttpClient).
struct HttpResponse
{
    int status = 0;
    QByteArray body;
    HttpHeaders headers;
    int attempts = 1;

    QByteArray header(const QByteArray &name) const;              // case-insensitive, first match
    QList<QByteArray> headerValues(const QByteArray &name) const; // case-insensitive, every match in order
    /// The target of the rel="next" link (RFC 8288) among all Link headers, whether the server sent one
    /// header per rel (Okta) or one header listing several; empty when there is none.
    QUrl nextLink() const;
    QByteArray contentType() const; // media type without parameters, lower case
};

/// What a request will send, with secrets redacted: shown in fix dialogs and written to the audit log.
struct RequestPreview
{
    QString method;
    QString url;
    QList<QPair<QString, QString>> headers;
    QString body;

    static RequestPreview of(const HttpRequest &request,
                             const QString &authScheme = QStringLiteral("Bearer"));
    QString toText() const; // "PATCH https://...\nAuthorization: Bearer [redacted]\n\n{...}"
};

} // namespace Scimflow
