#pragma once

#include "result.h"
#include "timelinetypes.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <atomic>
#include <optional>

namespace Scimflow {

class TimelineWorker;

/// Runs timeline queries off the GUI thread. The worker thread opens its own Store on the database file and
/// builds the overview index once; requests are coalesced so that only the newest one runs when the user
/// zooms or pans faster than queries finish.
class TimelineLoader : public QObject
{
    Q_OBJECT
public:
    explicit TimelineLoader(const QString &databasePath, QObject *parent = nullptr);
    ~TimelineLoader() override;

    /// "Now" for running jobs and presets; 0 means the current time. The default is the anchor of a database
    /// written by "scimflow scenario" (meta key scenario.anchor), else 0. Set before requesting.
    void setNow(Timestamp now);
    Timestamp now() const;
    QString databasePath() const { return m_path; }

    /// Queues \a request (replacing one that has not started yet) and returns its serial number.
    quint64 request(TimelineRequest request);
    /// True while a request is queued or running.
    bool isBusy() const;

public Q_SLOTS:
    /// Drops cached lanes and the index and rebuilds it (after a sync or a drift run changed the store).
    void reload();

Q_SIGNALS:
    void loaded(const Scimflow::TimelineSnapshot &snapshot);
    void failed(const QString &message);
    /// The overview index is built: \a events and \a jobs indexed in \a ms milliseconds using \a bytes.
    void indexReady(qint64 events, qint64 jobs, qint64 ms, qint64 bytes);

private:
    friend class TimelineWorker;
    std::optional<TimelineRequest> takePending();
    void finish(quint64 serial);

    QString m_path;
    QThread m_thread;
    TimelineWorker *m_worker = nullptr;
    mutable QMutex m_mutex;
    std::optional<TimelineRequest> m_pending;
    quint64 m_serial = 0;
    quint64 m_inFlight = 0;
    bool m_scheduled = false;
    std::atomic<Timestamp> m_now{0};
    std::atomic_bool m_cancel{false};
};

} // namespace Scimflow
