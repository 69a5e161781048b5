#include "httpclient.h"

#include "authprovider.h"
#include "httpjob.h"
#include "secretredactor.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>

namespace Scimflow {

HttpClient::HttpClient(HttpClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
{
    // Same-origin redirects only: never carry the Authorization header to another host.
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

HttpClient::~HttpClient() = default;

Status HttpClient::setCaFile(const QString &path)
{
    if (path.isEmpty()) {
        m_caCertificates.clear();
        m_network->clearConnectionCache();
        return {};
    }
    QList<QSslCertificate> certs = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromPath(path, QSsl::Der);
    if (certs.isEmpty())
        return Error::make(
            Error::Kind::InvalidInput,
            tr("No certificate could be read from %1; give a PEM or DER CA certificate file.").arg(path));
    m_caCertificates = certs;
    // Open connections keep the TLS configuration they were made with: drop them so the new CA applies.
    m_network->clearConnectionCache();
    return {};
}

void HttpClient::setAuthProvider(AuthProvider *auth)
{
    m_auth = auth;
}

HttpJob *HttpClient::send(const HttpRequest &request)
{
    auto *job = new HttpJob(this, request);
    connect(job, &HttpJob::finished, job, &QObject::deleteLater);
    // Started from the event loop so that callers can connect to finished() first.
    QMetaObject::invokeMethod(job, &HttpJob::start, Qt::QueuedConnection);
    return job;
}

HttpJob *HttpClient::send(const HttpRequest &request, QObject *context,
                          std::function<void(const Result<HttpResponse> &)> done)
{
    HttpJob *job = send(request);
    connect(job, &HttpJob::finished, context, [job, done = std::move(done)] { done(job->result()); });
    return job;
}

Status HttpClient::checkUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error::make(
            Error::Kind::InvalidInput,
            tr("\"%1\" is not a valid URL; enter an address such as https://idp.example.com/scim/v2.")
                .arg(SecretRedactor::url(url)));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        const QString host = url.host().toLower();
        const QHostAddress address(host);
        if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
            return {};
        return Error::make(Error::Kind::InvalidInput,
                           tr("Plain http is only allowed to this computer (127.0.0.1, ::1, localhost); use "
                              "https:// for %1.")
                               .arg(url.host()));
    }
    return Error::make(Error::Kind::InvalidInput,
                       tr("Unsupported URL scheme \"%1\"; use https://.").arg(url.scheme()));
}

Error HttpClient::statusError(const HttpRequest &request, const HttpResponse &response)
{
    const QString what =
        QString::fromLatin1(request.method) + QLatin1Char(' ') + SecretRedactor::url(request.url);
    Error::Kind kind = Error::Kind::Http;
    QString hint = tr("check the server's logs");
    switch (response.status) {
    case 401:
    case 403:
        kind = Error::Kind::Auth;
        hint = tr("check the token and its permissions");
        break;
    case 404:
        kind = Error::Kind::NotFound;
        hint = tr("the resource no longer exists; sync again");
        break;
    case 409:
    case 412:
        kind = Error::Kind::Conflict;
        hint = tr("the resource changed on the server; re-read it and try again");
        break;
    case 429:
        kind = Error::Kind::RateLimited;
        hint = tr("wait and try again");
        break;
    default:
        break;
    }
    return Error::make(kind, tr("%1 answered HTTP %2: %3.").arg(what).arg(response.status).arg(hint),
                       response.status);
}

} // namespace Scimflow
