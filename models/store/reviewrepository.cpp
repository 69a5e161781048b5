#include "reviewrepository.h"

#include "bulkstatement.h"
#include "largepagecache.h"
#include "osuser.h"
#include "rbacmappingtables.h"
#include "reviewrules.h"
#include "sqldialect.h"
#include "sqlitecancelscope.h"
#include "sqlitetriggersoff.h"
#include "store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

namespace {

constexpr char kItemColumns[] =
    "id, campaign_id, kind, coalesce(user_id, 0), coalesce(group_id, 0), coalesce(service_account_id, 0), "
    "coalesce(credential_id, 0), identity, access, roles, privileged, idp_status, last_used_at, last_job, "
    "jobs_in_period, open_findings, recommendation, reason, assignee, decision, justification, decided_by, "
    "decided_at, remediation, remediation_message, remediation_seq";

constexpr char kCampaignColumns[] =
    "c.id, c.name, c.scope, c.period_from, c.period_to, c.due_at, c.reviewers, c.idle_days, c.created_at, "
    "c.created_by, coalesce(c.supersedes, 0), c.status, c.signed_at, c.signed_by, c.digest, c.signoff_seq, "
    "(SELECT count(*) FROM review_items i WHERE i.campaign_id = c.id), "
    "(SELECT count(*) FROM review_items i WHERE i.campaign_id = c.id AND i.decision IN ('keep','revoke'))";

ReviewItem itemFromRow(const QSqlQuery &q)
{
    ReviewItem it;
    it.id = q.value(0).toLongLong();
    it.campaignId = q.value(1).toLongLong();
    reviewItemKindFromName(q.value(2).toString(), &it.kind);
    it.userId = q.value(3).toLongLong();
    it.groupId = q.value(4).toLongLong();
    it.serviceAccountId = q.value(5).toLongLong();
    it.credentialId = q.value(6).toLongLong();
    it.identity = q.value(7).toString();
    it.access = q.value(8).toString();
    it.roles = q.value(9).toString();
    it.privileged = q.value(10).toBool();
    it.idpStatus = q.value(11).toString();
    it.lastUsedAt = q.value(12).toLongLong();
    it.lastJob = q.value(13).toString();
    it.jobsInPeriod = q.value(14).toInt();
    it.openFindings = q.value(15).toInt();
    reviewDecisionFromName(q.value(16).toString(), &it.recommendation);
    it.reason = q.value(17).toString();
    it.assignee = q.value(18).toString();
    reviewDecisionFromName(q.value(19).toString(), &it.decision);
    it.justification = q.value(20).toString();
    it.decidedBy = q.value(21).toString();
    it.decidedAt = q.value(22).toLongLong();
    it.remediation = q.value(23).toString();
    it.remediationMessage = q.value(24).toString();
    it.remediationSeq = q.value(25).toLongLong();
    return it;
}

ReviewCampaign campaignFromRow(const QSqlQuery &q)
{
    ReviewCampaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.scope = ReviewScope::fromJson(q.value(2).toString());
    c.periodFrom = q.value(3).toLongLong();
    c.periodTo = q.value(4).toLongLong();
    c.dueAt = q.value(5).toLongLong();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array())
        c.reviewers << v.toString();
    c.idleDays = q.value(7).toInt();
    c.createdAt = q.value(8).toLongLong();
    c.createdBy = q.value(9).toString();
    c.supersedes = q.value(10).toLongLong();
    c.signedOff = q.value(11).toString() == QLatin1String("signed");
    c.signedAt = q.value(12).toLongLong();
    c.signedBy = q.value(13).toString();
    c.digest = q.value(14).toString();
    c.signoffSeq = q.value(15).toLongLong();
    c.items = q.value(16).toInt();
    c.decided = q.value(17).toInt();
    return c;
}

// Equal strings read from many rows, decoded once and shared (implicitly) by every row that holds them. Only
// short strings are pooled: long ones seldom repeat.
class StringPool
{
public:
    QString string(QByteArrayView utf8)
    {
        if (utf8.size() > 64)
            return QString::fromUtf8(utf8);
        const auto it = m_strings.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
        if (it != m_strings.cend())
            return *it;
        const QString s = QString::fromUtf8(utf8);
        m_strings.insert(utf8.toByteArray(), s);
        return s;
    }

private:
    QHash<QByteArray, QString> m_strings;
};

Status exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return sqlError(what, q.lastError());
    return {};
}

Status execSql(QSqlDatabase db, const QString &sql, const QString &what, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    // Without binds, not prepared: PostgreSQL prepares no DDL.
    if (binds.isEmpty())
        return q.exec(sql) ? Status() : sqlError(what, q.lastError());
    if (!q.prepare(sql))
        return sqlError(what, q.lastError());
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return exec(q, what);
}

