#include "jobswriter.h"

#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::JobsWriter", text);
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString labelsJson(const QMap<QString, QString> &labels)
{
    if (labels.isEmpty())
        return QStringLiteral("{}");
    QJsonObject o;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

struct KnownJob
{
    QString launcher;
    QString runAs;
    QString role;
};

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
    const auto writeJobs = [&](QSqlDatabase &db, const PrincipalResolver &resolver,
                               JobSyncSummary &summary) -> Status {
        QHash<QString, KnownJob> known;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT external_id, launcher, run_as, role FROM jobs WHERE source = ?"));
        q.addBindValue(source);
        if (!q.exec())
            return sqlError(tr("Cannot read known jobs"), q.lastError());
        while (q.next())
            known.insert(q.value(0).toString(),
                         {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});

        q.prepare(QStringLiteral(
            "INSERT INTO jobs(source, external_id, name, state, raw_state, project, location, create_time, "
            "start_time, end_time, state_time, launcher, run_as, role, labels, launcher_user_id, "
            "run_as_user_id, "
            "run_as_sa_id, sync_run) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            "ON CONFLICT(source, external_id) DO UPDATE SET name = excluded.name, state = excluded.state, "
            "raw_state = excluded.raw_state, project = excluded.project, location = excluded.location, "
            "create_time = excluded.create_time, start_time = excluded.start_time, end_time = "
            "excluded.end_time, "
            "state_time = excluded.state_time, launcher = excluded.launcher, run_as = excluded.run_as, "
            "role = excluded.role, labels = excluded.labels, launcher_user_id = excluded.launcher_user_id, "
            "run_as_user_id = excluded.run_as_user_id, run_as_sa_id = excluded.run_as_sa_id, "
            "sync_run = excluded.sync_run"));
        QSet<QString> seen;
        for (const Job &j : jobs) {
            if (j.externalId.isEmpty() || seen.contains(j.externalId)) {
                summary.report.skip(tr("job %1").arg(j.name),
                                    j.externalId.isEmpty() ? tr("no id") : tr("listed twice"), ParseLimits());
                --summary.received;
                continue;
            }
            seen.insert(j.externalId);
            QString launcher = j.launcher;
            QString runAs = j.runAs;
            QString role = j.role;
            const auto old = known.constFind(j.externalId);
            if (old != known.cend()) {
                ++summary.updated;
                if (launcher.isEmpty())
                    launcher = old->launcher;
                if (runAs.isEmpty())
                    runAs = old->runAs;
                if (role.isEmpty())
                    role = old->role;
            } else {
                ++summary.inserted;
            }
            const qint64 launcherUser = resolver.userFor(launcher);
            const qint64 runAsAccount = resolver.serviceAccountFor(runAs);
            const qint64 runAsUser = runAsAccount ? 0 : resolver.userFor(runAs);
            summary.launcherMatched += launcherUser != 0;
            summary.runAsMatched += (runAsAccount || runAsUser);
            summary.unmatched +=
                (!launcher.isEmpty() && !launcherUser) || (!runAs.isEmpty() && !runAsAccount && !runAsUser);

            int i = 0;
            q.bindValue(i++, source);
            q.bindValue(i++, j.externalId);
            q.bindValue(i++, sqlText(j.name));
            q.bindValue(i++, jobStateName(j.state));
            q.bindValue(i++, sqlText(j.rawState));
            q.bindValue(i++, sqlText(j.project));
            q.bindValue(i++, sqlText(j.location));
            q.bindValue(i++, j.createTime);
            q.bindValue(i++, j.startTime);
            q.bindValue(i++, j.endTime);
            q.bindValue(i++, j.stateTime);
            q.bindValue(i++, sqlText(launcher));
            q.bindValue(i++, sqlText(runAs));
            q.bindValue(i++, sqlText(role));
            q.bindValue(i++, labelsJson(j.labels));
            q.bindValue(i++, idOrNull(launcherUser));
            q.bindValue(i++, idOrNull(runAsUser));
            q.bindValue(i++, idOrNull(runAsAccount));
            q.bindValue(i++, summary.runId);
            if (!q.exec())
                return sqlError(tr("Cannot write job %1").arg(j.externalId), q.lastError());
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
    const auto apply = [&](QSqlDatabase &db, const PrincipalResolver &resolver,
                           JobSyncSummary &summary) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE jobs SET launcher = ?, launcher_user_id = ? WHERE source = ? AND "
                                 "external_id = ?"));
        for (auto it = launcherByJobId.begin(); it != launcherByJobId.end(); ++it) {
            const qint64 user = resolver.userFor(it.value());
            q.bindValue(0, sqlText(it.value()));
            q.bindValue(1, idOrNull(user));
            q.bindValue(2, source);
            q.bindValue(3, it.key());
            if (!q.exec())
                return sqlError(tr("Cannot set the launcher of job %1").arg(it.key()), q.lastError());
            if (q.numRowsAffected() == 0) {
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
        if (Status s = work(db, *resolver, summary); !s)
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
    QSqlDatabase db = store.database();
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT id, launcher, run_as, launcher_user_id, run_as_user_id, run_as_sa_id "
                           "FROM jobs")))
        return sqlError(tr("Cannot read jobs"), read.lastError());
    struct Change
    {
        qint64 id, launcherUser, runAsUser, runAsAccount;
    };
    QList<Change> changes;
    while (read.next()) {
        const qint64 launcherUser = resolver.userFor(read.value(1).toString());
        const qint64 runAsAccount = resolver.serviceAccountFor(read.value(2).toString());
        const qint64 runAsUser = runAsAccount ? 0 : resolver.userFor(read.value(2).toString());
        if (launcherUser != read.value(3).toLongLong() || runAsUser != read.value(4).toLongLong() ||
            runAsAccount != read.value(5).toLongLong())
            changes.append({read.value(0).toLongLong(), launcherUser, runAsUser, runAsAccount});
    }
    read.finish();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE jobs SET launcher_user_id = ?, run_as_user_id = ?, run_as_sa_id = ? WHERE id = ?"));
    for (const Change &c : changes) {
        q.bindValue(0, idOrNull(c.launcherUser));
        q.bindValue(1, idOrNull(c.runAsUser));
        q.bindValue(2, idOrNull(c.runAsAccount));
        q.bindValue(3, c.id);
        if (!q.exec())
            return sqlError(tr("Cannot relink job %1").arg(c.id), q.lastError());
    }
    return int(changes.size());
}

} // namespace Scimflow
