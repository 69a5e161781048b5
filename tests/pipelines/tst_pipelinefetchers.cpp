#include "authprovider.h"
#include "dataflowfetcher.h"
#include "faultinjector.h"
#include "githubactionsfetcher.h"
#include "httpclient.h"
#include "jobswriter.h"
#include "parsethread.h"
#include "pipelinesandbox.h"
#include "sandboxserver.h"
#include "sandboxtokenendpoint.h"
#include "scenarioimporter.h"
#include "store.h"
#include "tlsproxy.h"

#include <QEventLoop>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslSocket>
#include <QTest>
#include <QTimer>

using namespace Scimflow;

namespace {
constexpr Timestamp kAnchor = 1795000000000LL;
const QString kToken = QStringLiteral("pipeline-test-token");

/// Short times, so that retries and timeouts cost milliseconds; a 1 MB cap stands in for the 64 MB one.
HttpClientOptions matrixOptions()
{
    HttpClientOptions o;
    o.timeoutMs = 300;
    o.maxRetries = 2;
    o.backoffBaseMs = 5;
    o.backoffMaxMs = 20;
    o.maxResponseBytes = 1 << 20;
    o.maxRateLimitWaitMs = 3000;
    return o;
}
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

    void init()
    {
        // A fetch that failed may still have its next page's request on the way, asked for before the
        // failing page was parsed: it lands before this case's faults are set, or it would take them.
        for (qint64 seen = -1; seen != m_server->requestCount();) {
            seen = m_server->requestCount();
            QTest::qWait(30);
        }
        m_server->faults().clear();
    }

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

    void dataflowOffsetPageTokens()
    {
        // Page tokens "15", "30", ... as some compatible servers write them: the TERMINATED listing and the
        // audit log both hand out "15", which is no loop because each listing pages on its own.
        m_sandbox->data().setPlainOffsetTokens(true);
        const auto restore = qScopeGuard([this] { m_sandbox->data().setPlainOffsetTokens(false); });
        DataflowFetcher::Options o;
        o.dataflowBase = o.loggingBase = m_sandbox->baseUrl();
        o.project = m_sandbox->data().project();
        o.location = m_sandbox->data().location();
        o.pageSize = 15;
        QVERIFY(m_sandbox->data().dataflowJobCount() > 3 * o.pageSize);
        DataflowFetcher fetcher(*m_client, o);
        QSignalSpy failed(&fetcher, &DataflowFetcher::failed);
        QVERIFY2(run(fetcher),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(0).value<Error>().message));
        QCOMPARE(fetcher.result().jobs.size(), m_sandbox->data().dataflowJobCount());
        QCOMPARE(fetcher.result().report.duplicates, 0);
        int launchers = 0;
        for (const Job &j : fetcher.result().jobs)
            launchers += j.launcher.isEmpty() ? 0 : 1;
        QVERIFY(launchers > o.pageSize); // the audit log was read past its first page

