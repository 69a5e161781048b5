#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Scimflow {

/// Removes credentials from anything that is shown, logged or written down (request previews, error
/// messages, the audit log): Authorization, Cookie and other credential headers, bearer tokens,
/// token/secret/password/key fields in JSON or form bodies, credential query parameters and user:password
/// in URLs. Everything redacted becomes placeholder(). A backstop: callers build request descriptions
/// without secrets in the first place.
class SecretRedactor
{
public:
    static QString placeholder() { return QStringLiteral("[redacted]"); }

    /// True for a header, query parameter or field name that carries a credential ("Authorization",
    /// "client_secret", "X-Api-Key", "sig").
    static bool isSensitiveName(QStringView name);
    /// Free text: every pattern above.
    static QString redact(const QString &text);
    /// A header value as it may be shown: the placeholder for credential headers.
    static QString headerValue(const QByteArray &name, const QByteArray &value);
    /// A URL without user info and with credential query parameters replaced.
    static QString url(const QUrl &url);
    /// Replaces every occurrence of a known \a secret in \a text (no-op for secrets shorter than 4
    /// characters, which would match too much).
    static QString scrub(QString text, const QString &secret);
    /// scrub() for each of \a secrets.
    static QString scrub(QString text, const QStringList &secrets);
};

} // namespace Scimflow
