// Store lookups by the identity provider's own ids: what a directory reader needs to turn a delta (only what
// changed) into whole users and the groups it touched.

#include "storeddirectory.h"

#include "store.h"

#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

StoredDirectory::StoredDirectory(const Store &store)
    : m_db(store.database())
{}

QList<User> StoredDirectory::usersByScimIds(const QStringList &scimIds) const
{
    QList<User> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE scim_id = ?").arg(Store::userColumns()));
    for (const QString &id : scimIds) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            out << Store::userFromRow(q);
        q.finish();
    }
    return out;
}

QList<Group> StoredDirectory::groupsByScimIds(const QStringList &scimIds) const
{
    QList<Group> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, scim_id, external_id, display_name, created_at, last_modified, "
                             "version, deleted_at FROM groups WHERE scim_id = ?"));
    for (const QString &id : scimIds) {
        q.addBindValue(id);
        if (q.exec() && q.next()) {
            Group g;
            g.id = q.value(0).toLongLong();
            g.scimId = q.value(1).toString();
            g.externalId = q.value(2).toString();
            g.displayName = q.value(3).toString();
            g.createdAt = q.value(4).toLongLong();
            g.lastModified = q.value(5).toLongLong();
            g.version = q.value(6).toString();
            g.deletedAt = q.value(7).toLongLong();
            out << g;
        }
        q.finish();
    }
    return out;
}

QStringList StoredDirectory::groupScimIdsOfUser(const QString &userScimId) const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT g.scim_id FROM memberships m JOIN groups g ON g.id = m.group_id "
                             "JOIN users u ON u.id = m.user_id WHERE u.scim_id = ? ORDER BY g.id"));
    q.addBindValue(userScimId);
    if (q.exec()) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

} // namespace Scimflow
