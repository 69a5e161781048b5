// Imports the `large` scenario's jobs (200,000) as the console and `scimflow pipelines sync` do: a
// PipelineSyncJob with a Dataflow source (list pages and the audit log) and a GitHub Actions source, from the
// pipeline sandbox on 127.0.0.1 in its own thread, as a vendor's API is another process. The baseline is a
// bare fetch of the very pages the import requested, one at a time as their page tokens chain them, bodies
// read and dropped. Run by ./bench.sh pipelines.
#include "benchresult.h"
#include "pipelinesandbox.h"
#include "pipelinesyncjob.h"
#include "sandboxserver.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

using namespace Scimflow;

namespace {

/// Sends \a requests again one after the other with \a token, as the import sent them; returns the ms they
/// took.
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
    const Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::byName(scenarioName), anchor);
    out << "scenario " << scenarioName << ": " << scenario.jobs.size() << " jobs generated in " << t.elapsed()
        << " ms" << Qt::endl;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    {
        auto opened = Store::open(path);
        if (!opened)
            return 1;
        Scenario identities = scenario;
        identities.jobs.clear(); // the jobs come over HTTP
        t.restart();
        if (!ScenarioImporter::write(**opened, identities))
            return 1;
        out << "identities written in " << t.elapsed() << " ms" << Qt::endl;
    }

    const QString token = QStringLiteral("bench-token");
    QThread serverThread;
    serverThread.start();
    QObject context;
    context.moveToThread(&serverThread);
    SandboxServer *server = nullptr;
    PipelineSandbox *sandbox = nullptr;
    QMetaObject::invokeMethod(
        &context,
        [&] {
            server = new SandboxServer;
            if (!server->listen())
                qFatal("the sandbox cannot listen on 127.0.0.1");
            sandbox = new PipelineSandbox(*server, scenario, token);
            server->setRecordingRequests(true);
        },
        Qt::BlockingQueuedConnection);

    PipelineSourceRun dataflow;
    dataflow.source.kind = PipelineSource::Kind::Dataflow;
    dataflow.source.name = QStringLiteral("dataflow");
    dataflow.source.url = sandbox->baseUrl().toString();
    dataflow.source.project = sandbox->data().project();
    dataflow.source.location = sandbox->data().location();
    dataflow.secret = token;
    PipelineSourceRun github;
    github.source.kind = PipelineSource::Kind::Github;
    github.source.name = QStringLiteral("github");
    github.source.url = sandbox->baseUrl().toString();
    github.source.repository = sandbox->data().repository();
    github.secret = token;

    PipelineSyncJob job(path, {dataflow, github});
    QElapsedTimer total;
    QObject::connect(&job, &PipelineSyncJob::phaseChanged, [&](const QString &phase) {
        if (!phase.contains(QLatin1String("read so far"))) // not every page
            out << "  +" << total.elapsed() << " ms: " << phase << Qt::endl;
    });
    QEventLoop loop;
    QObject::connect(&job, &PipelineSyncJob::finished, &loop, &QEventLoop::quit);
    total.start();
    QMetaObject::invokeMethod(&job, &PipelineSyncJob::start, Qt::QueuedConnection);
    loop.exec();
    const qint64 importMs = total.elapsed();
    for (const QString &line : job.summaries())
        out << line << Qt::endl;
    if (!job.errors().isEmpty()) {
        out << "failed: " << job.errors().join(QLatin1Char('\n')) << Qt::endl;
        return 1;
    }
    qint64 imported = 0;
    {
        auto opened = Store::open(path);
        QSqlQuery count((*opened)->database());
        if (!count.exec(QStringLiteral("SELECT count(*) FROM jobs")) || !count.next())
            return 1;
        imported = count.value(0).toLongLong();
    }
    if (imported != scenario.jobs.size()) {
        out << "imported " << imported << " jobs, not " << scenario.jobs.size() << Qt::endl;
        return 1;
    }

    QList<SandboxServer::Recorded> pages;
    QMetaObject::invokeMethod(
        &context,
        [&] {
            server->setRecordingRequests(false);
            pages = server->recordedRequests();
        },
        Qt::BlockingQueuedConnection);
    out << "total import of " << imported << " jobs: " << importMs << " ms (" << pages.size() << " requests)"
        << Qt::endl;
    const qint64 fetchMs = bareFetch(pages, token);
    out << "bare fetch of the same " << pages.size() << " pages: " << fetchMs << " ms" << Qt::endl;
    Bench::result(out, QStringLiteral("pipelines.import_over_fetch"),
                  double(importMs) / double(std::max<qint64>(1, fetchMs)), QStringLiteral("x"),
                  QStringLiteral("<="), 1.5,
                  QStringLiteral("%1 jobs in %2 ms, fetch %3 ms").arg(imported).arg(importMs).arg(fetchMs));

    QMetaObject::invokeMethod(
        &context,
        [&] {
            delete sandbox;
            delete server;
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
