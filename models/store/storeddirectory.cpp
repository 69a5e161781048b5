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
    q.prepare(QStringLiteral("SELECT %1 FROM groups WHERE scim_id = ?").arg(Store::groupColumns()));
    for (const QString &id : scimIds) {
        q.addBindValue(id);
        if (q.exec() && q.next())
            out << Store::groupFromRow(q);
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
