#include "auditlogparser.h"
#include "dataflowparser.h"
#include "githubactionsparser.h"
#include "pipelinesandboxdata.h"
#include "scenario.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Scimflow;

namespace {
constexpr Timestamp kAnchor = 1795000000000LL;
}

/// The simulated APIs answer in the shapes the parsers read, and page through everything exactly once.
class TestPipelineSandboxData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor); }

    void dataflowPagesCoverEveryJobOnce()
    {
        PipelineSandboxData data(m_scenario);
        QVERIFY(data.dataflowJobCount() > 100);
        DataflowParser parser;
        QSet<QString> seen;
        int active = 0;
        for (const char *filter : {"ACTIVE", "TERMINATED"}) {
            QString token;
            int pages = 0;
            do {
                QUrlQuery q;
                q.addQueryItem(QStringLiteral("filter"), QLatin1String(filter));
                q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("40"));
                if (!token.isEmpty())
                    q.addQueryItem(QStringLiteral("pageToken"), token);
                const SandboxResponse r = data.listDataflowJobs(data.project(), data.location(), q);
                QCOMPARE(r.status, 200);
                Result<JobPage> page = parser.parse(r.body);
                QVERIFY(page.ok());
                QCOMPARE(page->report.skipped, 0);
                for (const Job &j : page->jobs) {
                    QVERIFY2(!seen.contains(j.externalId), qPrintable(j.externalId));
                    seen.insert(j.externalId);
                    QVERIFY(j.runAs.isEmpty()); // summaries
                    active += QLatin1String(filter) == QLatin1String("ACTIVE");
                    QCOMPARE(j.isRunning(), QLatin1String(filter) == QLatin1String("ACTIVE"));
                }
                token = page->nextPageToken;
                QVERIFY(++pages < 1000);
            } while (!token.isEmpty());
        }
        QCOMPARE(seen.size(), data.dataflowJobCount());
        QVERIFY(active >= 1); // the demo's ghost run is still running

        QUrlQuery bad;
        bad.addQueryItem(QStringLiteral("pageToken"), QStringLiteral("garbage"));
        QCOMPARE(data.listDataflowJobs(data.project(), data.location(), bad).status, 400);
    }

    void dataflowGetAndCancel()
    {
        PipelineSandboxData data(m_scenario);
        const Job *running = nullptr;
        for (const Job &j : m_scenario.jobs) {
            if (j.source == QLatin1String("dataflow") && j.isRunning()) {
                running = &j;
                break;
            }
        }
        QVERIFY(running);
        const SandboxResponse got = data.getDataflowJob(data.project(), data.location(), running->externalId);
        QCOMPARE(got.status, 200);
        Result<Job> job = DataflowParser().parseJob(got.body);
        QVERIFY(job.ok());
        QCOMPARE(job->runAs, running->runAs);
        QCOMPARE(job->role, running->role);
        QCOMPARE(job->createTime, running->createTime);

        const SandboxResponse cancelled =
            data.updateDataflowJob(data.project(), data.location(), running->externalId,
                                   R"({"requestedState":"JOB_STATE_CANCELLED"})");
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(DataflowParser().parseJob(cancelled.body)->state, Job::State::Cancelled);
        const SandboxResponse again =
            data.updateDataflowJob(data.project(), data.location(), running->externalId,
                                   R"({"requestedState":"JOB_STATE_CANCELLED"})");
        QCOMPARE(again.status, 400);
        QVERIFY(again.body.contains("FAILED_PRECONDITION"));
        QCOMPARE(data.getDataflowJob(data.project(), data.location(), QStringLiteral("nope")).status, 404);
        QCOMPARE(data.updateDataflowJob(data.project(), data.location(), running->externalId, "{}").status,
                 400);
    }

    void auditEntriesNameEveryLauncher()
    {
        PipelineSandboxData data(m_scenario);
        AuditLogParser parser;
        QList<LaunchRecord> all;
        QString token;
        int delegated = 0;
        do {
            QJsonObject request{
                {QStringLiteral("resourceNames"), QJsonArray{QStringLiteral("projects/") + data.project()}},
                {QStringLiteral("filter"), AuditLogParser::creationFilter(data.project())},
                {QStringLiteral("pageSize"), 100}};
            if (!token.isEmpty())
                request.insert(QStringLiteral("pageToken"), token);
            const SandboxResponse r = data.listLogEntries(QJsonDocument(request).toJson());
            QCOMPARE(r.status, 200);
            Result<AuditLogPage> page = parser.parse(r.body);
            QVERIFY(page.ok());
            QCOMPARE(page->report.skipped, 0);
            for (const LaunchRecord &l : page->launches)
                delegated += !l.delegation.isEmpty();
            all << page->launches;
            token = page->nextPageToken;
        } while (!token.isEmpty());
        const QHash<QString, LaunchRecord> byJob = AuditLogParser::byJob(all);
        int withLauncher = 0;
        for (const Job &j : m_scenario.jobs) {
            if (j.source != QLatin1String("dataflow") || j.launcher.isEmpty())
                continue;
            ++withLauncher;
            QCOMPARE(byJob.value(j.externalId).launcher(), j.launcher);
        }
        QCOMPARE(byJob.size(), withLauncher);
        QVERIFY(delegated > 0);
    }

    void githubLinkPaging()
    {
        PipelineSandboxData data(m_scenario);
        GithubActionsParser parser;
        QUrl url(
            QStringLiteral("http://127.0.0.1:1/repos/%1/actions/runs?per_page=25").arg(data.repository()));
        QSet<QString> seen;
        int pages = 0;
        while (!url.isEmpty()) {
            const SandboxResponse r = data.listGithubRuns(data.repository(), QUrlQuery(url), url);
            QCOMPARE(r.status, 200);
            QByteArray link;
            QHash<QByteArray, QByteArray> headers;
            for (const auto &[name, value] : r.headers)
                headers.insert(name.toLower(), value);
            QVERIFY(GithubActionsParser::rateLimit([&](const QByteArray &n) {
                        return headers.value(n);
                    }).known());
            Result<JobPage> page = parser.parse(r.body);
            QVERIFY(page.ok());
            for (const Job &j : page->jobs) {
                QVERIFY(!seen.contains(j.externalId));
                seen.insert(j.externalId);
                QVERIFY(!j.launcher.isEmpty());
            }
            url = GithubActionsParser::nextLink(headers.value("link"));
            QVERIFY(++pages < 100);
        }
        QCOMPARE(seen.size(), data.githubRunCount());
        QCOMPARE(data.cancelGithubRun(data.repository(), QStringLiteral("1")).status, 404);
        QCOMPARE(data.listGithubRuns(QStringLiteral("x/y"), QUrlQuery(), QUrl()).status, 404);
    }

private:
    Scenario m_scenario;
};

QTEST_GUILESS_MAIN(TestPipelineSandboxData)
#include "tst_pipelinesandboxdata.moc"