QSet<QString> privilegedGroups(QSqlDatabase db)
{
    QSet<QString> names;
    const Result<RbacMappingVersionRow> current = RbacMappingTables::current(db);
    if (!current)
        return names;
    const QJsonObject mapping = QJsonDocument::fromJson(current->content.toUtf8()).object();
    for (const QJsonValue &v : mapping.value(QStringLiteral("privilegedGroups")).toArray())
        names.insert(v.toString());
    return names;
}

// The evidence is gathered in temporary tables of the connection, named in its temporary schema so that no
// table of the store is ever meant: temp.x on SQLite, pg_temp.x on PostgreSQL. \a sql names them temp.x;
// PostgreSQL also has no WITHOUT ROWID tables and keeps row ids in BIGINT.
QString tempForm(const QSqlDatabase &db, QString sql)
{
    if (!Sql::isPostgres(db))
        return sql;
    static const QRegularExpression temp(QStringLiteral("\\btemp\\."));
    return sql.replace(temp, QStringLiteral("pg_temp."))
        .remove(QStringLiteral(" WITHOUT ROWID"))
        .replace(QStringLiteral(" INTEGER"), QStringLiteral(" BIGINT"));
}

Status fillTempList(QSqlDatabase db, const QString &table, const QStringList &values)
{
    if (Status s =
            execSql(db, tempForm(db, QStringLiteral("DROP TABLE IF EXISTS temp.%1").arg(table)), table);
        !s)
        return s;
    if (Status s = execSql(
            db,
            tempForm(
                db,
                QStringLiteral("CREATE TEMP TABLE %1(idx INTEGER PRIMARY KEY, name TEXT UNIQUE)").arg(table)),
            table);
        !s)
        return s;
    QSqlQuery q(db);
    q.prepare(tempForm(
        db, QStringLiteral("INSERT INTO temp.%1(idx, name) VALUES(?, ?) ON CONFLICT DO NOTHING").arg(table)));
    for (int i = 0; i < values.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(values[i]);
        if (Status s = exec(q, table); !s)
            return s;
    }
    return {};
}

// One kind of review item, generated by one INSERT ... SELECT: the review_items values from user_id to
// open_findings, the reasons against keeping it before the common unused ones (first matching wins), the
// column of its last use, the column naming its identity, the rows it comes from with their binds, and the
// order its item ids follow. `identities` lists the identities of its items without computing their
// evidence (empty: taken from the rows); `assignee` is the column of the rows naming the reviewer (empty:
// looked up by identity).
struct ItemSource
{
    QString kind;
    QString values;
    QString reasons;
    QString lastUse;
    QString identity;
    QString rows;
    QString order;
    QVariantList rowBinds;
    QString identities = {};
    QString assignee = {};
};

/// Returns the number of items inserted.
Result<int> insertItems(QSqlDatabase db, qint64 campaignId, Timestamp idleCutoff, const ItemSource &source,
                        const QString &what)
{
    // Access in use within the idle threshold before the period's end is recommended for keeping. The
    // reviewer comes from the identity's rank (temp.review_rank), so that no second pass rewrites every row.
    const QString sql =
        QStringLiteral(
            "INSERT INTO review_items(campaign_id, kind, user_id, group_id, service_account_id, "
            "credential_id, "
            "identity, access, roles, privileged, idp_status, last_used_at, last_job, jobs_in_period, "
            "open_findings, recommendation, reason, assignee) "
            "SELECT CAST(? AS BIGINT), '%1', %2, CASE WHEN reason_code = 'in-use' THEN 'keep' ELSE 'revoke' "
            "END, reason_code, "
            "coalesce(%7, '') "
            "FROM (SELECT *, CASE %3 WHEN %4 = 0 THEN 'never-used' WHEN %4 < ? THEN 'unused' "
            "ELSE 'in-use' END AS reason_code FROM (%5) AS r) AS s ORDER BY %6")
            .arg(source.kind, source.values, source.reasons, source.lastUse, source.rows, source.order,
                 !source.assignee.isEmpty()
                     ? source.assignee
                     : QStringLiteral("(SELECT k.assignee FROM temp.review_rank k WHERE k.identity = %1)")
                           .arg(source.identity));
    // The only triggers on review_items refuse changes to the items of a signed campaign. This campaign was
    // inserted open in this transaction, which holds the write lock, so none of them can fire for its rows;
    // on SQLite they would still cost a call per row (a quarter of the insert).
    const SqliteTriggersOff noTriggers(db);
    QSqlQuery q(db);
    if (!q.prepare(tempForm(db, sql)))
        return sqlError(what, q.lastError());
    for (const QVariant &b : QVariantList{campaignId, idleCutoff} + source.rowBinds)
        q.addBindValue(b);
    if (Status s = exec(q, what); !s)
        return s.error();
    return q.numRowsAffected();
}

} // namespace

