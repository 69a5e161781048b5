#include "yamlreader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <limits>
#include <sstream>
#include <vector>

namespace Scimflow {

namespace {

/// Thrown by the builder to stop the parser at the first problem it finds itself.
struct Stop
{};

/// A decimal or float of the core schema as a double: "+1", "01", "1.", ".5" are forms QLocale does not
/// take as they are.
double number(QString s)
{
    if (s.startsWith(QLatin1Char('+')))
        s.remove(0, 1);
    const qsizetype sign = s.startsWith(QLatin1Char('-')) ? 1 : 0;
    if (s.mid(sign).startsWith(QLatin1Char('.')))
        s.insert(sign, QLatin1Char('0'));
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    if (dot >= 0 && (dot + 1 == s.size() || !s.at(dot + 1).isDigit()))
        s.insert(dot + 1, QLatin1Char('0'));
    return QLocale::c().toDouble(s);
}

/// Types a plain scalar by the YAML 1.2 core schema: "01" and "+1" are the integer 1, "1." the float 1.0,
/// "yes" a string.
void resolvePlain(YamlValue *v)
{
    static const QRegularExpression decimal(QStringLiteral("^[-+]?[0-9]+$"));
    static const QRegularExpression octal(QStringLiteral("^0o[0-7]+$"));
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    static const QRegularExpression real(
        QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
    static const QRegularExpression infinity(QStringLiteral("^[-+]?\\.(inf|Inf|INF)$"));
    static const QRegularExpression notANumber(QStringLiteral("^\\.(nan|NaN|NAN)$"));
    const QString &s = v->string;
    if (s.isEmpty() || s == QLatin1String("~") || s == QLatin1String("null") || s == QLatin1String("Null") ||
        s == QLatin1String("NULL")) {
        v->type = YamlValue::Type::Null;
    } else if (s == QLatin1String("true") || s == QLatin1String("True") || s == QLatin1String("TRUE") ||
               s == QLatin1String("false") || s == QLatin1String("False") || s == QLatin1String("FALSE")) {
        v->type = YamlValue::Type::Bool;
        v->boolean = s.front() != QLatin1Char('f') && s.front() != QLatin1Char('F');
    } else if (decimal.match(s).hasMatch() || real.match(s).hasMatch()) {
        v->type = YamlValue::Type::Number;
        v->number = number(s);
    } else if (octal.match(s).hasMatch() || hex.match(s).hasMatch()) {
        v->type = YamlValue::Type::Number;
        v->number = double(s.mid(2).toULongLong(nullptr, s.at(1) == QLatin1Char('o') ? 8 : 16));
    } else if (infinity.match(s).hasMatch()) {
        v->type = YamlValue::Type::Number;
        v->number = (s.front() == QLatin1Char('-') ? -1 : 1) * std::numeric_limits<double>::infinity();
    } else if (notANumber.match(s).hasMatch()) {
        v->type = YamlValue::Type::Number;
        v->number = std::numeric_limits<double>::quiet_NaN();
    } else {
        v->type = YamlValue::Type::String;
    }
}

/// Builds the located tree from yaml-cpp's parse events.
class Builder final : public YAML::EventHandler
{
    Q_DECLARE_TR_FUNCTIONS(Scimflow::YamlReader)

public:
    Builder(const QByteArray &utf8, int maxDepth)
        : m_utf8(utf8)
        , m_maxDepth(maxDepth)
    {}

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        if (++m_documents > 1)
            fail(mark, tr("the file holds more than one YAML document; remove the \"---\" line"));
    }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t) override
    {
        YamlValue v = located(mark);
        v.type = YamlValue::Type::Null;
        add(std::move(v), mark);
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t) override
    {
        fail(mark, tr("aliases (*name) are not supported; write the value out"));
    }
    void OnScalar(const YAML::Mark &mark, const std::string &tag, YAML::anchor_t,
                  const std::string &value) override
    {
        YamlValue v = located(mark);
        v.string = QString::fromStdString(value);
        if (tag == "?")
            resolvePlain(&v);
        else if (tag == "!" || tag == "tag:yaml.org,2002:str")
            v.type = YamlValue::Type::String; // quoted or block scalars are strings
        else
            fail(mark, tr("the tag \"%1\" is not supported").arg(QString::fromStdString(tag)));
        add(std::move(v), mark);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    {
        open(mark, YamlValue::Type::Array);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    {
        open(mark, YamlValue::Type::Object);
    }
    void OnMapEnd() override { close(); }

    [[noreturn]] void fail(const YAML::Mark &mark, const QString &message)
    {
        const YamlValue at = located(mark);
        issue = TextIssue{at.line, at.column, message};
        throw Stop{};
    }

    YamlValue root;
    TextIssue issue;

private:
    struct Frame
    {
        YamlValue value;
        YAML::Mark mark;
        bool expectKey = true;
        QString key;
        QSet<QString> keys;
    };

    YamlValue located(const YAML::Mark &mark)
    {
        YamlValue v;
        v.line = mark.line >= 0 ? mark.line + 1 : 1;
        v.column = column(mark);
        return v;
    }

    // yaml-cpp counts bytes; a column counts characters. Counted on from the last mark on the same line,
    // so a long single-line document is not counted over and over.
    int column(const YAML::Mark &mark)
    {
        const int pos = int(qBound(0LL, qint64(mark.pos), qint64(m_utf8.size())));
        if (mark.line != m_lastLine || pos < m_lastPos) {
            m_lastLine = mark.line;
            m_lastPos = pos == 0 ? 0 : int(m_utf8.lastIndexOf('\n', pos - 1) + 1);
            m_lastColumn = 1;
        }
        for (int i = m_lastPos; i < pos; ++i) {
            if ((uchar(m_utf8[i]) & 0xC0) != 0x80)
                ++m_lastColumn;
        }
        m_lastPos = pos;
        return m_lastColumn;
    }

    void open(const YAML::Mark &mark, YamlValue::Type type)
    {
        if (int(m_stack.size()) >= m_maxDepth)
            fail(mark, tr("nesting deeper than %1 levels").arg(m_maxDepth));
        Frame frame;
        frame.value = located(mark);
        frame.value.type = type;
        frame.mark = mark;
        m_stack.push_back(std::move(frame));
    }

    void close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        add(std::move(frame.value), frame.mark);
    }

    void add(YamlValue v, const YAML::Mark &mark)
    {
        if (m_stack.empty()) {
            root = std::move(v);
            return;
        }
        Frame &top = m_stack.back();
        if (top.value.type == YamlValue::Type::Array) {
            top.value.items.append(std::move(v));
        } else if (top.expectKey) {
            if (v.type == YamlValue::Type::Array || v.type == YamlValue::Type::Object)
                fail(mark, tr("a key must be a name, not %1").arg(v.typeName()));
            if (top.keys.contains(v.string))
                fail(mark, tr("the key \"%1\" appears twice").arg(v.string));
            top.keys.insert(v.string);
            top.key = v.string;
            top.expectKey = false;
        } else {
            top.value.members.append({top.key, std::move(v)});
            top.expectKey = true;
        }
    }

    const QByteArray &m_utf8;
    const int m_maxDepth;
    std::vector<Frame> m_stack;
    int m_documents = 0;
    int m_lastLine = -1;
    int m_lastPos = 0;
    int m_lastColumn = 1;
};

} // namespace

bool YamlReader::parse(const QString &text, YamlValue *out, TextIssue *issue, int maxDepth)
{
    const QByteArray utf8 = text.toUtf8();
    std::istringstream stream(utf8.toStdString());
    Builder builder(utf8, maxDepth);
    try {
        YAML::Parser parser(stream);
        if (!parser.HandleNextDocument(builder)) {
            *out = YamlValue(); // empty: a null at line 1, column 1; the caller says what it expected
            out->line = 1;
            out->column = 1;
            return true;
        }
        // A second document is an error (the builder stops at its start); trailing garbage a syntax error.
        parser.HandleNextDocument(builder);
    } catch (const Stop &) {
        *issue = builder.issue;
        return false;
    } catch (const YAML::Exception &e) {
        try {
            builder.fail(e.mark, QCoreApplication::translate("Scimflow::YamlReader", "not valid YAML: %1")
                                     .arg(QString::fromStdString(e.msg)));
        } catch (const Stop &) {
            *issue = builder.issue;
        }
        return false;
    }
    *out = std::move(builder.root);
    return true;
}

} // namespace Scimflow
