#include "consolequeries.h"

#include "bulkstatement.h"
#include "sqldialect.h"
#include "store.h"

#include <QSqlQuery>

namespace Scimflow {

ConsoleQueries::ConsoleQueries(const Store &store)
    : m_db(store.database())
{}

qint64 ConsoleQueries::largestId(const char *table) const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(QLatin1String(table))) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

Status ConsoleQueries::users(qxp::function_ref<Status(const UserRecord &)> visit) const
{
    auto q =
        BulkStatement::prepare(m_db, "SELECT id, user_name, display_name, active, deleted_at, department, "
                                     "created_at FROM users ORDER BY id");
    if (!q)
        return q.error();
    while (q->next()) {
        const UserRecord user{q->int64(0), q->text(1), q->text(2), q->int64(3) != 0,
                              q->int64(4), q->text(5), q->int64(6)};
        if (Status s = visit(user); !s)
            return s;
    }
    return q->status();
}

Status ConsoleQueries::serviceAccounts(qxp::function_ref<Status(const ServiceAccountRecord &)> visit) const
{
    auto q =
        BulkStatement::prepare(m_db, "SELECT s.id, s.email, s.display_name, s.active, "
                                     "coalesce(g.display_name, ''), s.created_at FROM service_accounts s "
                                     "LEFT JOIN groups g ON g.id = s.owner_group_id ORDER BY s.id");
    if (!q)
        return q.error();
    while (q->next()) {
        const ServiceAccountRecord account{q->int64(0),      q->text(1), q->text(2),
                                           q->int64(3) != 0, q->text(4), q->int64(5)};
        if (Status s = visit(account); !s)
            return s;
    }
    return q->status();
}

Status ConsoleQueries::groups(qxp::function_ref<Status(const GroupRecord &)> visit) const
{
    const QByteArray sql =
        QStringLiteral("SELECT g.id, g.display_name, "
                       "(SELECT count(*) FROM memberships m WHERE m.group_id = g.id), "
                       "(SELECT count(*) FROM service_accounts s WHERE s.owner_group_id = g.id), "
                       "coalesce((SELECT %1 FROM "
                       "  (SELECT role FROM group_roles r WHERE r.group_id = g.id ORDER BY role) AS r), '') "
                       "FROM groups g WHERE g.deleted_at = 0 ORDER BY g.id")
            .arg(Sql::groupConcat(m_db, QStringLiteral("role"), QStringLiteral(", ")))
            .toUtf8();
    auto q = BulkStatement::prepare(m_db, sql.constData());
    if (!q)
        return q.error();
    while (q->next()) {
        const GroupRecord group{q->int64(0), q->text(1), q->int64(2), q->int64(3), q->text(4)};
        if (Status s = visit(group); !s)
            return s;
    }
    return q->status();
}

Status ConsoleQueries::jobs(qxp::function_ref<Status(const JobRecord &)> visit) const
{
    auto q =
        BulkStatement::prepare(m_db, "SELECT id, source, name, state, create_time, start_time, end_time, "
                                     "launcher, run_as, role, launcher_user_id, run_as_user_id, run_as_sa_id "
                                     "FROM jobs ORDER BY id");
    if (!q)
        return q.error();
    while (q->next()) {
        const JobRecord job{q->int64(0),  q->text(1),   q->text(2),  q->text(3), q->int64(4),
                            q->int64(5),  q->int64(6),  q->text(7),  q->text(8), q->text(9),
                            q->int64(10), q->int64(11), q->int64(12)};
        if (Status s = visit(job); !s)
            return s;
    }
    return q->status();
}

Status ConsoleQueries::credentials(qxp::function_ref<Status(const CredentialRecord &)> visit) const
{
    // A service account's owner is the group the RBAC mapping names for it; a key's its account, a token's
    // its GitHub login.
    auto q = BulkStatement::prepare(
        m_db, "SELECT c.id, c.kind, c.key_type, c.source, c.external_id, c.name, c.owner, c.created_at, "
              "c.expires_at, c.disabled, c.expired, c.last_used_at, coalesce(g.display_name, '') "
              "FROM credentials c LEFT JOIN service_accounts s ON c.kind = 'gcp-service-account' "
              "AND s.email = c.external_id LEFT JOIN groups g ON g.id = s.owner_group_id ORDER BY c.id");
    if (!q)
        return q.error();
    while (q->next()) {
        const CredentialRecord credential{q->int64(0), q->text(1),       q->text(2),        q->text(3),
                                          q->text(4),  q->text(5),       q->text(6),        q->int64(7),
                                          q->int64(8), q->int64(9) != 0, q->int64(10) != 0, q->int64(11),
                                          q->text(12)};
        if (Status s = visit(credential); !s)
            return s;
    }
    return q->status();
}

void ConsoleQueries::prepareForLinking() const
{
    // The linking queries seek through the job and membership indexes on every focus change: mapped pages
    // spare a read() copy per page, and a larger cache keeps the hot index pages of a big database.
    if (Sql::isPostgres(m_db))
        return;
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA mmap_size = 536870912"));
    pragma.exec(QStringLiteral("PRAGMA cache_size = -32768"));
}

} // namespace Scimflow
