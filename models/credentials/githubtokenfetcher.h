#pragma once

#include "credential.h"
#include "httprequest.h"
#include "result.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace Scimflow {

class HttpClient;

/// Reads the fine-grained personal access tokens that have access to one GitHub organisation
/// (GET /orgs/{org}/personal-access-tokens), following the Link header's rel="next" on the API host only.
/// Needs a GitHub App installation token (GithubAppAuth). A malformed page fails the whole read.
class GithubTokenFetcher : public QObject
{
    Q_OBJECT
public:
    GithubTokenFetcher(HttpClient &client, QUrl apiBase, QString organisation, QObject *parent = nullptr);

    void setPerPage(int perPage) { m_perPage = perPage; }
    void setMaxPages(int maxPages) { m_maxPages = maxPages; }
    const CredentialInventory &result() const { return m_result; }

    /// POST /orgs/{org}/personal-access-tokens/{id} with {"action":"revoke"}. GitHub has no undo.
    static HttpRequest revokeRequest(const QUrl &apiBase, const QString &organisation,
                                     const QString &tokenId);
    /// The URL of rel="next" among all Link headers of \a response (GitHub may send one header per rel).
    static QUrl nextLink(const HttpResponse &response);

public slots:
    void start();
    void cancel();

signals:
    void progress(int done, int total);
    void finished();
    void failed(const Scimflow::Error &error);

private:
    void fetch(const QUrl &url);
    void fail(const Error &error);
    Status parsePage(const QByteArray &body);

    HttpClient &m_client;
    QUrl m_apiBase;
    QString m_organisation;
    int m_perPage = 100;
    int m_maxPages = 20000;
    int m_pages = 0;
    QSet<QString> m_seenUrls;
    QSet<QString> m_seenIds;
    CredentialInventory m_result;
    QPointer<QObject> m_context;
    bool m_done = false;
};

} // namespace Scimflow
