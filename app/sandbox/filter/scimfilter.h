#pragma once

#include "result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace Scimflow {

/// A SCIM filter expression (RFC 7644 3.4.2.2) as a tree, parsed and evaluated by the simulated IdP.
/// toString() and parse() round-trip.
struct ScimFilter
{
    enum class Op { Eq, Ne, Co, Sw, Ew, Gt, Ge, Lt, Le, Pr, And, Or, Not, ValuePath };

    Op op = Op::Pr;
    QString attribute;                // comparisons, pr and value paths: "meta.lastModified", "emails"
    QJsonValue value;                 // comparisons: string, number, bool or null
    std::vector<ScimFilter> children; // and/or: two; not: one; value path: the inner filter

    static ScimFilter compare(const QString &attribute, Op op, const QJsonValue &value);
    static ScimFilter present(const QString &attribute);
    static ScimFilter both(ScimFilter a, ScimFilter b);
    static ScimFilter either(ScimFilter a, ScimFilter b);
    static ScimFilter negate(ScimFilter a);
    static ScimFilter valuePath(const QString &attribute, ScimFilter inner);

    /// Canonical text: lower-case operators, JSON-escaped double-quoted strings, compound operands in
    /// parentheses.
    QString toString() const;
    /// Parses filter text; errors name the position. Limits: 4096 characters, nesting 32.
    static Result<ScimFilter> parse(QStringView text);
    /// True when \a resource matches. Attribute names are case-insensitive; strings compare
    /// case-insensitively; gt/ge/lt/le on date-time strings compare as times.
    bool matches(const QJsonObject &resource) const;

    bool operator==(const ScimFilter &other) const;

    static QString opName(Op op);
};

} // namespace Scimflow
