#include "timelineworker.h"

#include "store.h"
#include "timelineloader.h"
#include "timelinequery.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Scimflow {

TimelineWorker::TimelineWorker(TimelineLoader *loader)
    : m_loader(loader)
{}

TimelineWorker::~TimelineWorker() = default;

void TimelineWorker::open()
{
    Result<std::unique_ptr<Store>> store = Store::open(m_loader->databasePath());
    if (!store) {
        Q_EMIT m_loader->failed(
            QCoreApplication::translate("TimelineWorker", "The timeline cannot open the database: %1")
                .arg(store.error().message));
        return;
    }
    m_store = std::move(*store);
    m_query = std::make_unique<TimelineQuery>(*m_store);
    buildIndex();
}

void TimelineWorker::buildIndex()
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = m_query->prepareIndex(&m_loader->m_cancel); !s) {
        if (s.error().kind != Error::Kind::Cancelled)
            Q_EMIT m_loader->failed(s.error().message);
        return;
    }
    const TimelineIndex *index = m_query->index();
    Q_EMIT m_loader->indexReady(index->eventCount(), index->jobCount(), timer.elapsed(),
                                index->memoryBytes());
}

void TimelineWorker::rebuild()
{
    if (!m_query)
        return;
    m_query->invalidate();
    buildIndex();
}

void TimelineWorker::processPending()
{
    std::optional<TimelineRequest> request = m_loader->takePending();
    if (!request)
        return;
    if (!m_query) {
        m_loader->finish(request->serial);
        return;
    }
    m_query->setNow(m_loader->now());
    Result<TimelineSnapshot> snapshot = m_query->run(*request);
    m_loader->finish(request->serial);
    if (snapshot)
        Q_EMIT m_loader->loaded(*snapshot);
    else
        Q_EMIT m_loader->failed(snapshot.error().message);
}

} // namespace Scimflow
