#include "graphparser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::GraphParser", text);
}

const QLatin1String kRemoved("@removed");
const QLatin1String kMembersDelta("members@delta");

/// The value of a modified property without Graph's JSON wrapping: "[false]" -> false, "\"4a3c...\"" ->
/// 4a3c...
QString unwrap(const QJsonValue &value)
{
    QString text = value.toString().trimmed();
    if (text.startsWith(QLatin1Char('['))) {
        const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
        if (array.isEmpty())
            return QString();
        const QJsonValue first = array.first();
        text = first.isBool() ? (first.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                              : first.toVariant().toString().trimmed();
    }
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        text = text.mid(1, text.size() - 2);
    return text;
}

QString plainValue(const QJsonValue &value)
{
    return unwrap(value).toLower();
}

QJsonObject modifiedProperty(const QJsonArray &targets, QLatin1String name)
{
    for (const QJsonValue &t : targets) {
        for (const QJsonValue &p : t.toObject().value(QLatin1String("modifiedProperties")).toArray()) {
            const QJsonObject o = p.toObject();
            if (o.value(QLatin1String("displayName")).toString().compare(name, Qt::CaseInsensitive) == 0)
                return o;
        }
    }
    return {};
}

QJsonObject targetOfType(const QJsonArray &targets, QLatin1String type)
{
    for (const QJsonValue &t : targets) {
        const QJsonObject o = t.toObject();
        if (o.value(QLatin1String("type")).toString().compare(type, Qt::CaseInsensitive) == 0)
            return o;
    }
    return {};
}

} // namespace

QString GraphParser::userSelect()
{
    return QStringLiteral("id,accountEnabled,userPrincipalName,mail,department,employeeId,displayName,"
                          "givenName,surname,createdDateTime");
}

Result<GraphPage> GraphParser::parsePage(const QByteArray &body, const QString &what)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Protocol,
                           tr("%1 answered with malformed JSON (%2 at byte %3); nothing was written.")
                               .arg(what, error.errorString())
                               .arg(error.offset));
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !o.value(QLatin1String("value")).isArray())
        return Error::make(Error::Kind::Protocol,
                           tr("%1 answered with JSON that is not a Graph collection (no \"value\" array); "
                              "check that the Graph URL points at the v1.0 API.")
                               .arg(what));
    GraphPage page;
    page.value = o.value(QLatin1String("value")).toArray();
    for (const auto &[key, target] : {std::pair{QLatin1String("@odata.nextLink"), &page.nextLink},
                                      std::pair{QLatin1String("@odata.deltaLink"), &page.deltaLink}}) {
        const QJsonValue link = o.value(key);
        if (link.isUndefined() || link.isNull())
            continue;
        *target = QUrl(link.toString(), QUrl::StrictMode);
        if (!link.isString() || !target->isValid() || target->isRelative())
            return Error::make(Error::Kind::Protocol,
                               tr("%1 answered with an %2 that is not an absolute URL; nothing was written.")
                                   .arg(what, key));
    }
    if (!page.nextLink.isEmpty() && !page.deltaLink.isEmpty())
        return Error::make(
            Error::Kind::Protocol,
            tr("%1 answered with both a next link and a delta link; nothing was written.").arg(what));
    return page;
}

bool GraphParser::isRemoved(const QJsonObject &object)
{
    return object.contains(kRemoved);
}

User GraphParser::user(const QJsonObject &o, const User *stored)
{
    User u = stored ? *stored : User();
    u.id = 0;
    u.deletedAt = 0;
    u.scimId = o.value(QLatin1String("id")).toString();
    auto text = [&o](const char *key, QString *field) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined())
            *field = v.toString();
    };
    text("userPrincipalName", &u.userName);
    text("displayName", &u.displayName);
    text("givenName", &u.givenName);
    text("surname", &u.familyName);
    text("department", &u.department);
    text("employeeId", &u.employeeNumber);
    if (o.contains(QLatin1String("mail"))) {
        u.email = o.value(QLatin1String("mail")).toString();
        u.emails = u.email.isEmpty() ? QStringList() : QStringList{u.email};
    }
    const QJsonValue enabled = o.value(QLatin1String("accountEnabled"));
    if (enabled.isBool())
        u.active = enabled.toBool();
    if (o.contains(QLatin1String("createdDateTime")))
        u.createdAt = parseTime(o.value(QLatin1String("createdDateTime")).toString());
    return u;
}

GraphParser::MemberChanges GraphParser::memberChanges(const QJsonObject &group)
{
    MemberChanges out;
    const QJsonValue members = group.value(kMembersDelta);
    if (!members.isArray())
        return out;
    out.listed = true;
    for (const QJsonValue &m : members.toArray()) {
        const QJsonObject o = m.toObject();
        const QString type = o.value(QLatin1String("@odata.type")).toString();
        const QString id = o.value(QLatin1String("id")).toString();
        if (id.isEmpty() || (!type.isEmpty() && type != QLatin1String("#microsoft.graph.user")))
            continue;
        (o.contains(kRemoved) ? out.removed : out.added) << id;
    }
    return out;
}

