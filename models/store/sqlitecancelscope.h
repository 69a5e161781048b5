#pragma once

#include <QSqlDatabase>

#include <functional>

struct sqlite3;

namespace Scimflow {

/// Makes the statements run on a SQLite connection cancellable while the scope lives: SQLite asks
/// \a cancelled every few thousand virtual-machine steps and, once it says yes, aborts the running statement
/// with SQLITE_INTERRUPT, so even one long INSERT ... SELECT stops within milliseconds. Use on the thread
/// that owns the connection; declare it after the Transaction it guards, so that the rollback runs without
/// it.
class SqliteCancelScope
{
public:
    SqliteCancelScope(const QSqlDatabase &db, std::function<bool()> cancelled);
    ~SqliteCancelScope();
    SqliteCancelScope(const SqliteCancelScope &) = delete;
    SqliteCancelScope &operator=(const SqliteCancelScope &) = delete;

private:
    static int onProgress(void *scope);

    sqlite3 *m_db = nullptr;
    std::function<bool()> m_cancelled;
};

} // namespace Scimflow
