#include "scimparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace Scimflow::ScimParser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::ScimParser", text);
}

struct Reader
{
    const ScimLimits &limits;
    bool tooLong = false;
    QString str(const QJsonObject &o, QLatin1String key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            // Numeric ids: as integers where they are integers a qint64 holds, as written otherwise.
            const double d = v.toDouble();
            if (!v.isDouble())
                return QString();
            return std::abs(d) < 9.2e18 ? QString::number(qint64(d))
                                        : QString::number(d, 'g', QLocale::FloatingPointShortest);
        }
        QString s = v.toString();
        if (s.size() > limits.maxStringLength)
            tooLong = true;
        return s;
    }
};

void readMeta(const QJsonObject &o, Timestamp *created, Timestamp *modified, QString *version)
{
    const QJsonObject meta = o.value(QLatin1String("meta")).toObject();
    *created = timestampFromIso(meta.value(QLatin1String("created")).toString());
    *modified = timestampFromIso(meta.value(QLatin1String("lastModified")).toString());
    *version = meta.value(QLatin1String("version")).toString();
}

} // namespace

bool readBoolean(const QJsonValue &v, bool fallback, const VendorProfile &profile)
{
    if (v.isBool())
        return v.toBool();
    Q_UNUSED(profile)
    if (v.isString()) {
        // Entra sends "True"/"False"; accepting them everywhere costs nothing and is safer than a wrong
        // default.
        const QString s = v.toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return fallback;
}

Result<User> parseUser(const QJsonObject &o, const VendorProfile &profile, const ScimLimits &limits)
{
    Reader r{limits};
    User u;
    u.scimId = r.str(o, QLatin1String("id"));
    if (u.scimId.isEmpty())
        return Error::make(Error::Kind::Protocol, tr("A SCIM user has no id."));
    u.externalId = r.str(o, QLatin1String("externalId"));
    u.userName = r.str(o, QLatin1String("userName"));
    u.displayName = r.str(o, QLatin1String("displayName"));
    const QJsonObject name = o.value(QLatin1String("name")).toObject();
    u.givenName = r.str(name, QLatin1String("givenName"));
    u.familyName = r.str(name, QLatin1String("familyName"));
    if (u.displayName.isEmpty())
        u.displayName = r.str(name, QLatin1String("formatted"));
    u.active = readBoolean(o.value(QLatin1String("active")), true, profile);
    const QJsonArray emails = o.value(QLatin1String("emails")).toArray();
    if (emails.size() > limits.maxEmails)
        return Error::make(
            Error::Kind::TooLarge,
            tr("The SCIM user %1 has more than %2 e-mail addresses.").arg(u.scimId).arg(limits.maxEmails));
    for (const QJsonValue &e : emails) {
        const QJsonObject eo = e.toObject();
        const QString value = r.str(eo, QLatin1String("value"));
        if (value.isEmpty())
            continue;
        u.emails << value;
        if (u.email.isEmpty() || readBoolean(eo.value(QLatin1String("primary")), false, profile))
            u.email = value;
    }
    const QJsonObject ext = o.value(ScimUrn::kEnterpriseUser).toObject();
    u.department = r.str(ext, QLatin1String("department"));
    u.employeeNumber = r.str(ext, QLatin1String("employeeNumber"));
    u.managerScimId = r.str(ext.value(QLatin1String("manager")).toObject(), QLatin1String("value"));
    // RFC 7643 4.1.2: read-only, "direct" or "indirect" (through a nested group); only direct ones are
    // memberships that a PATCH on the group can change.
    const QJsonArray groups = o.value(QLatin1String("groups")).toArray();
    if (groups.size() > limits.maxMembersPerGroup)
        return Error::make(
            Error::Kind::TooLarge,
            tr("The SCIM user %1 is in more than %2 groups.").arg(u.scimId).arg(limits.maxMembersPerGroup));
    for (const QJsonValue &g : groups) {
        const QJsonObject go = g.toObject();
        if (go.value(QLatin1String("type"))
                .toString()
                .compare(QLatin1String("indirect"), Qt::CaseInsensitive) == 0)
            continue;
        if (const QString value = r.str(go, QLatin1String("value")); !value.isEmpty())
            u.groupScimIds << value;
    }
    readMeta(o, &u.createdAt, &u.lastModified, &u.version);
    if (r.tooLong)
        return Error::make(Error::Kind::TooLarge,
                           tr("The SCIM user %1 has an attribute longer than %2 characters.")
                               .arg(u.scimId)
                               .arg(limits.maxStringLength));
    if (u.userName.isEmpty())
        return Error::make(Error::Kind::Protocol, tr("The SCIM user %1 has no userName.").arg(u.scimId));
    return u;
}

Result<Group> parseGroup(const QJsonObject &o, const VendorProfile &, const ScimLimits &limits)
{
    Reader r{limits};
    Group g;
    g.scimId = r.str(o, QLatin1String("id"));
    if (g.scimId.isEmpty())
        return Error::make(Error::Kind::Protocol, tr("A SCIM group has no id."));
    g.externalId = r.str(o, QLatin1String("externalId"));
    g.displayName = r.str(o, QLatin1String("displayName"));
    g.membersListed = o.contains(QLatin1String("members"));
    const QJsonArray members = o.value(QLatin1String("members")).toArray();
    if (members.size() > limits.maxMembersPerGroup)
        return Error::make(Error::Kind::TooLarge, tr("The SCIM group %1 has more than %2 members.")
                                                      .arg(g.displayName)
                                                      .arg(limits.maxMembersPerGroup));
    g.memberScimIds.reserve(members.size());
    for (const QJsonValue &m : members) {
        const QJsonObject mo = m.toObject();
        const QString type = mo.value(QLatin1String("type")).toString();
        // Nested groups are not expanded: membership is recorded for users only.
        if (type.compare(QLatin1String("Group"), Qt::CaseInsensitive) == 0)
            continue;
        const QString value = r.str(mo, QLatin1String("value"));
        if (!value.isEmpty())
            g.memberScimIds << value;
    }
    readMeta(o, &g.createdAt, &g.lastModified, &g.version);
    if (r.tooLong)
        return Error::make(Error::Kind::TooLarge,
                           tr("The SCIM group %1 has an attribute longer than %2 characters.")
                               .arg(g.scimId)
                               .arg(limits.maxStringLength));
    if (g.displayName.isEmpty())
        return Error::make(Error::Kind::Protocol, tr("The SCIM group %1 has no displayName.").arg(g.scimId));
    return g;
}

static Result<ScimPage> parseList(const QByteArray &json, Kind kind, const VendorProfile &profile,
                                  const ScimLimits &limits, bool cursorPaging)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(Error::Kind::Protocol, tr("The SCIM server sent malformed JSON (%1 at byte %2).")
                                                      .arg(parseError.errorString())
                                                      .arg(parseError.offset));
    if (!doc.isObject())
        return Error::make(Error::Kind::Protocol,
                           tr("The SCIM server sent JSON that is not a ListResponse object."));
    const QJsonObject o = doc.object();
    ScimPage page;
    const QJsonValue total = o.value(QLatin1String("totalResults"));
    // Counts beyond 2^53 are not integers a server can mean (and would not convert to qint64).
    constexpr double kMaxCount = 9007199254740992.0;
    if (cursorPaging && total.isUndefined()) {
        page.totalResults = -1; // optional with cursors (RFC 9865 section 2.2)
    } else if (!total.isDouble() || !(total.toDouble() >= 0) || total.toDouble() > kMaxCount) {
        return Error::make(
            Error::Kind::Protocol,
            tr("The SCIM server's list response has no valid totalResults; it is not a SCIM ListResponse."));
    } else {
        page.totalResults = qint64(total.toDouble());
    }
    if (cursorPaging) {
        const QJsonValue next = o.value(QLatin1String("nextCursor"));
        if (!next.isUndefined() && !next.isNull() && !next.isString())
            return Error::make(Error::Kind::Protocol,
                               tr("The SCIM server's nextCursor is not a string; the listing cannot go on."));
        page.nextCursor = next.toString().left(4096);
        page.hasNextCursor = !page.nextCursor.isEmpty();
        const QJsonValue perPage = o.value(QLatin1String("itemsPerPage"));
        page.itemsPerPage = perPage.isDouble() ? int(qBound(0.0, perPage.toDouble(), 1e9)) : -1;
    }
    const double startIndex = o.value(QLatin1String("startIndex")).toDouble(0);
    page.startIndex = std::abs(startIndex) <= kMaxCount ? qint64(startIndex) : 0;
    const QJsonValue resourcesValue = o.value(QLatin1String("Resources"));
    if (!resourcesValue.isUndefined() && !resourcesValue.isArray())
        return Error::make(Error::Kind::Protocol, tr("The SCIM list response's Resources is not an array."));
    const QJsonArray resources = resourcesValue.toArray();
    if (resources.size() > limits.maxResourcesPerPage)
        return Error::make(Error::Kind::TooLarge,
                           tr("A SCIM page holds %1 resources, more than the limit of %2.")
                               .arg(resources.size())
                               .arg(limits.maxResourcesPerPage));
    for (const QJsonValue &v : resources) {
        if (!v.isObject())
            return Error::make(Error::Kind::Protocol, tr("A SCIM list entry is not an object."));
        const QJsonObject ro = v.toObject();
        if (kind == Kind::Users) {
            Result<User> u = parseUser(ro, profile, limits);
            if (!u)
                return u.error();
            page.ids << u->scimId;
            page.users << std::move(*u);
        } else {
            Result<Group> g = parseGroup(ro, profile, limits);
            if (!g)
                return g.error();
            page.ids << g->scimId;
            page.groups << std::move(*g);
        }
    }
    return page;
}

