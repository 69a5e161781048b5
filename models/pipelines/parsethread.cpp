#include "parsethread.h"

namespace Scimflow {

ParseThread::ParseThread()
{
    m_thread.setObjectName(QStringLiteral("page parser"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    m_thread.start();
}

ParseThread::~ParseThread()
{
    m_thread.quit(); // after the piece running now: the rest is dropped with m_context
    m_thread.wait();
    delete m_context;
}

void ParseThread::post(std::function<void()> task)
{
    QMetaObject::invokeMethod(m_context, std::move(task), Qt::QueuedConnection);
}

} // namespace Scimflow
