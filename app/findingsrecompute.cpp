#include "findingsrecompute.h"

#include "backgroundpool.h"
#include "driftanalyzer.h"
#include "store.h"

#include <QtConcurrent>

namespace Scimflow {

FindingsRecompute::FindingsRecompute(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ComputedFindings>::finished, this, &FindingsRecompute::onFinished);
}

FindingsRecompute::~FindingsRecompute()
{
    m_watcher.waitForFinished();
}

void FindingsRecompute::start(const QString &databasePath)
{
    if (m_watcher.isRunning()) {
        m_pending = databasePath;
        return;
    }
    Q_EMIT started();
    m_watcher.setFuture(
        QtConcurrent::run(backgroundPool(), &FindingsRecompute::compute, databasePath, m_settings));
}

ComputedFindings FindingsRecompute::compute(const QString &path, const DriftSettings &settings)
{
    ComputedFindings out;
    out.databasePath = path;
    auto store = Store::open(path); // this thread's own connection
    if (!store) {
        out.error = store.error().message;
        return out;
    }
    DriftAnalyzer analyzer(**store, settings);
    // Off the GUI thread and behind the loaded tables: memory matters more here than the copy per page.
    analyzer.setMemoryMapped(false);
    Result<FindingChanges> changes = analyzer.recompute();
    if (!changes) {
        out.error = changes.error().message;
        return out;
    }
    out.now = analyzer.lastAnalysisTime();
    out.changed = changes->added + changes->reopened + changes->resolved > 0;
    Result<QList<Finding>> all = analyzer.repository().load(true);
    if (!all)
        out.error = all.error().message;
    else
        out.findings = std::move(all).value();
    return out;
}

void FindingsRecompute::onFinished()
{
    const ComputedFindings result = m_watcher.result();
    Q_EMIT finished(result);
    if (!m_pending.isEmpty()) {
        const QString next = std::exchange(m_pending, QString());
        start(next);
    }
}

} // namespace Scimflow
