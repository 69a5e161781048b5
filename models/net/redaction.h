#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Scimflow::Redaction {

/// Header value safe to show: Authorization, Cookie and *token*/*secret* headers become "<redacted>".
QString headerValue(const QByteArray &name, const QByteArray &value);
/// URL without user info and with token-like query parameters redacted.
QString url(const QUrl &url);
/// JSON or form body with token/secret/password fields redacted; other text unchanged.
QByteArray body(const QByteArray &body);
/// Replaces every occurrence of \a secret in \a text (no-op for secrets shorter than 4 characters).
QString scrub(QString text, const QString &secret);
/// scrub() for each of \a secrets.
QString scrub(QString text, const QStringList &secrets);

} // namespace Scimflow::Redaction
