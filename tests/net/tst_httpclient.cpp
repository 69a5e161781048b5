#include "authprovider.h"
#include "httpclient.h"
#include "httpjob.h"
#include "sandboxserver.h"
#include "sandboxtokenendpoint.h"
#include "secretredactor.h"
#include "tlsproxy.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace Scimflow;

namespace {
const QString kToken = QStringLiteral("tok-CANARY-5b1e9d");

Result<HttpResponse> run(HttpClient &http, const HttpRequest &request)
{
    HttpJob *job = http.send(request);
    QSignalSpy spy(job, &HttpJob::finished);
    Result<HttpResponse> out = Error::make(Error::Kind::Internal, QStringLiteral("no answer"));
    QObject::connect(job, &HttpJob::finished, [&out, job] { out = job->result(); });
    if (!spy.wait(10000))
        return Error::make(Error::Kind::Internal, QStringLiteral("test timed out"));
    return out;
}
} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
    SandboxServer *m_server = nullptr;
    int m_tokenRequests = 0;
    double m_expiresIn = 3600;
    QByteArray m_lastAuthorization;
    HttpClientOptions fast()
    {
        HttpClientOptions o;
        o.timeoutMs = 400;
        o.backoffBaseMs = 5;
        o.backoffMaxMs = 20;
        o.maxRetries = 3;
        o.maxResponseBytes = 1 << 20;
        o.maxRateLimitWaitMs = 5000;
        return o;
    }
    QUrl url(const QString &path) const { return QUrl(m_server->baseUrl().toString() + path); }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = new SandboxServer(this);
        QVERIFY(m_server->listen(0).ok());
        m_server->route(QStringLiteral("/echo"),
                        [this](const QStringList &, const QHttpServerRequest &req, FaultInjector &) {
                            m_lastAuthorization = req.value("Authorization");
                            return SandboxResponse::json(200, "{\"ok\":true}", "application/json");
                        });
        m_server->route(QStringLiteral("/protected"),
                        [this](const QStringList &, const QHttpServerRequest &req, FaultInjector &) {
                            const bool ok = req.value("Authorization") ==
                                            "Bearer issued-" + QByteArray::number(m_tokenRequests);
                            return ok ? SandboxResponse::json(200, "{}", "application/json")
                                      : SandboxServer::scimError(401, QStringLiteral("expired"));
                        });
        m_server->route(QStringLiteral("/token"), [this](const QStringList &,
                                                         const QHttpServerRequest &request, FaultInjector &) {
            if (!request.value("Authorization").startsWith("Basic "))
                return SandboxResponse::json(401, "{\"error\":\"invalid_client\"}", "application/json");
            ++m_tokenRequests;
            const QJsonObject o{
                {QLatin1String("access_token"), QStringLiteral("issued-%1").arg(m_tokenRequests)},
                {QLatin1String("token_type"), QStringLiteral("Bearer")},
                {QLatin1String("expires_in"), m_expiresIn}};
            return SandboxResponse::json(200, QJsonDocument(o).toJson(), "application/json");
        });
    }

    void init() { m_server->faults().clear(); }

    void urlPolicy()
    {
        QVERIFY(HttpClient::checkUrl(QUrl(QStringLiteral("https://idp.example.com/scim/v2"))).ok());
        QVERIFY(HttpClient::checkUrl(QUrl(QStringLiteral("http://127.0.0.1:8080/scim/v2"))).ok());
        QVERIFY(HttpClient::checkUrl(QUrl(QStringLiteral("http://127.9.9.9/"))).ok());
        QVERIFY(HttpClient::checkUrl(QUrl(QStringLiteral("http://[::1]:80/"))).ok());
        QVERIFY(HttpClient::checkUrl(QUrl(QStringLiteral("http://localhost/"))).ok());
        const Status plain = HttpClient::checkUrl(QUrl(QStringLiteral("http://idp.example.com/scim/v2")));
        QVERIFY(!plain.ok());
        QVERIFY(plain.error().message.contains(QLatin1String("https://")));
        QVERIFY(!HttpClient::checkUrl(QUrl(QStringLiteral("ftp://127.0.0.1/"))).ok());
    }

    void retriesServerErrorsThenSucceeds()
    {
        HttpClient http(fast());
        m_server->faults().add(*Fault::parse(QStringLiteral("503x2@/echo")));
        const auto r = run(http, HttpRequest::get(url(QStringLiteral("/echo"))));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->attempts, 3);
    }

    void givesUpAfterMaxRetries()
    {
        HttpClient http(fast());
        m_server->faults().add(*Fault::parse(QStringLiteral("500x0@/echo")));
        const auto r = run(http, HttpRequest::get(url(QStringLiteral("/echo"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Http);
        QCOMPARE(r.error().httpStatus, 500);
        QVERIFY(r.error().message.contains(QLatin1String("4 attempts")));
    }

    void honoursRetryAfter()
    {
        HttpClient http(fast());
        m_server->faults().add(*Fault::parse(QStringLiteral("429:1@/echo")));
        QElapsedTimer t;
        t.start();
        const auto r = run(http, HttpRequest::get(url(QStringLiteral("/echo"))));
        QVERIFY(r.ok());
        QVERIFY2(t.elapsed() >= 900, qPrintable(QString::number(t.elapsed())));
    }

    void honoursOktaRateLimitReset()
    {
        HttpClient http(fast());
        m_server->faults().add(*Fault::parse(QStringLiteral("429-okta@/echo")));
        const auto r = run(http, HttpRequest::get(url(QStringLiteral("/echo"))));
        QVERIFY(r.ok());
        QCOMPARE(r->attempts, 2);
    }

    void rateLimitTooLongFails()
    {
        HttpClientOptions o = fast();
        o.maxRateLimitWaitMs = 100;
        HttpClient http(o);
        m_server->faults().add(*Fault::parse(QStringLiteral("429:60@/echo")));
        const auto r = run(http, HttpRequest::get(url(QStringLiteral("/echo"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::RateLimited);
    }

    void timeoutIsReported()
    {
        HttpClientOptions o = fast();
        o.maxRetries = 1;
        HttpClient http(o);
        m_server->faults().add(*Fault::parse(QStringLiteral("slow:2000x0@/echo")));
        const auto r = run(http, HttpRequest::get(url(QStringLiteral("/echo"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Timeout);
    }

    void responseSizeCap()
    {
        HttpClient http(fast());
        m_server->faults().add(*Fault::parse(QStringLiteral("huge:3000000@/echo")));
        const auto r = run(http, HttpRequest::get(url(QStringLiteral("/echo"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::TooLarge);
    }

    void contentTypeChecked()
    {
        HttpClient http(fast());
        m_server->faults().add(*Fault::parse(QStringLiteral("content-type@/echo")));
        HttpRequest req = HttpRequest::get(url(QStringLiteral("/echo")));
        req.acceptedTypes = {"application/json"};
        const auto r = run(http, req);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Protocol);
        QVERIFY(r.error().message.contains(QLatin1String("text/html")));
    }

    void tlsFailureIsNotRetriedAndIsClear()
    {
        HttpClient http(fast());
        QUrl u = url(QStringLiteral("/echo"));
        u.setScheme(QStringLiteral("https")); // the sandbox speaks plain http: the handshake fails
        const auto r = run(http, HttpRequest::get(u));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Network);
    }

    void honoursGithubRateLimitReset()
    {
        // GitHub's primary limit: 403 with x-ratelimit-remaining: 0; waits until x-ratelimit-reset.
        HttpClient http(fast());
        m_server->faults().add(*Fault::parse(QStringLiteral("429-github@/echo")));
        const auto r = run(http, HttpRequest::get(url(QStringLiteral("/echo"))));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->status, 200);
        QCOMPARE(r->attempts, 2);
        // A wait beyond what the client accepts fails as rate limited, naming the status.
        HttpClientOptions o = fast();
        o.maxRateLimitWaitMs = 0;
        HttpClient impatient(o);
        m_server->faults().add(*Fault::parse(QStringLiteral("429-github@/echo")));
        const auto limited = run(impatient, HttpRequest::get(url(QStringLiteral("/echo"))));
        if (!limited.ok()) { // the reset may fall in the current second: then it is retried at once
            QCOMPARE(limited.error().kind, Error::Kind::RateLimited);
            QVERIFY(limited.error().message.contains(QLatin1String("HTTP 403")));
        }
    }

    void fiftyMegabyteResponse()
    {
        // The default cap (64 MB) lets a legitimate 50 MB page through and refuses a bigger one as soon as
        // its Content-Length arrives.
        HttpClientOptions o = fast();
        o.maxResponseBytes = HttpClientOptions().maxResponseBytes;
        o.timeoutMs = 10000;
        HttpClient http(o);
        QElapsedTimer t;
        t.start();
        m_server->faults().add(*Fault::parse(QStringLiteral("huge:52428800@/echo")));
        const auto big = run(http, HttpRequest::get(url(QStringLiteral("/echo"))));
        QVERIFY2(big.ok(), qPrintable(big.ok() ? QString() : big.error().message));
        QVERIFY(big->body.size() > 50 * 1024 * 1024);
        QVERIFY(QJsonDocument::fromJson(big->body).object().value(QLatin1String("ok")).toBool());
        const qint64 acceptedMs = t.restart();
        m_server->faults().add(*Fault::parse(QStringLiteral("huge:68157440@/echo")));
        const auto tooBig = run(http, HttpRequest::get(url(QStringLiteral("/echo"))));
        QVERIFY(!tooBig.ok());
        QCOMPARE(tooBig.error().kind, Error::Kind::TooLarge);
        QVERIFY2(tooBig.error().message.contains(QLatin1String("64.0 MB")),
                 qPrintable(tooBig.error().message));
        qInfo("50 MB accepted in %lld ms, 65 MB refused in %lld ms", acceptedMs, t.elapsed());
    }

    void untrustedCertificateFailsUntilItsCaIsGiven()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (OpenSSL) is not available at run time");
        TlsProxy proxy(m_server->port());
        QVERIFY(proxy.start());
        const QUrl secure = proxy.secure(url(QStringLiteral("/echo")));
        HttpClient http(fast());
        const auto refused = run(http, HttpRequest::get(secure));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Network);
        QVERIFY2(refused.error().message.contains(QLatin1String("TLS handshake with 127.0.0.1 failed")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(QLatin1String("CA file")));
        QCOMPARE(proxy.handshakes(), 0);

        QVERIFY(!http.setCaFile(QStringLiteral("/nonexistent/ca.pem")).ok());
        QVERIFY(http.setCaFile(TlsProxy::caFile()).ok());
        const auto trusted = run(http, HttpRequest::get(secure));
        QVERIFY2(trusted.ok(), qPrintable(trusted.ok() ? QString() : trusted.error().message));
        QCOMPARE(trusted->status, 200);
        QCOMPARE(proxy.handshakes(), 1);
    }

    void tokenEndpointRefusalIsExplained()
    {
        SandboxTokenEndpoint endpoint(*m_server, QStringLiteral("console"), QStringLiteral("right-secret"),
                                      {});
        HttpClient http(fast());
        OAuthClientCredentials::Config config;
        config.tokenUrl = endpoint.tokenUrl();
        config.clientId = QStringLiteral("console");
        config.clientSecret = kToken; // not the registered secret
        OAuthClientCredentials auth(&http, config);
        http.setAuthProvider(&auth);
        const auto r = run(http, HttpRequest::get(url(QStringLiteral("/echo"))));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Auth);
        QVERIFY2(r.error().message.contains(QLatin1String("refused the client credentials (HTTP 401, "
                                                          "invalid_client)")),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(kToken));
        QCOMPARE(endpoint.grants(), 0);
    }

    void staticBearerTokenIsSentAndRedacted()
    {
        HttpClient http(fast());
        StaticTokenAuth auth(kToken);
        http.setAuthProvider(&auth);
        const auto r = run(http, HttpRequest::get(url(QStringLiteral("/echo"))));
        QVERIFY(r.ok());
        QCOMPARE(m_lastAuthorization, "Bearer " + kToken.toUtf8());
        HttpRequest req = HttpRequest::get(url(QStringLiteral("/echo?access_token=") + kToken));
        req.body = R"({"client_secret":"tok-CANARY-5b1e9d","name":"x"})";
        const QString preview = RequestPreview::of(req).toText();
        QVERIFY(!preview.contains(kToken));
        QVERIFY(preview.contains(QLatin1String("Authorization: Bearer [redacted]")));
        QVERIFY(preview.contains(QLatin1String("\"name\":\"x\"")));
        QVERIFY(!SecretRedactor::redact(QStringLiteral("grant_type=x&client_secret=tok-CANARY-5b1e9d"))
                     .contains(kToken));
    }

    void oauthCachesRefreshesAndRetriesOn401()
    {
        HttpClient http(fast());
        OAuthClientCredentials::Config config;
        config.tokenUrl = url(QStringLiteral("/token"));
        config.clientId = QStringLiteral("console");
        config.clientSecret = kToken;
        OAuthClientCredentials auth(&http, config);
        http.setAuthProvider(&auth);
        m_tokenRequests = 0;
        m_expiresIn = 3600;
        QVERIFY(run(http, HttpRequest::get(url(QStringLiteral("/protected")))).ok());
        QVERIFY(run(http, HttpRequest::get(url(QStringLiteral("/protected")))).ok());
        QCOMPARE(auth.tokenRequests(), 1); // cached
        // An expired token on the server side: exactly one refresh and retry.
        m_server->faults().add(*Fault::parse(QStringLiteral("expired-token@/protected")));
        const auto r = run(http, HttpRequest::get(url(QStringLiteral("/protected"))));
        QVERIFY(r.ok());
        QCOMPARE(auth.tokenRequests(), 2);
        // A token about to expire is replaced before use.
        m_expiresIn = 10; // below the 60 s refresh margin
        auth.invalidate();
        QVERIFY(run(http, HttpRequest::get(url(QStringLiteral("/protected")))).ok());
        QVERIFY(run(http, HttpRequest::get(url(QStringLiteral("/protected")))).ok());
        QCOMPARE(auth.tokenRequests(), 4);
        // 401 twice: one refresh only, then a clear Auth error.
        m_server->faults().add(*Fault::parse(QStringLiteral("expired-tokenx2@/protected")));
        m_expiresIn = 3600;
        const auto denied = run(http, HttpRequest::get(url(QStringLiteral("/protected"))));
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().kind, Error::Kind::Auth);
        QVERIFY(!denied.error().message.contains(QLatin1String("issued-")));
        // A nonsense lifetime neither overflows nor makes every request fetch a new token.
        m_expiresIn = 1e300;
        auth.invalidate();
        const int before = auth.tokenRequests();
        QVERIFY(run(http, HttpRequest::get(url(QStringLiteral("/protected")))).ok());
        QVERIFY(run(http, HttpRequest::get(url(QStringLiteral("/protected")))).ok());
        QCOMPARE(auth.tokenRequests(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
