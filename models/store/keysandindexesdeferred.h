#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Scimflow {

/// On PostgreSQL, the foreign keys and the plain (not unique) indexes of one table dropped for a bulk insert
/// into it and added back in the same transaction. Added back, a key is checked over the whole table by one
/// join, and an index is built from the table in one sorted pass; kept, each costs work per inserted row: 6
/// of the 9 s that COPY took for a first sync's 800,000 memberships, and then half of the 5.5 s left. Unique
/// indexes and those of constraints stay: they decide conflicts while the rows go in.
///
/// Dropping needs the table's owner (or a member of the owning role) and, within a second, exclusive locks on
/// the table and on the tables it refers to. Without them the keys and indexes stay and are kept up to date
/// row by row, which is slower but the same. Use it only in a transaction that nothing else writes the table
/// in. They are added back by restore(), or else by the destructor; either must run before the commit. On
/// SQLite it does nothing.
class KeysAndIndexesDeferred
{
public:
    KeysAndIndexesDeferred(const QSqlDatabase &db, const QString &table);
    ~KeysAndIndexesDeferred();
    KeysAndIndexesDeferred(const KeysAndIndexesDeferred &) = delete;
    KeysAndIndexesDeferred &operator=(const KeysAndIndexesDeferred &) = delete;

    /// Whether the keys and indexes were dropped (and will be checked and built when added back).
    bool isDeferred() const { return m_dropped; }
    /// Builds the dropped indexes and adds the dropped keys back, checking every row; an error (a row without
    /// its referenced row) fails the transaction.
    Status restore();

private:
    struct Key
    {
        QString name, definition;
    };
    QSqlDatabase m_db;
    QString m_table;
    QList<Key> m_keys;
    QStringList m_indexes; // CREATE INDEX statements
    bool m_dropped = false;
};

} // namespace Scimflow
