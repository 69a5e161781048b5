#pragma once

#include "group.h"
#include "scenario.h"
#include "user.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QHttpServerRequest;

namespace Scimflow {

class SandboxServer;
struct SandboxResponse;
class FaultInjector;

/// The simulated SCIM 2.0 identity provider: registers /scim/v2 routes on a SandboxServer and serves a
/// Scenario's users and groups from memory (discovery, paged and filtered lists, GET, PATCH, PUT, ETags,
/// bearer-token auth). Resources are serialised once and pages are assembled from the cached bytes, so a
/// 100,000-user directory is served faster than a client can parse it.
class ScimSandbox : public QObject
{
    Q_OBJECT
public:
    ScimSandbox(SandboxServer &server, const Scenario &scenario, QString token, QObject *parent = nullptr);

    QUrl baseUrl() const; // http://127.0.0.1:PORT/scim/v2
    void setToken(const QString &token) { m_token = token; }
    void setEtagsEnabled(bool on) { m_etags = on; }
    void setFilterSupported(bool on) { m_filterSupported = on; }
    void setEnterpriseSchemaServed(bool on) { m_enterpriseSchema = on; }
    void setMaxPageSize(int n) { m_maxPageSize = n; }
    /// Lists Groups without "members", as some servers do; Users still name their groups.
    void setGroupMembersOmitted(bool on);
    /// Entra-style answers: "active" as the strings "True"/"False".
    void setStringBooleans(bool on);

    /// Serialises every resource now instead of on first request (benchmarks measure the client, not this).
    void preserialise();

    int userCount() const { return int(m_users.size()); }
    int groupCount() const { return int(m_groups.size()); }
    const User *user(const QString &scimId) const;
    const Group *group(const QString &scimId) const;

    // Changes made "in the IdP" by tests and benchmarks; each bumps lastModified and the ETag.
    void modifyUser(const QString &scimId, const std::function<void(User &)> &change, Timestamp at = 0);
    void removeUser(const QString &scimId);
    void addUser(const User &user);
    void setGroupMembers(const QString &groupScimId, const QStringList &members, Timestamp at = 0);

private:
    struct Entry
    {
        QByteArray json; // serialised resource, rebuilt on change
    };
    void registerRoutes();
    bool authorized(const QHttpServerRequest &request) const;
    SandboxResponse list(bool users, const QHttpServerRequest &request, FaultInjector &faults);
    SandboxResponse getOne(bool users, const QString &id);
    SandboxResponse modify(bool users, const QString &id, const QHttpServerRequest &request);
    SandboxResponse discovery(const QString &what) const;
    QByteArray userJson(int index);
    QByteArray groupJson(int index);
    QList<int> matching(bool users, const QString &filter, QString *error);
    void changed() { m_filterCache.clear(); }

    SandboxServer &m_server;
    QString m_token;
    QList<User> m_users;
    QList<Group> m_groups;
    QList<QByteArray> m_userJson;
    QList<QByteArray> m_groupJson;
    QHash<QString, int> m_userIndex;
    QHash<QString, int> m_groupIndex;
    QHash<QString, QStringList> m_groupsOfUser; // user SCIM id -> group SCIM ids, for Users' "groups"
    bool m_groupsOfUserValid = false;
    QHash<QString, QList<int>> m_filterCache; // "U:" / "G:" + filter -> indexes
    bool m_etags = true;
    bool m_filterSupported = true;
    bool m_enterpriseSchema = true;
    bool m_stringBooleans = false;
    bool m_groupMembersOmitted = false;
    int m_maxPageSize = 1000;
    int m_listCalls = 0;
};

} // namespace Scimflow
