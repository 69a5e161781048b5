#include "scimconnection.h"

#include <QCoreApplication>

namespace Scimflow {

Result<std::unique_ptr<ScimConnection>> ScimConnection::create(const ConnectionProfile &profile,
                                                               const QString &secret,
                                                               const HttpClientOptions &options)
{
    VendorProfile vendor;
    if (!VendorProfile::fromName(profile.vendor, &vendor))
        return Error::make(
            Error::Kind::InvalidInput,
            QCoreApplication::translate("Scimflow::ScimConnection", "Unknown vendor profile \"%1\".")
                .arg(profile.vendor));
    const QUrl url(profile.scimUrl.trimmed());
    if (Status s = HttpClient::checkUrl(url); !s)
        return s.error();
    std::unique_ptr<ScimConnection> c(new ScimConnection);
    c->m_http = std::make_unique<HttpClient>(options);
    if (Status s = c->m_http->setCaFile(profile.caFile); !s)
        return s.error();
    if (profile.authKind == ConnectionProfile::AuthKind::OAuthClientCredentials) {
        const QUrl tokenUrl(profile.tokenUrl.trimmed());
        if (Status s = HttpClient::checkUrl(tokenUrl); !s)
            return s.error();
        OAuthClientCredentials::Config config;
        config.tokenUrl = tokenUrl;
        config.clientId = profile.clientId;
        config.clientSecret = secret;
        config.scope = profile.scope;
        c->m_auth = std::make_unique<OAuthClientCredentials>(c->m_http.get(), config);
    } else {
        c->m_auth = std::make_unique<StaticTokenAuth>(secret);
    }
    c->m_http->setAuthProvider(c->m_auth.get());
    c->m_client = std::make_unique<ScimClient>(c->m_http.get(), url, vendor);
    return c;
}

Result<std::unique_ptr<ScimConnection>>
ScimConnection::createTarget(const QString &baseUrl, const QString &vendor, const QString &token,
                             const QString &caFile, const HttpClientOptions &options)
{
    VendorProfile profile;
    if (!VendorProfile::targetFromName(vendor, &profile))
        return Error::make(Error::Kind::InvalidInput,
                           QCoreApplication::translate("Scimflow::ScimConnection",
                                                       "Unknown SCIM target profile \"%1\"; use one of %2.")
                               .arg(vendor, VendorProfile::targetNames().join(QStringLiteral(", "))));
    const QUrl url(baseUrl.trimmed());
    if (Status s = HttpClient::checkUrl(url); !s)
        return s.error();
    std::unique_ptr<ScimConnection> c(new ScimConnection);
    c->m_http = std::make_unique<HttpClient>(options);
    if (Status s = c->m_http->setCaFile(caFile); !s)
        return s.error();
    c->m_auth = std::make_unique<StaticTokenAuth>(token);
    c->m_http->setAuthProvider(c->m_auth.get());
    c->m_client = std::make_unique<ScimClient>(c->m_http.get(), url, profile);
    return c;
}

} // namespace Scimflow