QString ReviewRepository::auditTarget(qint64 campaignId)
{
    return QStringLiteral("review-campaign/%1").arg(campaignId);
}

Result<int> ReviewRepository::generateItems(qint64 campaignId, const ReviewCampaign &c,
                                            const std::function<Status()> &step)
{
    const ReviewScope &scope = c.scope;
    const Timestamp idleCutoff = c.periodTo - qint64(c.idleDays) * kMsPerDay;
    const Timestamp now = currentTimestamp();
    const QString what = QStringLiteral("Cannot generate the review items");
    const auto run = [&](const QStringList &statements, const QVariantList &binds = {}) -> Status {
        for (const QString &sql : statements) {
            if (Status s = execSql(m_db, tempForm(m_db, sql), what,
                                   sql.contains(QLatin1Char('?')) ? binds : QVariantList());
                !s)
                return s.error();
        }
        return {};
    };
    const bool postgres = Sql::isPostgres(m_db);
    const auto nocase = [&](const char *expr) { return Sql::nocase(m_db, QLatin1String(expr)); };
    // The value of \a expr in the row of the group's max(\a key), in a query with that one max().
    const auto valueAtMax = [&](const char *expr, const char *key) {
        return postgres ? QStringLiteral("(array_agg(%1 ORDER BY %2 DESC NULLS LAST))[1]")
                              .arg(QLatin1String(expr), QLatin1String(key))
                        : QString::fromLatin1(expr);
    };

    if (Status s = fillTempList(m_db, QStringLiteral("review_roles"), scope.roles); !s)
        return s.error();
    if (Status s = fillTempList(m_db, QStringLiteral("review_groups"), scope.groups); !s)
        return s.error();
    if (Status s = fillTempList(m_db, QStringLiteral("review_privileged"), privilegedGroups(m_db).values());
        !s)
        return s.error();
    if (Status s = fillTempList(m_db, QStringLiteral("review_reviewers"), c.reviewers); !s)
        return s.error();

    // Open findings per subject: one pass over the findings table.
    if (Status s =
            run({QStringLiteral("DROP TABLE IF EXISTS temp.review_findings"),
                 QStringLiteral("CREATE TEMP TABLE review_findings(kind TEXT, sid INTEGER, n INTEGER, "
                                "PRIMARY KEY(kind, sid)) WITHOUT ROWID"),
                 QStringLiteral("INSERT INTO temp.review_findings SELECT subject_kind, subject_id, count(*) "
                                "FROM findings WHERE resolved_at = 0 AND subject_id IS NOT NULL AND "
                                "(ack_reason = '' OR (ack_until > 0 AND ack_until < ?)) "
                                "GROUP BY subject_kind, subject_id")},
                {now});
        !s)
        return s.error();

    // The groups in scope, each once with its roles and privilege, rather than per membership.
    if (Status s = run(
            {QStringLiteral("DROP TABLE IF EXISTS temp.review_scope_groups"),
             QStringLiteral(
                 "CREATE TEMP TABLE review_scope_groups(id INTEGER PRIMARY KEY, display_name TEXT, "
                 "roles TEXT, role TEXT, privileged INTEGER)"),
             QStringLiteral("INSERT INTO temp.review_scope_groups SELECT g.id, g.display_name,"
                            " (SELECT %1"
                            "   FROM (SELECT role FROM group_roles gr WHERE gr.group_id = g.id ORDER BY role)"
                            "   AS r),"
                            " (SELECT CASE WHEN count(*) = 1 THEN min(role) END FROM group_roles gr"
                            "   WHERE gr.group_id = g.id),"
                            " CASE WHEN EXISTS(SELECT 1 FROM temp.review_privileged p"
                            "  WHERE p.name = g.display_name) THEN 1 ELSE 0 END"
                            " FROM groups g WHERE g.deleted_at = 0"
                            "  AND EXISTS(SELECT 1 FROM group_roles x WHERE x.group_id = g.id AND"
                            "   ((SELECT count(*) FROM temp.review_roles) = 0 OR"
                            "    x.role IN (SELECT name FROM temp.review_roles)))"
                            "  AND ((SELECT count(*) FROM temp.review_groups) = 0 OR"
                            "   g.display_name IN (SELECT name FROM temp.review_groups))")
                 .arg(Sql::groupConcat(m_db, QStringLiteral("role"), QStringLiteral(", ")))});
        !s)
        return s.error();
    if (Status s = step(); !s)
        return s.error();

    QList<ItemSource> sources;
    if (scope.memberships) {
        // Use of each (user, role) up to the period's end: the job run under it last, and the jobs in the
        // period. A membership of a group granting one role (nearly every group) is used as that role is;
        // the use of a membership of a group granting several is summed over them here, once, from those
        // groups (CROSS JOIN keeps SQLite from scanning every membership for them). The job is the
        // one of the row holding max(): SQLite takes a bare column from it, PostgreSQL needs it asked for.
        if (Status s = run(
                {QStringLiteral("DROP TABLE IF EXISTS temp.review_use"),
                 QStringLiteral("CREATE TEMP TABLE review_use(uid INTEGER, role TEXT, last_at INTEGER, "
                                "job TEXT, n INTEGER, PRIMARY KEY(uid, role)) WITHOUT ROWID"),
                 QStringLiteral("INSERT INTO temp.review_use SELECT uid, role, max(start_time), %1, "
                                "sum(CASE WHEN start_time >= ? THEN 1 ELSE 0 END) FROM ("
                                " SELECT launcher_user_id AS uid, role, start_time, name FROM jobs"
                                " WHERE launcher_user_id IS NOT NULL AND role <> '' AND start_time > 0 AND "
                                "start_time < ?"
                                " UNION ALL"
                                " SELECT run_as_user_id, role, start_time, name FROM jobs"
                                " WHERE run_as_user_id IS NOT NULL AND run_as_user_id IS DISTINCT FROM"
                                " launcher_user_id AND role <> '' AND start_time > 0 AND start_time < ?) AS j"
                                " GROUP BY uid, role")
                     .arg(valueAtMax("name", "start_time")),
                 QStringLiteral("DROP TABLE IF EXISTS temp.review_membership_use"),
                 QStringLiteral("CREATE TEMP TABLE review_membership_use(uid INTEGER, gid INTEGER, last_at "
                                "INTEGER, job TEXT, n INTEGER, PRIMARY KEY(uid, gid)) WITHOUT ROWID"),
                 QStringLiteral(
                     "INSERT INTO temp.review_membership_use SELECT m.user_id, m.group_id, "
                     "max(ru.last_at), %1, sum(ru.n) FROM temp.review_scope_groups g"
                     " CROSS JOIN memberships m CROSS JOIN group_roles gr CROSS JOIN temp.review_use ru"
                     " WHERE g.role IS NULL AND m.group_id = g.id AND gr.group_id = g.id"
                     "  AND ru.uid = m.user_id AND ru.role = gr.role"
                     " GROUP BY m.group_id, m.user_id")
                     .arg(valueAtMax("ru.job", "ru.last_at"))},
                {c.periodFrom, c.periodTo, c.periodTo});
            !s)
            return s.error();
        // The people with a membership in scope, once each, in name order with their status and open
        // findings; then each person's memberships, so that only the memberships of one person are sorted by
        // group name, and what belongs to the person is looked up once rather than per membership.
        if (Status s =
                run({QStringLiteral("DROP TABLE IF EXISTS temp.review_people"),
                     QStringLiteral("CREATE TEMP TABLE review_people(ord INTEGER PRIMARY KEY, uid INTEGER, "
                                    "user_name TEXT, status TEXT, nf INTEGER)"),
                     QStringLiteral(
                         "INSERT INTO temp.review_people SELECT row_number() OVER (ORDER BY %1, u.id),"
                         " u.id, u.user_name,"
                         " CASE WHEN u.deleted_at > 0 THEN 'deleted' WHEN u.active = 0 THEN 'inactive'"
                         "  ELSE 'active' END,"
                         " coalesce(f.n, 0)"
                         " FROM users u LEFT JOIN temp.review_findings f ON f.kind = 'user' AND f.sid = u.id"
                         " WHERE EXISTS(SELECT 1 FROM memberships m JOIN temp.review_scope_groups g"
                         "  ON g.id = m.group_id WHERE m.user_id = u.id)")
                         .arg(nocase("u.user_name"))});
            !s)
            return s.error();
        sources << ItemSource{
            "membership",
            "user_id, group_id, NULL, NULL, user_name, display_name, roles, privileged, status, last_at,"
            " coalesce(job, ''), n, nf",
            "WHEN status <> 'active' THEN 'inactive-user' WHEN nf > 0 THEN 'open-findings'",
            "last_at",
            "user_name",
            "SELECT p.ord, m.user_id, m.group_id, p.user_name, g.display_name, g.roles, g.privileged, "
            "p.status,"
            " coalesce(ru.last_at, x.last_at, 0) AS last_at, coalesce(ru.job, x.job) AS job,"
            " coalesce(ru.n, x.n, 0) AS n, p.nf, k.assignee"
            " FROM temp.review_people p LEFT JOIN temp.review_rank k ON k.identity = p.user_name"
            " JOIN memberships m ON m.user_id = p.uid"
            " JOIN temp.review_scope_groups g ON g.id = m.group_id"
            " LEFT JOIN temp.review_use ru ON g.role IS NOT NULL AND ru.uid = m.user_id AND ru.role = g.role"
            " LEFT JOIN temp.review_membership_use x ON g.role IS NULL AND x.uid = m.user_id"
            "  AND x.gid = m.group_id",
            QStringLiteral("ord, ") + nocase("display_name"),
            {},
            "SELECT user_name FROM temp.review_people WHERE true",
            "assignee"};
    }
    if (scope.serviceAccounts) {
        sources << ItemSource{
            "service-account",
            "NULL, owner_group_id, id, NULL, email, owner, expected_role, privileged, status, last_at,"
            " coalesce(job, ''), n, nf",
            "WHEN status <> 'enabled' THEN 'disabled-account' WHEN owner = '' THEN 'no-owner'"
            " WHEN nf > 0 THEN 'open-findings'",
            "last_at",
            "email",
            QStringLiteral(
                "SELECT a.id, a.owner_group_id, a.email, coalesce(g.display_name, '') AS owner, "
                "a.expected_role,"
                " CASE WHEN EXISTS(SELECT 1 FROM temp.review_privileged p WHERE p.name = g.display_name)"
                "  THEN 1 ELSE 0 END AS privileged,"
                " CASE WHEN a.active = 1 THEN 'enabled' ELSE 'disabled' END AS status,"
                " coalesce(max(j.start_time), 0) AS last_at, %1 AS job,"
                " coalesce(sum(CASE WHEN j.start_time >= ? THEN 1 ELSE 0 END), 0) AS n,"
                " coalesce((SELECT f.n FROM temp.review_findings f WHERE f.kind = 'service-account'"
                "  AND f.sid = a.id), 0) AS nf"
                " FROM service_accounts a LEFT JOIN groups g ON g.id = a.owner_group_id AND g.deleted_at = 0"
                " LEFT JOIN jobs j ON j.run_as_sa_id = a.id AND j.start_time > 0 AND j.start_time < ?"
                " WHERE ((SELECT count(*) FROM temp.review_roles) = 0 OR"
                "   a.expected_role IN (SELECT name FROM temp.review_roles))"
                "  AND ((SELECT count(*) FROM temp.review_groups) = 0 OR"
                "   g.display_name IN (SELECT name FROM temp.review_groups))"
                " GROUP BY a.id, g.id")
                .arg(valueAtMax("j.name", "j.start_time")),
            nocase("email"),
            {c.periodFrom, c.periodTo},
            "SELECT a.email FROM service_accounts a"
            " LEFT JOIN groups g ON g.id = a.owner_group_id AND g.deleted_at = 0"
            " WHERE ((SELECT count(*) FROM temp.review_roles) = 0 OR"
            "   a.expected_role IN (SELECT name FROM temp.review_roles))"
            "  AND ((SELECT count(*) FROM temp.review_groups) = 0 OR"
            "   g.display_name IN (SELECT name FROM temp.review_groups))"};
    }
    if (scope.credentials) {
        // Keys and tokens that can still be used: one item each, owned by their account or user.
        sources << ItemSource{
            "credential",
            "owner_user_id, NULL, NULL, id, identity, name, '', 0, status, last_used_at, '', 0, nf",
            "WHEN status IN ('inactive', 'deleted') THEN 'inactive-user' WHEN nf > 0 THEN 'open-findings'",
            "last_used_at",
            "identity",
            "SELECT c.id, c.owner_user_id, c.last_used_at,"
            " CASE WHEN c.kind = 'gcp-key' THEN coalesce(p.external_id, c.owner) ELSE c.owner END AS "
            "identity,"
            " CASE WHEN c.kind = 'gcp-key' THEN 'key ' || c.name ELSE 'token ' || c.name END AS name,"
            " CASE WHEN u.id IS NULL THEN 'enabled' WHEN u.deleted_at > 0 THEN 'deleted'"
            "  WHEN u.active = 0 THEN 'inactive' ELSE 'active' END AS status,"
            " coalesce((SELECT f.n FROM temp.review_findings f WHERE f.kind = 'credential'"
            "  AND f.sid = c.id), 0) AS nf"
            " FROM credentials c LEFT JOIN credentials p ON p.id = c.parent_id"
            " LEFT JOIN users u ON u.id = c.owner_user_id"
            " WHERE c.kind IN ('gcp-key', 'github-token') AND c.disabled = 0 AND c.expired = 0",
            nocase("identity") + QStringLiteral(", name"),
            {}};
    }

    // Reviewers share the items round robin by identity, so one reviewer sees all of a person's access. The
    // identities of every kind are ranked once (a window function) before any item is written, so that each
    // item gets its reviewer as it is inserted.
    if (Status s = run({QStringLiteral("DROP TABLE IF EXISTS temp.review_identities"),
                        QStringLiteral("CREATE TEMP TABLE review_identities(identity TEXT PRIMARY KEY) "
                                       "WITHOUT ROWID"),
                        QStringLiteral("DROP TABLE IF EXISTS temp.review_rank"),
                        QStringLiteral("CREATE TEMP TABLE review_rank(identity TEXT PRIMARY KEY, "
                                       "assignee TEXT) WITHOUT ROWID")});
        !s)
        return s.error();
    if (!c.reviewers.isEmpty()) {
        for (const ItemSource &source : std::as_const(sources)) {
            // A WHERE ends the SELECT for SQLite's parser, which would read ON CONFLICT as a join's ON.
            const QString identities =
                !source.identities.isEmpty()
                    ? source.identities
                    : QStringLiteral("SELECT %1 FROM (%2) AS r WHERE true").arg(source.identity, source.rows);
            if (Status s = execSql(
                    m_db,
                    tempForm(m_db,
                             QStringLiteral("INSERT INTO temp.review_identities %1 ON CONFLICT DO NOTHING")
                                 .arg(identities)),
                    what, !source.identities.isEmpty() ? QVariantList() : source.rowBinds);
                !s)
                return s.error();
        }
        if (Status s = execSql(
                m_db,
                tempForm(m_db, QStringLiteral("INSERT INTO temp.review_rank SELECT k.identity, r.name FROM"
                                              " (SELECT identity, row_number() OVER (ORDER BY identity) - 1"
                                              "  AS rank FROM temp.review_identities) k"
                                              " JOIN temp.review_reviewers r ON r.idx = k.rank % ?")),
                what, {c.reviewers.size()});
            !s)
            return s.error();
    }
    if (Status s = step(); !s)
        return s.error();

    int items = 0;
    for (const ItemSource &source : std::as_const(sources)) {
        const Result<int> inserted = insertItems(m_db, campaignId, idleCutoff, source, what);
        if (!inserted)
            return inserted.error();
        items += *inserted;
        if (Status s = step(); !s)
            return s.error();
    }
    return items;
}