std::optional<IdentityEvent> GraphParser::auditEvent(const QJsonObject &entry)
{
    const QString activity = entry.value(QLatin1String("activityDisplayName")).toString();
    const QString result = entry.value(QLatin1String("result")).toString();
    if (result.compare(QLatin1String("success"), Qt::CaseInsensitive) != 0)
        return std::nullopt; // a refused or failed change changed nothing
    const QJsonArray targets = entry.value(QLatin1String("targetResources")).toArray();
    IdentityEvent e;
    bool membership = false;
    if (activity == QLatin1String("Disable account")) {
        e.kind = IdentityEvent::Kind::Deactivated;
    } else if (activity == QLatin1String("Enable account")) {
        e.kind = IdentityEvent::Kind::Reactivated;
    } else if (activity == QLatin1String("Update user")) {
        // A disable made through the user's properties shows as a change of AccountEnabled.
        const QJsonObject changed = modifiedProperty(targets, QLatin1String("AccountEnabled"));
        if (changed.isEmpty())
            return std::nullopt;
        const QString now = plainValue(changed.value(QLatin1String("newValue")));
        if (now == plainValue(changed.value(QLatin1String("oldValue"))))
            return std::nullopt;
        if (now == QLatin1String("false"))
            e.kind = IdentityEvent::Kind::Deactivated;
        else if (now == QLatin1String("true"))
            e.kind = IdentityEvent::Kind::Reactivated;
        else
            return std::nullopt;
    } else if (activity == QLatin1String("Delete user") || activity == QLatin1String("Hard Delete user")) {
        e.kind = IdentityEvent::Kind::Deleted;
    } else if (activity == QLatin1String("Restore user") || activity == QLatin1String("Add user")) {
        e.kind = IdentityEvent::Kind::Created;
    } else if (activity == QLatin1String("Add member to group")) {
        e.kind = IdentityEvent::Kind::MembershipAdded;
        membership = true;
    } else if (activity == QLatin1String("Remove member from group")) {
        e.kind = IdentityEvent::Kind::MembershipRemoved;
        membership = true;
    } else {
        return std::nullopt;
    }
    e.at = parseTime(entry.value(QLatin1String("activityDateTime")).toString());
    e.externalId = entry.value(QLatin1String("id")).toString();
    if (!e.at || e.externalId.isEmpty())
        return std::nullopt;
    e.source = QStringLiteral("graph-audit");
    const QJsonObject initiatedBy = entry.value(QLatin1String("initiatedBy")).toObject();
    e.actor = initiatedBy.value(QLatin1String("user"))
                  .toObject()
                  .value(QLatin1String("userPrincipalName"))
                  .toString();
    if (e.actor.isEmpty())
        e.actor =
            initiatedBy.value(QLatin1String("app")).toObject().value(QLatin1String("displayName")).toString();

    const QJsonObject user = targetOfType(targets, QLatin1String("User"));
    e.userScimId = user.value(QLatin1String("id")).toString();
    e.subject = user.value(QLatin1String("userPrincipalName")).toString();
    if (e.subject.isEmpty())
        e.subject = user.value(QLatin1String("displayName")).toString();
    QString groupName;
    if (membership) {
        // The group is a target of its own in some entries, and in the user's modified properties in others.
        const QJsonObject group = targetOfType(targets, QLatin1String("Group"));
        e.groupScimId = group.value(QLatin1String("id")).toString();
        groupName = group.value(QLatin1String("displayName")).toString();
        const QLatin1String side(e.kind == IdentityEvent::Kind::MembershipAdded ? "newValue" : "oldValue");
        if (e.groupScimId.isEmpty())
            e.groupScimId = unwrap(modifiedProperty(targets, QLatin1String("Group.ObjectID")).value(side));
        if (groupName.isEmpty())
            groupName = unwrap(modifiedProperty(targets, QLatin1String("Group.DisplayName")).value(side));
        if (e.userScimId.isEmpty() || e.groupScimId.isEmpty())
            return std::nullopt;
    } else if (e.userScimId.isEmpty()) {
        return std::nullopt;
    }
    QJsonObject details{{QLatin1String("activity"), activity},
                        {QLatin1String("result"), result},
                        {QLatin1String("category"), entry.value(QLatin1String("category")).toString()}};
    const QString reason = entry.value(QLatin1String("resultReason")).toString();
    if (!reason.isEmpty())
        details.insert(QLatin1String("resultReason"), reason);
    if (!groupName.isEmpty())
        details.insert(QLatin1String("group"), groupName);
    if (activity == QLatin1String("Restore user"))
        details.insert(QLatin1String("restored"), true);
    const QString correlation = entry.value(QLatin1String("correlationId")).toString();
    if (!correlation.isEmpty())
        details.insert(QLatin1String("correlationId"), correlation);
    e.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    return e;
}

Timestamp GraphParser::parseTime(const QString &text)
{
    // Keep at most three fraction digits: Qt's ISO parser does not take seven on every version.
    static const QRegularExpression fraction(QStringLiteral("^(.*T\\d\\d:\\d\\d:\\d\\d)(\\.\\d+)?(.*)$"));
    const QRegularExpressionMatch m = fraction.match(text);
    if (!m.hasMatch())
        return 0;
    QString frac = m.captured(2).left(4);
    while (!frac.isEmpty() && frac.size() < 4)
        frac += QLatin1Char('0');
    const QString zone = m.captured(3).isEmpty() ? QStringLiteral("Z") : m.captured(3);
    const QDateTime dt = QDateTime::fromString(
        m.captured(1) + (frac.isEmpty() ? QStringLiteral(".000") : frac) + zone, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

QString GraphParser::filterTime(Timestamp ts)
{
    return QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc())
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QLatin1Char('Z');
}

} // namespace Scimflow