        // A server that really repeats a token within one listing is still caught, in each listing.
        for (const char *path : {"ignore-start-index@/v1b3", "ignore-start-index@/v2/entries"}) {
            m_server->faults().add(*Fault::parse(QLatin1String(path)));
            DataflowFetcher looping(*m_client, o);
            QSignalSpy loopFailed(&looping, &DataflowFetcher::failed);
            QVERIFY(!run(looping));
            QVERIFY2(loopFailed.first().at(0).value<Error>().message.contains(QLatin1String("page token")),
                     path);
            m_server->faults().clear();
        }
    }

    void parseThreadHandsResultsBackInOrder()
    {
        ParseThread parse;
        QList<int> done;
        QSet<QThread *> workers;
        for (int i = 0; i < 40; ++i) {
            parse.run<int>(
                [i, &workers] {
                    workers.insert(QThread::currentThread()); // one thread: no lock needed
                    QThread::usleep((i * 7919) % 2000);       // pieces of uneven length
                    return i;
                },
                [&done](int &result) {
                    QCOMPARE(QThread::currentThread(), qApp->thread());
                    done << result;
                });
        }
        QTRY_COMPARE(done.size(), 40);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(done.at(i), i);
        QCOMPARE(workers.size(), 1);
        QVERIFY(!workers.contains(QThread::currentThread()));

        // Destroyed with work pending: the rest is dropped, and no completion runs afterwards.
        int late = 0;
        auto pending = std::make_unique<ParseThread>();
        for (int i = 0; i < 10; ++i) {
            pending->run<int>(
                [] {
                    QThread::msleep(20);
                    return 0;
                },
                [&late](int &) { ++late; });
        }
        pending.reset();
        QTest::qWait(50);
        QCOMPARE(late, 0);
    }

    void dataflowPageNamingItsNextPageTwiceFails()
    {
        // The next page is asked for with the token read from the page's text, before the page is parsed. A
        // page whose text and document disagree on that token stops the fetch instead of following either.
        const auto served = std::make_shared<int>(0);
        m_server->route(QStringLiteral("/twice/v1b3/projects/<arg>/locations/<arg>/jobs"),
                        [served](const QStringList &, const QHttpServerRequest &, FaultInjector &) {
                            ++*served;
                            return SandboxResponse::json(
                                200, R"({"jobs":[],"nextPageToken":"a","nextPageToken":"b"})",
                                "application/json");
                        });
        DataflowFetcher::Options o;
        o.dataflowBase = m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/twice")));
        o.project = m_sandbox->data().project();
        o.location = m_sandbox->data().location();
        o.launchers = false;
        DataflowFetcher fetcher(*m_client, o);
        QSignalSpy failed(&fetcher, &DataflowFetcher::failed);
        QVERIFY(!run(fetcher));
        QCOMPARE(failed.size(), 1);
        const Error error = failed.first().at(0).value<Error>();
        QCOMPARE(error.kind, Error::Kind::Protocol);
        QVERIFY2(error.message.contains(QLatin1String("nextPageToken")), qPrintable(error.message));
        QTRY_COMPARE(*served, 2); // the page asked for early was answered (and dropped), not left in flight
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

    // The pipeline sync's fault matrix: each case ends in a complete import or a clean, typed failure; the
    // jobs table is either rewritten consistently (a sync_runs row "ok") or left exactly as it was
    // ("failed").
    void faultMatrix_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("expected"); // -1 = complete, else Error::Kind
        QTest::addColumn<QString>("message");
        const int ok = -1;
        for (const char *source : {"dataflow", "github"}) {
            const bool github = QLatin1String(source) == QLatin1String("github");
            const QString list = github ? QStringLiteral("@/actions/runs") : QStringLiteral("@/v1b3");
            auto row = [&](const QString &name, const QString &fault, int expected, const char *message) {
                QTest::addRow("%s %s", source, qPrintable(name))
                    << QString::fromLatin1(source) << fault << expected << QString::fromLatin1(message);
            };
            auto onList = [&](const char *fault, int expected, const char *message) {
                row(QString::fromLatin1(fault), QString::fromLatin1(fault) + list, expected, message);
            };
            onList("expired-token", int(Error::Kind::Auth), "401");
            onList("403", int(Error::Kind::Auth), "403");
            onList("404", int(Error::Kind::NotFound), "404");
            onList("409", int(Error::Kind::Conflict), "409");
            onList("412", int(Error::Kind::Conflict), "412");
            onList("429:0", ok, "");
            onList(github ? "429-github" : "429-okta", ok, ""); // the vendor's own rate-limit headers
            onList("500x2", ok, "");
            onList("502x2", ok, "");
            onList("503x2", ok, "");
            onList("500x0", int(Error::Kind::Http), "HTTP 500");
            onList("reset", ok, "");
            onList("truncated", ok, "");
            onList("resetx0", int(Error::Kind::Network), "failed");
            onList("slow:500x0", int(Error::Kind::Timeout), "did not answer");
            onList("malformed", int(Error::Kind::Protocol), "");
            onList("wrong-shape", int(Error::Kind::Protocol), "");
            onList("content-type", int(Error::Kind::Protocol), "text/html");
            onList("huge:700000", ok, ""); // under the (test) cap: accepted
            onList("huge:2000000", int(Error::Kind::TooLarge), "MB");
            onList("duplicates", ok, "");
            onList("ignore-start-index", int(Error::Kind::Protocol),
                   github ? "already fetched" : "page token");
            if (github)
                onList("lying-total", ok, ""); // total_count is a hint the fetcher does not rely on
        }
        // The launchers come from Cloud Logging entries:list, part of the Dataflow sync.
        QTest::addRow("dataflow audit log 503x2") << "dataflow"
                                                  << "503x2@/v2/entries" << -1 << "";
        QTest::addRow("dataflow audit log 403") << "dataflow"
                                                << "403@/v2/entries" << int(Error::Kind::Auth) << "audit log";
        QTest::addRow("dataflow audit log malformed")
            << "dataflow"
            << "malformed@/v2/entries" << int(Error::Kind::Protocol) << "";
        QTest::addRow("dataflow audit log ignores page token")
            << "dataflow"
            << "ignore-start-index@/v2/entries" << int(Error::Kind::Protocol) << "page token";
        QTest::addRow("dataflow audit log duplicates") << "dataflow"
                                                       << "duplicates@/v2/entries" << -1 << "";
    }

    void faultMatrix()
    {
        QFETCH(QString, source);
        QFETCH(QString, fault);
        QFETCH(int, expected);
        QFETCH(QString, message);
        HttpClient client(matrixOptions());
        client.setAuthProvider(m_auth.get());
        auto store = demoStore();
        // Forget the imported jobs of this source, so that a complete sync visibly writes them again.
        QSqlQuery q(store->database());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE jobs SET raw_state = 'stale', launcher = '' WHERE source = '%1'")
                       .arg(source)));
        const QString before = jobsDump(*store);
        m_server->faults().add(*Fault::parse(fault));

        const Result<JobSyncSummary> r = syncSource(source, client, *store);
        const QString after = jobsDump(*store);
        const SyncRun last = store->syncRuns().last();
        QCOMPARE(last.source, source);
        if (expected < 0) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            const int total = source == QLatin1String("github") ? m_sandbox->data().githubRunCount()
                                                                : m_sandbox->data().dataflowJobCount();
            QCOMPARE(r->received, total);
            QCOMPARE(last.status, QStringLiteral("ok"));
            QVERIFY(!after.contains(QLatin1String("stale"))); // every job rewritten from the server
            // Jobs listed twice are counted; audit entries for one job collapse into its launcher.
            if (fault.startsWith(QLatin1String("duplicates")) && !fault.contains(QLatin1String("entries")))
                QVERIFY(r->report.duplicates > 0);
            if (source == QLatin1String("dataflow")) { // launchers read back from the audit log
                QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM jobs WHERE source = 'dataflow' AND launcher <> ''")));
                QVERIFY(q.next() && q.value(0).toInt() > 0);
            }
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(int(r.error().kind) == expected && r.error().message.contains(message),
                     qPrintable(errorKindName(r.error().kind) + QStringLiteral(": ") + r.error().message));
            QVERIFY(!r.error().message.contains(kToken));
            QCOMPARE(after, before); // nothing written
            QCOMPARE(last.status, QStringLiteral("failed"));
            QCOMPARE(last.message, r.error().message);
        }
        m_server->faults().clear();
        if (fault.startsWith(QLatin1String("slow")))
            QTest::qWait(250); // let the delayed answers drain
    }

    void oauthRefreshOnExpiredToken()
    {
        SandboxTokenEndpoint tokens(*m_server, QStringLiteral("console"), QStringLiteral("s3cret-client"),
                                    [this](const QString &token) { m_sandbox->setToken(token); });
        HttpClient client(matrixOptions());
        OAuthClientCredentials::Config config;
        config.tokenUrl = tokens.tokenUrl();
        config.clientId = QStringLiteral("console");
        config.clientSecret = QStringLiteral("s3cret-client");
        OAuthClientCredentials oauth(&client, config);
        client.setAuthProvider(&oauth);
        for (const QString &source : {QStringLiteral("dataflow"), QStringLiteral("github")}) {
            auto store = demoStore();
            QVERIFY(syncSource(source, client, *store).ok());
            const int grants = tokens.grants();
            tokens.expire(); // the cached token is refused from now on
            const Result<JobSyncSummary> r = syncSource(source, client, *store);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QVERIFY(tokens.grants() > grants);
        }
        // Wrong client credentials: a clear Auth error naming the token endpoint's answer, store unchanged.
        config.clientSecret = QStringLiteral("wrong-secret");
        OAuthClientCredentials wrong(&client, config);
        client.setAuthProvider(&wrong);
        auto store = demoStore();
        const QString before = jobsDump(*store);
        const Result<JobSyncSummary> r = syncSource(QStringLiteral("dataflow"), client, *store);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Auth);
        QVERIFY2(r.error().message.contains(QLatin1String("invalid_client")), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(QLatin1String("wrong-secret")));
        QCOMPARE(jobsDump(*store), before);
        m_sandbox->setToken(kToken);
    }

    void untrustedCertificate()
    {
        QVERIFY2(QSslSocket::supportsSsl(), "Qt's TLS backend (OpenSSL) is not available at run time");
        TlsProxy proxy(m_server->port());
        QVERIFY(proxy.start());
        HttpClient client(matrixOptions());
        client.setAuthProvider(m_auth.get());
        const QUrl secure = proxy.secure(m_sandbox->baseUrl());
        for (const QString &source : {QStringLiteral("dataflow"), QStringLiteral("github")}) {
            auto store = demoStore();
            const QString before = jobsDump(*store);
            QVERIFY(client.setCaFile(QString()));
            // One page: the sandbox's Link headers name its own plain-http address, not the proxy.
            Result<JobSyncSummary> r = syncSource(source, client, *store, secure, 100);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, Error::Kind::Network);
            QVERIFY2(r.error().message.contains(QLatin1String("TLS handshake")),
                     qPrintable(r.error().message));
            QVERIFY(r.error().message.contains(QLatin1String("CA file")));
            QCOMPARE(jobsDump(*store), before);
            QVERIFY(client.setCaFile(TlsProxy::caFile()).ok()); // --ca-file
            r = syncSource(source, client, *store, secure, 100);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        }
        QVERIFY(proxy.handshakes() > 0);
    }

