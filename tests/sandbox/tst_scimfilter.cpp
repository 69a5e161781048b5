#include "scimfilter.h"
#include "scimfiltertext.h"
#include "scimparser.h"

#include <QJsonDocument>
#include <QTest>

using namespace Scimflow;

// Test bodies are kept out of moc's sight: its preprocessor trips over raw strings with parentheses.
#ifndef Q_MOC_RUN
namespace {
void test_roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("eq") << R"(userName eq "bjensen")"
                        << R"(userName eq "bjensen")";
    QTest::newRow("case") << R"(userName EQ "x" AND active Eq true)"
                          << R"(userName eq "x" and active eq true)";
    QTest::newRow("pr") << "title pr"
                        << "title pr";
    QTest::newRow("gt date") << R"(meta.lastModified gt "2026-01-05T12:00:00Z")"
                             << R"(meta.lastModified gt "2026-01-05T12:00:00Z")";
    QTest::newRow("precedence") << R"(a eq 1 or b eq 2 and c eq 3)"
                                << R"(a eq 1 or b eq 2 and c eq 3)";
    QTest::newRow("exponent") << R"(a gt 8.888888888888888e+26 and b lt -1E-3)"
                              << R"(a gt 8.888888888888888e+26 and b lt -0.001)";
    QTest::newRow("right grouping") << R"(a pr or (b pr or c pr))"
                                    << R"(a pr or (b pr or c pr))";
    QTest::newRow("left grouping") << R"(((a pr or b pr) or c pr) and (d pr and e pr))"
                                   << R"((a pr or b pr or c pr) and (d pr and e pr))";
    QTest::newRow("parens") << R"((a eq 1 or b eq 2) and c eq 3)"
                            << R"((a eq 1 or b eq 2) and c eq 3)";
    QTest::newRow("not") << R"(not (userName sw "j"))"
                         << R"(not (userName sw "j"))";
    QTest::newRow("escapes") << R"(displayName co "say \"hi\" \\ \u00e9")"
                             << "displayName co \"say \\\"hi\\\" \\\\ \u00e9\"";
    QTest::newRow("value path") << R"(emails[type eq "work" and value ew "@example.com"])"
                                << R"(emails[type eq "work" and value ew "@example.com"])";
    QTest::newRow("urn")
        << R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "Sales")"
        << R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "Sales")";
    QTest::newRow("all ops")
        << R"(a ne "1" and a co "2" and a ew "3" and a ge "4" and a lt "5" and a le null)"
        << R"(a ne "1" and a co "2" and a ew "3" and a ge "4" and a lt "5" and a le null)";
}

void test_roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const Result<ScimFilter> f = ScimFilter::parse(text);
    QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
    QCOMPARE(f->toString(), canonical);
    const Result<ScimFilter> again = ScimFilter::parse(f->toString());
    QVERIFY(again.ok());
    QVERIFY(*again == *f);
}

void test_builderEscapes()
{
    const ScimFilter f = ScimFilter::both(
        ScimFilter::compare(QStringLiteral("userName"), ScimFilter::Op::Eq, QStringLiteral("o\"brien\\x")),
        ScimFilter::negate(ScimFilter::present(QStringLiteral("externalId"))));
    const char *expected = R"(userName eq "o\"brien\\x" and not (externalId pr))";
    QCOMPARE(f.toString(), QString::fromUtf8(expected));
    QVERIFY(*ScimFilter::parse(f.toString()) == f);
    // The client's filter text parses to the same tree.
    const QString sent = ScimFilterText::equals(QStringLiteral("userName"), QStringLiteral("o\"brien\\x"));
    QVERIFY(*ScimFilter::parse(sent) == f.children[0]);
    const QString since = ScimFilterText::greaterThan(QStringLiteral("meta.lastModified"),
                                                      QStringLiteral("2026-01-05T12:00:00Z"));
    QVERIFY(*ScimFilter::parse(since) == ScimFilter::compare(QStringLiteral("meta.lastModified"),
                                                             ScimFilter::Op::Gt,
                                                             QStringLiteral("2026-01-05T12:00:00Z")));
}

