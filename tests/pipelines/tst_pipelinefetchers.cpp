#include "authprovider.h"
#include "dataflowfetcher.h"
#include "faultinjector.h"
#include "githubactionsfetcher.h"
#include "httpclient.h"
#include "jobswriter.h"
#include "pipelinesandbox.h"
#include "sandboxserver.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QSignalSpy>
#include <QTest>

using namespace Scimflow;

namespace {
constexpr Timestamp kAnchor = 1795000000000LL;
const QString kToken = QStringLiteral("pipeline-test-token");
} // namespace

/// The fetchers against the real sandbox on 127.0.0.1, with faults: each ends in a complete import or a
/// clean failure that leaves the store unchanged.
class TestPipelineFetchers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        m_server = std::make_unique<SandboxServer>();
        QVERIFY(m_server->listen().ok());
        m_sandbox = std::make_unique<PipelineSandbox>(*m_server, m_scenario, kToken);
        m_auth = std::make_unique<StaticTokenAuth>(kToken);
        HttpClientOptions options;
        options.timeoutMs = 2000;
        options.backoffBaseMs = 10;
        options.backoffMaxMs = 50;
        m_client = std::make_unique<HttpClient>(options);
        m_client->setAuthProvider(m_auth.get());
    }

    void init() { m_server->faults().clear(); }

    void githubCompleteWithRetries()
    {
        m_server->faults().add(*Fault::parse(QStringLiteral("500x2@/actions/runs")));
        m_server->faults().add(*Fault::parse(QStringLiteral("429@/actions/runs")));
        GithubActionsFetcher fetcher(*m_client, m_sandbox->baseUrl(), m_sandbox->data().repository());
        fetcher.setPerPage(20);
        QVERIFY(run(fetcher));
        QCOMPARE(fetcher.result().jobs.size(), m_sandbox->data().githubRunCount());
        QVERIFY(fetcher.rateLimit().known());

        auto store = demoStore();
        Result<JobSyncSummary> written = JobsWriter(*store).write(
            QStringLiteral("github"), fetcher.result().jobs, fetcher.result().report);
        QVERIFY(written.ok());
        // Every GitHub login resolves through the mapping's aliases.
        QCOMPARE(written->launcherMatched, written->received);
    }

    void githubMalformedPageFailsCleanly()
    {
        m_server->faults().add(*Fault::parse(QStringLiteral("malformed@/actions/runs")));
        GithubActionsFetcher fetcher(*m_client, m_sandbox->baseUrl(), m_sandbox->data().repository());
        QSignalSpy failed(&fetcher, &GithubActionsFetcher::failed);
        QVERIFY(!run(fetcher));
        QCOMPARE(failed.first().at(0).value<Error>().kind, Error::Kind::Protocol);

        GithubActionsFetcher missing(*m_client, m_sandbox->baseUrl(), QStringLiteral("acme/nope"));
        QSignalSpy missingFailed(&missing, &GithubActionsFetcher::failed);
        QVERIFY(!run(missing));
        QCOMPARE(missingFailed.first().at(0).value<Error>().kind, Error::Kind::NotFound);
    }

    void dataflowCompleteWithLaunchers()
    {
        m_server->faults().add(*Fault::parse(QStringLiteral("503x2@/v1b3")));
        m_server->faults().add(*Fault::parse(QStringLiteral("500@/v2/entries")));
        DataflowFetcher::Options o;
        o.dataflowBase = o.loggingBase = m_sandbox->baseUrl();
        o.project = m_sandbox->data().project();
        o.location = m_sandbox->data().location();
        o.pageSize = 50;
        DataflowFetcher fetcher(*m_client, o);
        QVERIFY(run(fetcher));
        const QList<Job> &jobs = fetcher.result().jobs;
        QCOMPARE(jobs.size(), m_sandbox->data().dataflowJobCount());
        QHash<QString, Job> expected;
        for (const Job &j : m_scenario.jobs)
            expected.insert(j.externalId, j);
        for (const Job &j : jobs) {
            QCOMPARE(j.runAs, expected.value(j.externalId).runAs);
            QCOMPARE(j.launcher, expected.value(j.externalId).launcher);
            QCOMPARE(j.state, expected.value(j.externalId).state);
        }

        auto store = demoStore();
        const qint64 before = store->count(QStringLiteral("jobs"));
        Result<JobSyncSummary> written =
            JobsWriter(*store).write(QStringLiteral("dataflow"), jobs, fetcher.result().report);
        QVERIFY(written.ok());
        QCOMPARE(written->inserted, 0); // the scenario import stored the same jobs
        QCOMPARE(store->count(QStringLiteral("jobs")), before);
        QVERIFY(written->unmatched >= 1); // the outside contractor stays visible
    }

    void dataflowTimeoutAndWrongShapeFail()
    {
        DataflowFetcher::Options o;
        o.dataflowBase = o.loggingBase = m_sandbox->baseUrl();
        o.project = m_sandbox->data().project();
        o.location = m_sandbox->data().location();
        m_server->faults().add(*Fault::parse(QStringLiteral("wrong-shape@/v1b3")));
        DataflowFetcher shape(*m_client, o);
        QSignalSpy shapeFailed(&shape, &DataflowFetcher::failed);
        QVERIFY(!run(shape));
        QCOMPARE(shapeFailed.first().at(0).value<Error>().kind, Error::Kind::Protocol);

        m_server->faults().clear();
        HttpClientOptions quick = m_client->options();
        quick.timeoutMs = 200;
        quick.maxRetries = 0;
        HttpClient client(quick);
        client.setAuthProvider(m_auth.get());
        m_server->faults().add(*Fault::parse(QStringLiteral("slow:1500@/v1b3")));
        DataflowFetcher slow(client, o);
        QSignalSpy slowFailed(&slow, &DataflowFetcher::failed);
        QVERIFY(!run(slow));
        QCOMPARE(slowFailed.first().at(0).value<Error>().kind, Error::Kind::Timeout);
        QTest::qWait(1500); // let the slow answer drain before the next test
    }

    void cancelRequestsWithPreview()
    {
        QString running;
        for (const Job &j : m_scenario.jobs) {
            if (j.source == QLatin1String("dataflow") && j.isRunning())
                running = j.externalId;
        }
        const HttpRequest cancel = DataflowFetcher::cancelRequest(
            m_sandbox->baseUrl(), m_sandbox->data().project(), m_sandbox->data().location(), running);
        const QString preview = RequestPreview::of(cancel).toText();
        QVERIFY2(preview.startsWith(QStringLiteral("PUT http://127.0.0.1:")), qPrintable(preview));
        QVERIFY(preview.contains(QStringLiteral("JOB_STATE_CANCELLED")));
        QVERIFY(!preview.contains(kToken));
        Result<HttpResponse> answer = send(cancel);
        QVERIFY(answer.ok());
        QCOMPARE(answer->status, 200);
        QCOMPARE(DataflowParser().parseJob(answer->body)->state, Job::State::Cancelled);

        const HttpRequest gh = GithubActionsFetcher::cancelRequest(
            m_sandbox->baseUrl(), m_sandbox->data().repository(), QStringLiteral("1"));
        QVERIFY(RequestPreview::of(gh).toText().contains(QStringLiteral("/actions/runs/1/cancel")));
        Result<HttpResponse> notFound = send(gh);
        QVERIFY(notFound.ok());
        QCOMPARE(notFound->status, 404);
    }

