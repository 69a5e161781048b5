#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Scimflow {

/// A prepared statement on the SQLite connection underneath a QSqlDatabase, for the bulk table loaders:
/// reading 200k rows through QSqlQuery costs a QVariant per value and a UTF-8 -> UTF-16 -> UTF-8 round trip
/// per string; sqlite3_column_text() hands out the stored UTF-8 that the compact rows keep anyway.
/// The linking queries use it too: a group with 18,000 members links to 36,000 jobs. Use on the thread that
/// owns the connection.
class SqliteStatement
{
public:
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&) = delete;
    ~SqliteStatement();

    static Result<SqliteStatement> prepare(const QSqlDatabase &db, const char *sql);

    /// Binds a parameter (1-based, as in SQLite): integers and booleans as INTEGER, anything else as TEXT.
    Status bind(int index, const QVariant &value);
    /// Steps to the next row; false at the end or on an error (see status()).
    bool next();
    Status status() const;

    qint64 int64(int column) const;
    /// The column's UTF-8 text, valid until the next call to next().
    QByteArrayView text(int column) const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_lastCode = 0;
};

} // namespace Scimflow