private:
    /// One source sync as `scimflow sync` runs it: fetch everything, then write it in one transaction, or
    /// record the failure and write nothing.
    Result<JobSyncSummary> syncSource(const QString &source, HttpClient &client, Store &store,
                                      const QUrl &base = QUrl(), int pageSize = 7)
    {
        const QUrl url = base.isValid() ? base : m_sandbox->baseUrl();
        Result<JobPage> page = Error::make(Error::Kind::Internal, QString());
        if (source == QLatin1String("github")) {
            GithubActionsFetcher fetcher(client, url, m_sandbox->data().repository());
            fetcher.setPerPage(pageSize);
            page = fetch(fetcher);
        } else {
            DataflowFetcher::Options o;
            o.dataflowBase = o.loggingBase = url;
            o.project = m_sandbox->data().project();
            o.location = m_sandbox->data().location();
            o.pageSize = pageSize;
            DataflowFetcher fetcher(client, o);
            page = fetch(fetcher);
        }
        JobsWriter writer(store);
        if (!page) {
            return writer.recordedFailure(source, page.error());
        }
        return writer.write(source, page->jobs, page->report);
    }

    template <typename Fetcher> Result<JobPage> fetch(Fetcher &fetcher)
    {
        QSignalSpy failed(&fetcher, &Fetcher::failed);
        if (run(fetcher))
            return fetcher.result();
        if (failed.isEmpty())
            return Error::make(Error::Kind::Internal, QStringLiteral("the fetch did not finish"));
        return failed.first().at(0).value<Error>();
    }

    static QString jobsDump(Store &store)
    {
        QString out;
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT id, source, external_id, state, raw_state, end_time, launcher, run_as, "
                              "launcher_user_id, run_as_sa_id FROM jobs ORDER BY id"));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                out += q.value(i).toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
        return out;
    }

    template <typename Fetcher> bool run(Fetcher &fetcher)
    {
        QSignalSpy finished(&fetcher, &Fetcher::finished);
        QSignalSpy failed(&fetcher, &Fetcher::failed);
        QEventLoop loop; // quits on the signal: no polling delay per request
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        connect(&fetcher, &Fetcher::finished, &loop, &QEventLoop::quit);
        connect(&fetcher, &Fetcher::failed, &loop, &QEventLoop::quit);
        fetcher.start();
        if (finished.size() + failed.size() == 0)
            loop.exec();
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
