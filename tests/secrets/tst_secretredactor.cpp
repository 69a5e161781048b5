#include "secretredactor.h"

#include <QTest>

using namespace Scimflow;

/// The one redactor, used by the HTTP layer, the audit log and error messages: every pattern either of its
/// two predecessors knew, one placeholder.
class TestSecretRedactor : public QObject
{
    Q_OBJECT

private slots:
    void freeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("authorization header") << "Authorization: Bearer eyJhbGciOi.x.y"
                                              << "eyJhbGciOi";
        QTest::newRow("proxy authorization") << "Proxy-Authorization: Basic dXNlcjpwYXNz"
                                             << "dXNlcjpwYXNz";
        QTest::newRow("sso-key") << "Authorization: sso-key k3y:s3cr3t"
                                 << "s3cr3t";
        QTest::newRow("bearer in a message") << "the server refused bearer abcd1234efgh"
                                             << "abcd1234efgh";
        QTest::newRow("cookie header") << "GET /\nCookie: sid=s3ss10n; theme=dark\n"
                                       << "s3ss10n";
        QTest::newRow("api key header") << "X-Api-Key: k-123456\nAccept: */*"
                                        << "k-123456";
        QTest::newRow("json client_secret") << "{\"client_secret\":\"s3cr3t\",\"a\":1}"
                                            << "s3cr3t";
        QTest::newRow("json assertion") << "{\"client_assertion\": \"eyJ.jwt.sig\"}"
                                        << "eyJ.jwt.sig";
        QTest::newRow("json private_key") << "{\"private_key\":\"-----BEGIN KEY-----\\nMII\"}"
                                          << "MII";
        QTest::newRow("json credential") << "{\"credentialValue\":\"c-9876\"}"
                                         << "c-9876";
        QTest::newRow("json escaped quote") << "{\"password\":\"q9\\\"z7\"}"
                                            << "z7";
        QTest::newRow("form body") << "grant_type=client_credentials&client_secret=tok-5b1e9d"
                                   << "tok-5b1e9d";
        QTest::newRow("form body first") << "client_assertion=eyJ.abc&grant_type=x"
                                         << "eyJ.abc";
        QTest::newRow("query token") << "GET https://idp.example/x?access_token=abc123&y=1"
                                     << "abc123";
        QTest::newRow("query key") << "https://maps.example/api?key=AIzaXYZ&q=1"
                                   << "AIzaXYZ";
        QTest::newRow("query sig") << "https://blob.example/c?sv=1&sig=Zm9vYmFy"
                                   << "Zm9vYmFy";
        QTest::newRow("query signature") << "https://s3.example/o?X-Amz-Signature=deadbeef"
                                         << "deadbeef";
        QTest::newRow("user info") << "PATCH https://admin:hunter2@idp.example/scim/v2/Users/1"
                                   << "hunter2";
    }

    void freeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString out = SecretRedactor::redact(text);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY2(out.contains(SecretRedactor::placeholder()), qPrintable(out));
        QCOMPARE(SecretRedactor::redact(out), out); // redacting twice changes nothing
    }

    void keepsWhatIsNotASecret()
    {
        const QString text =
            QStringLiteral("PATCH https://idp.example/scim/v2/Users/1?attributes=userName&monkey=1\n"
                           "{\"userName\":\"ada@example.com\",\"active\":false,\"tokenCount\":3}");
        QCOMPARE(SecretRedactor::redact(text), text);
    }

    void headersAndUrls()
    {
        QCOMPARE(SecretRedactor::headerValue("Cookie", "sid=1"), SecretRedactor::placeholder());
        QCOMPARE(SecretRedactor::headerValue("X-Api-Key", "k"), SecretRedactor::placeholder());
        QCOMPARE(SecretRedactor::headerValue("If-Match", "W/\"3\""), QStringLiteral("W/\"3\""));
        const QString url = SecretRedactor::url(
            QUrl(QStringLiteral("https://u:p4ss@idp.example/x?client_secret=s3&sig=abc&count=5")));
        QVERIFY2(!url.contains(QLatin1String("p4ss")) && !url.contains(QLatin1String("s3&")) &&
                     !url.contains(QLatin1String("abc")),
                 qPrintable(url));
        QVERIFY(url.contains(QLatin1String("count=5")));
        QCOMPARE(
            SecretRedactor::scrub(QStringLiteral("failed: tok-1234 rejected"), QStringLiteral("tok-1234")),
            QStringLiteral("failed: [redacted] rejected"));
        QCOMPARE(SecretRedactor::scrub(QStringLiteral("abc"), QStringLiteral("ab")), QStringLiteral("abc"));
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
