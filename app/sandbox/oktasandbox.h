#pragma once

#include "group.h"
#include "httprequest.h"
#include "identityevent.h"
#include "result.h"
#include "scenario.h"
#include "user.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

#include <memory>

class QHttpServerRequest;

namespace Scimflow {

class FaultInjector;
class SandboxServer;
class SandboxTokenEndpoint;
struct SandboxResponse;

/// The simulated Okta org, written from Okta's public API reference: the Management API's users
/// (/api/v1/users, `search`), groups (/api/v1/groups, /api/v1/groups/{id}/users), the System Log
/// (/api/v1/logs with since/until/filter/sortOrder), the lifecycle and membership writes the fixes use, and
/// an org authorization server's token endpoint (/oauth2/v1/token, private_key_jwt). Lists page with
/// `limit` and an opaque `after` cursor that only the `Link: <…>; rel="next"` header hands out (one Link
/// header per rel). Every answer carries X-Rate-Limit-Limit/-Remaining/-Reset; over the limit it answers 429
/// with an E0000047 body. Authorization: "SSWS <API token>" or "Bearer <access token>" from the endpoint.
/// It serves a Scenario's users (their ids as Okta user ids), groups and change log (as the System Log).
class OktaSandbox : public QObject
{
    Q_OBJECT
public:
    OktaSandbox(SandboxServer &server, const Scenario &scenario, QString apiToken, QObject *parent = nullptr);
    ~OktaSandbox() override;

    QUrl orgUrl() const; // http://127.0.0.1:PORT (what an admin types as https://ORG.okta.com)
    QUrl tokenUrl() const;
    /// The org authorization server's token endpoint, once a service app is registered (else null).
    SandboxTokenEndpoint *tokenEndpoint() const { return m_tokens.get(); }
    /// The OAuth service app's client id and the public key its client assertions must verify with (once).
    Status registerServiceApp(const QString &clientId, const QByteArray &publicKeyPem);
    void setApiToken(const QString &token) { m_apiToken = token; }
    /// At most \a requests per \a windowSeconds (wall-clock aligned, as X-Rate-Limit-Reset is in epoch
    /// seconds).
    void setRateLimit(int requests, int windowSeconds = 60);
    /// The maximum `limit` honoured (Okta: 200 for users and groups, 1000 for the System Log).
    void setMaxPageSize(int n) { m_maxPageSize = n; }
    /// The actor the System Log names for writes made through the API.
    void setApiActor(const QString &alternateId) { m_apiActor = alternateId; }

    const User *user(const QString &id) const;
    const Group *group(const QString &id) const;
    int logEventCount() const { return int(m_log.size()); }
    int rateLimited() const { return m_rateLimited; }
    /// The query strings list requests carried, in order (tests check the `search` and `after` sent).
    const QStringList &listQueries() const { return m_listQueries; }

    // Changes made "in Okta" by tests: each updates lastUpdated and adds the System Log event an admin's
    // action would.
    void deactivateUser(const QString &id, const QString &actor, Timestamp at = 0);
    void addMember(const QString &groupId, const QString &userId, const QString &actor, Timestamp at = 0);
    void removeMember(const QString &groupId, const QString &userId, const QString &actor, Timestamp at = 0);
    void addUser(const User &user, Timestamp at = 0);
    /// A raw System Log event (e.g. a failure, or an old one before the retention edge).
    void appendLog(const IdentityEvent &event);

private:
    struct LogEntry
    {
        IdentityEvent event;
        QString uuid;
    };
    void registerRoutes();
    bool authorized(const QHttpServerRequest &request) const;
    /// The rate-limit headers, or a 429 when the window is used up.
    bool throttle(HttpHeaders &headers);
    SandboxResponse finish(SandboxResponse response, const HttpHeaders &rateHeaders) const;
    SandboxResponse page(const QList<QByteArray> &items, const QHttpServerRequest &request, int defaultLimit,
                         int maxLimit, FaultInjector &faults);
    SandboxResponse listUsers(const QHttpServerRequest &request, FaultInjector &faults);
    SandboxResponse listGroups(const QHttpServerRequest &request, FaultInjector &faults);
    SandboxResponse listMembers(const QString &groupId, const QHttpServerRequest &request,
                                FaultInjector &faults);
    SandboxResponse listLog(const QHttpServerRequest &request, FaultInjector &faults);
    SandboxResponse deactivate(const QString &userId);
    SandboxResponse deleteMembership(const QString &groupId, const QString &userId);
    QByteArray userJson(const User &u) const;
    QByteArray groupJson(const Group &g) const;
    QByteArray logJson(const LogEntry &e) const;
    void log(IdentityEvent::Kind kind, const QString &userId, const QString &groupId, const QString &actor,
             Timestamp at);

    SandboxServer &m_server;
    QString m_apiToken;
    std::unique_ptr<SandboxTokenEndpoint> m_tokens;
    QString m_accessToken;
    QList<User> m_users;
    QList<Group> m_groups;
    QHash<QString, int> m_userIndex;
    QHash<QString, int> m_groupIndex;
    QHash<QString, Timestamp> m_membershipUpdated; // group id -> lastMembershipUpdated
    QList<LogEntry> m_log;
    QString m_apiActor = QStringLiteral("scimflow-service@okta.local");
    int m_maxPageSize = 200;
    int m_rateLimit = 600;
    int m_rateWindowSeconds = 60;
    qint64 m_windowStart = 0;
    int m_windowUsed = 0;
    int m_rateLimited = 0;
    int m_logSerial = 0;
    QStringList m_listQueries;
};

} // namespace Scimflow
