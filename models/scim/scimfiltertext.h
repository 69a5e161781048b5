#pragma once

#include <QString>

namespace Scimflow {

/// The filters the client sends (RFC 7644 3.4.2.2) as text: an attribute compared with a string. Only the
/// simulated IdP in the sandbox parses and evaluates filters.
class ScimFilterText
{
public:
    /// \a value as a filter string literal: double-quoted, escaped as in JSON.
    static QString quoted(const QString &value);
    /// "attribute eq "value"".
    static QString equals(const QString &attribute, const QString &value);
    /// "attribute gt "value"".
    static QString greaterThan(const QString &attribute, const QString &value);
};

} // namespace Scimflow
