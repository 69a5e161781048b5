#include "auditlogparser.h"
#include "dataflowparser.h"
#include "githubactionsparser.h"
#include "jsoninput.h"
#include "openlineageparser.h"

#include <QFile>
#include <QTest>

using namespace Scimflow;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(SCIMFLOW_PIPELINE_FIXTURES "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

Timestamp iso(const char *text)
{
    return timestampFromIso(QString::fromLatin1(text));
}

} // namespace

class TestPipelineParsers : public QObject
{
    Q_OBJECT

private slots:
    void dataflowListPage()
    {
        DataflowParser parser;
        Result<JobPage> page = parser.parse(fixture("dataflow_jobs_page1.json"));
        QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().message));
        QCOMPARE(page->jobs.size(), 3);
        QCOMPARE(page->nextPageToken, QStringLiteral("CiAyMDI2LTExLTE4XzEwXzAwXzAwLTExMQ"));
        QCOMPARE(page->report.accepted, 3);
        QCOMPARE(page->report.skipped, 0);
        const Job &stream = page->jobs[0];
        QCOMPARE(stream.source, QStringLiteral("dataflow"));
        QCOMPARE(stream.externalId, QStringLiteral("2026-11-20_08_15_00-1234567890123456789"));
        QCOMPARE(stream.state, Job::State::Running);
        QCOMPARE(stream.rawState, QStringLiteral("JOB_STATE_RUNNING"));
        QCOMPARE(stream.project, QStringLiteral("scimflow-demo"));
        QCOMPARE(stream.location, QStringLiteral("europe-west1"));
        QCOMPARE(stream.startTime, iso("2026-11-20T08:15:01.000Z"));
        QVERIFY(stream.createTime > 0); // microsecond fractions are accepted
        QCOMPARE(stream.endTime, 0);
        QCOMPARE(stream.labels.value(QStringLiteral("team")), QStringLiteral("data-platform"));
        QVERIFY(stream.runAs.isEmpty()); // summaries carry no environment
        const Job &done = page->jobs[1];
        QCOMPARE(done.state, Job::State::Succeeded);
        QCOMPARE(done.startTime, done.createTime); // no startTime on the summary
        QCOMPARE(done.endTime, iso("2026-11-19T02:41:10.000Z"));
        QCOMPARE(page->jobs[2].state, Job::State::Running); // draining still runs

        Result<JobPage> last = parser.parse(fixture("dataflow_jobs_page2.json"));
        QVERIFY(last.ok());
        QVERIFY(last->nextPageToken.isEmpty());
        QCOMPARE(last->jobs[0].state, Job::State::Cancelled);
        QCOMPARE(last->jobs[1].state, Job::State::Failed);

        Result<JobPage> empty = parser.parse("{}");
        QVERIFY(empty.ok());
        QVERIFY(empty->jobs.isEmpty());
    }

    void dataflowJobView()
    {
        DataflowParser parser;
        Result<Job> job = parser.parseJob(fixture("dataflow_job_all.json"));
        QVERIFY(job.ok());
        QCOMPARE(job->runAs, QStringLiteral("orders-stream@scimflow-demo.iam.gserviceaccount.com"));
        QCOMPARE(job->role, QStringLiteral("dataflow.developer"));
        QVERIFY(job->launcher.isEmpty()); // the launcher only comes from the audit log
        QVERIFY(!parser.parseJob(fixture("dataflow_jobs_page1.json")).ok());
    }

    void dataflowMalformedRecordsAreSkipped()
    {
        DataflowParser parser;
        Result<JobPage> page = parser.parse(fixture("dataflow_jobs_malformed.json"));
        QVERIFY(page.ok());
        QCOMPARE(page->jobs.size(), 1);
        QCOMPARE(page->jobs[0].name, QStringLiteral("good-one"));
        QCOMPARE(page->jobs[0].state, Job::State::Unknown); // a state this version does not know
        QCOMPARE(page->jobs[0].rawState, QStringLiteral("JOB_STATE_SOMETHING_NEW"));
        QCOMPARE(page->report.accepted, 1);
        QCOMPARE(page->report.skipped, 6);
        QCOMPARE(page->report.problems.size(), 6);
        QVERIFY(page->report.problems[0].startsWith(QStringLiteral("job 1:")));
        QVERIFY(page->report.problems[3].contains(QStringLiteral("createTime")));
        QVERIFY(page->report.summary().contains(QStringLiteral("6 skipped")));
    }

    void dataflowWholeBodyErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("needle");
        QTest::newRow("not json") << QByteArray("{\n  \"jobs\": [\n  oops") << int(Error::Kind::Protocol)
                                  << QStringLiteral("line 3");
        QTest::newRow("jobs not array") << QByteArray(R"({"jobs": {"id": "x"}})")
                                        << int(Error::Kind::Protocol) << QStringLiteral("not an array");
        QTest::newRow("array root") << QByteArray("[]") << int(Error::Kind::Protocol)
                                    << QStringLiteral("object");
        QTest::newRow("token wrong type") << QByteArray(R"({"jobs": [], "nextPageToken": 3})")
                                          << int(Error::Kind::Protocol) << QStringLiteral("nextPageToken");
        QTest::newRow("too deep") << fixture("deep.json") << int(Error::Kind::Protocol)
                                  << QStringLiteral("deeper");
        QTest::newRow("empty") << QByteArray() << int(Error::Kind::Protocol) << QStringLiteral("valid JSON");
    }

    void dataflowWholeBodyErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, needle);
        Result<JobPage> page = DataflowParser().parse(body);
        QVERIFY(!page.ok());
        QCOMPARE(int(page.error().kind), kind);
        QVERIFY2(page.error().message.contains(needle), qPrintable(page.error().message));
    }

    void limitsAreEnforced()
    {
        DataflowParser parser;
        ParseLimits limits;
        limits.maxBytes = 100;
        parser.setLimits(limits);
        Result<JobPage> big = parser.parse(fixture("dataflow_jobs_page1.json"));
        QVERIFY(!big.ok());
        QCOMPARE(big.error().kind, Error::Kind::TooLarge);

        limits = ParseLimits();
        limits.maxRecords = 2;
        parser.setLimits(limits);
        Result<JobPage> many = parser.parse(fixture("dataflow_jobs_page1.json"));
        QVERIFY(!many.ok());
        QCOMPARE(many.error().kind, Error::Kind::TooLarge);
        QVERIFY(many.error().message.contains(QStringLiteral("3 jobs")));

        QCOMPARE(JsonInput::nestingDepth("{\"a\":[{\"b\":\"[[[[\"}]}", 10), 3);
        QCOMPARE(JsonInput::nestingDepth("[[[[", 3), -1);
    }

    void topLevelStringIsReadFromTheText()
    {
        const QLatin1StringView key("nextPageToken");
        const QString none = QStringLiteral("(none)");
        const auto read = [&](const char *text) {
            return JsonInput::topLevelString(text, key).value_or(none);
        };
        QCOMPARE(read("{\"entries\":[{\"nextPageToken\":\"inner\"}],\"nextPageToken\":\"p2\"}"),
                 QStringLiteral("p2"));
        QCOMPARE(
            read(" { \"a\" : {\"nextPageToken\":\"x\"} , \"b\":\"} ] \\\" ,\", \"n\":-1.5e3, \"t\":true, "
                 "\"z\":null, \"nextPageToken\" : \"t\" } "),
            QStringLiteral("t"));
        QCOMPARE(read("{\"s\":\"ends in a backslash\\\\\",\"nextPageToken\":\"q\"}"), QStringLiteral("q"));
        QCOMPARE(read("{\"nextPageToken\":\"\"}"), QString());
        // Left to the document: no object, no such key, no string, escapes, cut-off text.
        QCOMPARE(read("[{\"nextPageToken\":\"x\"}]"), none);
        QCOMPARE(read("{\"jobs\":[]}"), none);
        QCOMPARE(read("{\"nextPageToken\":15}"), none);
        QCOMPARE(read("{\"nextPageToken\":\"a\\/b\"}"), none);
        QCOMPARE(read("{\"next\\u0050ageToken\":\"x\"}"), none);
        QCOMPARE(read("{\"jobs\":[{\"id\":\"1\"},"), none);
        QCOMPARE(read("{\"jobs\":[{\"id\":\"1\"}],\"nextPageTo"), none);
        QCOMPARE(read("{\"jobs\" [], \"nextPageToken\":\"x\"}"), none);
        QCOMPARE(read(""), none);
    }

    void auditEntriesList()
    {
        Result<AuditLogPage> page = AuditLogParser().parse(fixture("audit_entries_list.json"));
        QVERIFY(page.ok());
        QCOMPARE(page->nextPageToken, QStringLiteral("eyJvZmZzZXQiOjR9"));
        QCOMPARE(page->launches.size(), 2);
        QCOMPARE(page->ignored, 1); // updateContents is not a creation
        QCOMPARE(page->report.skipped, 1);
        QVERIFY(page->report.problems[0].contains(QStringLiteral("principalEmail")));
        const LaunchRecord &direct = page->launches[0];
        QCOMPARE(direct.jobId, QStringLiteral("2026-11-20_08_15_00-1234567890123456789"));
        QCOMPARE(direct.project, QStringLiteral("scimflow-demo"));
        QCOMPARE(direct.location, QStringLiteral("europe-west1"));
        QCOMPARE(direct.launcher(), QStringLiteral("Dana.Whitfield@acme.example"));
        QCOMPARE(direct.at, iso("2026-11-20T08:15:00.412Z"));
        const LaunchRecord &delegated = page->launches[1];
        QCOMPARE(delegated.principalEmail,
                 QStringLiteral("nightly-export@scimflow-demo.iam.gserviceaccount.com"));
        QCOMPARE(delegated.launcher(), QStringLiteral("marcus.oyelaran@acme.example"));

        QVERIFY(!AuditLogParser().parse("[]").ok()); // a list response is an object
        QVERIFY(!AuditLogParser().parse(R"({"entries": 5})").ok());
        QVERIFY(AuditLogParser::creationFilter(QStringLiteral("p"))
                    .contains(QStringLiteral("dataflow.jobs.create")));
    }

    void auditExports()
    {
        Result<AuditLogPage> nd = AuditLogParser().parseExport(fixture("audit_export.ndjson"));
        QVERIFY(nd.ok());
        QCOMPARE(nd->launches.size(), 3);
        QCOMPARE(nd->report.accepted, 3);
        QCOMPARE(nd->report.skipped, 3); // truncated line, an array, no job id
        QVERIFY(nd->report.problems[0].startsWith(QStringLiteral("line 3")));
        QVERIFY(nd->report.problems[2].startsWith(QStringLiteral("line 7")));
        const QHash<QString, LaunchRecord> byJob = AuditLogParser::byJob(nd->launches);
        QCOMPARE(byJob.size(), 2);
        QCOMPARE(byJob.value(QStringLiteral("2026-11-18_10_00_00-111")).launcher(),
                 QStringLiteral("ext.contractor@partner-agency.example")); // the earliest creation wins
        QCOMPARE(byJob.value(QStringLiteral("2026-11-17_09_30_00-222")).launcher(),
                 QStringLiteral("priya.raman@acme.example"));

        Result<AuditLogPage> array = AuditLogParser().parseExport(fixture("audit_export.json"));
        QVERIFY(array.ok());
        QCOMPARE(array->launches.size(), 1);
        QCOMPARE(array->report.skipped, 1);

        Result<AuditLogPage> garbage = AuditLogParser().parseExport("hello\nworld\n");
        QVERIFY(!garbage.ok());
        QCOMPARE(garbage.error().kind, Error::Kind::InvalidInput);
    }

    void githubRuns()
    {
        GithubActionsParser parser;
        Result<JobPage> page = parser.parse(fixture("github_runs.json"));
        QVERIFY(page.ok());
        QCOMPARE(page->jobs.size(), 3);
        const Job &nightly = page->jobs[0];
        QCOMPARE(nightly.source, QStringLiteral("github"));
        QCOMPARE(nightly.externalId, QStringLiteral("9000000123"));
        QCOMPARE(nightly.state, Job::State::Succeeded);
        QCOMPARE(nightly.rawState, QStringLiteral("success"));
        QCOMPARE(nightly.project, QStringLiteral("acme/data-pipelines"));
        QCOMPARE(nightly.startTime, iso("2026-11-20T02:00:10.000Z"));
        QCOMPARE(nightly.endTime, iso("2026-11-20T02:14:51.000Z"));
        QCOMPARE(nightly.labels.value(QStringLiteral("event")), QStringLiteral("schedule"));
        const Job &rerun = page->jobs[1];
        QCOMPARE(rerun.state, Job::State::Running);
        QCOMPARE(rerun.rawState, QStringLiteral("in_progress"));
        QCOMPARE(rerun.launcher, QStringLiteral("tom-becker")); // who re-ran it
        QCOMPARE(rerun.runAs, QStringLiteral("Priya-Raman"));   // whose privileges it uses
        QCOMPARE(rerun.endTime, 0);
        QCOMPARE(rerun.labels.value(QStringLiteral("attempt")), QStringLiteral("2"));
        const Job &lint = page->jobs[2];
        QCOMPARE(lint.state, Job::State::Failed);
        QCOMPARE(lint.launcher, QStringLiteral("lena-fischer")); // no triggering_actor: the actor

        QCOMPARE(GithubActionsParser::mapState(u"queued", u""), Job::State::Pending);
        QCOMPARE(GithubActionsParser::mapState(u"completed", u"cancelled"), Job::State::Cancelled);
        QCOMPARE(GithubActionsParser::mapState(u"completed", u"skipped"), Job::State::Succeeded);
        QCOMPARE(GithubActionsParser::mapState(u"weird", u""), Job::State::Unknown);
    }

    void githubMalformed()
    {
        Result<JobPage> page = GithubActionsParser().parse(fixture("github_runs_malformed.json"));
        QVERIFY(page.ok());
        QCOMPARE(page->jobs.size(), 1);
        QCOMPARE(page->jobs[0].state, Job::State::Pending);
        QCOMPARE(page->report.skipped, 5);
        QVERIFY(!GithubActionsParser().parse(R"({"total_count": 1})").ok());
        QVERIFY(!GithubActionsParser().parse(R"({"workflow_runs": {}})").ok());
        // A run id beyond 2^53 is skipped, not cast (undefined behaviour the fuzzer found).
        Result<JobPage> huge =
            GithubActionsParser().parse(R"({"total_count": 1, "workflow_runs": [{"id": 1e30}]})");
        QVERIFY(huge.ok());
        QCOMPARE(huge->jobs.size(), 0);
        QCOMPARE(huge->report.skipped, 1);
    }

    void githubHeaders()
    {
        const QByteArray link = "<https://api.github.com/repositories/1/actions/runs?per_page=100&page=2>; "
                                "rel=\"next\", <https://api.github.com/repositories/1/actions/runs?page=9>; "
                                "rel=\"last\"";
        QCOMPARE(GithubActionsParser::nextLink(link).toString(),
                 QStringLiteral("https://api.github.com/repositories/1/actions/runs?per_page=100&page=2"));
        QVERIFY(GithubActionsParser::nextLink("<https://x/y?page=1>; rel=\"prev\", <https://x/y?page=1>; "
                                              "rel=\"first\"")
                    .isEmpty());
        QVERIFY(GithubActionsParser::nextLink("").isEmpty());
        QVERIFY(GithubActionsParser::nextLink("garbage; rel=next").isEmpty());

        const QHash<QByteArray, QByteArray> headers{{"x-ratelimit-limit", "5000"},
                                                    {"x-ratelimit-remaining", "4987"},
                                                    {"x-ratelimit-used", "13"},
                                                    {"x-ratelimit-reset", "1795000000"},
                                                    {"x-ratelimit-resource", "core"}};
        const GithubRateLimit r =
            GithubActionsParser::rateLimit([&](const QByteArray &n) { return headers.value(n); });
        QCOMPARE(r.limit, 5000);
        QCOMPARE(r.remaining, 4987);
        QCOMPARE(r.used, 13);
        QCOMPARE(r.resetAt, 1795000000000LL);
        QCOMPARE(r.resource, QStringLiteral("core"));
        QVERIFY(!GithubActionsParser::rateLimit([](const QByteArray &) { return QByteArray(); }).known());
    }

    void openLineagePairsRuns()
    {
        OpenLineageOptions options;
        options.namespacePrincipals.insert(QStringLiteral("spark-batch"), QStringLiteral("etl@acme.example"));
        OpenLineageParser parser(options);
        Result<JobPage> page = parser.parse(fixture("openlineage.ndjson"));
        QVERIFY(page.ok());
        QCOMPARE(page->jobs.size(), 3);
        QCOMPARE(page->report.accepted, 7);
        QCOMPARE(page->report.skipped, 3);
        QVERIFY(page->report.problems[0].startsWith(QStringLiteral("line 7")));
        QVERIFY(page->report.problems[1].contains(QStringLiteral("EXPLODE")));
        QVERIFY(page->report.problems[2].startsWith(QStringLiteral("line 9")));

        const Job &orders = page->jobs[0];
        QCOMPARE(orders.source, QStringLiteral("openlineage"));
        QCOMPARE(orders.externalId, QStringLiteral("0190a1b2-0000-7000-8000-000000000001"));
        QCOMPARE(orders.name, QStringLiteral("dbt.daily_orders"));
        QCOMPARE(orders.project, QStringLiteral("airflow-prod"));
        QCOMPARE(orders.launcher, QStringLiteral("dana.whitfield@acme.example")); // from the ownership facet
        QCOMPARE(orders.state, Job::State::Succeeded);
        QCOMPARE(orders.startTime, iso("2026-11-20T01:00:00.000Z"));
        QCOMPARE(orders.endTime, iso("2026-11-20T01:20:00.000Z")); // first terminal

        const Job &rollup = page->jobs[1]; // FAIL arrived before START
        QCOMPARE(rollup.state, Job::State::Failed);
        QCOMPARE(rollup.rawState, QStringLiteral("FAIL"));
        QCOMPARE(rollup.startTime, iso("2026-11-20T03:00:00.000Z"));
        QCOMPARE(rollup.endTime, iso("2026-11-20T03:05:00.000Z"));
        QCOMPARE(rollup.launcher, QStringLiteral("etl@acme.example")); // namespace mapping

        const Job &partner = page->jobs[2];
        QCOMPARE(partner.state, Job::State::Running);
        QCOMPARE(partner.rawState, QStringLiteral("RUNNING"));
        QVERIFY(partner.launcher.isEmpty()); // unmatched stays visible as empty, not guessed

        Result<JobPage> bad = parser.parse("nope\n{\"eventType\":\"START\"}\n");
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::InvalidInput);
        Result<JobPage> none = parser.parse("");
        QVERIFY(none.ok());
        QVERIFY(none->jobs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPipelineParsers)
#include "tst_pipelineparsers.moc"
