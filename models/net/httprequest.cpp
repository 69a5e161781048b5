#include "httprequest.h"

#include "secretredactor.h"

#include <QRegularExpression>

namespace Scimflow {

HttpRequest HttpRequest::get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    r.retryable = true;
    return r;
}

bool HttpRequest::isIdempotent() const
{
    return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" ||
           method == "OPTIONS";
}

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            out << h.second;
    }
    return out;
}

QUrl HttpResponse::nextLink() const
{
    // <https://org.okta.com/api/v1/users?after=00u1&limit=200>; rel="next"
    static const QRegularExpression part(QStringLiteral(R"(<([^>]*)>\s*((?:;\s*[^;,]*)*))"));
    static const QRegularExpression relNext(QStringLiteral(R"(rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?)"));
    for (const QByteArray &value : headerValues("Link")) {
        auto it = part.globalMatch(QString::fromLatin1(value));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (relNext.match(m.captured(2)).hasMatch())
                return QUrl(m.captured(1));
        }
    }
    return {};
}

QByteArray HttpResponse::contentType() const
{
    QByteArray type = header("Content-Type");
    const int semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

RequestPreview RequestPreview::of(const HttpRequest &request, const QString &authScheme)
{
    RequestPreview p;
    p.method = QString::fromLatin1(request.method);
    p.url = SecretRedactor::url(request.url);
    if (request.authenticate)
        p.headers.append(
            {QStringLiteral("Authorization"), authScheme + QLatin1Char(' ') + SecretRedactor::placeholder()});
    if (!request.contentType.isEmpty())
        p.headers.append({QStringLiteral("Content-Type"), QString::fromLatin1(request.contentType)});
    for (const auto &h : request.headers)
        p.headers.append({QString::fromLatin1(h.first), SecretRedactor::headerValue(h.first, h.second)});
    p.body = SecretRedactor::redact(QString::fromUtf8(request.body));
    return p;
}

QString RequestPreview::toText() const
{
    QString out = method + QLatin1Char(' ') + url + QLatin1Char('\n');
    for (const auto &h : headers)
        out += h.first + QStringLiteral(": ") + h.second + QLatin1Char('\n');
    if (!body.isEmpty())
        out += QLatin1Char('\n') + body;
    return out;
}

} // namespace Scimflow
