#pragma once

#include <QString>

namespace Scimflow {

/// Removes credentials from text that is shown, logged or written to the audit log: Authorization headers,
/// bearer tokens, token/secret/password fields in JSON or form bodies, credential query parameters and
/// user:password in URLs. A backstop: callers build request descriptions without secrets in the first place.
class SecretRedactor
{
public:
    static QString redact(const QString &text);
    static QString placeholder() { return QStringLiteral("[redacted]"); }
};

} // namespace Scimflow
