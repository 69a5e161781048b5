#include "sqlitetriggersoff.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Scimflow {

SqliteTriggersOff::SqliteTriggersOff(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &m_was) != SQLITE_OK ||
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr) != SQLITE_OK)
        m_db = nullptr;
}

SqliteTriggersOff::~SqliteTriggersOff()
{
    if (m_db)
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, m_was, nullptr);
}

} // namespace Scimflow
