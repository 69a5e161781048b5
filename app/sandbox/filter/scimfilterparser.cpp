// Recursive-descent parser for SCIM filters: expr := term ("or" term)*, term := factor ("and" factor)*,
// factor := "not" "(" expr ")" | "(" expr ")" | attrPath "[" expr "]" | attrPath "pr" | attrPath op value.
#include "scimfilter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Scimflow {

namespace {

constexpr int kMaxLength = 4096;
constexpr int kMaxDepth = 32;

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::ScimFilter", text);
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Scimflow::ScimFilter)

public:
    explicit Parser(QStringView text)
        : m_text(text)
    {}

    Result<ScimFilter> run()
    {
        Result<ScimFilter> f = expression(0);
        if (!f)
            return f;
        skipSpace();
        if (m_pos != m_text.size())
            return fail(tr("unexpected text"));
        return f;
    }

private:
    Error fail(const QString &what) const
    {
        return Error::make(Error::Kind::InvalidInput,
                           tr("Invalid SCIM filter at character %1: %2.").arg(m_pos + 1).arg(what));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    static bool isNameChar(QChar c)
    {
        return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char(':') ||
               c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('$');
    }

    QStringView word()
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isNameChar(m_text[m_pos]))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    bool keyword(QLatin1String kw)
    {
        skipSpace();
        const qsizetype save = m_pos;
        const QStringView w = word();
        if (w.compare(kw, Qt::CaseInsensitive) == 0)
            return true;
        m_pos = save;
        return false;
    }

    bool symbol(QChar c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    Result<ScimFilter> expression(int depth)
    {
        if (depth > kMaxDepth)
            return fail(tr("nested too deeply"));
        Result<ScimFilter> left = term(depth);
        if (!left)
            return left;
        ScimFilter f = std::move(*left);
        while (keyword(QLatin1String("or"))) {
            Result<ScimFilter> right = term(depth);
            if (!right)
                return right;
            f = ScimFilter::either(std::move(f), std::move(*right));
        }
        return f;
    }

    Result<ScimFilter> term(int depth)
    {
        Result<ScimFilter> left = factor(depth);
        if (!left)
            return left;
        ScimFilter f = std::move(*left);
        while (keyword(QLatin1String("and"))) {
            Result<ScimFilter> right = factor(depth);
            if (!right)
                return right;
            f = ScimFilter::both(std::move(f), std::move(*right));
        }
        return f;
    }

    Result<ScimFilter> factor(int depth)
    {
        if (depth > kMaxDepth)
            return fail(tr("nested too deeply"));
        skipSpace();
        const qsizetype save = m_pos;
        if (keyword(QLatin1String("not"))) {
            if (symbol(QLatin1Char('('))) {
                Result<ScimFilter> inner = expression(depth + 1);
                if (!inner)
                    return inner;
                if (!symbol(QLatin1Char(')')))
                    return fail(tr("expected \")\""));
                return ScimFilter::negate(std::move(*inner));
            }
            m_pos = save; // an attribute called "not"
        }
        if (symbol(QLatin1Char('('))) {
            Result<ScimFilter> inner = expression(depth + 1);
            if (!inner)
                return inner;
            if (!symbol(QLatin1Char(')')))
                return fail(tr("expected \")\""));
            return inner;
        }
        const QString attribute = word().toString();
        if (attribute.isEmpty())
            return fail(tr("expected an attribute name"));
        if (symbol(QLatin1Char('['))) {
            Result<ScimFilter> inner = expression(depth + 1);
            if (!inner)
                return inner;
            if (!symbol(QLatin1Char(']')))
                return fail(tr("expected \"]\""));
            ScimFilter f = ScimFilter::valuePath(attribute, std::move(*inner));
            // emails[type eq "work"].value is not supported in filters by RFC 7644; stop here.
            return f;
        }
        const QString opText = word().toString().toLower();
        static const ScimFilter::Op ops[] = {ScimFilter::Op::Eq, ScimFilter::Op::Ne, ScimFilter::Op::Co,
                                             ScimFilter::Op::Sw, ScimFilter::Op::Ew, ScimFilter::Op::Gt,
                                             ScimFilter::Op::Ge, ScimFilter::Op::Lt, ScimFilter::Op::Le,
                                             ScimFilter::Op::Pr};
        for (ScimFilter::Op op : ops) {
            if (opText != ScimFilter::opName(op))
                continue;
            if (op == ScimFilter::Op::Pr)
                return ScimFilter::present(attribute);
            Result<QJsonValue> v = value();
            if (!v)
                return v.error();
            return ScimFilter::compare(attribute, op, *v);
        }
        return fail(opText.isEmpty() ? tr("expected an operator")
                                     : tr("unknown operator \"%1\"").arg(opText));
    }

    Result<QJsonValue> value()
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == QLatin1Char('"')) {
            const qsizetype start = m_pos++;
            while (m_pos < m_text.size() && m_text[m_pos] != QLatin1Char('"')) {
                if (m_text[m_pos] == QLatin1Char('\\'))
                    ++m_pos;
                ++m_pos;
            }
            if (m_pos >= m_text.size())
                return fail(tr("unterminated string"));
            ++m_pos;
            // Let the JSON parser decode the escapes exactly as the RFC asks.
            const QByteArray json = '[' + m_text.mid(start, m_pos - start).toUtf8() + ']';
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
            if (error.error != QJsonParseError::NoError)
                return fail(tr("invalid escape in string"));
            return doc.array().at(0);
        }
        if (m_pos < m_text.size() && (m_text[m_pos].isDigit() || m_text[m_pos] == QLatin1Char('-'))) {
            // A JSON number, exponent sign included ("1e+27", as toString() writes large numbers).
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() &&
                   (m_text[m_pos].isDigit() || QStringView(u"+-.eE").contains(m_text[m_pos])))
                ++m_pos;
            bool ok = false;
            const double d = m_text.mid(start, m_pos - start).toDouble(&ok);
            if (ok)
                return QJsonValue(d);
            m_pos = start;
        }
        const QString w = word().toString();
        if (w == QLatin1String("true"))
            return QJsonValue(true);
        if (w == QLatin1String("false"))
            return QJsonValue(false);
        if (w == QLatin1String("null"))
            return QJsonValue(QJsonValue::Null);
        bool ok = false;
        const double d = w.toDouble(&ok);
        if (ok)
            return QJsonValue(d);
        return fail(tr("expected a value (a quoted string, number, true, false or null)"));
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

Result<ScimFilter> ScimFilter::parse(QStringView text)
{
    if (text.size() > kMaxLength)
        return Error::make(Error::Kind::TooLarge,
                           tr("The SCIM filter is longer than %1 characters.").arg(kMaxLength));
    if (text.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, tr("The SCIM filter is empty."));
    return Parser(text).run();
}

} // namespace Scimflow
