#include "jobswriter.h"

#include "jobrepository.h"
#include "largepagecache.h"
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
    Result<std::unique_ptr<JobsWriteSession>> session =
        JobsWriteSession::begin(m_store, source, mode, m_keys);
    if (!session)
        return session.error();
    if (Status s = (*session)->add(jobs); !s)
        return (*session)->fail(s.error());
    return (*session)->finish(report);
}

Result<JobSyncSummary> JobsWriter::applyLaunchers(const QString &source,
                                                  const QHash<QString, QString> &launcherByJobId,
                                                  const ParseReport &report, const QString &mode)
{
    Result<std::unique_ptr<JobsWriteSession>> begun = JobsWriteSession::begin(m_store, source, mode, m_keys);
    if (!begun)
        return begun.error();
    JobsWriteSession &session = **begun;
    JobSyncSummary &summary = session.m_summary;
    summary.received = int(launcherByJobId.size());
    for (auto it = launcherByJobId.begin(); it != launcherByJobId.end(); ++it) {
        const qint64 user = session.m_resolver->userFor(it.value());
        Result<bool> found = session.m_jobs->setLauncher(source, it.key(), it.value(), user);
        if (!found)
            return session.fail(found.error());
        if (!*found) {
            summary.report.skip(tr("job %1").arg(it.key()), tr("job not synced yet"), ParseLimits());
            --summary.received;
            continue;
        }
        ++summary.updated;
        summary.launcherMatched += user != 0;
        summary.unmatched += user == 0;
    }
    return session.finish(report);
}

JobsWriteSession::JobsWriteSession(Store &store)
    : m_store(store)
{}

JobsWriteSession::~JobsWriteSession()
{
    if (m_transaction) // neither finished nor failed: nothing is written
        fail(Error::make(Error::Kind::Cancelled,
                         QCoreApplication::translate("Scimflow::JobsWriter",
                                                     "The sync stopped before its jobs were written.")));
}

Result<std::unique_ptr<JobsWriteSession>> JobsWriteSession::begin(Store &store, const QString &source,
                                                                  const QString &mode,
                                                                  std::optional<CorrelationKeys> keys,
                                                                  const PrincipalResolver *resolver)
{
    std::unique_ptr<JobsWriteSession> session(new JobsWriteSession(store));
    session->m_summary.source = source;
    Result<qint64> run = store.beginSyncRun(source, mode);
    if (!run)
        return run.error();
    session->m_summary.runId = *run;
    QSqlDatabase db = store.database();
    session->m_cache = std::make_unique<LargePageCache>(db); // the jobs table and its six indexes
    session->m_transaction = std::make_unique<Transaction>(db);
    if (!session->m_transaction->isActive())
        return session->fail(Error::make(
            Error::Kind::Database,
            QCoreApplication::translate("Scimflow::JobsWriter", "Cannot start a transaction for the jobs.")));
    if (resolver) {
        session->m_resolver = *resolver;
    } else {
        Result<PrincipalResolver> loaded = PrincipalResolver::load(store, keys);
        if (!loaded)
            return session->fail(loaded.error());
        session->m_resolver = std::move(*loaded);
    }
    session->m_jobs = std::make_unique<JobRepository>(db);
    Result<QStringList> dropped = session->m_jobs->dropIndexesIfEmpty();
    if (!dropped)
        return session->fail(dropped.error());
    session->m_dropped = *dropped;
    Result<QHash<QString, StoredJobPrincipals>> known = session->m_jobs->principalsOfSource(source);
    if (!known)
        return session->fail(known.error());
    session->m_known = std::move(*known);
    return session;
}

Status JobsWriteSession::add(const QList<Job> &jobs)
{
    const QString &source = m_summary.source;
    const PrincipalResolver &resolver = *m_resolver;
    m_summary.received += int(jobs.size());
    for (const Job &j : jobs) {
        if (j.externalId.isEmpty() || m_seen.contains(j.externalId)) {
            m_summary.report.skip(QCoreApplication::translate("Scimflow::JobsWriter", "job %1").arg(j.name),
                                  j.externalId.isEmpty()
                                      ? QCoreApplication::translate("Scimflow::JobsWriter", "no id")
                                      : QCoreApplication::translate("Scimflow::JobsWriter", "listed twice"),
                                  ParseLimits());
            --m_summary.received;
            continue;
        }
        m_seen.insert(j.externalId);
        StoredJobPrincipals principals{j.launcher, j.runAs, j.role};
        const auto old = m_known.constFind(j.externalId);
        if (old != m_known.cend()) {
            ++m_summary.updated;
            if (principals.launcher.isEmpty())
                principals.launcher = old->launcher;
            if (principals.runAs.isEmpty())
                principals.runAs = old->runAs;
            if (principals.role.isEmpty())
                principals.role = old->role;
        } else {
            ++m_summary.inserted;
        }
        JobLinks links;
        links.launcherUser = resolver.userFor(principals.launcher);
        links.runAsAccount = resolver.serviceAccountFor(principals.runAs);
        links.runAsUser = links.runAsAccount ? 0 : resolver.userFor(principals.runAs);
        m_summary.launcherMatched += links.launcherUser != 0;
        m_summary.runAsMatched += (links.runAsAccount || links.runAsUser);
        m_summary.unmatched += (!principals.launcher.isEmpty() && !links.launcherUser) ||
                               (!principals.runAs.isEmpty() && !links.runAsAccount && !links.runAsUser);
        if (Status s = m_jobs->upsert(source, j, principals, links, m_summary.runId); !s)
            return s;
    }
    return {};
}

Result<JobSyncSummary> JobsWriteSession::finish(const ParseReport &report)
{
    ParseReport merged = report;
    merged.merge(m_summary.report, ParseLimits());
    m_summary.report = merged;
    if (Status s = m_jobs->buildIndexes(m_dropped); !s)
        return fail(s.error());
    m_jobs.reset();
    if (Status s = m_transaction->commit(); !s)
        return fail(s.error());
    m_transaction.reset();
    m_cache.reset();
    const QString message = m_summary.report.skipped ? m_summary.report.summary() : QString();
    if (Status s =
            m_store.finishSyncRun(m_summary.runId, QStringLiteral("ok"), message, m_summary.statsJson());
        !s)
        return s.error();
    return m_summary;
}

Error JobsWriteSession::fail(Error error)
{
    m_jobs.reset();
    m_transaction.reset(); // rolls back
    m_cache.reset();
    if (Status marked =
            m_store.finishSyncRun(m_summary.runId, QStringLiteral("failed"), error.message, QString());
        !marked)
        error.message += QLatin1Char('\n') + marked.error().message;
    return error;
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
