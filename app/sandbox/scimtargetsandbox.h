#pragma once

#include "group.h"
#include "user.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QHttpServerRequest;

namespace Scimflow {

class SandboxServer;
struct SandboxResponse;

/// A SCIM provisioning target shaped like AWS IAM Identity Center's SCIM endpoint (its public developer
/// guide): ListUsers and ListGroups return at most 100 per page and page by opaque cursor only (startIndex is
/// ignored: without a cursor the answer is always the first page); filters are `eq` joined by `and` on
/// userName, externalId, id, displayName, members and manager, anything else (`meta.lastModified gt`) is a
/// 400; groups are listed and read with an empty "members", a user's groups come from
/// `GET /Groups?filter=members eq "<id>"`; PatchGroup refuses `replace` of members and removing all members.
/// Cursors carry a checksum and an issue time: a tampered one is answered with scimType invalidCursor, an
/// old one with expiredCursor. Served on a SandboxServer, so its FaultInjector applies.
class ScimTargetSandbox : public QObject
{
    Q_OBJECT
public:
    /// Serves under \a pathPrefix, e.g. "/aws/scim/v2".
    ScimTargetSandbox(SandboxServer &server, QString pathPrefix, QString token, QObject *parent = nullptr);

    QUrl baseUrl() const;
    void setToken(const QString &token) { m_token = token; }

    void addUser(const User &user); // keeps the first email only, as Identity Center does
    void addGroup(const Group &group);
    void setUserActive(const QString &id, bool active);
    void removeUser(const QString &id);
    const User *user(const QString &id) const;
    const Group *group(const QString &id) const;
    int userCount() const { return int(m_users.size()); }

    // Cursor faults for tests: the next \a n cursors handed out are altered after signing (the next request
    // gets invalidCursor), issued as already expired (expiredCursor), or the next \a n pages hand back the
    // cursor they were asked with (a paging loop).
    void tamperNextCursors(int n) { m_tamper = n; }
    void expireNextCursors(int n) { m_expire = n; }
    void repeatNextCursors(int n) { m_repeat = n; }
    void setCursorLifetimeMs(qint64 ms) { m_cursorLifetimeMs = ms; }
    /// Announces RFC 9865's `"pagination": {"cursor": true, "index": false}` in ServiceProviderConfig (off by
    /// default: Identity Center's guide does not document it), for clients that discover cursor paging.
    void setAnnouncesCursorPaging(bool on) { m_announcesCursor = on; }

    /// Every PATCH received, in order: the resource path and the body as sent.
    struct ReceivedPatch
    {
        QString path;
        QByteArray body;
    };
    const QList<ReceivedPatch> &patches() const { return m_patches; }
    /// GET requests on /Users and /Groups (listings and per-user membership queries).
    int listRequests() const { return m_listRequests; }
    int membershipQueries() const { return m_membershipQueries; }

private:
    void registerRoutes();
    SandboxResponse list(bool users, const QHttpServerRequest &request);
    SandboxResponse getOne(bool users, const QString &id) const;
    SandboxResponse patch(bool users, const QString &id, const QHttpServerRequest &request);
    SandboxResponse discovery(const QString &what) const;
    QByteArray userJson(const User &u) const;
    QByteArray groupJson(const Group &g) const;
    QString issueCursor(bool users, qint64 offset);
    /// The offset a cursor stands for, or an error response (invalidCursor / expiredCursor).
    qint64 readCursor(bool users, const QString &cursor, SandboxResponse *error) const;

    SandboxServer &m_server;
    QString m_prefix;
    QString m_token;
    QList<User> m_users;
    QList<Group> m_groups;
    QByteArray m_secret;
    qint64 m_cursorLifetimeMs = 10 * 60 * 1000;
    int m_tamper = 0, m_expire = 0, m_repeat = 0;
    bool m_announcesCursor = false;
    QList<ReceivedPatch> m_patches;
    int m_listRequests = 0;
    int m_membershipQueries = 0;
};

/// An error answer in Identity Center's shape: SCIM Error schema, status as a string, scimType where it
/// has one, plus its exceptionRequestId and timeStamp.
SandboxResponse awsScimError(int status, const QString &detail, const QString &scimType = QString());

} // namespace Scimflow