Result<ReviewCampaign> ReviewRepository::create(ReviewCampaign c, const std::function<bool()> &cancelled,
                                                const std::function<void(int done, int total)> &progress)
{
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("A campaign needs a name."));
    if (!c.scope.memberships && !c.scope.serviceAccounts && !c.scope.credentials)
        return Error::make(
            Error::Kind::InvalidInput,
            QStringLiteral("The scope is empty: choose memberships, service accounts or credentials."));
    if (c.periodTo <= c.periodFrom)
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("The review period ends before it starts."));
    if (c.idleDays <= 0)
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("The idle threshold must be at least one day."));
    c.reviewers.removeAll(QString());
    c.reviewers.removeDuplicates();
    if (c.supersedes) {
        Result<ReviewCampaign> old = campaign(c.supersedes);
        if (!old)
            return old.error();
        if (!old->signedOff)
            return Error::make(
                Error::Kind::InvalidInput,
                QStringLiteral("Campaign %1 is still open: correct it directly, a new campaign "
                               "only corrects a signed one.")
                    .arg(c.supersedes));
    }
    c.createdAt = currentTimestamp();
    if (c.createdBy.isEmpty())
        c.createdBy = currentOsUser();

    // One transaction: a cancelled, failed or killed creation leaves no campaign and no items behind.
    const LargePageCache cache(m_db);
    Transaction tx(m_db, Transaction::Lock::Immediate);
    const SqliteCancelScope interruptible(m_db, cancelled);
    // Steps: the campaign row with the evidence tables, the reviewers' shares, each kind of item, the commit.
    const int total = 3 + int(c.scope.memberships) + int(c.scope.serviceAccounts) + int(c.scope.credentials);
    int done = 0;
    const auto step = [&]() -> Status {
        if (cancelled && cancelled())
            return Error::make(Error::Kind::Cancelled,
                               QStringLiteral("Creating the campaign was cancelled; nothing was saved."));
        if (progress)
            progress(++done, total);
        return {};
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO review_campaigns(name, scope, period_from, period_to, due_at, reviewers, idle_days, "
        "created_at, created_by, supersedes) VALUES(?,?,?,?,?,?,?,?,?,?) RETURNING id"));
    QJsonArray reviewers;
    for (const QString &r : std::as_const(c.reviewers))
        reviewers.append(r);
    q.addBindValue(c.name);
    q.addBindValue(c.scope.toJson());
    q.addBindValue(c.periodFrom);
    q.addBindValue(c.periodTo);
    q.addBindValue(c.dueAt);
    q.addBindValue(QString::fromUtf8(QJsonDocument(reviewers).toJson(QJsonDocument::Compact)));
    q.addBindValue(c.idleDays);
    q.addBindValue(c.createdAt);
    q.addBindValue(sqlText(c.createdBy));
    q.addBindValue(c.supersedes ? QVariant(c.supersedes) : QVariant());
    c.id = execReturningId(q);
    if (!c.id)
        return sqlError(QStringLiteral("Cannot create the review campaign"), q.lastError());
    const Result<int> items = generateItems(c.id, c, step);
    if (!items) {
        // An interrupted statement fails as an SQL error; the user asked for it.
        if (cancelled && cancelled())
            return step().error();
        return items.error();
    }
    if (Status s = step(); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    // What campaign(c.id) would read back, without counting a million new items, none of them decided.
    c.items = *items;
    c.decided = 0;
    return c;
}

