#pragma once

#include "reviewremediation.h"

#include <QObject>
#include <QPointer>

namespace Scimflow {

/// How applying a remediation plan ended, item by item counted.
struct RemediationSummary
{
    int applied = 0;
    int failed = 0;
    int notFound = 0;
    int notSupported = 0;
    int pending = 0; // not tried: the run was cancelled before their turn
    bool cancelled = false;
};

/// Applies a campaign's whole remediation plan with one reason: each step in turn through the FixExecutor
/// (intent and outcome in the audit log, then the confirming re-read, as a single fix does), its result
/// recorded on its item. A step Scimflow cannot carry out is recorded as not supported. cancel() stops
/// after the current item; the rest stay pending, and plan() offers them (and any failed one) again.
/// The executor and its connectors must outlive the run.
class RemediationRun : public QObject
{
    Q_OBJECT
public:
    RemediationRun(QSqlDatabase db, FixExecutor *executor, QObject *parent = nullptr);

    /// Starts applying \a steps; false while a run is going.
    bool start(const QList<RemediationStep> &steps, const QString &reason);
    bool isRunning() const { return m_running; }

public slots:
    void cancel();

signals:
    void progress(int done, int total);
    /// \a result: "applied", "failed", "not-found" or "not-supported"; \a message: the server's, or why.
    void itemFinished(qint64 itemId, const QString &result, const QString &message);
    void finished(const Scimflow::RemediationSummary &summary);

private:
    void next();
    void record(const RemediationStep &step, const QString &result, const Status &recorded,
                const QString &message);
    void finish();

    QSqlDatabase m_db;
    FixExecutor *m_executor;
    QList<RemediationStep> m_steps;
    QString m_reason;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    RemediationSummary m_summary;
};

} // namespace Scimflow
