#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Scimflow {

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_lastCode(other.m_lastCode)
{}

SqliteStatement::~SqliteStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Result<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase &db, const char *sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::make(Error::Kind::Database,
                           QCoreApplication::translate("Scimflow::SqliteStatement",
                                                       "The database connection is not SQLite (%1).")
                               .arg(QString::fromLatin1(handle.typeName())));
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        return Error::make(Error::Kind::Database, message);
    }
    return SqliteStatement(connection, statement);
}

bool SqliteStatement::next()
{
    m_lastCode = sqlite3_step(m_statement);
    return m_lastCode == SQLITE_ROW;
}

Status SqliteStatement::status() const
{
    if (m_lastCode == SQLITE_ROW || m_lastCode == SQLITE_DONE || m_lastCode == 0)
        return {};
    return Error::make(Error::Kind::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

} // namespace Scimflow
