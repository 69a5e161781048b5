#include "timelineloader.h"

#include "store.h"
#include "timelineworker.h"

#include <QMetaObject>
#include <QMutexLocker>

namespace Scimflow {

TimelineLoader::TimelineLoader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
{
    qRegisterMetaType<Scimflow::TimelineSnapshot>();
    // A database written by "scimflow scenario" is a world frozen at its anchor: that is its "now", so that
    // "last 24 h" shows the scenario's last day. One indexed read, before any request is made.
    if (auto store = Store::open(m_path)) {
        const Timestamp anchor = (*store)->metaValue(QStringLiteral("scenario.anchor")).toLongLong();
        if (anchor > 0 && anchor < currentTimestamp())
            m_now = anchor;
    }
    m_thread.setObjectName(QStringLiteral("timeline"));
    m_worker = new TimelineWorker(this);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &TimelineWorker::open, Qt::QueuedConnection);
}

TimelineLoader::~TimelineLoader()
{
    m_cancel = true;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.reset();
    }
    m_thread.quit();
    m_thread.wait();
}

void TimelineLoader::setNow(Timestamp now)
{
    m_now = now;
}

Timestamp TimelineLoader::now() const
{
    const Timestamp t = m_now;
    return t ? t : currentTimestamp();
}

quint64 TimelineLoader::request(TimelineRequest request)
{
    QMutexLocker lock(&m_mutex);
    request.serial = ++m_serial;
    m_pending = request;
    if (!m_scheduled) {
        m_scheduled = true;
        QMetaObject::invokeMethod(m_worker, &TimelineWorker::processPending, Qt::QueuedConnection);
    }
    return request.serial;
}

bool TimelineLoader::isBusy() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending.has_value() || m_inFlight != 0;
}

void TimelineLoader::reload()
{
    QMetaObject::invokeMethod(m_worker, &TimelineWorker::rebuild, Qt::QueuedConnection);
}

std::optional<TimelineRequest> TimelineLoader::takePending()
{
    QMutexLocker lock(&m_mutex);
    m_scheduled = false;
    std::optional<TimelineRequest> r = std::move(m_pending);
    m_pending.reset();
    if (r)
        m_inFlight = r->serial;
    return r;
}

void TimelineLoader::finish(quint64 serial)
{
    QMutexLocker lock(&m_mutex);
    if (m_inFlight == serial)
        m_inFlight = 0;
}

} // namespace Scimflow
