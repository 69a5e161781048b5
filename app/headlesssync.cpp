#include "headlesssync.h"

#include "commands.h"
#include "credentialsynccommand.h"
#include "directoryreaderfactory.h"
#include "driftanalyzer.h"
#include "schemadriftrule.h"
#include "scimconnection.h"
#include "secretredactor.h"
#include "store.h"
#include "targetsyncjob.h"

#include <QEventLoop>
#include <QTextStream>

namespace Scimflow::Cli {

namespace {

int syncIdentityProvider(const HeadlessSync &sync, QTextStream &out, QTextStream &err)
{
    HttpClientOptions httpOptions;
    httpOptions.timeoutMs = sync.timeoutMs;
    auto connection = makeDirectoryReader(*sync.idp, sync.idpSecret, httpOptions);
    if (!connection) {
        err << "error: " << SecretRedactor::scrub(connection.error().message, sync.idpSecret) << '\n';
        return connection.error().kind == Error::Kind::InvalidInput ? UsageError : Failure;
    }
    SyncOptions options;
    options.databasePath = sync.databasePath;
    options.mode = sync.mode;
    SyncJob job((*connection)->reader.get(), options);
    QEventLoop loop;
    int code = Failure;
    QObject::connect(&job, &SyncJob::finished, &loop, [&](const SyncSummary &summary) {
        if (summary.source == QLatin1String("scim")) {
            if (auto store = Store::open(sync.databasePath)) {
                if (Status recorded =
                        SchemaDriftRule::recordSchemas((*store)->database(), summary.schemasDocument);
                    !recorded)
                    err << "warning: " << recorded.error().message << '\n';
            }
        }
        out << summary.toLine() << '\n';
        for (const QString &warning : summary.warnings)
            err << "warning: " << warning << '\n';
        code = Success;
        loop.quit();
    });
    QObject::connect(&job, &SyncJob::failed, &loop, [&](const Error &error) {
        err << "error: " << SecretRedactor::scrub(error.message, sync.idpSecret) << '\n';
        code = Failure;
        loop.quit();
    });
    QMetaObject::invokeMethod(&job, &SyncJob::start, Qt::QueuedConnection);
    loop.exec();
    return code;
}

// SCIM provisioning targets: each read in full and written in its own transaction, after the IdP.
int syncScimTarget(const HeadlessSync &sync, const ScimTargetRun &target, QTextStream &out, QTextStream &err)
{
    HttpClientOptions httpOptions;
    httpOptions.timeoutMs = sync.timeoutMs;
    auto connection =
        ScimConnection::createTarget(target.url, target.vendor, target.token, target.caFile, httpOptions);
    if (!connection) {
        err << "error: target " << target.name << ": "
            << SecretRedactor::scrub(connection.error().message, target.token) << '\n';
        return connection.error().kind == Error::Kind::InvalidInput ? UsageError : Failure;
    }
    TargetSyncJob job(&(*connection)->client(), target.name, sync.databasePath);
    QEventLoop loop;
    int code = Failure;
    QObject::connect(&job, &TargetSyncJob::finished, &loop, [&](const TargetSyncSummary &summary) {
        out << summary.toLine() << '\n';
        code = Success;
        loop.quit();
    });
    QObject::connect(&job, &TargetSyncJob::failed, &loop, [&](const Error &error) {
        err << "error: " << SecretRedactor::scrub(error.message, target.token) << '\n';
        code = Failure;
        loop.quit();
    });
    QMetaObject::invokeMethod(&job, &TargetSyncJob::start, Qt::QueuedConnection);
    loop.exec();
    return code;
}

int syncScimTargets(const HeadlessSync &sync, QTextStream &out, QTextStream &err)
{
    int code = Success;
    for (const ScimTargetRun &target : sync.targets) {
        // One failing target does not keep the others from being read; the command still fails.
        if (const int c = syncScimTarget(sync, target, out, err); c != Success && code == Success)
            code = c;
    }
    return code;
}

/// The drift rules over what was just synced, so that a `sync && report` never reports stale findings.
int recomputeFindings(const QString &databasePath, QTextStream &out, QTextStream &err)
{
    auto store = Store::open(databasePath);
    if (!store) {
        err << "error: " << store.error().message << '\n';
        return Failure;
    }
    DriftAnalyzer analyzer(**store);
    Result<FindingChanges> changes = analyzer.recompute();
    if (!changes) {
        err << "error: findings: " << changes.error().message << '\n';
        return Failure;
    }
    // The findings command's record of its last analysis, so that it does not run the rules again.
    if (Status s = (*store)->setMetaValue(QStringLiteral("drift.last_run"),
                                          QString::number(analyzer.lastAnalysisTime()));
        !s) {
        err << "error: " << s.error().message << '\n';
        return Failure;
    }
    const int open = changes->added + changes->reopened + changes->continued;
    out << "findings: " << open << " open (" << changes->added << " new, " << changes->reopened
        << " reopened, " << changes->continued << " still open), " << changes->resolved << " resolved\n";
    return Success;
}

} // namespace

int runHeadlessSync(const HeadlessSync &sync, QTextStream &out, QTextStream &err)
{
    int code = Success;
    if (sync.idp)
        code = syncIdentityProvider(sync, out, err);
    if (code == Success && !sync.targets.isEmpty())
        code = syncScimTargets(sync, out, err);
    if (code == Success && !sync.pipelines.isEmpty())
        code = runPipelinePlan(sync.pipelines, sync.databasePath, out, err);
    if (code == Success && !sync.credentials.isEmpty())
        code = runCredentialPlan(sync.credentials, sync.databasePath, out, err);
    if (code != Success)
        return code;
    if (!sync.connectionName.isEmpty()) {
        auto store = Store::open(sync.databasePath);
        const Status recorded =
            store ? (*store)->setMetaValue(QStringLiteral("synced_connection"), sync.connectionName)
                  : Status(store.error());
        if (!recorded) {
            err << "error: " << recorded.error().message << '\n';
            return Failure;
        }
    }
    if (sync.findings)
        code = recomputeFindings(sync.databasePath, out, err);
    return code;
}

} // namespace Scimflow::Cli
