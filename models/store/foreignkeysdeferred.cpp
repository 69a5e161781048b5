#include "foreignkeysdeferred.h"

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

ForeignKeysDeferred::ForeignKeysDeferred(const QSqlDatabase &db, const QString &table)
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
    q.prepare(QStringLiteral("SELECT conname, pg_get_constraintdef(oid), current_setting('lock_timeout') "
                             "FROM pg_constraint WHERE conrelid = CAST(? AS regclass) AND contype = 'f' "
                             "ORDER BY conname"));
    q.addBindValue(table);
    QString lockTimeout;
    if (q.exec()) {
        while (q.next()) {
            keys << Key{q.value(0).toString(), q.value(1).toString()};
            lockTimeout = q.value(2).toString();
        }
    }
    QStringList drops;
    for (const Key &key : std::as_const(keys))
        drops << QStringLiteral("DROP CONSTRAINT %1").arg(quoted(db, key.name));
    const bool dropped =
        !keys.isEmpty() && q.exec(QStringLiteral("SET LOCAL lock_timeout = '1s'")) &&
        q.exec(QStringLiteral("ALTER TABLE %1 %2").arg(quoted(db, table), drops.join(QLatin1String(", "))));
    if (!dropped) {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT scimflow_keys"));
        q.exec(QStringLiteral("RELEASE SAVEPOINT scimflow_keys"));
        return;
    }
    q.exec(QStringLiteral("RELEASE SAVEPOINT scimflow_keys"));
    q.prepare(QStringLiteral("SELECT set_config('lock_timeout', ?, true)"));
    q.addBindValue(lockTimeout);
    q.exec();
    m_keys = keys;
}

ForeignKeysDeferred::~ForeignKeysDeferred()
{
    // A transaction that failed before restore() rolls the drop back; one that goes on must keep its keys.
    if (isDeferred())
        (void)restore();
}

Status ForeignKeysDeferred::restore()
{
    if (m_keys.isEmpty())
        return {};
    QStringList adds;
    for (const Key &key : std::as_const(m_keys))
        adds << QStringLiteral("ADD CONSTRAINT %1 %2").arg(quoted(m_db, key.name), key.definition);
    m_keys.clear();
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("ALTER TABLE %1 %2").arg(quoted(m_db, m_table), adds.join(QLatin1String(", ")))))
        return sqlError(QStringLiteral("Cannot check the references of %1").arg(m_table), q.lastError());
    return {};
}

} // namespace Scimflow
