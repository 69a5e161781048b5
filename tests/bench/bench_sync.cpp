// Full and incremental SCIM sync of the `large` scenario (100,000 users, 5,000 groups) from the simulated IdP
// on loopback, each compared with a bare fetch of the same pages at the same concurrency that parses and
// stores nothing: first as fast as loopback goes, then with a simulated round trip per request, as to a
// hosted IdP. Run by ./bench.sh sync; bench_sync [page size, default 100] [round trip ms, default 20]
#include "authprovider.h"
#include "benchresult.h"
#include "httpclient.h"
#include "sandboxserver.h"
#include "scimclient.h"
#include "scimsandbox.h"
#include "store.h"
#include "syncjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <functional>

using namespace Scimflow;

namespace {

const QString kToken = QStringLiteral("bench-token");

struct Fetched
{
    qint64 pages = 0, bytes = 0, ms = 0;
};

/// The baseline: the same pages as the sync reads (users, then groups), \a inFlight requests at a time as the
/// sync keeps them, each body read and dropped.
Fetched bareFetch(const QUrl &base, qint64 users, qint64 groups, int pageSize, int inFlight)
{
    QNetworkAccessManager nam;
    Fetched f;
    QElapsedTimer t;
    t.start();
    for (const auto &[collection, total] :
         {std::pair{QStringLiteral("Users"), users}, std::pair{QStringLiteral("Groups"), groups}}) {
        qint64 next = 1;
        int running = 0;
        QEventLoop loop;
        std::function<void()> startNext = [&] {
            while (running < inFlight && next <= total) {
                QUrl url(base.toString() + QLatin1Char('/') + collection);
                url.setQuery(QStringLiteral("startIndex=%1&count=%2").arg(next).arg(pageSize));
                next += pageSize;
                QNetworkRequest request(url);
                request.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
                QNetworkReply *reply = nam.get(request);
                ++running;
                QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                    f.bytes += reply->readAll().size();
                    ++f.pages;
                    --running;
                    reply->deleteLater();
                    startNext();
                    if (running == 0)
                        loop.quit();
                });
            }
        };
        startNext();
        if (running > 0)
            loop.exec();
    }
    f.ms = t.elapsed();
    return f;
}

