#include "keysandindexesdeferred.h"

#include "sqldialect.h"
#include "store.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Scimflow {

namespace {

QString quoted(const QSqlDatabase &db, const QString &name)
{
    return db.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

} // namespace

KeysAndIndexesDeferred::KeysAndIndexesDeferred(const QSqlDatabase &db, const QString &table)
    : m_db(db)
    , m_table(table)
{
    if (!Sql::isPostgres(db))
        return;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SAVEPOINT scimflow_keys")))
        return;
    QList<Key> keys;
    // The lock timeout set here ends with the savepoint when it is rolled back; when it is released, the
    // previous one is set again.
    const QString lockTimeout = q.exec(QStringLiteral("SELECT current_setting('lock_timeout')")) && q.next()
                                    ? q.value(0).toString()
                                    : QString();
    q.prepare(QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                             "WHERE conrelid = CAST(? AS regclass) AND contype = 'f' ORDER BY conname"));
    q.addBindValue(table);
    if (q.exec()) {
        while (q.next())
            keys << Key{q.value(0).toString(), q.value(1).toString()};
    }
    QStringList indexNames, indexes;
    q.prepare(QStringLiteral("SELECT i.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x "
                             "JOIN pg_class i ON i.oid = x.indexrelid WHERE x.indrelid = CAST(? AS regclass) "
                             "AND NOT x.indisunique AND NOT EXISTS(SELECT 1 FROM pg_constraint c "
                             "WHERE c.conindid = x.indexrelid) ORDER BY i.relname"));
    q.addBindValue(table);
    if (q.exec()) {
        while (q.next()) {
            indexNames << quoted(db, q.value(0).toString());
            indexes << q.value(1).toString();
        }
    }
    QStringList drops;
    for (const Key &key : std::as_const(keys))
        drops << QStringLiteral("DROP CONSTRAINT %1").arg(quoted(db, key.name));
    const bool dropped =
        (!keys.isEmpty() || !indexes.isEmpty()) && q.exec(QStringLiteral("SET LOCAL lock_timeout = '1s'")) &&
        (drops.isEmpty() ||
         q.exec(
             QStringLiteral("ALTER TABLE %1 %2").arg(quoted(db, table), drops.join(QLatin1String(", "))))) &&
        (indexNames.isEmpty() ||
         q.exec(QStringLiteral("DROP INDEX %1").arg(indexNames.join(QLatin1String(", ")))));
    if (!dropped) {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT scimflow_keys"));
        q.exec(QStringLiteral("RELEASE SAVEPOINT scimflow_keys"));
        return;
    }
    q.exec(QStringLiteral("RELEASE SAVEPOINT scimflow_keys"));
    if (!lockTimeout.isEmpty()) {
        q.prepare(QStringLiteral("SELECT set_config('lock_timeout', ?, true)"));
        q.addBindValue(lockTimeout);
        q.exec();
    }
    m_keys = keys;
    m_indexes = indexes;
    m_dropped = true;
}

KeysAndIndexesDeferred::~KeysAndIndexesDeferred()
{
    // A transaction that failed before restore() rolls the drop back; one that goes on must keep its keys.
    if (isDeferred())
        (void)restore();
}

Status KeysAndIndexesDeferred::restore()
{
    if (!m_dropped)
        return {};
    m_dropped = false;
    QSqlQuery q(m_db);
    for (const QString &index : std::exchange(m_indexes, {})) {
        if (!q.exec(index))
            return sqlError(QStringLiteral("Cannot index %1").arg(m_table), q.lastError());
    }
    QStringList adds;
    for (const Key &key : std::exchange(m_keys, {}))
        adds << QStringLiteral("ADD CONSTRAINT %1 %2").arg(quoted(m_db, key.name), key.definition);
    if (!adds.isEmpty() &&
        !q.exec(
            QStringLiteral("ALTER TABLE %1 %2").arg(quoted(m_db, m_table), adds.join(QLatin1String(", ")))))
        return sqlError(QStringLiteral("Cannot check the references of %1").arg(m_table), q.lastError());
    return {};
}

} // namespace Scimflow
