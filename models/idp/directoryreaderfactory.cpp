#include "directoryreaderfactory.h"

#include "graphcertificate.h"
#include "graphdirectoryreader.h"
#include "oktadirectoryreader.h"
#include "scimclient.h"
#include "scimdirectoryreader.h"

#include <QCoreApplication>
#include <QFile>
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
    case ConnectionProfile::IdpKind::Entra: {
        if (profile.tenant.trimmed().isEmpty())
            return Error::make(Error::Kind::InvalidInput,
                               tr("Enter the Entra ID tenant (its id or primary domain)."));
        if (profile.clientId.trimmed().isEmpty())
            return Error::make(Error::Kind::InvalidInput,
                               tr("Enter the application (client) id of the app registration."));
        const QUrl graph = profile.graphUrl.trimmed().isEmpty() ? GraphDirectoryReader::defaultGraphUrl()
                                                                : QUrl(profile.graphUrl.trimmed());
        const QUrl login = profile.loginUrl.trimmed().isEmpty() ? GraphDirectoryReader::defaultLoginUrl()
                                                                : QUrl(profile.loginUrl.trimmed());
        for (const QUrl &url : {graph, login}) {
            if (Status s = HttpClient::checkUrl(url); !s)
                return s.error();
        }
        OAuthClientCredentials::Config config;
        config.tokenUrl = GraphDirectoryReader::tokenUrlFor(login, profile.tenant.trimmed());
        config.clientId = profile.clientId.trimmed();
        config.scope = GraphDirectoryReader::scopeFor(graph);
        if (profile.authKind == ConnectionProfile::AuthKind::PrivateKeyJwt) {
            // The key comes from the keychain (or the file the user named); the certificate, which is public,
            // from its file. Entra finds the certificate by the SHA-256 thumbprint in the x5t#S256 header.
            QByteArray pem = secret.toUtf8();
            if (!profile.certificateFile.isEmpty()) {
                QFile file(profile.certificateFile);
                if (!file.open(QIODevice::ReadOnly))
                    return Error::make(Error::Kind::InvalidInput,
                                       tr("Cannot read the certificate %1: %2")
                                           .arg(profile.certificateFile, file.errorString()));
                pem.prepend(file.readAll() + '\n');
            }
            const Result<GraphCertificate> certificate = GraphCertificate::fromPem(pem);
            if (!certificate)
                return Error::make(Error::Kind::InvalidInput, certificate.error().message);
            config.privateKeyPem = certificate->privateKeyPem;
            config.assertionHeader.insert(QLatin1String("x5t#S256"),
                                          QString::fromLatin1(certificate->thumbprintSha256));
        } else {
            config.clientSecret = secret;
        }
        c->auth = std::make_unique<OAuthClientCredentials>(c->http.get(), config);
        c->http->setAuthProvider(c->auth.get());
        c->reader = std::make_unique<GraphDirectoryReader>(c->http.get(), graph);
        return c;
    }
    }
    return Error::make(Error::Kind::Internal, tr("Unknown identity provider kind."));
}

} // namespace Scimflow
