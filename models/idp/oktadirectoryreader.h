#pragma once

#include "directoryreader.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>

namespace Scimflow {

class HttpClient;
class HttpJob;

/// Reads an Okta org through the Management API and the System Log:
/// - users from /api/v1/users (a full read adds `search=status eq "DEPROVISIONED"`, which the plain listing
///   leaves out), groups from /api/v1/groups and members from /api/v1/groups/{id}/users;
/// - incremental reads with `search=lastUpdated gt "…"` for users and groups (and lastMembershipUpdated for
///   groups whose members changed: only those groups' members are read again);
/// - the System Log (/api/v1/logs) over [logSince, logUntil) for lifecycle and membership events.
/// Paging follows only the `Link: <…>; rel="next"` header (the `after` cursor is opaque), on the org's own
/// host. Rate limits (429 E0000047 with X-Rate-Limit-Reset) are waited out by HttpClient within its bound.
class OktaDirectoryReader : public DirectoryReader
{
    Q_OBJECT
public:
    struct Options
    {
        int pageLimit = 200;       // users, groups and members per page (Okta's maximum for these lists)
        int logPageLimit = 1000;   // System Log events per page
        int memberConcurrency = 4; // groups whose members are read at once
        int logRetentionDays = 90; // Okta keeps 90 days of System Log
    };

    /// \a orgUrl is https://ORG.okta.com (or the sandbox); \a http carries the SSWS or OAuth auth provider.
    OktaDirectoryReader(HttpClient *http, QUrl orgUrl, QObject *parent = nullptr);
    OktaDirectoryReader(HttpClient *http, QUrl orgUrl, Options options, QObject *parent = nullptr);

    QString sourceName() const override { return QStringLiteral("okta"); }
    bool canReadIncrementally() const override { return true; }
    void start(const DirectoryReadRequest &request) override;
    void cancel() override;

    /// Checks the credential in two small reads (a user, a System Log event), for the connection dialog's
    /// Test button: a readable line, or why the org refused.
    void probe(QObject *context, std::function<void(const Result<QString> &)> done);

    /// The URL of an API path on the org (for the fixes and tests).
    QUrl apiUrl(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;

private:
    using PageHandler = std::function<Status(const QJsonArray &page)>;
    /// Fetches \a first and every page its Link next headers lead to, calling \a onPage for each; then
    /// \a done with the outcome. Refuses links off the org's host and links that repeat a page.
    void fetchAll(const QUrl &first, PageHandler onPage, std::function<void(const Status &)> done);
    void readUsers(const QUrl &first, std::function<void()> next);
    void readGroups();
    void readMembers();
    void startNextMembers();
    void readLog();
    void done();
    void fail(const Error &error);
    Error responseError(const QUrl &url, int status, const QByteArray &body) const;

    QPointer<HttpClient> m_http;
    QUrl m_org;
    Options m_options;
    DirectoryReadRequest m_request;
    DirectoryRead m_read;
    QList<QPointer<HttpJob>> m_jobs;
    QHash<QString, int> m_userIndex;
    QList<int> m_memberQueue; // indexes into m_read.groups whose members are to be read
    int m_membersInFlight = 0;
    qint64 m_memberships = 0;
    int m_deactivations = 0;
    bool m_finished = false;
    bool m_cancelled = false;
    qint64 m_generation = 0;
};

} // namespace Scimflow