Result<QList<ReviewCampaign>> ReviewRepository::campaigns() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM review_campaigns c ORDER BY c.id")
                    .arg(QLatin1String(kCampaignColumns))))
        return sqlError(QStringLiteral("Cannot read the review campaigns"), q.lastError());
    QList<ReviewCampaign> out;
    while (q.next())
        out << campaignFromRow(q);
    return out;
}

Result<ReviewCampaign> ReviewRepository::campaign(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM review_campaigns c WHERE c.id = ?")
                  .arg(QLatin1String(kCampaignColumns)));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read review campaign %1").arg(id), q.lastError());
    if (!q.next())
        return Error::make(Error::Kind::NotFound, QStringLiteral("There is no review campaign %1.").arg(id));
    return campaignFromRow(q);
}

Result<QList<ReviewItem>> ReviewRepository::items(qint64 campaignId) const
{
    // A campaign holds up to a million items: read them straight from SQLite (no QVariant per value), and
    // share the strings that repeat from item to item (groups, roles, reasons, reviewers).
    const QByteArray sql = QByteArrayLiteral("SELECT ") + kItemColumns +
                           QByteArrayLiteral(" FROM review_items WHERE campaign_id = ? ORDER BY id");
    Result<BulkStatement> q = BulkStatement::prepare(m_db, sql.constData());
    if (!q)
        return q.error();
    if (Status s = q->bind(1, campaignId); !s)
        return s.error();
    StringPool pool;
    const auto text = [&](int column) { return QString::fromUtf8(q->text(column)); };
    const auto shared = [&](int column) { return pool.string(q->text(column)); };
    QList<ReviewItem> out;
    while (q->next()) {
        ReviewItem it;
        it.id = q->int64(0);
        it.campaignId = q->int64(1);
        reviewItemKindFromName(shared(2), &it.kind);
        it.userId = q->int64(3);
        it.groupId = q->int64(4);
        it.serviceAccountId = q->int64(5);
        it.credentialId = q->int64(6);
        it.identity = shared(7);
        it.access = shared(8);
        it.roles = shared(9);
        it.privileged = q->int64(10) != 0;
        it.idpStatus = shared(11);
        it.lastUsedAt = q->int64(12);
        it.lastJob = shared(13);
        it.jobsInPeriod = int(q->int64(14));
        it.openFindings = int(q->int64(15));
        reviewDecisionFromName(shared(16), &it.recommendation);
        it.reason = shared(17);
        it.assignee = shared(18);
        reviewDecisionFromName(shared(19), &it.decision);
        it.justification = shared(20);
        it.decidedBy = shared(21);
        it.decidedAt = q->int64(22);
        it.remediation = shared(23);
        it.remediationMessage = text(24);
        it.remediationSeq = q->int64(25);
        out << it;
    }
    if (Status s = q->status(); !s)
        return Error::make(Error::Kind::Database, QStringLiteral("Cannot read the items of campaign %1: %2")
                                                      .arg(campaignId)
                                                      .arg(s.error().message));
    return out;
}

