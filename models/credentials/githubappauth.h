#pragma once

#include "authprovider.h"
#include "httpclient.h"

#include <QList>
#include <QUrl>

#include <memory>

namespace Scimflow {

/// Installation access tokens of a GitHub App for one organisation: an app JWT (RS256 with the App's private
/// key, iss = app id, iat 60 s in the past, exp 9 minutes ahead) finds the installation
/// (GET /orgs/{org}/installation) and is exchanged for a token (POST /app/installations/{id}/access_tokens).
/// The token is cached in memory until five minutes before its expires_at; the private key stays in memory.
class GithubAppAuth : public AuthProvider
{
    Q_OBJECT
public:
    struct Config
    {
        QUrl apiBase{QStringLiteral("https://api.github.com")};
        QString organisation;
        QString appId;
        QByteArray privateKeyPem;
        QString caFile;
        HttpClientOptions http;
        int refreshMarginMs = 5 * 60 * 1000;
    };

    explicit GithubAppAuth(Config config, QObject *parent = nullptr);
    ~GithubAppAuth() override;

    void authorization(Callback done) override;
    bool invalidate() override;
    int tokenRequests() const { return m_tokenRequests; }
    /// The app JWT for \a nowSeconds (tests check its claims).
    Result<QByteArray> appJwt(qint64 nowSeconds) const;
    /// The secrets to scrub from messages: the private key and the current token.
    QStringList secrets() const;

private:
    void findInstallation();
    void requestToken();
    void deliver(const Result<QByteArray> &result);
    HttpRequest appRequest(const QByteArray &method, const QString &path) const;

    Config m_config;
    std::unique_ptr<HttpClient> m_http; // its own client: its requests carry the app JWT, not the token
    QString m_installationId;
    QByteArray m_token;
    qint64 m_expiresAtMs = 0;
    bool m_fetching = false;
    int m_tokenRequests = 0;
    QList<Callback> m_waiting;
};

} // namespace Scimflow
