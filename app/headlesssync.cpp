#include "headlesssync.h"

#include "commands.h"
#include "credentialsynccommand.h"
#include "driftanalyzer.h"
#include "schemadriftrule.h"
#include "scimconnection.h"
#include "secretredactor.h"
#include "store.h"

#include <QEventLoop>
#include <QTextStream>

namespace Scimflow::Cli {

namespace {

int syncIdentityProvider(const HeadlessSync &sync, QTextStream &out, QTextStream &err)
{
    HttpClientOptions httpOptions;
    httpOptions.timeoutMs = sync.timeoutMs;
    auto connection = ScimConnection::create(*sync.idp, sync.idpSecret, httpOptions);
    if (!connection) {
        err << "error: " << SecretRedactor::scrub(connection.error().message, sync.idpSecret) << '\n';
        return connection.error().kind == Error::Kind::InvalidInput ? UsageError : Failure;
    }
    SyncOptions options;
    options.databasePath = sync.databasePath;
    options.mode = sync.mode;
    SyncJob job(&(*connection)->client(), options);
    QEventLoop loop;
    int code = Failure;
    QObject::connect(&job, &SyncJob::finished, &loop, [&](const SyncSummary &summary) {
        if (auto store = Store::open(sync.databasePath)) {
            if (Status recorded =
                    SchemaDriftRule::recordSchemas((*store)->database(), summary.schemasDocument);
                !recorded)
                err << "warning: " << recorded.error().message << '\n';
        }
        out << summary.toLine() << '\n';
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
