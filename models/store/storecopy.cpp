#include "storecopy.h"

#include "keysandindexesdeferred.h"
#include "postgrescopy.h"
#include "schema.h"
#include "store.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace Scimflow {

namespace {

// Rows a self-referencing table must be inserted in: parents first.
QString orderOf(const QString &table)
{
    if (table == QLatin1String("credentials"))
        return QStringLiteral(" ORDER BY parent_id IS NOT NULL, id");
    if (table == QLatin1String("review_campaigns") || table == QLatin1String("sync_runs"))
        return QStringLiteral(" ORDER BY id");
    return {};
}

Result<qint64> rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return sqlError(QStringLiteral("Cannot count the rows of %1").arg(table), q.lastError());
    return q.value(0).toLongLong();
}

// Qt binds a null QString or QByteArray as SQL NULL, and QSQLITE reads an empty blob as a null one: a value
// of a NOT NULL column is kept empty rather than null.
QVariant copiedValue(const QSqlQuery &rows, int column, bool notNull)
{
    QVariant value = rows.value(column);
    if (!notNull)
        return value;
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        return QByteArray("", 0);
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(QLatin1String(""));
    return value;
}

QString insertStatement(const QString &table, const QStringList &columns, int rows)
{
    QString tuple = QStringLiteral("(?");
    for (int i = 1; i < columns.size(); ++i)
        tuple += QStringLiteral(", ?");
    tuple += QLatin1Char(')');
    QStringList tuples;
    tuples.reserve(rows);
    for (int i = 0; i < rows; ++i)
        tuples << tuple;
    return QStringLiteral("INSERT INTO %1(%2) VALUES %3")
        .arg(table, columns.join(QStringLiteral(", ")), tuples.join(QStringLiteral(", ")));
}

// After rows were copied with their ids, a PostgreSQL identity column continues after the highest one.
Status resetIdentities(const QSqlDatabase &db)
{
    QSqlQuery columns(db);
    if (!columns.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                     "WHERE table_schema = current_schema() AND is_identity = 'YES'")))
        return sqlError(QStringLiteral("Cannot list the identity columns"), columns.lastError());
    QSqlQuery q(db);
    while (columns.next()) {
        const QString table = columns.value(0).toString();
        const QString column = columns.value(1).toString();
        if (!q.exec(
                QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce(max(%2), 0) + 1, "
                               "false) FROM %1")
                    .arg(table, column)))
            return sqlError(QStringLiteral("Cannot continue the ids of %1").arg(table), q.lastError());
    }
    return {};
}

} // namespace

Status StoreCopy::checkTargetIsEmpty(const Store &target)
{
    for (const QString &table : Schema::tables()) {
        auto rows = rowCount(target.database(), table);
        if (!rows)
            return rows.error();
        if (*rows > 0)
            return Error::make(Error::Kind::Conflict,
                               QStringLiteral("%1 is not empty: its table %2 has %3 rows. Copy into an empty "
                                              "database only.")
                                   .arg(target.path(), table)
                                   .arg(*rows));
    }
    return {};
}

Result<QList<TableCount>> StoreCopy::count(const Store &source, const Store &target)
{
    QList<TableCount> out;
    for (const QString &table : Schema::tables()) {
        auto from = rowCount(source.database(), table);
        if (!from)
            return from.error();
        auto to = rowCount(target.database(), table);
        if (!to)
            return to.error();
        out << TableCount{table, *from, *to};
    }
    return out;
}

