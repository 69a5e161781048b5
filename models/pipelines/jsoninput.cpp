#include "jsoninput.h"

#include <QCoreApplication>
#include <QJsonParseError>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::JsonInput", text);
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView data, qsizetype i)
{
    while (i < data.size() && isSpace(data[i]))
        ++i;
    return i;
}

/// At the opening quote \a i: the index after the closing quote, or -1. \a escaped: whether it holds escapes.
qsizetype skipString(QByteArrayView data, qsizetype i, bool *escaped)
{
    *escaped = false;
    for (++i; i < data.size(); ++i) {
        if (data[i] == '\\') {
            *escaped = true;
            ++i;
        } else if (data[i] == '"') {
            return i + 1;
        }
    }
    return -1;
}

/// At the first byte of a value: the index after it, or -1 when the text ends first.
qsizetype skipValue(QByteArrayView data, qsizetype i)
{
    bool escaped = false;
    if (i >= data.size())
        return -1;
    if (data[i] == '"')
        return skipString(data, i, &escaped);
    if (data[i] != '{' && data[i] != '[') { // a number, true, false or null
        while (i < data.size() && data[i] != ',' && data[i] != '}' && !isSpace(data[i]))
            ++i;
        return i;
    }
    int depth = 0;
    while (i < data.size()) {
        const char c = data[i];
        if (c == '"') {
            i = skipString(data, i, &escaped);
            if (i < 0)
                return -1;
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return i + 1;
        ++i;
    }
    return -1;
}

} // namespace

Result<QJsonDocument> JsonInput::parse(const QByteArray &data, const ParseLimits &limits, const QString &what)
{
    if (data.size() > limits.maxBytes) {
        return Error::make(Error::Kind::TooLarge,
                           tr("%1 is %2 bytes, more than the limit of %3 bytes; fetch smaller pages or "
                              "split the file.")
                               .arg(what)
                               .arg(data.size())
                               .arg(limits.maxBytes));
    }
    if (nestingDepth(data, limits.maxDepth) < 0) {
        return Error::make(Error::Kind::Protocol, tr("%1 nests JSON deeper than %2 levels; it is not a "
                                                     "document this source produces.")
                                                      .arg(what)
                                                      .arg(limits.maxDepth));
    }
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        lineAndColumn(data, error.offset, &line, &column);
        return Error::make(Error::Kind::Protocol, tr("%1 is not valid JSON (line %2, column %3: %4).")
                                                      .arg(what)
                                                      .arg(line)
                                                      .arg(column)
                                                      .arg(error.errorString()));
    }
    return doc;
}

int JsonInput::nestingDepth(QByteArrayView data, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : data) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '{':
        case '[':
            if (++depth > limit)
                return -1;
            deepest = std::max(deepest, depth);
            break;
        case '}':
        case ']':
            if (depth > 0)
                --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

std::optional<QString> JsonInput::topLevelString(QByteArrayView data, QLatin1StringView key)
{
    qsizetype i = skipSpace(data, 0);
    if (i >= data.size() || data[i] != '{')
        return std::nullopt;
    i = skipSpace(data, i + 1);
    while (i < data.size() && data[i] == '"') {
        bool escaped = false;
        const qsizetype keyEnd = skipString(data, i, &escaped);
        if (keyEnd < 0)
            return std::nullopt;
        const bool wanted = !escaped && QLatin1StringView(data.data() + i + 1, keyEnd - i - 2) == key;
        i = skipSpace(data, keyEnd);
        if (i >= data.size() || data[i] != ':')
            return std::nullopt;
        i = skipSpace(data, i + 1);
        if (wanted) {
            if (i >= data.size() || data[i] != '"')
                return std::nullopt;
            const qsizetype end = skipString(data, i, &escaped);
            if (end < 0 || escaped)
                return std::nullopt;
            return QString::fromUtf8(data.sliced(i + 1, end - i - 2));
        }
        i = skipValue(data, i);
        if (i < 0)
            return std::nullopt;
        i = skipSpace(data, i);
        if (i >= data.size() || data[i] != ',')
            return std::nullopt;
        i = skipSpace(data, i + 1);
    }
    return std::nullopt;
}

QList<JsonInput::Line> JsonInput::ndjsonLines(QByteArrayView data)
{
    QList<Line> out;
    qsizetype start = 0;
    int number = 1;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArrayView line = data.sliced(start, end - start).trimmed();
        if (!line.isEmpty())
            out.append(Line{number, line});
        start = end + 1;
        ++number;
    }
    return out;
}

bool JsonInput::looksLikeArray(QByteArrayView data)
{
    for (const char c : data) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '[';
    }
    return false;
}

void JsonInput::lineAndColumn(QByteArrayView data, qint64 offset, int *line, int *column)
{
    *line = 1;
    *column = 1;
    const qint64 end = std::min<qint64>(offset, data.size());
    for (qint64 i = 0; i < end; ++i) {
        if (data[i] == '\n') {
            ++*line;
            *column = 1;
        } else {
            ++*column;
        }
    }
}

} // namespace Scimflow
