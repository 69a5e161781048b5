#pragma once

#include "credential.h"
#include "httprequest.h"
#include "result.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

namespace Scimflow {

class HttpClient;

/// Reads the credential inventory of one Google Cloud project: its service accounts (IAM
/// projects.serviceAccounts.list, pageToken paging), each account's user- and system-managed keys, and the
/// last authentication of every account and key from Policy Analyzer's Activity Analyzer (day granularity).
/// Any failed or malformed page fails the whole read, so an inventory is written whole or not at all.
class GcpIamFetcher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QUrl iamBase{QStringLiteral("https://iam.googleapis.com")};
        QUrl policyAnalyzerBase{QStringLiteral("https://policyanalyzer.googleapis.com")};
        QString project;
        int pageSize = 100;          // IAM's maximum
        int activityPageSize = 1000; // Policy Analyzer's maximum
        int maxPages = 20000;
        int parallelKeyReads = 4;
    };

    GcpIamFetcher(HttpClient &client, Options options, QObject *parent = nullptr);

    const CredentialInventory &result() const { return m_result; }

    enum class Change { DisableAccount, EnableAccount, DisableKey, EnableKey, DeleteKey };
    /// The IAM request of a fix: POST …/serviceAccounts/{email}:disable|:enable, POST
    /// …/keys/{key}:disable|:enable, DELETE …/keys/{key}. \a resource is the account's email (accounts) or
    /// the key's resource name (keys).
    static HttpRequest changeRequest(const QUrl &iamBase, const QString &project, const QString &resource,
                                     Change change);

public slots:
    void start();
    void cancel();

signals:
    void progress(int done, int total);
    void finished();
    void failed(const Scimflow::Error &error);

private:
    /// One IAM or Policy Analyzer list: its URL without paging parameters, what it is (for errors), the
    /// array its items are in, and, for a paged list, which page-token set guards it against loops.
    struct ListRequest
    {
        QUrl url;
        QString what;
        QLatin1String arrayKey;
        int listing = -1; // index into m_tokens; -1: one answer (keys.list has no paging)
        int pageSize = 0;
        bool notFoundIsEmpty = false;
    };
    /// Takes one page's items; false when it failed the read.
    using ItemsHandler = std::function<bool(const QJsonArray &items)>;
    /// Reads every page of \a list: checks each answer (status, JSON object, array), hands its items to
    /// \a onItems and follows nextPageToken; calls \a onDone after the last page, fail() on any error.
    void getList(const ListRequest &list, const QString &pageToken, const ItemsHandler &onItems,
                 const std::function<void()> &onDone);
    void listAccounts();
    void readKeys();
    void readActivities(int type);
    void applyActivity(int type, const QString &fullResourceName, Timestamp at);
    void fail(const Error &error);
    bool checkToken(int listing, const QString &token);
    QUrl accountsUrl() const;

    HttpClient &m_client;
    Options m_options;
    CredentialInventory m_result;
    QHash<QString, qsizetype> m_accountIndex; // email and uniqueId (lower case) -> index in m_result.items
    QHash<QString, qsizetype> m_keyIndex;     // "account/keyid" (lower case) -> index
    QList<qsizetype> m_accountsToRead;
    qsizetype m_nextAccount = 0;
    int m_inFlight = 0;
    int m_pages = 0;
    QSet<QString> m_tokens[3]; // per listing: accounts, account activities, key activities
    QPointer<QObject> m_context;
    bool m_done = false;
};

} // namespace Scimflow
