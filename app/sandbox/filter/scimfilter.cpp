#include "scimfilter.h"

#include "scimfiltertext.h"
#include "timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Scimflow {

namespace {

const QString kCoreUserUrn = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User:");
const QString kCoreGroupUrn = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group:");

QJsonValue memberCaseInsensitive(const QJsonObject &o, QStringView name)
{
    const auto exact = o.constFind(name);
    if (exact != o.constEnd())
        return *exact;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

/// Every value the path reaches (multi-valued attributes fan out).
void collect(const QJsonValue &node, const QStringList &parts, int index, QList<QJsonValue> &out)
{
    if (node.isArray()) {
        const QJsonArray array = node.toArray();
        for (const QJsonValue &item : array)
            collect(item, parts, index, out);
        return;
    }
    if (index == parts.size()) {
        if (!node.isUndefined() && !node.isNull())
            out.append(node);
        return;
    }
    if (!node.isObject())
        return;
    collect(memberCaseInsensitive(node.toObject(), parts[index]), parts, index + 1, out);
}

QList<QJsonValue> resolve(const QJsonObject &resource, const QString &path)
{
    QString rest = path;
    QJsonValue root = resource;
    if (rest.startsWith(QLatin1String("urn:"), Qt::CaseInsensitive)) {
        if (rest.startsWith(kCoreUserUrn, Qt::CaseInsensitive))
            rest = rest.mid(kCoreUserUrn.size());
        else if (rest.startsWith(kCoreGroupUrn, Qt::CaseInsensitive))
            rest = rest.mid(kCoreGroupUrn.size());
        else {
            // Extension attribute: the URN is everything up to the last ':'.
            const int colon = rest.lastIndexOf(QLatin1Char(':'));
            root = memberCaseInsensitive(resource, QStringView(rest).left(colon));
            rest = rest.mid(colon + 1);
        }
    }
    QList<QJsonValue> out;
    collect(root, rest.split(QLatin1Char('.')), 0, out);
    return out;
}

bool compareOne(const QJsonValue &actual, ScimFilter::Op op, const QJsonValue &expected)
{
    using Op = ScimFilter::Op;
    if (actual.isBool() || expected.isBool()) {
        const bool a = actual.isBool()
                           ? actual.toBool()
                           : actual.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        const bool e = expected.toBool();
        return op == Op::Eq ? a == e : op == Op::Ne ? a != e : false;
    }
    if (actual.isDouble() && expected.isDouble()) {
        const double a = actual.toDouble(), e = expected.toDouble();
        switch (op) {
        case Op::Eq:
            return a == e;
        case Op::Ne:
            return a != e;
        case Op::Gt:
            return a > e;
        case Op::Ge:
            return a >= e;
        case Op::Lt:
            return a < e;
        case Op::Le:
            return a <= e;
        default:
            return false;
        }
    }
    const QString a = actual.isDouble() ? QString::number(actual.toDouble()) : actual.toString();
    const QString e = expected.isDouble() ? QString::number(expected.toDouble()) : expected.toString();
    switch (op) {
    case Op::Eq:
        return a.compare(e, Qt::CaseInsensitive) == 0;
    case Op::Ne:
        return a.compare(e, Qt::CaseInsensitive) != 0;
    case Op::Co:
        return a.contains(e, Qt::CaseInsensitive);
    case Op::Sw:
        return a.startsWith(e, Qt::CaseInsensitive);
    case Op::Ew:
        return a.endsWith(e, Qt::CaseInsensitive);
    default:
        break;
    }
    int order = 0;
    const Timestamp ta = timestampFromIso(a), te = timestampFromIso(e);
    if (ta && te)
        order = ta < te ? -1 : ta > te ? 1 : 0;
    else
        order = a.compare(e, Qt::CaseInsensitive);
    switch (op) {
    case Op::Gt:
        return order > 0;
    case Op::Ge:
        return order >= 0;
    case Op::Lt:
        return order < 0;
    case Op::Le:
        return order <= 0;
    default:
        return false;
    }
}

QString literal(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    case QJsonValue::String:
        return ScimFilterText::quoted(v.toString());
    default:
        return QStringLiteral("null");
    }
}

// Parentheses only where the tree differs from what precedence ("and" before "or") and left-to-right
// grouping give: then printed text nests no deeper than the text it was parsed from, and a long chain
// built by the client stays within the parser's nesting limit.
QString operand(const ScimFilter &parent, const ScimFilter &f, bool left)
{
    using Op = ScimFilter::Op;
    bool needed = false;
    if (f.op == Op::Or)
        needed = parent.op == Op::And || !left;
    else if (f.op == Op::And)
        needed = parent.op == Op::And && !left;
    return needed ? QLatin1Char('(') + f.toString() + QLatin1Char(')') : f.toString();
}

} // namespace

