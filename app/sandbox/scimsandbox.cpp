#include "scimsandbox.h"

#include "sandboxserver.h"
#include "scimfilter.h"
#include "scimparser.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

ScimSandbox::ScimSandbox(SandboxServer &server, const Scenario &scenario, QString token, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_token(std::move(token))
    , m_users(scenario.users)
    , m_groups(scenario.groups)
{
    m_userJson.resize(m_users.size());
    m_groupJson.resize(m_groups.size());
    m_userIndex.reserve(m_users.size());
    for (int i = 0; i < m_users.size(); ++i)
        m_userIndex.insert(m_users[i].scimId, i);
    for (int i = 0; i < m_groups.size(); ++i)
        m_groupIndex.insert(m_groups[i].scimId, i);
    registerRoutes();
}

QUrl ScimSandbox::baseUrl() const
{
    QUrl url = m_server.baseUrl();
    url.setPath(QStringLiteral("/scim/v2"));
    return url;
}

void ScimSandbox::setStringBooleans(bool on)
{
    m_stringBooleans = on;
    for (QByteArray &json : m_userJson)
        json.clear();
}

const User *ScimSandbox::user(const QString &scimId) const
{
    const auto it = m_userIndex.constFind(scimId);
    return it == m_userIndex.constEnd() ? nullptr : &m_users[*it];
}

const Group *ScimSandbox::group(const QString &scimId) const
{
    const auto it = m_groupIndex.constFind(scimId);
    return it == m_groupIndex.constEnd() ? nullptr : &m_groups[*it];
}

void ScimSandbox::modifyUser(const QString &scimId, const std::function<void(User &)> &change, Timestamp at)
{
    const int i = m_userIndex.value(scimId, -1);
    if (i < 0)
        return;
    change(m_users[i]);
    m_users[i].lastModified = at ? at : currentTimestamp();
    m_users[i].version = QStringLiteral("W/\"%1\"").arg(m_users[i].lastModified);
    m_userJson[i].clear();
    changed();
}

void ScimSandbox::removeUser(const QString &scimId)
{
    const int i = m_userIndex.value(scimId, -1);
    if (i < 0)
        return;
    m_users.removeAt(i);
    m_userJson.removeAt(i);
    m_groupsOfUserValid = false;
    m_userIndex.clear();
    for (int k = 0; k < m_users.size(); ++k)
        m_userIndex.insert(m_users[k].scimId, k);
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].memberScimIds.removeAll(scimId) > 0) {
            m_groups[g].lastModified = currentTimestamp();
            m_groups[g].version = QStringLiteral("W/\"%1\"").arg(m_groups[g].lastModified);
            m_groupJson[g].clear();
        }
    }
    changed();
}

void ScimSandbox::addUser(const User &user)
{
    m_userIndex.insert(user.scimId, int(m_users.size()));
    m_users.append(user);
    m_userJson.append(QByteArray());
    changed();
}

void ScimSandbox::setGroupMembers(const QString &groupScimId, const QStringList &members, Timestamp at)
{
    const int i = m_groupIndex.value(groupScimId, -1);
    if (i < 0)
        return;
    // The users who joined or left now name other groups.
    for (const QStringList *list : {static_cast<const QStringList *>(&m_groups[i].memberScimIds), &members}) {
        for (const QString &member : *list) {
            if (const int u = m_userIndex.value(member, -1); u >= 0)
                m_userJson[u].clear();
        }
    }
    m_groupsOfUserValid = false;
    m_groups[i].memberScimIds = members;
    m_groups[i].lastModified = at ? at : currentTimestamp();
    m_groups[i].version = QStringLiteral("W/\"%1\"").arg(m_groups[i].lastModified);
    m_groupJson[i].clear();
    changed();
}

void ScimSandbox::preserialise()
{
    for (int i = 0; i < m_users.size(); ++i)
        userJson(i);
    for (int i = 0; i < m_groups.size(); ++i)
        groupJson(i);
}

