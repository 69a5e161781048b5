#include "locatedjson.h"

#include <QCoreApplication>
#include <QSet>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::LocatedJsonValue", text);
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Scimflow::LocatedJsonValue)

public:
    Reader(QStringView text, int maxDepth)
        : m_text(text)
        , m_maxDepth(maxDepth)
    {}

    bool document(LocatedJsonValue *out)
    {
        skipSpace();
        if (!value(out, 0))
            return false;
        skipSpace();
        if (m_pos < m_text.size())
            return fail(tr("unexpected text after the end of the document"));
        return true;
    }

    TextIssue issue;

private:
    bool fail(const QString &message)
    {
        issue = TextIssue{m_line, int(m_pos - m_lineStart) + 1, message};
        return false;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = m_pos + 1;
            } else if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\r')) {
                return;
            }
            ++m_pos;
        }
    }

    bool literal(const char *word)
    {
        const QLatin1String w(word);
        if (m_text.mid(m_pos).startsWith(w)) {
            m_pos += w.size();
            return true;
        }
        return false;
    }

    bool value(LocatedJsonValue *out, int depth)
    {
        out->line = m_line;
        out->column = int(m_pos - m_lineStart) + 1;
        if (m_pos >= m_text.size())
            return fail(tr("the document ends where a value is expected"));
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            if (depth >= m_maxDepth)
                return fail(tr("nesting deeper than %1 levels").arg(m_maxDepth));
            return c == QLatin1Char('{') ? object(out, depth + 1) : array(out, depth + 1);
        }
        if (c == QLatin1Char('"')) {
            out->type = LocatedJsonValue::Type::String;
            return string(&out->string);
        }
        if (literal("true")) {
            out->type = LocatedJsonValue::Type::Bool;
            out->boolean = true;
            return true;
        }
        if (literal("false")) {
            out->type = LocatedJsonValue::Type::Bool;
            return true;
        }
        if (literal("null"))
            return true;
        if (c == QLatin1Char('-') || c.isDigit())
            return numberValue(out);
        return fail(tr("unexpected character '%1'").arg(c));
    }

    bool numberValue(LocatedJsonValue *out)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (!(c.isDigit() || c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.') ||
                  c == QLatin1Char('e') || c == QLatin1Char('E')))
                break;
            ++m_pos;
        }
        bool ok = false;
        out->number = m_text.sliced(start, m_pos - start).toDouble(&ok);
        out->type = LocatedJsonValue::Type::Number;
        if (!ok) {
            m_pos = start;
            return fail(tr("malformed number"));
        }
        return true;
    }

    bool string(QString *out)
    {
        ++m_pos; // opening quote
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c == QLatin1Char('"'))
                return true;
            if (c == QLatin1Char('\n') || c.unicode() < 0x20) {
                --m_pos;
                return fail(tr("a string is not closed on its line"));
            }
            if (c != QLatin1Char('\\')) {
                out->append(c);
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const QChar e = m_text[m_pos++];
            switch (e.unicode()) {
            case '"':
            case '\\':
            case '/':
                out->append(e);
                break;
            case 'b':
                out->append(QLatin1Char('\b'));
                break;
            case 'f':
                out->append(QLatin1Char('\f'));
                break;
            case 'n':
                out->append(QLatin1Char('\n'));
                break;
            case 'r':
                out->append(QLatin1Char('\r'));
                break;
            case 't':
                out->append(QLatin1Char('\t'));
                break;
            case 'u': {
                bool ok = false;
                const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                if (!ok || m_pos + 4 > m_text.size())
                    return fail(tr("malformed \\u escape"));
                out->append(QChar(char16_t(code)));
                m_pos += 4;
                break;
            }
            default:
                --m_pos;
                return fail(tr("unknown escape '\\%1'").arg(e));
            }
        }
        return fail(tr("the document ends inside a string"));
    }

    bool array(LocatedJsonValue *out, int depth)
    {
        out->type = LocatedJsonValue::Type::Array;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char(']')) {
            ++m_pos;
            return true;
        }
        while (true) {
            LocatedJsonValue item;
            skipSpace();
            if (!value(&item, depth))
                return false;
            out->items.append(std::move(item));
            skipSpace();
            if (m_pos >= m_text.size())
                return fail(tr("the document ends inside a list; a ']' is missing"));
            const QChar c = m_text[m_pos++];
            if (c == QLatin1Char(']'))
                return true;
            if (c != QLatin1Char(',')) {
                --m_pos;
                return fail(tr("expected ',' or ']' in a list"));
            }
        }
    }

    bool object(LocatedJsonValue *out, int depth)
    {
        out->type = LocatedJsonValue::Type::Object;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('}')) {
            ++m_pos;
            return true;
        }
        QSet<QString> keys;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size())
                return fail(tr("the document ends inside an object; a '}' is missing"));
            if (m_text[m_pos] != QLatin1Char('"'))
                return fail(tr("expected a quoted key"));
            const int keyLine = m_line;
            const int keyColumn = int(m_pos - m_lineStart) + 1;
            QString key;
            if (!string(&key))
                return false;
            if (keys.contains(key)) {
                issue = TextIssue{keyLine, keyColumn, tr("the key \"%1\" appears twice").arg(key)};
                return false;
            }
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != QLatin1Char(':'))
                return fail(tr("expected ':' after the key \"%1\"").arg(key));
            ++m_pos;
            skipSpace();
            LocatedJsonValue v;
            if (!value(&v, depth))
                return false;
            keys.insert(key);
            out->members.append({key, std::move(v)});
            skipSpace();
            if (m_pos >= m_text.size())
                return fail(tr("the document ends inside an object; a '}' is missing"));
            const QChar c = m_text[m_pos++];
            if (c == QLatin1Char('}'))
                return true;
            if (c != QLatin1Char(',')) {
                --m_pos;
                return fail(tr("expected ',' or '}' after a value"));
            }
        }
    }

    QStringView m_text;
    int m_maxDepth;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
};

} // namespace

QString TextIssue::toString() const
{
    return QCoreApplication::translate("TextIssue", "line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(message);
}

const LocatedJsonValue *LocatedJsonValue::member(QStringView key) const
{
    for (const auto &m : members) {
        if (m.first == key)
            return &m.second;
    }
    return nullptr;
}

QString LocatedJsonValue::typeName() const
{
    switch (type) {
    case Type::Null:
        return tr("null");
    case Type::Bool:
        return tr("a boolean");
    case Type::Number:
        return tr("a number");
    case Type::String:
        return tr("a string");
    case Type::Array:
        return tr("a list");
    case Type::Object:
        return tr("an object");
    }
    return {};
}

bool LocatedJson::parse(QStringView text, LocatedJsonValue *out, TextIssue *issue, int maxDepth)
{
    Reader reader(text, maxDepth);
    *out = LocatedJsonValue();
    if (reader.document(out))
        return true;
    *issue = reader.issue;
    return false;
}

} // namespace Scimflow