void test_errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("no op") << "userName";
    QTest::newRow("bad op") << R"(userName like "x")";
    QTest::newRow("unterminated") << R"(userName eq "x)";
    QTest::newRow("no value") << "userName eq";
    QTest::newRow("unbalanced") << R"((a eq 1)";
    QTest::newRow("trailing") << R"(a eq 1 b)";
    QTest::newRow("deep") << QString(40, QLatin1Char('(')) + QStringLiteral("a pr") +
                                 QString(40, QLatin1Char(')'));
    QTest::newRow("long") << QStringLiteral("a eq \"%1\"").arg(QString(5000, QLatin1Char('x')));
}

void test_errors()
{
    QFETCH(QString, text);
    const Result<ScimFilter> f = ScimFilter::parse(text);
    QVERIFY(!f.ok());
    QVERIFY(!f.error().message.isEmpty());
}

void test_matches()
{
    User u;
    u.scimId = QStringLiteral("1");
    u.userName = QStringLiteral("Dana.Whitfield");
    u.emails = {QStringLiteral("dana@example.com")};
    u.email = u.emails.first();
    u.active = false;
    u.department = QStringLiteral("Data Platform");
    u.lastModified = timestampFromIso(u"2026-01-10T00:00:00Z");
    const QJsonObject o = ScimParser::userToJson(u);
    auto m = [&o](const char *text) { return ScimFilter::parse(QString::fromUtf8(text))->matches(o); };
    QVERIFY(m(R"(userName eq "dana.whitfield")"));
    QVERIFY(!m(R"(userName ne "dana.whitfield")"));
    QVERIFY(m(R"(userName sw "dana" and active eq false)"));
    QVERIFY(m(R"(emails[value co "@example"])"));
    QVERIFY(m(R"(emails.value ew ".com")"));
    QVERIFY(m(R"(meta.lastModified gt "2026-01-09T23:59:59Z")"));
    QVERIFY(!m(R"(meta.lastModified gt "2026-01-10T00:00:00.000Z")"));
    QVERIFY(m(R"(meta.lastModified le "2026-01-10T01:00:00+01:00")"));
    QVERIFY(m(R"(urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq "data platform")"));
    QVERIFY(m(R"(not (externalId pr))"));
    QVERIFY(m(R"(userName eq "nobody" or displayName pr or id eq "1")"));
}

// The filter parser stops at 32 levels, so a hostile filter is an error, not a stack overflow.
void test_deepNesting()
{
    const QString parens =
        QString(1000, QLatin1Char('(')) + QStringLiteral("a pr") + QString(1000, QLatin1Char(')'));
    const auto filter = ScimFilter::parse(parens);
    QVERIFY(!filter.ok());
    QVERIFY(filter.error().message.contains(QLatin1String("nested too deeply")));
    const QString nots =
        QStringLiteral("not (").repeated(500) + QStringLiteral("a pr") + QString(500, QLatin1Char(')'));
    QVERIFY(!ScimFilter::parse(nots).ok());
    const QString paths =
        QStringLiteral("a[").repeated(500) + QStringLiteral("b pr") + QString(500, QLatin1Char(']'));
    QVERIFY(!ScimFilter::parse(paths).ok());
    // A long flat chain within the length limit is fine, and its tree prints, compares and evaluates.
    const QString chain = QStringList(500, QStringLiteral("a pr")).join(QStringLiteral(" or "));
    const auto flat = ScimFilter::parse(chain);
    QVERIFY(flat.ok());
    QVERIFY(ScimFilter::parse(flat->toString()).ok());
    QVERIFY(flat->matches(QJsonObject{{QStringLiteral("a"), 1}}));
}
} // namespace
#endif

class TestScimFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data() { test_roundTrip_data(); }
    void roundTrip() { test_roundTrip(); }
    void builderEscapes() { test_builderEscapes(); }
    void errors_data() { test_errors_data(); }
    void errors() { test_errors(); }
    void matches() { test_matches(); }
    void deepNesting() { test_deepNesting(); }
};

QTEST_GUILESS_MAIN(TestScimFilter)
#include "tst_scimfilter.moc"
