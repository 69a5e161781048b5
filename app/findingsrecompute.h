#pragma once

#include "driftsettings.h"
#include "finding.h"

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>

namespace Scimflow {

/// What one run of the drift rules produced: every finding, the analysis time, and whether anything was
/// added, reopened or resolved; or why it failed.
struct ComputedFindings
{
    QString databasePath;
    QList<Finding> findings;
    Timestamp now = 0;
    bool changed = false;
    QString error;
};

/// Runs the drift rules over a database on a worker thread with its own store connection. A request while
/// a run is going starts one more run after it, never two at once.
class FindingsRecompute : public QObject
{
    Q_OBJECT
public:
    explicit FindingsRecompute(QObject *parent = nullptr);
    ~FindingsRecompute() override;

    void setSettings(const DriftSettings &settings) { m_settings = settings; }
    DriftSettings settings() const { return m_settings; }
    /// Recomputes the findings of \a databasePath; finished() follows.
    void start(const QString &databasePath);
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void started();
    void finished(const Scimflow::ComputedFindings &result);

private:
    static ComputedFindings compute(const QString &path, const DriftSettings &settings);
    void onFinished();

    DriftSettings m_settings;
    QFutureWatcher<ComputedFindings> m_watcher;
    QString m_pending; // a database to recompute once the running run is over
};

} // namespace Scimflow

Q_DECLARE_METATYPE(Scimflow::ComputedFindings)
