#include "rbacmappingrepository.h"

#include "jobswriter.h"
#include "principalresolver.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::RbacMappingRepository", text);
}

StoredRbacMapping fromQuery(const QSqlQuery &q, bool withContent)
{
    StoredRbacMapping s;
    s.version = q.value(0).toInt();
    s.createdAt = q.value(1).toLongLong();
    s.author = q.value(2).toString();
    if (withContent) {
        s.content = q.value(3).toString();
        RbacMappingParseResult parsed = RbacMappingParser::parse(s.content);
        s.mapping = parsed.mapping;
        s.errors = parsed.errors;
    }
    return s;
}

Result<StoredRbacMapping> readOne(const Store &store, const QString &where, const QVariant &bind)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("SELECT version, created_at, author, content FROM rbac_mappings ") + where);
    if (bind.isValid())
        q.addBindValue(bind);
    if (!q.exec())
        return sqlError(
            QCoreApplication::translate("Scimflow::RbacMappingRepository", "Cannot read the RBAC mapping"),
            q.lastError());
    if (!q.next())
        return StoredRbacMapping{};
    return fromQuery(q, true);
}

/// Writes the mapping's service accounts and group roles; returns warnings about names the IdP lacks.
Status applyMapping(Store &store, const RbacMapping &m, RbacApplyReport *report)
{
    QSqlDatabase db = store.database();
    QSqlQuery q(db);
    auto fail = [&](const QString &what) { return Status(sqlError(what, q.lastError())); };

    QHash<QString, qint64> groupIds; // lower-case display name -> id; live groups win over deleted ones
    if (!q.exec(
            QStringLiteral("SELECT id, display_name, deleted_at FROM groups ORDER BY deleted_at = 0, id")))
        return fail(QCoreApplication::translate("Scimflow::RbacMappingRepository", "Cannot read groups"));
    while (q.next())
        groupIds.insert(q.value(1).toString().toCaseFolded(), q.value(0).toLongLong());

    if (!q.exec(QStringLiteral("DELETE FROM group_roles")))
        return fail(
            QCoreApplication::translate("Scimflow::RbacMappingRepository", "Cannot replace the group roles"));
    q.prepare(QStringLiteral("INSERT INTO group_roles(group_id, role) VALUES(?, ?) ON CONFLICT DO NOTHING"));
    for (auto it = m.groupRoles.begin(); it != m.groupRoles.end(); ++it) {
        const qint64 gid = groupIds.value(it.key().toCaseFolded());
        if (!gid) {
            report->warnings
                << QCoreApplication::translate(
                       "Scimflow::RbacMappingRepository",
                       "The group \"%1\" is not in the IdP snapshot; its roles apply once it is.")
                       .arg(it.key());
            continue;
        }
        for (const QString &role : it.value()) {
            q.bindValue(0, gid);
            q.bindValue(1, role);
            if (!q.exec())
                return fail(QCoreApplication::translate("Scimflow::RbacMappingRepository",
                                                        "Cannot write the group roles"));
            ++report->groupRoles;
        }
    }
    for (const QString &g : m.privilegedGroups) {
        if (!groupIds.contains(g.toCaseFolded()))
            report->warnings << QCoreApplication::translate(
                                    "Scimflow::RbacMappingRepository",
                                    "The privileged group \"%1\" is not in the IdP snapshot.")
                                    .arg(g);
    }

    // Accounts the mapping no longer lists lose owner and role: the mapping is the only source of both.
    if (!q.exec(QStringLiteral("UPDATE service_accounts SET owner_group_id = NULL, expected_role = ''")))
        return fail(
            QCoreApplication::translate("Scimflow::RbacMappingRepository", "Cannot update service accounts"));
    q.prepare(QStringLiteral(
        "INSERT INTO service_accounts(email, owner_group_id, expected_role, active) VALUES(?, ?, ?, 1) "
        "ON CONFLICT(email) DO UPDATE SET owner_group_id = excluded.owner_group_id, "
        "expected_role = excluded.expected_role"));
    for (const RbacServiceAccountRule &sa : m.serviceAccounts) {
        const qint64 gid = sa.owner.isEmpty() ? 0 : groupIds.value(sa.owner.toCaseFolded());
        if (!sa.owner.isEmpty() && !gid) {
            report->warnings
                << QCoreApplication::translate(
                       "Scimflow::RbacMappingRepository",
                       "Line %1: the owner \"%2\" of %3 is not in the IdP snapshot; the account is "
                       "treated as unowned.")
                       .arg(sa.line)
                       .arg(sa.owner, sa.email);
        }
        q.bindValue(0, sa.email);
        q.bindValue(1, gid ? QVariant(gid) : QVariant(QMetaType::fromType<qint64>()));
        q.bindValue(2, sqlText(sa.role));
        if (!q.exec())
            return fail(QCoreApplication::translate("Scimflow::RbacMappingRepository",
                                                    "Cannot write service accounts"));
        ++report->serviceAccounts;
    }
    return {};
}

} // namespace

Result<StoredRbacMapping> RbacMappingRepository::current(const Store &store)
{
    return readOne(store, QStringLiteral("ORDER BY version DESC LIMIT 1"), QVariant());
}

Result<StoredRbacMapping> RbacMappingRepository::version(const Store &store, int version)
{
    return readOne(store, QStringLiteral("WHERE version = ?"), version);
}

Result<QList<StoredRbacMapping>> RbacMappingRepository::history(const Store &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(
            QStringLiteral("SELECT version, created_at, author FROM rbac_mappings ORDER BY version DESC")))
        return sqlError(tr("Cannot read the RBAC mapping history"), q.lastError());
    QList<StoredRbacMapping> out;
    while (q.next())
        out << fromQuery(q, false);
    return out;
}

Result<RbacApplyReport> RbacMappingRepository::save(Store &store, const QString &content,
                                                    const QString &author)
{
    const RbacMappingParseResult parsed = RbacMappingParser::parse(content);
    if (!parsed.ok()) {
        return Error::make(
            Error::Kind::InvalidInput,
            tr("The RBAC mapping has errors; fix them and save again:\n%1").arg(parsed.errorText()));
    }
    Result<StoredRbacMapping> now = current(store);
    if (!now)
        return now.error();
    RbacApplyReport report;
    if (now->version > 0 && now->content == content) {
        report.version = now->version;
        report.unchanged = true;
        return report;
    }

    Transaction tx(store.database());
    if (!tx.isActive())
        return Error::make(Error::Kind::Database, tr("Cannot start a transaction to save the RBAC mapping."));
    QSqlQuery q(store.database());
    q.prepare(
        QStringLiteral("INSERT INTO rbac_mappings(version, created_at, author, content) VALUES(?,?,?,?)"));
    report.version = now->version + 1;
    q.addBindValue(report.version);
    q.addBindValue(currentTimestamp());
    q.addBindValue(sqlText(author));
    q.addBindValue(content);
    if (!q.exec())
        return sqlError(tr("Cannot store the RBAC mapping"), q.lastError());
    if (Status s = applyMapping(store, parsed.mapping, &report); !s)
        return s.error();
    // Aliases and service accounts changed: links of existing jobs follow the new mapping.
    Result<PrincipalResolver> resolver = PrincipalResolver::load(store);
    if (!resolver)
        return resolver.error();
    Result<int> relinked = JobsWriter::relinkAll(store, *resolver);
    if (!relinked)
        return relinked.error();
    report.jobsRelinked = *relinked;
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace Scimflow
