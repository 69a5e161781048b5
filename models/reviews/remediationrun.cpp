#include "remediationrun.h"

#include <QCoreApplication>
#include <QTimer>

namespace Scimflow {

RemediationRun::RemediationRun(QSqlDatabase db, FixExecutor *executor, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_executor(executor)
{
    qRegisterMetaType<Scimflow::RemediationSummary>();
}

bool RemediationRun::start(const QList<RemediationStep> &steps, const QString &reason)
{
    if (m_running)
        return false;
    m_steps = steps;
    m_reason = reason;
    m_next = 0;
    m_cancelled = false;
    m_summary = {};
    m_running = true;
    // Queued, so that whoever started the run has connected to it before the first step reports.
    QTimer::singleShot(0, this, &RemediationRun::next);
    return true;
}

void RemediationRun::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void RemediationRun::next()
{
    Q_EMIT progress(m_next, int(m_steps.size()));
    if (m_cancelled || m_next >= m_steps.size()) {
        finish();
        return;
    }
    const RemediationStep step = m_steps.at(m_next++);
    FixPlanner noPlanner(m_db, {});
    const ReviewRemediation remediation(m_db, noPlanner);
    if (!step.hasAction || !step.plan.isAvailable() || !m_executor) {
        RemediationStep unsupported = step;
        if (unsupported.unsupportedReason.isEmpty())
            unsupported.unsupportedReason = QCoreApplication::translate(
                "Scimflow::RemediationRun", "no connection of this console can carry it out");
        record(step, QStringLiteral("not-supported"), remediation.recordNotSupported(unsupported),
               unsupported.unsupportedReason);
        QTimer::singleShot(0, this, &RemediationRun::next);
        return;
    }
    QPointer<RemediationRun> self(this);
    m_executor->execute(step.plan, m_reason, [self, step](FixOutcome outcome) {
        if (!self)
            return;
        FixPlanner planner(self->m_db, {});
        const Status recorded = ReviewRemediation(self->m_db, planner).record(step, outcome);
        const QString message =
            outcome.performed ? FixExecutor::outcomeText(outcome.result) : outcome.refusal.message;
        self->record(step, ReviewRemediation::resultName(outcome), recorded, message);
        // Callbacks may come back synchronously: the next step is queued, never nested.
        if (!outcome.performed) {
            QTimer::singleShot(0, self, &RemediationRun::next);
            return;
        }
        // As after a single fix: re-read the resource, noting what the server has now in the audit log.
        self->m_executor->confirm(step.plan.action, outcome.intentSeq, [self](ResourceState) {
            if (self)
                QTimer::singleShot(0, self, &RemediationRun::next);
        });
    });
}

void RemediationRun::record(const RemediationStep &step, const QString &result, const Status &recorded,
                            const QString &message)
{
    if (result == QLatin1String("applied"))
        ++m_summary.applied;
    else if (result == QLatin1String("not-found"))
        ++m_summary.notFound;
    else if (result == QLatin1String("not-supported"))
        ++m_summary.notSupported;
    else
        ++m_summary.failed;
    Q_EMIT itemFinished(step.itemId, result,
                        recorded ? message
                                 : QCoreApplication::translate("Scimflow::RemediationRun",
                                                               "%1; recording the result failed: %2")
                                       .arg(message, recorded.error().message));
}

void RemediationRun::finish()
{
    m_running = false;
    m_summary.cancelled = m_cancelled;
    m_summary.pending = int(m_steps.size()) - m_next;
    Q_EMIT finished(m_summary);
}

} // namespace Scimflow
