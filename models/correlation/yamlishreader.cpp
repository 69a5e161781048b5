#include "yamlishreader.h"

#include <QCoreApplication>
#include <QSet>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::YamlishReader", text);
}

struct Line
{
    int number = 0;
    int indent = 0;
    QString text; // without indentation and comment
};

/// Drops a comment: '#' at the start or after a space, outside quotes.
QString stripComment(const QString &line)
{
    QChar quote;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || line[i - 1].isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Scimflow::YamlishReader)

public:
    Reader(QList<Line> lines, int maxDepth)
        : m_lines(std::move(lines))
        , m_maxDepth(maxDepth)
    {}

    bool document(LocatedJsonValue *out)
    {
        if (m_lines.isEmpty()) {
            out->type = LocatedJsonValue::Type::Object;
            out->line = out->column = 1;
            return true;
        }
        if (!block(out, m_lines.first().indent, 0))
            return false;
        if (m_pos < m_lines.size())
            return fail(m_lines[m_pos],
                        tr("this line is indented less than its block but more than the one before"));
        return true;
    }

    TextIssue issue;

private:
    bool fail(const Line &line, const QString &message)
    {
        issue = TextIssue{line.number, line.indent + 1, message};
        return false;
    }

    static bool isListItem(const QString &text)
    {
        return text == QLatin1String("-") || text.startsWith(QLatin1String("- "));
    }

    bool block(LocatedJsonValue *out, int indent, int depth)
    {
        if (depth >= m_maxDepth)
            return fail(m_lines[m_pos], tr("nesting deeper than %1 levels").arg(m_maxDepth));
        const Line &first = m_lines[m_pos];
        out->line = first.number;
        out->column = first.indent + 1;
        return isListItem(first.text) ? list(out, indent, depth) : mapping(out, indent, depth);
    }

    /// The value after "key:" or "- ": inline, or a nested block on the following lines.
    bool nested(LocatedJsonValue *out, const Line &owner, int ownerIndent, const QString &rest, int column,
                bool inList, int depth)
    {
        if (!rest.isEmpty())
            return scalarOrFlow(out, owner, column, rest);
        out->line = owner.number;
        out->column = column;
        if (m_pos < m_lines.size()) {
            const Line &next = m_lines[m_pos];
            // A list may sit at its key's indentation, as YAML allows.
            if (next.indent > ownerIndent || (!inList && next.indent == ownerIndent && isListItem(next.text)))
                return block(out, next.indent, depth + 1);
        }
        return true; // "key:" with nothing: null
    }

    bool mapping(LocatedJsonValue *out, int indent, int depth)
    {
        out->type = LocatedJsonValue::Type::Object;
        QSet<QString> keys;
        while (m_pos < m_lines.size() && m_lines[m_pos].indent == indent &&
               !isListItem(m_lines[m_pos].text)) {
            const Line line = m_lines[m_pos++];
            QString key;
            QString rest;
            if (!splitKey(line, &key, &rest))
                return false;
            if (keys.contains(key))
                return fail(line, tr("the key \"%1\" appears twice").arg(key));
            LocatedJsonValue v;
            if (!nested(&v, line, indent, rest, line.indent + int(line.text.indexOf(QLatin1Char(':'))) + 2,
                        false, depth))
                return false;
            keys.insert(key);
            out->members.append({key, std::move(v)});
        }
        if (m_pos < m_lines.size() && m_lines[m_pos].indent > indent)
            return fail(m_lines[m_pos], tr("unexpected indentation"));
        return true;
    }

    bool list(LocatedJsonValue *out, int indent, int depth)
    {
        out->type = LocatedJsonValue::Type::Array;
        while (m_pos < m_lines.size() && m_lines[m_pos].indent == indent && isListItem(m_lines[m_pos].text)) {
            Line line = m_lines[m_pos];
            const QString content = line.text.mid(1).trimmed();
            const int contentIndent = indent + int(line.text.size() - line.text.mid(1).trimmed().size());
            LocatedJsonValue item;
            if (!content.isEmpty() && looksLikeKey(content)) {
                // "- email: x" starts a mapping whose keys line up under "email".
                m_lines[m_pos] = Line{line.number, contentIndent, content};
                if (!block(&item, contentIndent, depth + 1))
                    return false;
            } else {
                ++m_pos;
                if (!nested(&item, line, indent, content, contentIndent + 1, true, depth))
                    return false;
            }
            out->items.append(std::move(item));
        }
        if (m_pos < m_lines.size() && m_lines[m_pos].indent > indent)
            return fail(m_lines[m_pos], tr("unexpected indentation"));
        return true;
    }

    static bool looksLikeKey(const QString &text)
    {
        if (text.startsWith(QLatin1Char('"')) || text.startsWith(QLatin1Char('\''))) {
            const int close = int(text.indexOf(text[0], 1));
            return close > 0 && text.mid(close + 1).trimmed().startsWith(QLatin1Char(':'));
        }
        const int colon = int(text.indexOf(QLatin1Char(':')));
        return colon > 0 && (colon + 1 == text.size() || text[colon + 1] == QLatin1Char(' ')) &&
               !text.startsWith(QLatin1Char('['));
    }

    bool splitKey(const Line &line, QString *key, QString *rest)
    {
        const QString &t = line.text;
        int colon = -1;
        if (t.startsWith(QLatin1Char('"')) || t.startsWith(QLatin1Char('\''))) {
            const int close = int(t.indexOf(t[0], 1));
            if (close < 0)
                return fail(line, tr("a quoted key is not closed"));
            *key = t.mid(1, close - 1);
            colon = int(t.indexOf(QLatin1Char(':'), close));
        } else {
            colon = int(t.indexOf(QLatin1String(": ")));
            if (colon < 0 && t.endsWith(QLatin1Char(':')))
                colon = int(t.size() - 1);
            *key = t.left(colon).trimmed();
        }
        if (colon < 0)
            return fail(line, tr("expected \"key: value\""));
        *rest = t.mid(colon + 1).trimmed();
        return true;
    }

    bool scalarOrFlow(LocatedJsonValue *out, const Line &line, int column, const QString &text)
    {
        out->line = line.number;
        out->column = column;
        if (text.startsWith(QLatin1Char('['))) {
            if (!text.endsWith(QLatin1Char(']')))
                return fail(line, tr("an inline list must end with ']' on the same line"));
            out->type = LocatedJsonValue::Type::Array;
            const QString inner = text.mid(1, text.size() - 2).trimmed();
            if (inner.isEmpty())
                return true;
            for (const QString &part : inner.split(QLatin1Char(','))) {
                LocatedJsonValue item;
                if (!scalar(&item, line, column, part.trimmed()))
                    return false;
                out->items.append(item);
            }
            return true;
        }
        if (text == QLatin1String("{}")) {
            out->type = LocatedJsonValue::Type::Object;
            return true;
        }
        return scalar(out, line, column, text);
    }

    bool scalar(LocatedJsonValue *out, const Line &line, int column, const QString &text)
    {
        out->line = line.number;
        out->column = column;
        if (text.startsWith(QLatin1Char('"')) || text.startsWith(QLatin1Char('\''))) {
            if (text.size() < 2 || !text.endsWith(text[0]))
                return fail(line, tr("a quoted value is not closed"));
            out->type = LocatedJsonValue::Type::String;
            out->string = text.mid(1, text.size() - 2);
            return true;
        }
        if (text == QLatin1String("null") || text == QLatin1String("~") || text.isEmpty())
            return true;
        if (text == QLatin1String("true") || text == QLatin1String("false")) {
            out->type = LocatedJsonValue::Type::Bool;
            out->boolean = text == QLatin1String("true");
            return true;
        }
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        if (isNumber) {
            out->type = LocatedJsonValue::Type::Number;
            out->number = number;
            return true;
        }
        out->type = LocatedJsonValue::Type::String;
        out->string = text;
        return true;
    }

    QList<Line> m_lines;
    int m_maxDepth;
    qsizetype m_pos = 0;
};

} // namespace

bool YamlishReader::parse(QStringView text, LocatedJsonValue *out, TextIssue *issue, int maxDepth)
{
    QList<Line> lines;
    int number = 0;
    for (QStringView raw : text.split(QLatin1Char('\n'))) {
        ++number;
        const QString line =
            stripComment(raw.toString()).trimmed().isEmpty() ? QString() : stripComment(raw.toString());
        if (line.trimmed().isEmpty() || line.trimmed() == QLatin1String("---"))
            continue;
        int indent = 0;
        while (indent < line.size() && line[indent] == QLatin1Char(' '))
            ++indent;
        if (indent < line.size() && line[indent] == QLatin1Char('\t')) {
            *issue = TextIssue{number, indent + 1, tr("indent with spaces, not tabs")};
            return false;
        }
        lines.append(Line{number, indent, line.mid(indent).trimmed()});
    }
    *out = LocatedJsonValue();
    Reader reader(std::move(lines), maxDepth);
    if (reader.document(out))
        return true;
    *issue = reader.issue;
    return false;
}

} // namespace Scimflow
