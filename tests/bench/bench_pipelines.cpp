// Imports the `large` scenario's jobs (200,000) from the pipeline sandbox on 127.0.0.1: Dataflow list pages
// with the audit log, GitHub Actions pages, then the jobs writer. The baseline is a bare fetch of the very
// pages the import requested, one at a time as their page tokens chain them, bodies read and dropped.
// Run by ./bench.sh pipelines.
#include "authprovider.h"
#include "benchresult.h"
#include "dataflowfetcher.h"
#include "githubactionsfetcher.h"
#include "httpclient.h"
#include "jobswriter.h"
#include "pipelinesandbox.h"
#include "sandboxserver.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Scimflow;

namespace {

template <typename Fetcher> bool runFetcher(Fetcher &fetcher, QTextStream &out)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&fetcher, &Fetcher::finished, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&fetcher, &Fetcher::failed, &loop, [&](const Error &e) {
        out << "failed: " << e.message << '\n';
        loop.quit();
    });
    fetcher.start();
    loop.exec();
    return ok;
}

/// Sends \a requests again one after the other with \a token; returns the ms they took.
qint64 bareFetch(const QList<SandboxServer::Recorded> &requests, const QString &token)
{
    QNetworkAccessManager nam;
    QElapsedTimer t;
    t.start();
    for (const SandboxServer::Recorded &recorded : requests) {
        QNetworkRequest request(recorded.url);
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            recorded.method == "POST" ? nam.post(request, recorded.body) : nam.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->readAll();
        reply->deleteLater();
    }
    return t.elapsed();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QString scenarioName = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("large");
    QElapsedTimer t;
    t.start();
    const Timestamp anchor = currentTimestamp() - kMsPerDay;
    Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::byName(scenarioName), anchor);
    out << "scenario " << scenarioName << ": " << scenario.jobs.size() << " jobs generated in " << t.elapsed()
        << " ms\n";
    out.flush();

    QTemporaryDir dir;
    auto opened = Store::open(dir.filePath(QStringLiteral("bench.db")));
    if (!opened)
        return 1;
    Store &store = **opened;
    Scenario identities = scenario;
    identities.jobs.clear(); // the jobs come over HTTP
    t.restart();
    if (!ScenarioImporter::write(store, identities))
        return 1;
    out << "identities written in " << t.elapsed() << " ms\n";

    SandboxServer server;
    if (!server.listen())
        return 1;
    const QString token = QStringLiteral("bench-token");
    PipelineSandbox sandbox(server, scenario, token);
    StaticTokenAuth auth(token);
    HttpClient client;
    client.setAuthProvider(&auth);

    server.setRecordingRequests(true);
    QElapsedTimer total;
    total.start();
    t.restart();
    DataflowFetcher::Options o;
    o.dataflowBase = o.loggingBase = sandbox.baseUrl();
    o.project = sandbox.data().project();
    o.location = sandbox.data().location();
    o.pageSize = 1000;
    DataflowFetcher dataflow(client, o);
    if (!runFetcher(dataflow, out))
        return 1;
    const qint64 dataflowFetch = t.elapsed();
    t.restart();
    Result<JobSyncSummary> df =
        JobsWriter(store).write(QStringLiteral("dataflow"), dataflow.result().jobs, dataflow.result().report);
    if (!df)
        return 1;
    out << "dataflow: fetched " << dataflow.result().jobs.size() << " jobs in " << dataflowFetch
        << " ms, written in " << t.elapsed() << " ms (" << df->line() << ")\n";

    t.restart();
    GithubActionsFetcher github(client, sandbox.baseUrl(), sandbox.data().repository());
    if (!runFetcher(github, out))
        return 1;
    const qint64 githubFetch = t.elapsed();
    t.restart();
    Result<JobSyncSummary> gh =
        JobsWriter(store).write(QStringLiteral("github"), github.result().jobs, github.result().report);
    if (!gh)
        return 1;
    out << "github: fetched " << github.result().jobs.size() << " runs in " << githubFetch
        << " ms, written in " << t.elapsed() << " ms (" << gh->line() << ")\n";
    const qint64 importMs = total.elapsed();
    server.setRecordingRequests(false);
    out << "total import of " << (df->received + gh->received) << " jobs: " << importMs << " ms ("
        << server.requestCount() << " requests)\n";
    const QList<SandboxServer::Recorded> pages = server.recordedRequests();
    const qint64 fetchMs = bareFetch(pages, token);
    out << "bare fetch of the same " << pages.size() << " pages: " << fetchMs << " ms\n";
    Bench::result(out, QStringLiteral("pipelines.import_over_fetch"),
                  double(importMs) / double(std::max<qint64>(1, fetchMs)), QStringLiteral("x"),
                  QStringLiteral("<="), 1.5,
                  QStringLiteral("%1 jobs in %2 ms, fetch %3 ms")
                      .arg(df->received + gh->received)
                      .arg(importMs)
                      .arg(fetchMs));
    return 0;
}
