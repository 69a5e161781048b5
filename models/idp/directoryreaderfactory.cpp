#include "directoryreaderfactory.h"

#include "oktadirectoryreader.h"
#include "scimclient.h"
#include "scimdirectoryreader.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow", text);
}

} // namespace

DirectoryConnection::~DirectoryConnection()
{
    reader.reset(); // before the clients it reads through
    scim.reset();
}

Result<std::unique_ptr<DirectoryConnection>>
makeDirectoryReader(const ConnectionProfile &profile, const QString &secret, const HttpClientOptions &options)
{
    auto c = std::make_unique<DirectoryConnection>();
    c->http = std::make_unique<HttpClient>(options);
    if (Status s = c->http->setCaFile(profile.caFile); !s)
        return s.error();
    switch (profile.idpKind) {
    case ConnectionProfile::IdpKind::Scim: {
        VendorProfile vendor;
        if (!VendorProfile::fromName(profile.vendor, &vendor))
            return Error::make(Error::Kind::InvalidInput,
                               tr("Unknown vendor profile \"%1\".").arg(profile.vendor));
        const QUrl url(profile.scimUrl.trimmed());
        if (Status s = HttpClient::checkUrl(url); !s)
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
            c->auth = std::make_unique<OAuthClientCredentials>(c->http.get(), config);
        } else {
            c->auth = std::make_unique<StaticTokenAuth>(secret);
        }
        c->http->setAuthProvider(c->auth.get());
        c->scim = std::make_unique<ScimClient>(c->http.get(), url, vendor);
        c->reader = std::make_unique<ScimDirectoryReader>(c->scim.get());
        return c;
    }
    case ConnectionProfile::IdpKind::Okta: {
        QUrl org(profile.orgUrl.trimmed());
        if (org.isEmpty() || org.host().isEmpty())
            return Error::make(Error::Kind::InvalidInput,
                               tr("Enter the Okta org URL, e.g. https://example.okta.com."));
        if (Status s = HttpClient::checkUrl(org); !s)
            return s.error();
        if (profile.authKind == ConnectionProfile::AuthKind::PrivateKeyJwt) {
            if (profile.clientId.trimmed().isEmpty())
                return Error::make(Error::Kind::InvalidInput,
                                   tr("Enter the client id of the Okta API service app."));
            OAuthClientCredentials::Config config;
            config.tokenUrl = org;
            config.tokenUrl.setPath(QStringLiteral("/oauth2/v1/token"));
            config.clientId = profile.clientId.trimmed();
            config.privateKeyPem = secret.toUtf8();
            config.scope = profile.scope.isEmpty() ? ConnectionProfile::oktaReadScopes() : profile.scope;
            if (!profile.keyId.isEmpty())
                config.assertionHeader.insert(QLatin1String("kid"), profile.keyId);
            if (Status s = JwtAssertion::checkPrivateKey(config.privateKeyPem); !s)
                return s.error();
            c->auth = std::make_unique<OAuthClientCredentials>(c->http.get(), config);
        } else {
            c->auth = std::make_unique<SchemeTokenAuth>(QStringLiteral("SSWS"), secret);
        }
        c->http->setAuthProvider(c->auth.get());
        c->reader = std::make_unique<OktaDirectoryReader>(c->http.get(), org);
        return c;
    }
    case ConnectionProfile::IdpKind::Entra:
        break;
    }
    return Error::make(
        Error::Kind::InvalidInput,
        tr("Reading Microsoft Entra ID through Microsoft Graph is not available in this build."));
}

} // namespace Scimflow
