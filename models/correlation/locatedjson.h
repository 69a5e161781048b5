#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace Scimflow {

/// A problem in a text document, at a 1-based line and column.
struct TextIssue
{
    int line = 0;
    int column = 0;
    QString message;

    /// "line 4, column 7: ...".
    QString toString() const;
};

/// A JSON value that remembers where it was written, so that validation errors can name a line.
struct LocatedJsonValue
{
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    int line = 0;
    int column = 0;
    bool boolean = false;
    double number = 0;
    QString string;
    QList<LocatedJsonValue> items;                       // arrays
    QList<std::pair<QString, LocatedJsonValue>> members; // objects, in document order

    const LocatedJsonValue *member(QStringView key) const;
    bool isString() const { return type == Type::String; }
    bool isObject() const { return type == Type::Object; }
    bool isArray() const { return type == Type::Array; }
    QString typeName() const;
};

/// A small, non-recursive-by-construction-limited JSON reader (RFC 8259) that keeps line and column for
/// every value; used for hand-edited configuration files, where a precise position matters more than speed.
class LocatedJson
{
public:
    /// Parses \a text; on failure returns false and fills \a issue. Nesting beyond \a maxDepth is an error.
    static bool parse(QStringView text, LocatedJsonValue *out, TextIssue *issue, int maxDepth = 32);
};

} // namespace Scimflow
