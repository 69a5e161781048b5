#include "jobswriter.h"

#include "jobrepository.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::JobsWriter", text);
}

} // namespace

QString JobSyncSummary::line() const
{
    QString text =
        QCoreApplication::translate("Scimflow::JobsWriter",
                                    "%1: %2 jobs (%3 new, %4 updated), %5 with unmatched principals")
            .arg(source)
            .arg(received)
            .arg(inserted)
            .arg(updated)
            .arg(unmatched);
    if (report.skipped)
        text +=
            QCoreApplication::translate("Scimflow::JobsWriter", ", %1 records skipped").arg(report.skipped);
    if (report.duplicates)
        text += QCoreApplication::translate("Scimflow::JobsWriter", ", %1 listed twice and kept once")
                    .arg(report.duplicates);
    return text;
}

QString JobSyncSummary::statsJson() const
{
    const QJsonObject o{{QStringLiteral("jobs"), received},
                        {QStringLiteral("inserted"), inserted},
                        {QStringLiteral("updated"), updated},
                        {QStringLiteral("launcherMatched"), launcherMatched},
                        {QStringLiteral("runAsMatched"), runAsMatched},
                        {QStringLiteral("unmatched"), unmatched},
                        {QStringLiteral("skipped"), report.skipped},
                        {QStringLiteral("duplicates"), report.duplicates}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

JobsWriter::JobsWriter(Store &store, std::optional<CorrelationKeys> keys)
    : m_store(store)
    , m_keys(keys)
{}

Status JobsWriter::recordFailure(const QString &source, const Error &error, const QString &mode)
{
    Result<qint64> run = m_store.beginSyncRun(source, mode);
    if (!run)
        return run.error();
    return m_store.finishSyncRun(*run, QStringLiteral("failed"), error.message, QString());
}

Error JobsWriter::recordedFailure(const QString &source, Error error, const QString &mode)
{
    if (Status recorded = recordFailure(source, error, mode); !recorded)
        error.message += QLatin1Char('\n') + recorded.error().message;
    return error;
}

Result<JobSyncSummary> JobsWriter::write(const QString &source, const QList<Job> &jobs,
                                         const ParseReport &report, const QString &mode)
{
    const auto writeJobs = [&](JobRepository &stored, const PrincipalResolver &resolver,
                               JobSyncSummary &summary) -> Status {
        Result<QHash<QString, StoredJobPrincipals>> known = stored.principalsOfSource(source);
        if (!known)
            return known.error();
        QSet<QString> seen;
        for (const Job &j : jobs) {
            if (j.externalId.isEmpty() || seen.contains(j.externalId)) {
                summary.report.skip(tr("job %1").arg(j.name),
                                    j.externalId.isEmpty() ? tr("no id") : tr("listed twice"), ParseLimits());
                --summary.received;
                continue;
            }
            seen.insert(j.externalId);
            StoredJobPrincipals principals{j.launcher, j.runAs, j.role};
            const auto old = known->constFind(j.externalId);
            if (old != known->cend()) {
                ++summary.updated;
                if (principals.launcher.isEmpty())
                    principals.launcher = old->launcher;
                if (principals.runAs.isEmpty())
                    principals.runAs = old->runAs;
                if (principals.role.isEmpty())
                    principals.role = old->role;
            } else {
                ++summary.inserted;
            }
            JobLinks links;
            links.launcherUser = resolver.userFor(principals.launcher);
            links.runAsAccount = resolver.serviceAccountFor(principals.runAs);
            links.runAsUser = links.runAsAccount ? 0 : resolver.userFor(principals.runAs);
            summary.launcherMatched += links.launcherUser != 0;
            summary.runAsMatched += (links.runAsAccount || links.runAsUser);
            summary.unmatched += (!principals.launcher.isEmpty() && !links.launcherUser) ||
                                 (!principals.runAs.isEmpty() && !links.runAsAccount && !links.runAsUser);
            if (Status s = stored.upsert(source, j, principals, links, summary.runId); !s)
                return s;
        }
        return {};
    };
    return recordedRun(source, mode, int(jobs.size()), report, tr("Cannot start a transaction for the jobs."),
                       writeJobs);
}

Result<JobSyncSummary> JobsWriter::applyLaunchers(const QString &source,
                                                  const QHash<QString, QString> &launcherByJobId,
                                                  const ParseReport &report, const QString &mode)
{
    const auto apply = [&](JobRepository &stored, const PrincipalResolver &resolver,
                           JobSyncSummary &summary) -> Status {
        for (auto it = launcherByJobId.begin(); it != launcherByJobId.end(); ++it) {
            const qint64 user = resolver.userFor(it.value());
            Result<bool> found = stored.setLauncher(source, it.key(), it.value(), user);
            if (!found)
                return found.error();
            if (!*found) {
                summary.report.skip(tr("job %1").arg(it.key()), tr("job not synced yet"), ParseLimits());
                --summary.received;
                continue;
            }
            ++summary.updated;
            summary.launcherMatched += user != 0;
            summary.unmatched += user == 0;
        }
        return {};
    };
    return recordedRun(source, mode, int(launcherByJobId.size()), report,
                       tr("Cannot start a transaction for the launchers."), apply);
}

Result<JobSyncSummary> JobsWriter::recordedRun(const QString &source, const QString &mode, int received,
                                               const ParseReport &report, const QString &noTransaction,
                                               const Work &work)
{
    JobSyncSummary summary;
    summary.source = source;
    summary.report = report;
    summary.received = received;
    Result<qint64> run = m_store.beginSyncRun(source, mode);
    if (!run)
        return run.error();
    summary.runId = *run;

    // The transaction lives inside this lambda so that a failure is rolled back before the run is marked.
    auto inTransaction = [&]() -> Status {
        QSqlDatabase db = m_store.database();
        Transaction tx(db);
        if (!tx.isActive())
            return Error::make(Error::Kind::Database, noTransaction);
        Result<PrincipalResolver> resolver = PrincipalResolver::load(m_store, m_keys);
        if (!resolver)
            return resolver.error();
        JobRepository stored(db);
        if (Status s = work(stored, *resolver, summary); !s)
            return s;
        return tx.commit();
    };
    if (Status s = inTransaction(); !s) {
        Error error = s.error();
        if (Status marked =
                m_store.finishSyncRun(summary.runId, QStringLiteral("failed"), error.message, QString());
            !marked)
            error.message += QLatin1Char('\n') + marked.error().message;
        return error;
    }
    const QString message = summary.report.skipped ? summary.report.summary() : QString();
    if (Status s = m_store.finishSyncRun(summary.runId, QStringLiteral("ok"), message, summary.statsJson());
        !s)
        return s.error();
    return summary;
}

Result<int> JobsWriter::relinkAll(Store &store, const PrincipalResolver &resolver)
{
    JobRepository stored(store.database());
    QList<std::pair<qint64, JobLinks>> changes;
    const Status read = stored.forEachLink(
        [&](qint64 id, const QString &launcher, const QString &runAs, const JobLinks &current) {
            JobLinks links;
            links.launcherUser = resolver.userFor(launcher);
            links.runAsAccount = resolver.serviceAccountFor(runAs);
            links.runAsUser = links.runAsAccount ? 0 : resolver.userFor(runAs);
            if (links != current)
                changes.append({id, links});
        });
    if (!read)
        return read.error();
    for (const auto &[id, links] : changes) {
        if (Status s = stored.setLinks(id, links); !s)
            return s.error();
    }
    return int(changes.size());
}

} // namespace Scimflow