Result<QList<TableCount>> StoreCopy::copy(const Store &source, Store &target, const Progress &progress)
{
    if (source.schemaVersion() != target.schemaVersion())
        return Error::make(Error::Kind::Database,
                           QStringLiteral("The two stores have different schemas (%1, %2).")
                               .arg(source.schemaVersion())
                               .arg(target.schemaVersion()));
    if (Status empty = checkTargetIsEmpty(target); !empty)
        return empty.error();

    // A read transaction gives the copy one consistent state of the source while others may write to it.
    Transaction read(source.database());
    Transaction write(target.database());
    if (!read.isActive() || !write.isActive())
        return Error::make(Error::Kind::Database, QStringLiteral("Cannot start the copy's transactions."));

    for (const QString &table : Schema::tables()) {
        const QSqlRecord record = source.database().record(table);
        const QSqlRecord targetRecord = target.database().record(table);
        QStringList columns;
        QList<bool> notNull;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            notNull << (record.field(i).requiredStatus() == QSqlField::Required);
            if (!targetRecord.contains(record.fieldName(i)))
                return Error::make(
                    Error::Kind::Database,
                    QStringLiteral("%1.%2 has no column in the target.").arg(table, columns.last()));
        }
        if (columns.isEmpty())
            return Error::make(Error::Kind::Database,
                               QStringLiteral("The source has no table %1.").arg(table));

        // Into PostgreSQL with COPY, the table's foreign keys checked once at its end; into SQLite with
        // multi-row inserts: one round trip per batch rather than per row.
        const bool copyIn = target.isPostgres();
        const int batchRows = copyIn ? 20000 : std::max(1, 4000 / int(columns.size()));
        QSqlQuery batch(target.database());
        if (!copyIn && !batch.prepare(insertStatement(table, columns, batchRows)))
            return sqlError(QStringLiteral("Cannot prepare the copy of %1").arg(table), batch.lastError());
        KeysAndIndexesDeferred keys(target.database(), table);

        QSqlQuery rows(source.database());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT %1 FROM %2%3")
                           .arg(columns.join(QStringLiteral(", ")), table, orderOf(table))))
            return sqlError(QStringLiteral("Cannot read %1").arg(table), rows.lastError());
        QVariantList pending;
        qint64 copied = 0;
        const auto flush = [&](QSqlQuery &insert) -> Status {
            if (copyIn) {
                if (Status s = PostgresCopy::insert(target.database(), table, columns, pending); !s)
                    return s;
                copied += pending.size() / columns.size();
                pending.clear();
                return {};
            }
            for (int i = 0; i < pending.size(); ++i)
                insert.bindValue(i, pending.at(i));
            if (!insert.exec())
                return sqlError(QStringLiteral("Cannot copy %1").arg(table), insert.lastError());
            copied += pending.size() / columns.size();
            pending.clear();
            return {};
        };
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i)
                pending << copiedValue(rows, i, notNull.at(i));
            if (pending.size() == batchRows * columns.size()) {
                if (Status s = flush(batch); !s)
                    return s.error();
                if (progress && !progress(table, copied))
                    return Error::make(Error::Kind::Cancelled, QStringLiteral("The copy was cancelled."));
            }
        }
        if (rows.lastError().isValid())
            return sqlError(QStringLiteral("Cannot read %1").arg(table), rows.lastError());
        if (!pending.isEmpty()) {
            QSqlQuery tail(target.database());
            if (!copyIn &&
                !tail.prepare(insertStatement(table, columns, int(pending.size() / columns.size()))))
                return sqlError(QStringLiteral("Cannot prepare the copy of %1").arg(table), tail.lastError());
            if (Status s = flush(tail); !s)
                return s.error();
        }
        if (Status s = keys.restore(); !s)
            return s.error();
        if (progress && !progress(table, copied))
            return Error::make(Error::Kind::Cancelled, QStringLiteral("The copy was cancelled."));
    }
    if (target.isPostgres()) {
        if (Status s = resetIdentities(target.database()); !s)
            return s.error();
    }
    auto counts = count(source, target);
    if (!counts)
        return counts.error();
    if (Status s = write.commit(); !s)
        return s.error();
    // A server plans from its statistics and answers from index alone once pages are marked all-visible;
    // tables filled in one go have neither until autovacuum comes by (the first drift analysis of a copied
    // large store took 20 s instead of 2 s). Outside the transaction, as VACUUM must be; best effort: the
    // copy stands.
    if (target.isPostgres())
        QSqlQuery(target.database()).exec(QStringLiteral("VACUUM (ANALYZE)"));
    return counts;
}

} // namespace Scimflow
