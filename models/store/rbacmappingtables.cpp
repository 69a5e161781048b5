#include "rbacmappingtables.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

namespace {

RbacMappingVersionRow fromQuery(const QSqlQuery &q, bool withContent)
{
    RbacMappingVersionRow row;
    row.version = q.value(0).toInt();
    row.createdAt = q.value(1).toLongLong();
    row.author = q.value(2).toString();
    if (withContent)
        row.content = q.value(3).toString();
    return row;
}

Result<RbacMappingVersionRow> readOne(const QSqlDatabase &db, const QString &where, const QVariant &bind)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version, created_at, author, content FROM rbac_mappings ") + where);
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec())
        return sqlError(
            QCoreApplication::translate("Scimflow::RbacMappingRepository", "Cannot read the RBAC mapping"),
            q.lastError());
    if (!q.next())
        return RbacMappingVersionRow{};
    return fromQuery(q, true);
}

} // namespace

Result<RbacMappingVersionRow> RbacMappingTables::current(const Store &store)
{
    return current(store.database());
}

Result<RbacMappingVersionRow> RbacMappingTables::current(const QSqlDatabase &db)
{
    return readOne(db, QStringLiteral("ORDER BY version DESC LIMIT 1"), QVariant());
}

Result<RbacMappingVersionRow> RbacMappingTables::version(const Store &store, int version)
{
    return readOne(store.database(), QStringLiteral("WHERE version = ?"), version);
}

Result<QList<RbacMappingVersionRow>> RbacMappingTables::history(const Store &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(
            QStringLiteral("SELECT version, created_at, author FROM rbac_mappings ORDER BY version DESC")))
        return sqlError(QCoreApplication::translate("Scimflow::RbacMappingRepository",
                                                    "Cannot read the RBAC mapping history"),
                        q.lastError());
    QList<RbacMappingVersionRow> out;
    while (q.next())
        out << fromQuery(q, false);
    return out;
}

Status RbacMappingTables::insertVersion(Store &store, const RbacMappingVersionRow &row)
{
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("INSERT INTO rbac_mappings(version, created_at, author, content) VALUES(?,?,?,?)"));
    q.addBindValue(row.version);
    q.addBindValue(row.createdAt);
    q.addBindValue(sqlText(row.author));
    q.addBindValue(row.content);
    if (!q.exec())
        return sqlError(
            QCoreApplication::translate("Scimflow::RbacMappingRepository", "Cannot store the RBAC mapping"),
            q.lastError());
    return {};
}

Result<QHash<QString, qint64>> RbacMappingTables::groupIdsByName(const Store &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(
            QStringLiteral("SELECT id, display_name, deleted_at FROM groups ORDER BY deleted_at = 0, id")))
        return sqlError(QCoreApplication::translate("Scimflow::RbacMappingRepository", "Cannot read groups"),
                        q.lastError());
    QHash<QString, qint64> ids;
    while (q.next())
        ids.insert(q.value(1).toString().toCaseFolded(), q.value(0).toLongLong());
    return ids;
}

Status RbacMappingTables::replaceGroupRoles(Store &store, const QList<std::pair<qint64, QString>> &roles)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("DELETE FROM group_roles")))
        return sqlError(
            QCoreApplication::translate("Scimflow::RbacMappingRepository", "Cannot replace the group roles"),
            q.lastError());
    q.prepare(QStringLiteral("INSERT INTO group_roles(group_id, role) VALUES(?, ?) ON CONFLICT DO NOTHING"));
    for (const auto &[groupId, role] : roles) {
        q.bindValue(0, groupId);
        q.bindValue(1, role);
        if (!q.exec())
            return sqlError(QCoreApplication::translate("Scimflow::RbacMappingRepository",
                                                        "Cannot write the group roles"),
                            q.lastError());
    }
    return {};
}

Status RbacMappingTables::replaceServiceAccountRules(Store &store, const QList<ServiceAccountRuleRow> &rules)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("UPDATE service_accounts SET owner_group_id = NULL, expected_role = ''")))
        return sqlError(
            QCoreApplication::translate("Scimflow::RbacMappingRepository", "Cannot update service accounts"),
            q.lastError());
    q.prepare(QStringLiteral(
        "INSERT INTO service_accounts(email, owner_group_id, expected_role, active) VALUES(?, ?, ?, 1) "
        "ON CONFLICT(email) DO UPDATE SET owner_group_id = excluded.owner_group_id, "
        "expected_role = excluded.expected_role"));
    for (const ServiceAccountRuleRow &rule : rules) {
        q.bindValue(0, rule.email);
        q.bindValue(1, rule.ownerGroupId ? QVariant(rule.ownerGroupId)
                                         : QVariant(QMetaType::fromType<qint64>()));
        q.bindValue(2, sqlText(rule.role));
        if (!q.exec())
            return sqlError(QCoreApplication::translate("Scimflow::RbacMappingRepository",
                                                        "Cannot write service accounts"),
                            q.lastError());
    }
    return {};
}

} // namespace Scimflow
