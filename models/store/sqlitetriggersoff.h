#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace Scimflow {

/// Switches a SQLite connection's triggers off while the scope lives, for the statements prepared in it; on
/// any other driver it does nothing. A trigger costs a sub-program call per row even when its WHEN is false:
/// 1.2 s of the 790,000 rows one INSERT ... SELECT writes into a large review campaign. Use it only around
/// statements that no trigger can concern, on the thread that owns the connection.
class SqliteTriggersOff
{
public:
    explicit SqliteTriggersOff(const QSqlDatabase &db);
    ~SqliteTriggersOff();
    SqliteTriggersOff(const SqliteTriggersOff &) = delete;
    SqliteTriggersOff &operator=(const SqliteTriggersOff &) = delete;

private:
    sqlite3 *m_db = nullptr;
    int m_was = 1;
};

} // namespace Scimflow