private:
    template <typename Fetcher> bool run(Fetcher &fetcher)
    {
        QSignalSpy finished(&fetcher, &Fetcher::finished);
        QSignalSpy failed(&fetcher, &Fetcher::failed);
        fetcher.start();
        (void)QTest::qWaitFor([&] { return finished.size() + failed.size() > 0; }, 20000);
        return finished.size() == 1 && failed.isEmpty();
    }

    Result<HttpResponse> send(const HttpRequest &request)
    {
        std::optional<Result<HttpResponse>> out;
        m_client->send(request, this, [&](const Result<HttpResponse> &r) { out = r; });
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 10000);
        return out.value_or(
            Result<HttpResponse>(Error::make(Error::Kind::Timeout, QStringLiteral("no answer"))));
    }

    std::unique_ptr<Store> demoStore()
    {
        auto store = Store::open(QStringLiteral(":memory:"));
        if (!store || !ScenarioImporter::write(**store, m_scenario))
            qFatal("cannot build the demo store");
        return std::move(*store);
    }

    Scenario m_scenario;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<PipelineSandbox> m_sandbox;
    std::unique_ptr<StaticTokenAuth> m_auth;
    std::unique_ptr<HttpClient> m_client;
};

QTEST_GUILESS_MAIN(TestPipelineFetchers)
#include "tst_pipelinefetchers.moc"
