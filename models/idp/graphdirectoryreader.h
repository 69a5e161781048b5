#pragma once

#include "directoryreader.h"
#include "graphparser.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

namespace Scimflow {

class HttpClient;
class HttpJob;
class Store;
struct HttpResponse;

/// Reads a Microsoft Entra ID directory through Microsoft Graph: users and groups with their members by
/// delta query (/users/delta, /groups/delta), following each whole @odata.nextLink to the @odata.deltaLink
/// that the next, incremental read starts from, and the directory audit log (/auditLogs/directoryAudits) as
/// identity events. An incremental read completes each changed group's member list from the stored
/// memberships; a delta link Graph no longer honours (410 Gone) makes it read everything again. Links to
/// another server, repeated links and malformed pages end the read with an error and nothing returned.
class GraphDirectoryReader : public DirectoryReader
{
    Q_OBJECT
public:
    /// \a http carries the Graph token (an OAuthClientCredentials for the tenant); not owned.
    /// \a graphUrl is the API root, https://graph.microsoft.com/v1.0 unless a national cloud or a sandbox.
    GraphDirectoryReader(HttpClient *http, QUrl graphUrl, QObject *parent = nullptr);
    ~GraphDirectoryReader() override;

    QString sourceName() const override { return QStringLiteral("graph"); }
    bool canReadIncrementally() const override { return true; }
    void start(const DirectoryReadRequest &request) override;
    void cancel() override;

    /// Entra keeps directory audits 30 days with P1/P2 (7 without): a window reaching further back warns.
    static constexpr int kAuditRetentionDays = 30;
    /// Pages a single collection may have before the read is refused as endless.
    static constexpr int kMaxPages = 100000;

    /// Checks the connection as the dialog's Test button does: a token, one user and one directory audit.
    /// \a done gets a sentence for the user, or the error.
    void probe(QObject *context, std::function<void(const Result<QString> &)> done);

    static QUrl defaultGraphUrl();                 // https://graph.microsoft.com/v1.0
    static QUrl defaultLoginUrl();                 // https://login.microsoftonline.com
    static QString scopeFor(const QUrl &graphUrl); // https://graph.microsoft.com/.default
    static QUrl tokenUrlFor(const QUrl &loginUrl,
                            const QString &tenant); // {login}/{tenant}/oauth2/v2.0/token

private:
    /// One collection being paged: where it is, the links it gave (to refuse a loop) and what takes its
    /// pages.
    struct Traversal
    {
        QString what; // "users", "groups", "directory audits"
        QUrl url;
        QSet<QString> seen;
        int pages = 0;
        bool delta = false;
        bool incremental = false; // started from a stored delta link: 410 means "read in full again"
        std::function<Status(const GraphPage &)> consume;
        std::function<void(const QUrl &deltaLink)> done;
    };
    /// A group as the read found it. A stored group that appears in a delta is kept as its changes (who
    /// joined, who left) rather than completed into its whole member list from the store.
    struct GroupState
    {
        Group group;
        QSet<QString> members;
        bool changesOnly = false;
        QSet<QString> added, removed;
    };

    void reset();
    void readUsers();
    void readGroups();
    void completeIncremental();
    void readAudits();
    void succeed();
    void resync(const QString &why);
    void follow(std::shared_ptr<Traversal> t);
    void onPage(const std::shared_ptr<Traversal> &t, const HttpResponse &response);
    void fail(Error error);
    Status checkLink(const QUrl &link, const QString &kind) const;
    Status consumeUsers(const GraphPage &page);
    Status consumeGroups(const GraphPage &page);
    Status consumeAudits(const GraphPage &page);
    Status openStore();
    const User *storedUser(const QString &id);
    GroupState *groupState(const QString &id);
    QString summary(const DirectoryRead &read) const;

    QPointer<HttpClient> m_http;
    QUrl m_graphUrl;
    DirectoryReadRequest m_request;
    QPointer<HttpJob> m_job;
    std::unique_ptr<Store> m_store; // read-only use: stored users and memberships for an incremental read
    bool m_running = false;
    bool m_incremental = false;
    bool m_resynced = false;
    QUrl m_usersDeltaLink, m_groupsDeltaLink;
    QStringList m_warnings;
    int m_requests = 0;
    qint64 m_objects = 0;
    QStringList m_userOrder;
    QHash<QString, User> m_users;
    QSet<QString> m_removedUsers;
    QHash<QString, User> m_storedUsers; // incremental: the stored users that appeared in the delta
    QStringList m_groupOrder;
    QHash<QString, GroupState> m_groups;
    QSet<QString> m_removedGroups;
    QList<IdentityEvent> m_events;
    QSet<QString> m_eventIds;
};

} // namespace Scimflow