Result<SyncSummary> runSync(ScimClient &client, const QString &db, SyncOptions::Mode mode)
{
    SyncOptions options;
    options.databasePath = db;
    options.mode = mode;
    SyncJob job(&client, options);
    Result<SyncSummary> out = Error::make(Error::Kind::Internal, QString());
    QEventLoop loop;
    QElapsedTimer phase;
    phase.start();
    QObject::connect(&job, &SyncJob::phaseChanged, [&phase](const QString &what) {
        QTextStream(stdout) << "  +" << phase.elapsed() << " ms: " << what << Qt::endl;
    });
    QObject::connect(&job, &SyncJob::finished, &loop, [&](const SyncSummary &s) {
        out = s;
        loop.quit();
    });
    QObject::connect(&job, &SyncJob::failed, &loop, [&](const Error &e) {
        out = e;
        loop.quit();
    });
    QMetaObject::invokeMethod(&job, &SyncJob::start, Qt::QueuedConnection);
    loop.exec();
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int pageSize = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100;
    const int roundTripMs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 20;
    QElapsedTimer t;
    t.start();
    // Anchored an hour back so that the incremental sync's overlap window re-reads only the changed 1%.
    const Scenario scenario =
        ScenarioGenerator::generate(ScenarioSpec::large(), currentTimestamp() - kMsPerHour);
    out << "scenario: " << scenario.users.size() << " users, " << scenario.groups.size() << " groups, "
        << scenario.membershipCount() << " memberships (generated in " << t.elapsed() << " ms)" << Qt::endl;

    // The simulated IdP gets its own thread so that it does not compete with the client's event loop.
    QThread serverThread;
    serverThread.start();
    SandboxServer *server = nullptr;
    ScimSandbox *scim = nullptr;
    QObject context;
    context.moveToThread(&serverThread);
    QMetaObject::invokeMethod(
        &context,
        [&] {
            server = new SandboxServer;
            scim = new ScimSandbox(*server, scenario, kToken);
            scim->setMaxPageSize(1000);
            // The generator can date a membership after the scenario's "now"; a directory cannot be modified
            // in the future, and such groups would look changed to every incremental sync.
            for (const Group &g : scenario.groups) {
                if (g.lastModified > scenario.anchor)
                    scim->setGroupMembers(g.scimId, g.memberScimIds, scenario.anchor);
            }
            scim->preserialise();
            if (!server->listen(0))
                qFatal("the sandbox cannot listen on 127.0.0.1");
        },
        Qt::BlockingQueuedConnection);
    const QUrl base = scim->baseUrl();
    out << "sandbox: " << base.toString() << Qt::endl;

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("bench.db"));
    HttpClient http;
    StaticTokenAuth auth(kToken);
    http.setAuthProvider(&auth);
    ScimClient client(&http, base, VendorProfile::generic());
    client.setPageSize(pageSize);
    const int inFlight = client.maxConcurrentPages();

    const Fetched plain = bareFetch(base, scenario.users.size(), scenario.groups.size(), pageSize, inFlight);
    out << QStringLiteral("bare fetch, %1 in flight: %2 pages, %3 MB in %4 s")
               .arg(inFlight)
               .arg(plain.pages)
               .arg(plain.bytes / 1e6, 0, 'f', 1)
               .arg(plain.ms / 1000.0, 0, 'f', 2)
        << Qt::endl;
    const Result<SyncSummary> full = runSync(client, db, SyncOptions::Mode::Full);
    if (!full) {
        out << "full sync failed: " << full.error().message << Qt::endl;
        return 1;
    }
    out << "full sync: " << full->toLine() << Qt::endl;
    Bench::result(out, QStringLiteral("sync.full_over_fetch_loopback"),
                  double(full->durationMs) / double(qMax<qint64>(1, plain.ms)), QStringLiteral("x"),
                  QStringLiteral("<="), 1.5,
                  QStringLiteral("sync %1 ms, fetch %2 ms").arg(full->durationMs).arg(plain.ms));

    // A second full sync: the steady state (diff against 100,000 stored users, nothing changed).
    const Result<SyncSummary> again = runSync(client, db, SyncOptions::Mode::Full);
    if (again)
        out << "second full sync (no changes): " << again->toLine() << Qt::endl;

    // 1% of users change (department), and 1% of groups (one member less).
    QMetaObject::invokeMethod(
        &context,
        [&] {
            const Timestamp now = currentTimestamp() + 1000;
            for (int i = 0; i < scenario.users.size(); i += 100)
                scim->modifyUser(
                    scenario.users[i].scimId, [](User &u) { u.department += QStringLiteral(" (moved)"); },
                    now);
            for (int i = 0; i < scenario.groups.size(); i += 100) {
                QStringList members = scenario.groups[i].memberScimIds;
                if (!members.isEmpty())
                    members.removeLast();
                scim->setGroupMembers(scenario.groups[i].scimId, members, now);
            }
        },
        Qt::BlockingQueuedConnection);
    const Result<SyncSummary> incremental = runSync(client, db, SyncOptions::Mode::Incremental);
    if (!incremental) {
        out << "incremental sync failed: " << incremental.error().message << Qt::endl;
        return 1;
    }
    out << "incremental sync (1% changed): " << incremental->toLine() << "; fetched "
        << incremental->fetchedUsers << " users and " << incremental->fetchedGroups << " groups" << Qt::endl;
    Bench::result(out, QStringLiteral("sync.incremental_over_full"),
                  100.0 * double(incremental->durationMs) / double(qMax<qint64>(1, full->durationMs)),
                  QStringLiteral("%"), {}, 0, QStringLiteral("1% of users and groups changed"));

    // The same full sync with a round trip per request: what concurrent paging is for.
    if (roundTripMs > 0) {
        QMetaObject::invokeMethod(
            &context, [&] { server->setLatency(roundTripMs); }, Qt::BlockingQueuedConnection);
        const Fetched slowPlain =
            bareFetch(base, scenario.users.size(), scenario.groups.size(), pageSize, inFlight);
        out << QStringLiteral("with a %1 ms round trip: bare fetch in %2 s")
                   .arg(roundTripMs)
                   .arg(slowPlain.ms / 1000.0, 0, 'f', 2)
            << Qt::endl;
        const Result<SyncSummary> slowFull =
            runSync(client, dir.filePath(QStringLiteral("roundtrip.db")), SyncOptions::Mode::Full);
        if (!slowFull) {
            out << "full sync failed: " << slowFull.error().message << Qt::endl;
            return 1;
        }
        out << QStringLiteral("with a %1 ms round trip: full sync: ").arg(roundTripMs) << slowFull->toLine()
            << Qt::endl;
        Bench::result(out, QStringLiteral("sync.full_over_fetch_%1ms").arg(roundTripMs),
                      double(slowFull->durationMs) / double(qMax<qint64>(1, slowPlain.ms)),
                      QStringLiteral("x"), {}, 0,
                      QStringLiteral("sync %1 ms, fetch %2 ms").arg(slowFull->durationMs).arg(slowPlain.ms));
    }

    QMetaObject::invokeMethod(
        &context,
        [&] {
            delete scim;
            delete server;
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
