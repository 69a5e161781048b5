#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>

class QSqlQuery;

struct sqlite3;
struct sqlite3_stmt;

namespace Scimflow {

/// A prepared statement for the bulk table loaders. On SQLite it runs on the connection underneath the
/// QSqlDatabase: reading 200k rows through QSqlQuery costs a QVariant per value and a UTF-8 -> UTF-16 ->
/// UTF-8 round trip per string; sqlite3_column_text() hands out the stored UTF-8 that the compact rows keep
/// anyway. The linking queries use it too (a group's 18,000 members), and so do the bulk inserts of the
/// snapshot writer and the jobs writer. On PostgreSQL (whose rows arrive over the wire in any case) it is a
/// forward-only QSqlQuery behind the same interface, with parameters written as ? in both. The raw sqlite3
/// handle stays in this class and SqliteCancelScope; it is the library Qt's SQLite plugin is linked to
/// (Debian's libsqlite3). Use on the thread that owns the connection.
class BulkStatement
{
public:
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;
    BulkStatement(BulkStatement &&other) noexcept;
    BulkStatement &operator=(BulkStatement &&) = delete;
    ~BulkStatement();

    static Result<BulkStatement> prepare(const QSqlDatabase &db, const char *sql);

    /// Binds a parameter (1-based, as in SQLite): a null QVariant as NULL, integers and booleans as integers,
    /// anything else as text.
    Status bind(int index, const QVariant &value);
    /// Runs a statement that returns no rows (an INSERT, an UPDATE) with the values bound, and makes it ready
    /// to be bound and run again.
    Status execute();
    /// Steps to the next row; false at the end or on an error (see status()). After the last row the
    /// statement can be bound and run again (an INSERT ... RETURNING run once per batch).
    bool next();
    Status status() const;

    qint64 int64(int column) const;
    /// The column's UTF-8 text, valid until the next call to next().
    QByteArrayView text(int column) const;

private:
    BulkStatement(sqlite3 *db, sqlite3_stmt *statement);
    explicit BulkStatement(std::unique_ptr<QSqlQuery> query);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_lastCode = 0;
    // Other engines.
    std::unique_ptr<QSqlQuery> m_query;
    bool m_executed = false;
    mutable QList<QByteArray> m_texts; // the current row's text, valid until next()
};

} // namespace Scimflow
