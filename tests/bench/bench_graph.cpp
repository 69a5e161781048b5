// Full and delta reads of the `large` scenario (100,000 users, 5,000 groups) from the simulated Graph tenant
// on loopback, each written through SnapshotWriter, then the same after 1% of the directory changed: what an
// incremental (delta) sync costs against a full one. Run by ./bench.sh graph.
// Usage: bench_graph [page size, default 200]
#include "authprovider.h"
#include "benchresult.h"
#include "graphdirectoryreader.h"
#include "graphsandbox.h"
#include "httpclient.h"
#include "sandboxserver.h"
#include "snapshotwriter.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Scimflow;

namespace {

struct Timed
{
    qint64 readMs = 0, writeMs = 0;
    int requests = 0;
    QString summary;
    QByteArray state;
};

Timed syncOnce(GraphDirectoryReader &reader, Store &store, const QString &path, const QByteArray &state)
{
    Timed t;
    DirectoryReadRequest request;
    request.full = state.isEmpty();
    request.state = state;
    request.databasePath = path;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QObject::connect(&reader, &DirectoryReader::finished, &loop, &QEventLoop::quit);
    reader.start(request);
    loop.exec();
    t.readMs = clock.restart();
    const Result<DirectoryRead> &read = *reader.result();
    if (!read)
        qFatal("%s", qPrintable(read.error().message));
    const Result<qint64> run = store.beginSyncRun(QStringLiteral("graph"), QStringLiteral("bench"));
    if (!run)
        qFatal("%s", qPrintable(run.error().message));
    SyncSnapshot snap;
    snap.users = read->users;
    snap.groups = read->groups;
    snap.full = read->full;
    snap.syncTime = currentTimestamp();
    snap.runId = *run;
    // As the sync job does: the run's source tells the writer that the full read was this source's
    // baseline, so the delta does not mark every membership as one again.
    snap.source = QStringLiteral("graph");
    snap.mode = read->full ? QStringLiteral("full") : QStringLiteral("incremental");
    const Result<SnapshotStats> stats = SnapshotWriter::write(store, snap);
    if (!stats)
        qFatal("%s", qPrintable(stats.error().message));
    t.writeMs = clock.elapsed();
    t.requests = read->requests;
    t.summary = read->summary;
    t.state = read->nextState;
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int pageSize = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    QTextStream out(stdout);
    const Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::large(), currentTimestamp());
    SandboxServer server;
    if (!server.listen())
        qFatal("cannot listen");
    GraphSandbox graph(server, scenario, QStringLiteral("bench"), QStringLiteral("bench-client"),
                       QStringLiteral("bench-secret"));
    graph.setPageSize(pageSize);
    HttpClient http;
    OAuthClientCredentials::Config config;
    config.tokenUrl = GraphDirectoryReader::tokenUrlFor(graph.loginUrl(), QStringLiteral("bench"));
    config.clientId = QStringLiteral("bench-client");
    config.clientSecret = QStringLiteral("bench-secret");
    config.scope = GraphDirectoryReader::scopeFor(graph.graphUrl());
    OAuthClientCredentials auth(&http, config);
    http.setAuthProvider(&auth);
    GraphDirectoryReader reader(&http, graph.graphUrl());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    auto opened = Store::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    std::unique_ptr<Store> store = std::move(opened).value();

    const Timed full = syncOnce(reader, *store, path, {});
    out << "full:  " << full.summary << "\n       read " << full.readMs << " ms, write " << full.writeMs
        << " ms, " << full.requests << " requests" << Qt::endl;

    // 1% of the users change: properties, disables, deletions, and as many membership changes.
    const QList<User> users = graph.users();
    const QList<Group> groups = graph.groups();
    const int changes = int(users.size() / 100);
    for (int i = 0; i < changes; ++i) {
        const User &u = users[(i * 97) % users.size()];
        switch (i % 5) {
        case 0:
            graph.removeUser(u.scimId);
            break;
        case 1:
            graph.modifyUser(u.scimId, [](User &x) { x.active = false; });
            break;
        case 2:
            graph.modifyUser(u.scimId, [](User &x) { x.department = QStringLiteral("Reorganised"); });
            break;
        case 3:
            graph.addMember(groups[i % groups.size()].scimId, u.scimId);
            break;
        default:
            if (!groups[i % groups.size()].memberScimIds.isEmpty())
                graph.removeMember(groups[i % groups.size()].scimId,
                                   groups[i % groups.size()].memberScimIds.first());
            break;
        }
    }
    const Timed delta = syncOnce(reader, *store, path, full.state);
    out << "delta: " << delta.summary << "\n       read " << delta.readMs << " ms, write " << delta.writeMs
        << " ms, " << delta.requests << " requests" << Qt::endl;
    Bench::result(
        out, QStringLiteral("graph.delta_over_full"),
        100.0 * double(delta.readMs + delta.writeMs) / double(qMax<qint64>(1, full.readMs + full.writeMs)),
        QStringLiteral("%"), QStringLiteral("<"), 10, QStringLiteral("1% of the directory changed"));
    return 0;
}
