#pragma once

#include "result.h"

#include <QFutureWatcher>
#include <QObject>

namespace Scimflow {

/// Prepares the demo database. For now it writes the generated demo scenario (anchored at the current
/// time) straight into a fresh database on a worker thread; this is the one place to replace with a sync
/// from the simulated IdP and pipeline API once they are served by the program.
class DemoLoader : public QObject
{
    Q_OBJECT
public:
    explicit DemoLoader(QObject *parent = nullptr);
    ~DemoLoader() override;

    /// Where the demo database lives: demo.db in the user's data directory.
    static QString defaultPath();
    /// Rebuilds the demo database at \a path; finished() or failed() follows.
    void start(const QString &path);
    /// The same, blocking (tests and the command line).
    static Status prepare(const QString &path);

signals:
    void finished(const QString &path);
    void failed(const QString &message);

private:
    QFutureWatcher<Status> m_watcher;
    QString m_path;
};

} // namespace Scimflow