Result<ReviewItem> ReviewRepository::item(qint64 itemId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM review_items WHERE id = ?").arg(QLatin1String(kItemColumns)));
    q.addBindValue(itemId);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read review item %1").arg(itemId), q.lastError());
    if (!q.next())
        return Error::make(Error::Kind::NotFound, QStringLiteral("There is no review item %1.").arg(itemId));
    return itemFromRow(q);
}

Status ReviewRepository::checkOpen(qint64 campaignId) const
{
    // The campaign row alone: campaign()'s counts scan every item, too slow for a keystroke on 800k items.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, status, signed_at FROM review_campaigns WHERE id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read review campaign %1").arg(campaignId), q.lastError());
    if (!q.next())
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("There is no review campaign %1.").arg(campaignId));
    if (q.value(1).toString() == QLatin1String("signed"))
        return Error::make(
            Error::Kind::Conflict,
            QStringLiteral("Campaign %1 (%2) was signed off on %3 and cannot be changed; create a "
                           "new campaign that supersedes it to correct it.")
                .arg(campaignId)
                .arg(q.value(0).toString(), timestampToIso(q.value(2).toLongLong())));
    return {};
}

Result<int> ReviewRepository::decide(qint64 campaignId, const QList<qint64> &itemIds, ReviewDecision decision,
                                     const QString &justification, const QString &reviewer)
{
    if (reviewer.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("A decision needs the reviewer's name."));
    Transaction tx(m_db, Transaction::Lock::Immediate);
    if (Status s = checkOpen(campaignId); !s)
        return s.error();
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE review_items SET decision = ?, justification = ?, decided_by = ?, "
                                  "decided_at = ? WHERE id = ?"));
    const Timestamp now = currentTimestamp();
    // One prepared read for the whole batch: a bulk decision covers hundreds of thousands of items.
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT %1 FROM review_items WHERE id = ?").arg(QLatin1String(kItemColumns)));
    int done = 0;
    for (qint64 id : itemIds) {
        read.addBindValue(id);
        if (!read.exec())
            return sqlError(QStringLiteral("Cannot read review item %1").arg(id), read.lastError());
        if (!read.next())
            return Error::make(Error::Kind::NotFound, QStringLiteral("There is no review item %1.").arg(id));
        const ReviewItem it = itemFromRow(read);
        read.finish();
        if (it.campaignId != campaignId)
            return Error::make(Error::Kind::InvalidInput,
                               QStringLiteral("Item %1 belongs to campaign %2, not %3.")
                                   .arg(id)
                                   .arg(it.campaignId)
                                   .arg(campaignId));
        if (Status s = ReviewRules::checkDecision(it, decision, justification); !s)
            return s.error();
        update.addBindValue(reviewDecisionName(decision));
        update.addBindValue(sqlText(justification.trimmed()));
        update.addBindValue(reviewer.trimmed());
        update.addBindValue(now);
        update.addBindValue(id);
        if (!update.exec())
            return sqlError(QStringLiteral("Cannot record the decision on item %1").arg(id),
                            update.lastError());
        ++done;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<int> ReviewRepository::decideRecommended(qint64 campaignId, ReviewDecision decision,
                                                const QString &justification, const QString &reviewer)
{
    if (decision != ReviewDecision::Keep && decision != ReviewDecision::Revoke)
        return Error::make(Error::Kind::InvalidInput,
                           QStringLiteral("Only keep or revoke can follow the recommendation."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM review_items WHERE campaign_id = ? AND decision = '' AND "
                             "recommendation = ? ORDER BY id"));
    q.addBindValue(campaignId);
    q.addBindValue(reviewDecisionName(decision));
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the items of campaign %1").arg(campaignId),
                        q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    if (Status s = checkOpen(campaignId); !s)
        return s.error();
    return decide(campaignId, ids, decision, justification, reviewer);
}

Result<int> ReviewRepository::assign(qint64 campaignId, const QList<qint64> &itemIds, const QString &reviewer)
{
    Transaction tx(m_db, Transaction::Lock::Immediate);
    if (Status s = checkOpen(campaignId); !s)
        return s.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE review_items SET assignee = ? WHERE id = ? AND campaign_id = ?"));
    int done = 0;
    for (qint64 id : itemIds) {
        q.addBindValue(sqlText(reviewer.trimmed()));
        q.addBindValue(id);
        q.addBindValue(campaignId);
        if (!q.exec())
            return sqlError(QStringLiteral("Cannot assign item %1").arg(id), q.lastError());
        done += q.numRowsAffected();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return done;
}

Result<ReviewSignoffEntry> ReviewRepository::signoffEntry(qint64 campaignId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT seq, request, at FROM audit_log WHERE action = 'review.signoff' AND "
                             "target = ? ORDER BY seq LIMIT 1"));
    q.addBindValue(auditTarget(campaignId));
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the audit log"), q.lastError());
    ReviewSignoffEntry entry;
    if (q.next()) {
        entry.seq = q.value(0).toLongLong();
        entry.digest = QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                           .object()
                           .value(QStringLiteral("digest"))
                           .toString();
        entry.at = q.value(2).toLongLong();
    }
    return entry;
}

Status ReviewRepository::markSigned(qint64 campaignId, const ReviewSignoffEntry &entry,
                                    const QString &reviewer)
{
    return execSql(m_db,
                   QStringLiteral("UPDATE review_campaigns SET status = 'signed', signed_at = ?, "
                                  "signed_by = ?, digest = ?, signoff_seq = ? WHERE id = ?"),
                   QStringLiteral("Cannot mark the campaign signed"),
                   {entry.at, reviewer, entry.digest, entry.seq, campaignId});
}

Status ReviewRepository::setRemediation(qint64 itemId, const QString &result, const QString &message,
                                        qint64 auditSeq)
{
    return execSql(m_db,
                   QStringLiteral("UPDATE review_items SET remediation = ?, remediation_message = ?, "
                                  "remediation_seq = ? WHERE id = ?"),
                   QStringLiteral("Cannot record the remediation of item %1").arg(itemId),
                   {sqlText(result), sqlText(message), auditSeq, itemId});
}

} // namespace Scimflow
