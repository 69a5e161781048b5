#pragma once

#include "timelinetypes.h"

#include <QObject>

#include <memory>

namespace Scimflow {

class Store;
class TimelineLoader;
class TimelineQuery;

/// Lives on the TimelineLoader's thread: owns that thread's Store and TimelineQuery.
class TimelineWorker : public QObject
{
    Q_OBJECT
public:
    explicit TimelineWorker(TimelineLoader *loader);
    ~TimelineWorker() override;

public Q_SLOTS:
    void open();
    void processPending();
    void rebuild();

private:
    void buildIndex();

    TimelineLoader *m_loader;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TimelineQuery> m_query;
};

} // namespace Scimflow