QString ScimFilter::opName(Op op)
{
    static const char *const names[] = {"eq", "ne", "co", "sw",  "ew", "gt",  "ge",
                                        "lt", "le", "pr", "and", "or", "not", ""};
    return QString::fromLatin1(names[int(op)]);
}

ScimFilter ScimFilter::compare(const QString &attribute, Op op, const QJsonValue &value)
{
    ScimFilter f;
    f.op = op;
    f.attribute = attribute;
    f.value = value;
    return f;
}

ScimFilter ScimFilter::present(const QString &attribute)
{
    ScimFilter f;
    f.op = Op::Pr;
    f.attribute = attribute;
    return f;
}

ScimFilter ScimFilter::both(ScimFilter a, ScimFilter b)
{
    ScimFilter f;
    f.op = Op::And;
    f.children.push_back(std::move(a));
    f.children.push_back(std::move(b));
    return f;
}

ScimFilter ScimFilter::either(ScimFilter a, ScimFilter b)
{
    ScimFilter f = both(std::move(a), std::move(b));
    f.op = Op::Or;
    return f;
}

ScimFilter ScimFilter::negate(ScimFilter a)
{
    ScimFilter f;
    f.op = Op::Not;
    f.children.push_back(std::move(a));
    return f;
}

ScimFilter ScimFilter::valuePath(const QString &attribute, ScimFilter inner)
{
    ScimFilter f;
    f.op = Op::ValuePath;
    f.attribute = attribute;
    f.children.push_back(std::move(inner));
    return f;
}

QString ScimFilter::toString() const
{
    switch (op) {
    case Op::Pr:
        return attribute + QStringLiteral(" pr");
    case Op::And:
    case Op::Or:
        return operand(*this, children[0], true) + QLatin1Char(' ') + opName(op) + QLatin1Char(' ') +
               operand(*this, children[1], false);
    case Op::Not:
        return QStringLiteral("not (") + children[0].toString() + QLatin1Char(')');
    case Op::ValuePath:
        return attribute + QLatin1Char('[') + children[0].toString() + QLatin1Char(']');
    default:
        return attribute + QLatin1Char(' ') + opName(op) + QLatin1Char(' ') + literal(value);
    }
}

bool ScimFilter::matches(const QJsonObject &resource) const
{
    switch (op) {
    case Op::And:
        return children[0].matches(resource) && children[1].matches(resource);
    case Op::Or:
        return children[0].matches(resource) || children[1].matches(resource);
    case Op::Not:
        return !children[0].matches(resource);
    case Op::ValuePath: {
        const QList<QJsonValue> items = resolve(resource, attribute);
        for (const QJsonValue &item : items) {
            if (item.isObject() && children[0].matches(item.toObject()))
                return true;
        }
        return false;
    }
    case Op::Pr: {
        const QList<QJsonValue> values = resolve(resource, attribute);
        for (const QJsonValue &v : values) {
            if (!(v.isString() && v.toString().isEmpty()) && !(v.isArray() && v.toArray().isEmpty()))
                return true;
        }
        return false;
    }
    default: {
        const QList<QJsonValue> values = resolve(resource, attribute);
        if (values.isEmpty())
            return op == Op::Ne && !value.isNull();
        for (const QJsonValue &v : values) {
            if (compareOne(v, op, value))
                return true;
        }
        return false;
    }
    }
}

bool ScimFilter::operator==(const ScimFilter &other) const
{
    return op == other.op && attribute.compare(other.attribute, Qt::CaseInsensitive) == 0 &&
           value == other.value && children == other.children;
}

} // namespace Scimflow
