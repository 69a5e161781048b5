#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Scimflow {

/// On PostgreSQL, the foreign keys of one table dropped for a bulk insert into it and added back in the same
/// transaction. Added back, a key is checked over the whole table by one join; kept, it is checked by a query
/// per inserted row: 6 of the 9 s that COPY takes for a first sync's 800,000 memberships.
///
/// Dropping a key needs the table's owner (or a member of the owning role) and, within a second, exclusive
/// locks on the table and on the tables it refers to. Without them the keys stay and are checked row by row,
/// which is slower but the same. Use it only in a transaction that nothing else writes the table in. The keys
/// are added back by restore(), or else by the destructor; either must run before the commit. On SQLite it
/// does nothing.
class ForeignKeysDeferred
{
public:
    ForeignKeysDeferred(const QSqlDatabase &db, const QString &table);
    ~ForeignKeysDeferred();
    ForeignKeysDeferred(const ForeignKeysDeferred &) = delete;
    ForeignKeysDeferred &operator=(const ForeignKeysDeferred &) = delete;

    /// Whether the keys were dropped (and will be checked when added back).
    bool isDeferred() const { return !m_keys.isEmpty(); }
    /// Adds the dropped keys back, checking every row; an error (a row without its referenced row) fails the
    /// transaction.
    Status restore();

private:
    struct Key
    {
        QString name, definition;
    };
    QSqlDatabase m_db;
    QString m_table;
    QList<Key> m_keys;
};

} // namespace Scimflow