Result<ScimPage> parseListResponse(const QByteArray &json, Kind kind, const VendorProfile &profile,
                                   const ScimLimits &limits)
{
    return parseList(json, kind, profile, limits, false);
}

Result<ScimPage> parseCursorListResponse(const QByteArray &json, Kind kind, const VendorProfile &profile,
                                         const ScimLimits &limits)
{
    return parseList(json, kind, profile, limits, true);
}

QJsonObject userToJson(const User &u, const QStringList &groupIds)
{
    QJsonObject o;
    QJsonArray schemas{ScimUrn::kUser};
    o.insert(QLatin1String("id"), u.scimId);
    if (!u.externalId.isEmpty())
        o.insert(QLatin1String("externalId"), u.externalId);
    o.insert(QLatin1String("userName"), u.userName);
    o.insert(QLatin1String("displayName"), u.displayName);
    o.insert(QLatin1String("name"), QJsonObject{{QLatin1String("givenName"), u.givenName},
                                                {QLatin1String("familyName"), u.familyName},
                                                {QLatin1String("formatted"), u.displayName}});
    o.insert(QLatin1String("active"), u.active);
    QJsonArray emails;
    for (const QString &e : u.emails)
        emails.append(QJsonObject{{QLatin1String("value"), e},
                                  {QLatin1String("type"), QStringLiteral("work")},
                                  {QLatin1String("primary"), e == u.email}});
    o.insert(QLatin1String("emails"), emails);
    if (!u.department.isEmpty() || !u.employeeNumber.isEmpty() || !u.managerScimId.isEmpty()) {
        schemas.append(ScimUrn::kEnterpriseUser);
        QJsonObject ext{{QLatin1String("department"), u.department},
                        {QLatin1String("employeeNumber"), u.employeeNumber}};
        if (!u.managerScimId.isEmpty())
            ext.insert(QLatin1String("manager"), QJsonObject{{QLatin1String("value"), u.managerScimId}});
        o.insert(ScimUrn::kEnterpriseUser, ext);
    }
    if (!groupIds.isEmpty()) {
        QJsonArray groups;
        for (const QString &g : groupIds)
            groups.append(QJsonObject{{QLatin1String("value"), g}});
        o.insert(QLatin1String("groups"), groups);
    }
    o.insert(QLatin1String("schemas"), schemas);
    o.insert(QLatin1String("meta"),
             QJsonObject{{QLatin1String("resourceType"), QStringLiteral("User")},
                         {QLatin1String("created"), timestampToIso(u.createdAt)},
                         {QLatin1String("lastModified"), timestampToIso(u.lastModified)},
                         {QLatin1String("version"), u.version}});
    return o;
}

QJsonObject groupToJson(const Group &g)
{
    QJsonObject o;
    o.insert(QLatin1String("schemas"), QJsonArray{ScimUrn::kGroup});
    o.insert(QLatin1String("id"), g.scimId);
    if (!g.externalId.isEmpty())
        o.insert(QLatin1String("externalId"), g.externalId);
    o.insert(QLatin1String("displayName"), g.displayName);
    QJsonArray members;
    for (const QString &m : g.memberScimIds)
        members.append(
            QJsonObject{{QLatin1String("value"), m}, {QLatin1String("type"), QStringLiteral("User")}});
    o.insert(QLatin1String("members"), members);
    o.insert(QLatin1String("meta"),
             QJsonObject{{QLatin1String("resourceType"), QStringLiteral("Group")},
                         {QLatin1String("created"), timestampToIso(g.createdAt)},
                         {QLatin1String("lastModified"), timestampToIso(g.lastModified)},
                         {QLatin1String("version"), g.version}});
    return o;
}

} // namespace Scimflow::ScimParser
