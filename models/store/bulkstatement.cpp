#include "bulkstatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace Scimflow {

BulkStatement::BulkStatement(sqlite3 *db, sqlite3_stmt *statement)
    : m_db(db)
    , m_statement(statement)
{}

BulkStatement::BulkStatement(std::unique_ptr<QSqlQuery> query)
    : m_query(std::move(query))
{}

BulkStatement::BulkStatement(BulkStatement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_statement(std::exchange(other.m_statement, nullptr))
    , m_lastCode(other.m_lastCode)
    , m_query(std::move(other.m_query))
    , m_executed(other.m_executed)
{}

BulkStatement::~BulkStatement()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
}

Result<BulkStatement> BulkStatement::prepare(const QSqlDatabase &db, const char *sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        auto query = std::make_unique<QSqlQuery>(db);
        query->setForwardOnly(true);
        if (!query->prepare(QString::fromUtf8(sql)))
            return Error::make(Error::Kind::Database, query->lastError().text());
        return BulkStatement(std::move(query));
    }
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        return Error::make(Error::Kind::Database, message);
    }
    return BulkStatement(connection, statement);
}

Status BulkStatement::bind(int index, const QVariant &value)
{
    if (m_query) {
        const bool integer = value.metaType().id() == QMetaType::Bool;
        m_query->bindValue(index - 1, integer ? QVariant(value.toLongLong()) : value);
        return {};
    }
    int code = SQLITE_OK;
    switch (value.isNull() ? QMetaType::UnknownType : value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Bool:
        code = sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    default:
        if (value.isNull()) {
            code = sqlite3_bind_null(m_statement, index);
        } else {
            const QByteArray text = value.toString().toUtf8();
            code =
                sqlite3_bind_text(m_statement, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
    }
    if (code != SQLITE_OK)
        return Error::make(Error::Kind::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

Status BulkStatement::execute()
{
    if (m_query) {
        if (!m_query->exec())
            return Error::make(Error::Kind::Database, m_query->lastError().text());
        return {};
    }
    m_lastCode = sqlite3_step(m_statement);
    const Status done = status();
    sqlite3_reset(m_statement);
    return done;
}

bool BulkStatement::next()
{
    if (m_query) {
        if (!m_executed) {
            m_executed = true;
            if (!m_query->exec())
                return false;
        }
        m_texts.clear();
        if (m_query->next())
            return true;
        m_executed = false;
        return false;
    }
    m_lastCode = sqlite3_step(m_statement);
    if (m_lastCode == SQLITE_ROW)
        return true;
    sqlite3_reset(m_statement);
    return false;
}

Status BulkStatement::status() const
{
    if (m_query) {
        if (m_query->lastError().isValid())
            return Error::make(Error::Kind::Database, m_query->lastError().text());
        return {};
    }
    if (m_lastCode == SQLITE_ROW || m_lastCode == SQLITE_DONE || m_lastCode == 0)
        return {};
    return Error::make(Error::Kind::Database, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

qint64 BulkStatement::int64(int column) const
{
    if (m_query)
        return m_query->value(column).toLongLong();
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView BulkStatement::text(int column) const
{
    if (m_query) {
        if (m_texts.size() <= column)
            m_texts.resize(column + 1);
        m_texts[column] = m_query->value(column).toString().toUtf8();
        return m_texts[column];
    }
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

} // namespace Scimflow
