#pragma once

#include "parsereport.h"
#include "result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QLatin1StringView>
#include <QList>

#include <optional>

namespace Scimflow {

/// Guarded entry points for JSON read from the network or a file: size cap, nesting cap (checked by a
/// non-recursive scan before the document parser runs) and parse errors with line and column.
class JsonInput
{
public:
    /// Parses one JSON document named \a what in messages ("Dataflow jobs page").
    static Result<QJsonDocument> parse(const QByteArray &data, const ParseLimits &limits,
                                       const QString &what);

    /// The deepest nesting of objects and arrays, or -1 once it exceeds \a limit. Strings are skipped.
    static int nestingDepth(QByteArrayView data, int limit);

    /// The string value of \a key in the top-level object of \a data, read from the text without parsing the
    /// rest: for asking for a next page while the current one is still being parsed. Nothing when the text
    /// is not an object, lacks the key, or the value is not a string or holds escapes; the document read
    /// afterwards decides then. Nested objects' keys are skipped.
    static std::optional<QString> topLevelString(QByteArrayView data, QLatin1StringView key);

    /// Splits newline-delimited JSON into its non-blank lines, with their 1-based line numbers.
    struct Line
    {
        int number = 0;
        QByteArrayView text;
    };
    static QList<Line> ndjsonLines(QByteArrayView data);

    /// True when the first non-blank byte is '[' (an exported JSON array rather than NDJSON).
    static bool looksLikeArray(QByteArrayView data);

    /// 1-based line and column of a byte offset.
    static void lineAndColumn(QByteArrayView data, qint64 offset, int *line, int *column);
};

} // namespace Scimflow
