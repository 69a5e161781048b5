#pragma once

#include "rbacmappingrepository.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace Scimflow {

class Store;

/// Saves a new version of the RBAC mapping and relinks every job to it (RbacMappingRepository::save) on a
/// worker thread with its own Store connection, so a large job table never stalls the GUI; the report or
/// the error arrives by signal on the thread that started the job. One save at a time; the save is one
/// transaction, so it has no cancel: it commits whole or not at all.
class RbacMappingSaveJob : public QObject
{
    Q_OBJECT
public:
    /// Saves into the database \a store is connected to (a file: the worker opens its own connection).
    explicit RbacMappingSaveJob(const Store &store, QObject *parent = nullptr);
    /// Waits for a running save to finish.
    ~RbacMappingSaveJob() override;

    /// Starts saving \a content by \a author; false (and nothing started) while a save is running.
    bool start(const QString &content, const QString &author);
    /// From start() until finished() or failed() has been emitted.
    bool isRunning() const { return m_running; }

signals:
    void finished(const Scimflow::RbacApplyReport &report);
    void failed(const Scimflow::Error &error);

private:
    struct Outcome
    {
        RbacApplyReport report;
        std::optional<Error> error;
    };
    static Outcome run(const QString &path, const QString &content, const QString &author);
    void onFinished();

    QString m_path;
    QFutureWatcher<Outcome> m_watcher;
    bool m_running = false;
};

} // namespace Scimflow
