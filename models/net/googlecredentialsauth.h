#pragma once

#include "authprovider.h"
#include "googlecredentials.h"

#include <QList>
#include <QPointer>

namespace Scimflow {

/// Access tokens for Google APIs from GoogleCredentials: a JWT bearer grant (RFC 7523, RS256 assertion) for a
/// service-account key, a refresh-token grant for an authorized_user file, at the file's token_uri. Like
/// OAuthClientCredentials, the token is kept in memory with its expiry, fetched again shortly before it
/// expires or after a 401, and never stored.
class GoogleCredentialsAuth : public AuthProvider
{
    Q_OBJECT
public:
    GoogleCredentialsAuth(HttpClient *client, GoogleCredentials credentials, QObject *parent = nullptr);
    void authorization(Callback done) override;
    bool invalidate() override;
    int tokenRequests() const { return m_tokenRequests; }
    void setRefreshMarginMs(int ms) { m_refreshMarginMs = ms; }

private:
    void requestToken();
    void deliver(const Result<QByteArray> &result);
    QString source() const;

    QPointer<HttpClient> m_client;
    GoogleCredentials m_credentials;
    QByteArray m_token;
    qint64 m_expiresAtMs = 0;
    int m_refreshMarginMs = 60000;
    bool m_fetching = false;
    int m_tokenRequests = 0;
    QList<Callback> m_waiting;
};

} // namespace Scimflow
