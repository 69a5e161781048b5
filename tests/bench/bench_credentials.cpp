// Reads a credential inventory of 5,000 service accounts with 15,000 keys (and 500 GitHub tokens) from the
// sandbox on 127.0.0.1 through the inventory job, stores it and runs the drift rules. Prints the figures; not
// a pass/fail test; the last line is "RESULT credentials.inventory_5k SECONDS s target <= 10".
// Usage: bench_credentials [ACCOUNTS [KEYS-PER-ACCOUNT]]
#include "credentialinventoryjob.h"
#include "credentialsandbox.h"
#include "driftanalyzer.h"
#include "sandboxserver.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Scimflow;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int accounts = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 5000;
    const int keys = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 3;
    const Timestamp anchor = currentTimestamp();
    const QString token = QStringLiteral("bench-token");
    SandboxServer server;
    if (!server.listen().ok())
        return 1;
    CredentialSandbox sandbox(
        server, CredentialSandboxData::bulk(QStringLiteral("bench-project"), accounts, keys, anchor), token);
    auto [privateKey, publicKey] = CredentialSandbox::generateAppKey();
    sandbox.registerApp(QStringLiteral("1"), publicKey);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.db"));
    {
        auto store = Store::open(path);
        if (!store)
            return 1;
    }
    CredentialSourceRun gcp;
    gcp.project = sandbox.data().project();
    gcp.iamBase = gcp.policyAnalyzerBase = server.baseUrl();
    gcp.bearerToken = token;
    CredentialSourceRun github;
    github.kind = CredentialSourceRun::Kind::Github;
    github.organisation = sandbox.data().organisation();
    github.githubBase = server.baseUrl();
    github.appId = QStringLiteral("1");
    github.appPrivateKeyPem = privateKey;

    QElapsedTimer t;
    t.start();
    CredentialInventoryJob job(path, {gcp, github});
    QEventLoop loop;
    QObject::connect(&job, &CredentialInventoryJob::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    const qint64 inventoryMs = t.elapsed();
    for (const QString &line : job.summaries())
        out << line << '\n';
    for (const QString &e : job.errors())
        out << "error: " << e << '\n';
    out << "inventory read and stored: " << inventoryMs << " ms (" << server.requestCount() << " requests)\n";

    t.restart();
    auto store = Store::open(path);
    if (!store)
        return 1;
    DriftAnalyzer analyzer(**store);
    Result<FindingChanges> changes = analyzer.recompute();
    if (!changes) {
        out << "error: " << changes.error().message << '\n';
        return 1;
    }
    const qint64 analysisMs = t.elapsed();
    for (const RuleTiming &r : analyzer.timings()) {
        if (r.findings > 0 || r.milliseconds > 0)
            out << "  " << r.rule << ": " << r.findings << " findings, " << r.milliseconds << " ms\n";
    }
    out << "findings computed: " << analysisMs << " ms\n";
    const qint64 totalMs = inventoryMs + analysisMs;
    out << "total: " << totalMs << " ms (target < 10000 ms)\n";
    // The machine-readable line: the measure, an inventory stored and analysed.
    const QString id =
        accounts % 1000 == 0 ? QStringLiteral("%1k").arg(accounts / 1000) : QString::number(accounts);
    out << "RESULT credentials.inventory_" << id << ' ' << QString::number(totalMs / 1000.0, 'f', 1)
        << " s target <= 10\n";
    return job.errors().isEmpty() ? 0 : 1;
}
