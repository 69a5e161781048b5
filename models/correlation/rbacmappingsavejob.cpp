#include "rbacmappingsavejob.h"

#include "backgroundpool.h"
#include "store.h"

#include <QtConcurrent>

namespace Scimflow {

RbacMappingSaveJob::RbacMappingSaveJob(const Store &store, QObject *parent)
    : QObject(parent)
    , m_path(store.path())
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &RbacMappingSaveJob::onFinished);
}

RbacMappingSaveJob::~RbacMappingSaveJob()
{
    m_watcher.waitForFinished();
}

bool RbacMappingSaveJob::start(const QString &content, const QString &author)
{
    if (isRunning())
        return false;
    m_running = true;
    m_watcher.setFuture(
        QtConcurrent::run(backgroundPool(), &RbacMappingSaveJob::run, m_path, content, author));
    return true;
}

RbacMappingSaveJob::Outcome RbacMappingSaveJob::run(const QString &path, const QString &content,
                                                    const QString &author)
{
    Outcome out;
    auto store = Store::open(path); // this thread's own connection
    if (!store) {
        out.error = store.error();
        return out;
    }
    Result<RbacApplyReport> report = RbacMappingRepository::save(**store, content, author);
    if (report)
        out.report = std::move(report).value();
    else
        out.error = report.error();
    return out;
}

void RbacMappingSaveJob::onFinished()
{
    const Outcome outcome = m_watcher.result();
    m_running = false;
    if (outcome.error)
        emit failed(*outcome.error);
    else
        emit finished(outcome.report);
}

} // namespace Scimflow
