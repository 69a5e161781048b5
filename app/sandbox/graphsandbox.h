#pragma once

#include "group.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "user.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QHttpServerRequest;
class QUrlQuery;

namespace Scimflow {

class SandboxServer;
class FaultInjector;
class JwtAssertionVerifier;

/// The simulated Microsoft Graph (Entra ID) tenant on a SandboxServer, written from Graph's public
/// reference: the v2.0 token endpoint (/{tenant}/oauth2/v2.0/token, client secret), /v1.0/users/delta and
/// /v1.0/groups/delta with opaque $skiptoken/$deltatoken in whole next and delta links, members split over
/// repeated group objects, @removed entries, 410 for a delta token it no longer knows, the directory audit
/// log (/v1.0/auditLogs/directoryAudits with an activityDateTime $filter), and the fixes (PATCH a user's
/// accountEnabled, DELETE a member $ref) with the audit entries Entra writes for them. Serves a Scenario.
class GraphSandbox : public QObject
{
    Q_OBJECT
public:
    GraphSandbox(SandboxServer &server, const Scenario &scenario, QString tenant, QString clientId,
                 QString clientSecret, QObject *parent = nullptr);
    ~GraphSandbox() override;

    QUrl graphUrl() const; // http://127.0.0.1:PORT/v1.0
    QUrl loginUrl() const; // http://127.0.0.1:PORT (the token URL is loginUrl/{tenant}/oauth2/v2.0/token)
    QString tenant() const { return m_tenant; }
    /// Objects per page (Graph's delta pages hold about 100-200); members per group object in a full round.
    void setPageSize(int n) { m_pageSize = qMax(1, n); }
    void setMembersPerObject(int n) { m_membersPerObject = qMax(1, n); }
    int tokenGrants() const { return m_grants; }
    /// Registers the app's certificate (PEM): client assertions signed by its key, naming it by its
    /// x5t#S256 thumbprint, are then accepted (as well as the secret).
    Status setClientCertificate(const QByteArray &certificatePem);
    /// Requests a delta round, page by page, answered (for tests: what an incremental read costs).
    int deltaPagesServed() const { return m_deltaPages; }

    const User *user(const QString &id) const;
    const Group *group(const QString &id) const;
    QList<User> users() const { return m_users; }
    QList<Group> groups() const { return m_groups; }
    int auditCount() const { return int(m_audits.size()); }

    // Changes made "in Entra" by tests and developers; delta rounds report them.
    void modifyUser(const QString &id, const std::function<void(User &)> &change);
    void addUser(const User &user);
    void removeUser(const QString &id);
    void addMember(const QString &groupId, const QString &userId);
    void removeMember(const QString &groupId, const QString &userId);
    void renameGroup(const QString &groupId, const QString &name);
    void removeGroup(const QString &groupId);
    /// Appends a directory audit entry as Graph serves it.
    void addAudit(const QJsonObject &entry);
    /// Forgets every delta token handed out: the next incremental round answers 410 Gone (resyncRequired).
    void expireDeltaTokens();
    /// The access token in use stops working, as an expired one would.
    void expireAccessToken();
    /// The next \a times Graph API requests answer \a status (429 or 503) with Retry-After: \a seconds and
    /// Graph's error body, as its throttling does.
    void throttle(int status, int seconds, int times);
    /// Rewrites every next link before it is sent: a lying server (another host, a loop) for tests.
    void setNextLinkRewriter(std::function<QUrl(const QUrl &)> rewrite)
    {
        m_rewriteNext = std::move(rewrite);
    }

private:
    struct Change
    {
        qint64 version = 0;
        QString userId;   // a user changed or was removed
        QString groupId;  // a group's name or members changed or it was removed
        QString memberId; // with groupId: this member was added or removed
        bool renamed = false;
    };
    struct DeltaState
    {
        bool users = true;
        qint64 version = 0; // changes after this one belong to the next round
        QStringList select;
    };
    struct Round
    {
        std::shared_ptr<QList<QByteArray>> objects;
        int offset = 0;
        DeltaState next; // what the delta link of the last page continues from
        QString path;    // "/v1.0/users/delta"
        bool delta = true;
    };
    void registerRoutes();
    void registerFixRoutes();
    bool authorized(const QHttpServerRequest &request) const;
    /// The guard every API route goes through: throttling, then the bearer token.
    std::optional<SandboxResponse> refuse(const QHttpServerRequest &request);
    SandboxResponse token(const QString &tenant, const QHttpServerRequest &request);
    /// Why a client assertion is refused (AADSTS text), or an empty string when it is valid.
    QString assertionRefusal(const QUrlQuery &form) const;
    Result<bool> checkSecret(const QUrlQuery &form, const QHttpServerRequest &request) const;
    QUrl tokenUrl() const;
    SandboxResponse delta(bool users, const QHttpServerRequest &request);
    SandboxResponse page(Round round);
    SandboxResponse audits(const QHttpServerRequest &request);
    SandboxResponse patchUser(const QString &id, const QHttpServerRequest &request);
    SandboxResponse removeMemberRef(const QString &groupId, const QString &userId);
    SandboxResponse getUser(const QString &id, const QHttpServerRequest &request) const;
    SandboxResponse memberOf(const QString &userId, const QHttpServerRequest &request);
    QList<QByteArray> fullRound(bool users, const QStringList &select) const;
    QList<QByteArray> changesSince(bool users, qint64 version, const QStringList &select) const;
    QByteArray userJson(const User &user, const QStringList &select) const;
    void record(Change change);
    void auditOf(const QString &activity, const User &target, const QJsonArray &modified,
                 const QString &groupId = QString());
    QString opaque();
    int userIndex(const QString &id) const { return m_userIndex.value(id, -1); }
    int groupIndex(const QString &id) const { return m_groupIndex.value(id, -1); }
    void reindex();

    SandboxServer &m_server;
    QString m_tenant, m_clientId, m_clientSecret;
    QString m_accessToken;
    QList<User> m_users;
    QList<Group> m_groups;
    QHash<QString, int> m_userIndex, m_groupIndex;
    QSet<QString> m_removedUsers, m_removedGroups;
    QList<Change> m_changes;
    qint64 m_version = 0;
    QHash<QString, DeltaState> m_deltaTokens;
    QHash<QString, Round> m_skipTokens;
    QList<QJsonObject> m_audits; // newest first, as Graph lists them
    quint64 m_opaqueSeed = 0;
    int m_pageSize = 100;
    int m_membersPerObject = 100;
    int m_grants = 0;
    int m_deltaPages = 0;
    std::function<QUrl(const QUrl &)> m_rewriteNext;
    std::unique_ptr<JwtAssertionVerifier> m_assertions;
    QByteArray m_certificateThumbprint;
    int m_throttleStatus = 0, m_throttleSeconds = 0, m_throttleTimes = 0;
};

} // namespace Scimflow
