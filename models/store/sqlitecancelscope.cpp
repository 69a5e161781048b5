#include "sqlitecancelscope.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Scimflow {

namespace {

// About a millisecond of work between two questions: cheap, and a cancel is felt at once.
constexpr int kStepsBetweenChecks = 20000;

} // namespace

SqliteCancelScope::SqliteCancelScope(const QSqlDatabase &db, std::function<bool()> cancelled)
    : m_cancelled(std::move(cancelled))
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!m_cancelled || !handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return; // another driver: cancelling waits for the statement to end
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_progress_handler(m_db, kStepsBetweenChecks, &SqliteCancelScope::onProgress, this);
}

SqliteCancelScope::~SqliteCancelScope()
{
    if (m_db)
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

int SqliteCancelScope::onProgress(void *scope)
{
    return static_cast<SqliteCancelScope *>(scope)->m_cancelled() ? 1 : 0;
}

} // namespace Scimflow
