#pragma once

#include <QObject>
#include <QThread>

#include <functional>

namespace Scimflow {

/// A thread of its own for parsing fetched pages, so that the thread that does the networking asks for the
/// next page the moment one arrives rather than after parsing it. Work runs there one piece after another in
/// the order it was given, and each piece's completion runs back on the thread that gave it, in the same
/// order. Work and completions still pending when the ParseThread is destroyed are dropped.
class ParseThread : public QObject
{
public:
    ParseThread();
    ~ParseThread() override;
    ParseThread(const ParseThread &) = delete;
    ParseThread &operator=(const ParseThread &) = delete;

    /// Runs \a work there, then \a done here with its result.
    template <typename T> void run(std::function<T()> work, std::function<void(T &result)> done)
    {
        post([this, work = std::move(work), done = std::move(done)] {
            QMetaObject::invokeMethod(
                this, [done, result = work()]() mutable { done(result); }, Qt::QueuedConnection);
        });
    }

private:
    void post(std::function<void()> task);

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread
};

} // namespace Scimflow
