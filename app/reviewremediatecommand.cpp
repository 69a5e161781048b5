#include "reviewremediatecommand.h"

#include "auditlog.h"
#include "commands.h"
#include "connectionfixes.h"
#include "fixexecutor.h"
#include "remediationrun.h"
#include "reviewrepository.h"
#include "savedconnectionsync.h"
#include "store.h"

#include <QEventLoop>
#include <QTextStream>

namespace Scimflow::Cli {

namespace {

/// The saved connection \a name with its secrets, or why not.
Result<std::unique_ptr<ConnectionFixes>> connectionFixes(const Store &store, const QString &name,
                                                         QStringList *problems)
{
    const QList<ConnectionProfile> profiles = ConnectionProfiles::all(store);
    QStringList names;
    for (const ConnectionProfile &p : profiles) {
        names << p.name;
        if (p.name != name)
            continue;
        SecretStore secrets;
        QHash<QString, QString> read;
        QStringList refs{p.secretRef};
        for (const ScimTargetSource &target : p.scimTargets)
            refs << target.secretRef;
        for (const QString &ref : std::as_const(refs)) {
            if (ref.isEmpty() || read.contains(ref))
                continue;
            if (Result<QString> secret = loadSecret(secrets, ref))
                read.insert(ref, *secret);
        }
        return ConnectionFixes::open(p, read, problems);
    }
    return Error::make(
        Error::Kind::InvalidInput,
        QStringLiteral("no saved connection is named \"%1\" in this database (saved: %2)")
            .arg(name, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "))));
}

} // namespace

int remediateCampaign(Store &store, qint64 campaignId, const QString &connection, const QString &reason,
                      bool apply, QTextStream &out, QTextStream &err)
{
    ReviewRepository repo(store.database());
    Result<ReviewCampaign> campaign = repo.campaign(campaignId);
    if (!campaign) {
        err << "error: " << campaign.error().message << '\n';
        return Failure;
    }
    if (!campaign->signedOff) {
        err << "error: campaign " << campaignId
            << " is not signed off; its remediation plan carries out final decisions (review signoff "
               "first)\n";
        return Failure;
    }
    const QString name =
        connection.isEmpty() ? store.metaValue(QStringLiteral("synced_connection")) : connection;
    if (name.isEmpty()) {
        err << "error: the database records no connection it was synced from; name a saved one with "
               "--connection NAME\n";
        return UsageError;
    }
    QStringList problems;
    Result<std::unique_ptr<ConnectionFixes>> fixes = connectionFixes(store, name, &problems);
    if (!fixes) {
        err << "error: " << fixes.error().message << '\n';
        return UsageError;
    }
    for (const QString &problem : std::as_const(problems))
        err << "warning: " << problem << '\n';
    const QList<FixConnector *> connectors = (*fixes)->connectors();
    FixPlanner planner(store.database(), connectors);
    Result<QList<RemediationStep>> steps = ReviewRemediation(store.database(), planner).plan(campaignId);
    if (!steps) {
        err << "error: " << steps.error().message << '\n';
        return Failure;
    }
    out << "remediation plan of campaign " << campaignId << " (" << campaign->name << "): " << steps->size()
        << " item(s) not applied yet\n";
    for (const RemediationStep &s : std::as_const(*steps)) {
        out << "  item " << s.itemId << "  " << s.identity << "  " << s.access << "  ";
        if (s.hasAction && s.plan.isAvailable())
            out << s.plan.title << "  " << s.plan.request.method << ' ' << s.plan.request.url.toString()
                << '\n';
        else
            out << "not supported: " << s.unsupportedReason << '\n';
    }
    if (steps->isEmpty())
        return Success;
    if (!apply) {
        out << "nothing was sent: add --reason TEXT --yes to apply the plan\n";
        return Success;
    }
    if (reason.trimmed().isEmpty()) {
        err << "error: review remediate --yes needs --reason TEXT (kept in the audit log with every "
               "change)\n";
        return UsageError;
    }
    out.flush();

    AuditLog log(store.database());
    FixExecutor executor(log, connectors);
    RemediationRun run(store.database(), &executor);
    QEventLoop loop;
    RemediationSummary summary;
    QObject::connect(&run, &RemediationRun::itemFinished, &run,
                     [&out](qint64 itemId, const QString &result, const QString &message) {
                         out << "item " << itemId << ": " << result;
                         if (!message.isEmpty())
                             out << ": " << message;
                         out << '\n';
                         out.flush();
                     });
    QObject::connect(&run, &RemediationRun::finished, &run, [&](const RemediationSummary &s) {
        summary = s;
        loop.quit();
    });
    run.start(*steps, reason.trimmed());
    loop.exec();
    out << "applied " << summary.applied << ", failed " << summary.failed << ", not found "
        << summary.notFound << ", not supported " << summary.notSupported << '\n';
    if (summary.failed) {
        err << "error: " << summary.failed
            << " revocation(s) failed; run review remediate again to retry them (applied items are "
               "skipped)\n";
        return Failure;
    }
    return Success;
}

} // namespace Scimflow::Cli
