#include "scimerror.h"
#include "scimparser.h"

#include <QJsonDocument>
#include <QTest>

using namespace Scimflow;

// Test bodies are kept out of moc's sight: its preprocessor trips over raw strings with parentheses.
#ifndef Q_MOC_RUN
namespace {
void test_entraStringBooleansAndLimits()
{
    const QByteArray page =
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":2,
        "Resources":[{"id":"a","userName":"a@x","active":"False"},{"id":"b","userName":"b@x","active":"True",
        "emails":[{"value":"b2@x"},{"value":"b@x","primary":"True"}]}]})";
    const Result<ScimPage> p =
        ScimParser::parseListResponse(page, ScimParser::Kind::Users, VendorProfile::entra());
    QVERIFY(p.ok());
    QCOMPARE(p->users.size(), 2);
    QCOMPARE(p->users[0].active, false);
    QCOMPARE(p->users[1].active, true);
    QCOMPARE(p->users[1].email, QStringLiteral("b@x"));
    ScimLimits tight;
    tight.maxResourcesPerPage = 1;
    const auto limited =
        ScimParser::parseListResponse(page, ScimParser::Kind::Users, VendorProfile::generic(), tight);
    QVERIFY(!limited.ok());
    QCOMPARE(limited.error().kind, Error::Kind::TooLarge);
    const auto malformed = ScimParser::parseListResponse("{\"totalResults\":1,\"Resources\":[{",
                                                         ScimParser::Kind::Users, VendorProfile::generic());
    QCOMPARE(malformed.error().kind, Error::Kind::Protocol);
    const auto shape =
        ScimParser::parseListResponse("[1,2]", ScimParser::Kind::Users, VendorProfile::generic());
    QCOMPARE(shape.error().kind, Error::Kind::Protocol);
}

void test_scimErrorSchema()
{
    HttpRequest req;
    req.method = "GET";
    req.url = QUrl(QStringLiteral("https://idp.example.com/scim/v2/Users?filter=x"));
    HttpResponse resp;
    resp.status = 400;
    resp.body =
        R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"400","scimType":"invalidFilter","detail":"bad filter"})";
    const Error e = scimErrorFromResponse(req, resp);
    QCOMPARE(e.kind, Error::Kind::InvalidInput);
    QVERIFY(e.message.contains(QLatin1String("invalidFilter")));
    QVERIFY(e.message.contains(QLatin1String("bad filter")));
    // Percent-escapes in the URL stay as they are.
    req.url = QUrl(QStringLiteral(
        "https://idp.example.com/scim/v2/Users?filter=a%20gt%20%222026-01-01T00%3A00%3A00Z%22"));
    QVERIFY2(scimErrorFromResponse(req, resp).message.contains(QLatin1String("%3A00%3A00Z")),
             qPrintable(scimErrorFromResponse(req, resp).message));
    resp.status = 412;
    QCOMPARE(scimErrorFromResponse(req, resp).kind, Error::Kind::Conflict);
}

// Inputs the fuzzers found (tests/fuzz/corpus/scim_list/regression-*): out-of-range numbers were cast to
// qint64, which is undefined behaviour.
void test_hugeNumbers()
{
    const auto huge = ScimParser::parseListResponse(R"({"totalResults":1e68,"Resources":[]})",
                                                    ScimParser::Kind::Users, VendorProfile::generic());
    QVERIFY(!huge.ok());
    QCOMPARE(huge.error().kind, Error::Kind::Protocol);
    const auto start = ScimParser::parseListResponse(
        R"({"totalResults":1,"startIndex":1e68,"Resources":[{"id":1e68,"userName":"a@x"}]})",
        ScimParser::Kind::Users, VendorProfile::generic());
    QVERIFY(start.ok());
    QCOMPARE(start->startIndex, 0);
    QCOMPARE(start->users.size(), 1);
    QCOMPARE(start->users[0].scimId, QStringLiteral("1e+68"));
    const auto numeric =
        ScimParser::parseListResponse(R"({"totalResults":1,"Resources":[{"id":42,"userName":"a@x"}]})",
                                      ScimParser::Kind::Users, VendorProfile::generic());
    QCOMPARE(numeric->users[0].scimId, QStringLiteral("42"));
}

// Qt's JSON parser refuses nesting beyond 1024 levels (QJsonParseError::DeepNesting) without recursing
// that deep, so a hostile page is an error, not a stack overflow.
void test_deepNesting()
{
    const QByteArray deep = QByteArray(200000, '[') + QByteArray(200000, ']');
    QJsonParseError error;
    QJsonDocument::fromJson(deep, &error);
    QCOMPARE(error.error, QJsonParseError::DeepNesting);
    const auto page = ScimParser::parseListResponse(
        "{\"totalResults\":1,\"Resources\":[{\"id\":\"a\",\"userName\":" + deep + "}]}",
        ScimParser::Kind::Users, VendorProfile::generic());
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, Error::Kind::Protocol);
}
} // namespace
#endif

/// The SCIM response parser and error mapping the client uses.
class TestScimParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void entraStringBooleansAndLimits() { test_entraStringBooleansAndLimits(); }
    void scimErrorSchema() { test_scimErrorSchema(); }
    void hugeNumbers() { test_hugeNumbers(); }
    void deepNesting() { test_deepNesting(); }
};

QTEST_GUILESS_MAIN(TestScimParser)
#include "tst_scimparser.moc"