QByteArray ScimSandbox::userJson(int i)
{
    if (m_userJson[i].isEmpty()) {
        if (!m_groupsOfUserValid) {
            m_groupsOfUser.clear();
            for (const Group &g : std::as_const(m_groups)) {
                for (const QString &member : g.memberScimIds)
                    m_groupsOfUser[member] << g.scimId;
            }
            m_groupsOfUserValid = true;
        }
        QJsonObject o = ScimParser::userToJson(m_users[i], m_groupsOfUser.value(m_users[i].scimId));
        if (m_stringBooleans)
            o.insert(QLatin1String("active"),
                     m_users[i].active ? QStringLiteral("True") : QStringLiteral("False"));
        m_userJson[i] = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    return m_userJson[i];
}

QByteArray ScimSandbox::groupJson(int i)
{
    if (m_groupJson[i].isEmpty()) {
        QJsonObject o = ScimParser::groupToJson(m_groups[i]);
        if (m_groupMembersOmitted)
            o.remove(QLatin1String("members"));
        m_groupJson[i] = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    return m_groupJson[i];
}

void ScimSandbox::setGroupMembersOmitted(bool on)
{
    m_groupMembersOmitted = on;
    for (QByteArray &json : m_groupJson)
        json.clear();
}

QList<int> ScimSandbox::matching(bool users, const QString &filter, QString *error)
{
    const QString key = (users ? QStringLiteral("U:") : QStringLiteral("G:")) + filter;
    const auto cached = m_filterCache.constFind(key);
    if (cached != m_filterCache.constEnd())
        return *cached;
    const Result<ScimFilter> parsed = ScimFilter::parse(filter);
    if (!parsed) {
        *error = parsed.error().message;
        return {};
    }
    const ScimFilter &f = *parsed;
    const int n = int(users ? m_users.size() : m_groups.size());
    QList<int> out;
    // The incremental-sync filter is answered from the structs directly; anything else through JSON.
    const bool lastModifiedGt =
        f.op == ScimFilter::Op::Gt &&
        f.attribute.compare(QLatin1String("meta.lastModified"), Qt::CaseInsensitive) == 0;
    const Timestamp since = lastModifiedGt ? timestampFromIso(f.value.toString()) : 0;
    for (int i = 0; i < n; ++i) {
        if (lastModifiedGt && since) {
            if ((users ? m_users[i].lastModified : m_groups[i].lastModified) > since)
                out << i;
            continue;
        }
        const QJsonObject o = QJsonDocument::fromJson(users ? userJson(i) : groupJson(i)).object();
        if (f.matches(o))
            out << i;
    }
    m_filterCache.insert(key, out);
    return out;
}

SandboxResponse ScimSandbox::list(bool users, const QHttpServerRequest &request, FaultInjector &faults)
{
    const QUrlQuery query = request.query();
    const QString path = request.url().path();
    const QString filter = query.queryItemValue(QStringLiteral("filter"), QUrl::FullyDecoded);
    qint64 startIndex = qMax<qint64>(1, query.queryItemValue(QStringLiteral("startIndex")).toLongLong());
    const QString countText = query.queryItemValue(QStringLiteral("count"));
    const int count = qBound(0, countText.isEmpty() ? 100 : countText.toInt(), m_maxPageSize);

    QList<int> all;
    const bool filtered = !filter.isEmpty();
    if (filtered) {
        if (!m_filterSupported)
            return SandboxServer::scimError(400, QStringLiteral("Filtering is not supported."),
                                            QStringLiteral("invalidFilter"));
        QString error;
        all = matching(users, filter, &error);
        if (!error.isEmpty())
            return SandboxServer::scimError(400, error, QStringLiteral("invalidFilter"));
    }
    const qint64 total = filtered ? all.size() : (users ? m_users.size() : m_groups.size());
    const bool ignoreStart = faults.takeKind(Fault::Kind::IgnoreStartIndex, path);
    if (ignoreStart)
        startIndex = 1;
    qint64 reportedTotal = total;
    if (faults.takeKind(Fault::Kind::LyingTotal, path))
        reportedTotal = total + 1000;
    if (faults.takeKind(Fault::Kind::TotalChanges, path) && startIndex > 1)
        reportedTotal = total + (++m_listCalls);
    const bool duplicates = faults.takeKind(Fault::Kind::DuplicateIds, path);

    auto indexAt = [&](qint64 position) { return filtered ? all[position] : int(position); };
    QByteArray body;
    body.reserve(count * 1200 + 200);
    body += "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"],\"totalResults\":";
    body += QByteArray::number(reportedTotal);
    body += ",\"startIndex\":";
    body += QByteArray::number(ignoreStart ? 1 : startIndex);
    body += ",\"Resources\":[";
    int items = 0;
    const qint64 first = startIndex - 1;
    const qint64 from = duplicates && first > 0 ? first - 1 : first; // repeat the previous page's last one
    for (qint64 p = from; p < total && p < first + count; ++p) {
        if (items++)
            body += ',';
        body += users ? userJson(indexAt(p)) : groupJson(indexAt(p));
    }
    body += "],\"itemsPerPage\":";
    body += QByteArray::number(items);
    body += '}';
    return SandboxResponse::json(200, body);
}

SandboxResponse ScimSandbox::getOne(bool users, const QString &id)
{
    const int i = (users ? m_userIndex : m_groupIndex).value(id, -1);
    if (i < 0)
        return SandboxServer::scimError(404, QStringLiteral("Resource %1 not found.").arg(id));
    SandboxResponse r = SandboxResponse::json(200, users ? userJson(i) : groupJson(i));
    if (m_etags)
        r.headers.append({"ETag", (users ? m_users[i].version : m_groups[i].version).toUtf8()});
    return r;
}

} // namespace Scimflow
