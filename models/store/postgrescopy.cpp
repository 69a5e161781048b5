#include "postgrescopy.h"

#include "sqldialect.h"

#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <algorithm>
#include <memory>

namespace Scimflow::PostgresCopy {

namespace {

struct ResultDeleter
{
    void operator()(PGresult *r) const { PQclear(r); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// COPY's text format: a backslash, a tab, a newline or a carriage return in a value is escaped.
void appendText(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

void appendValue(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out += "\\N";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::QString:
        if (v.toString().isNull())
            out += "\\N";
        else
            appendText(out, v.toString());
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        out += QByteArray::number(v.toULongLong());
        return;
    case QMetaType::Double:
        out += QByteArray::number(v.toDouble(), 'g', 17);
        return;
    case QMetaType::QByteArray:
        // bytea's hex form, its backslash escaped for COPY.
        if (v.toByteArray().isNull())
            out += "\\N";
        else
            out += "\\\\x" + v.toByteArray().toHex();
        return;
    default:
        appendText(out, v.toString());
    }
}

Error copyError(const QString &table, const char *message)
{
    return Error::make(
        Error::Kind::Database,
        QStringLiteral("Cannot write into %1: %2").arg(table, QString::fromUtf8(message).trimmed()));
}

} // namespace

Status insert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
              const QVariantList &values)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL's handle is its PGconn*, whose metatype name depends on the compiler (Qt 6.4 says pg_conn*).
    if (!Sql::isPostgres(db) || !handle.isValid())
        return copyError(table, "not a PostgreSQL connection");
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    if (!conn)
        return copyError(table, "the connection is closed");
    const qsizetype width = columns.size();
    Q_ASSERT(width > 0 && values.size() % width == 0);
    if (values.isEmpty())
        return {};

    QByteArray data;
    data.reserve(values.size() * 12);
    for (qsizetype i = 0; i < values.size(); ++i) {
        appendValue(data, values[i]);
        data += (i + 1) % width ? '\t' : '\n';
    }

    const QByteArray statement =
        QStringLiteral("COPY %1(%2) FROM STDIN").arg(table, columns.join(QLatin1Char(','))).toUtf8();
    ResultPtr started(PQexec(conn, statement.constData()));
    if (PQresultStatus(started.get()) != PGRES_COPY_IN)
        return copyError(table, PQerrorMessage(conn));
    started.reset();
    constexpr qsizetype kChunk = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; sent && at < data.size(); at += kChunk)
        sent = PQputCopyData(conn, data.constData() + at, int(std::min(kChunk, data.size() - at))) == 1;
    // Ending the COPY with an error message makes the server abandon it; either way its result follows.
    PQputCopyEnd(conn, sent ? nullptr : "the rows could not be sent");
    Status status;
    while (PGresult *r = PQgetResult(conn)) {
        ResultPtr result(r);
        if (PQresultStatus(r) != PGRES_COMMAND_OK && status)
            status = copyError(table, PQresultErrorMessage(r));
    }
    return status;
}

} // namespace Scimflow::PostgresCopy
