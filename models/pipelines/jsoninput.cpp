#include "jsoninput.h"

#include <QCoreApplication>
#include <QJsonParseError>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::JsonInput", text);
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
