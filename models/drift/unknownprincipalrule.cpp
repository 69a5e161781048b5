#include "unknownprincipalrule.h"

#include "evidence.h"
#include "sqldialect.h"
#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

namespace {

// Principals the correlation left unresolved, checked again against users and service accounts so that a
// store written by a sync with fewer match keys does not report known people.
const char kSql[] = R"(
SELECT %1, p.principal, p.relation FROM (
  SELECT id AS job_id, launcher AS principal, 'launcher' AS relation FROM jobs
    WHERE launcher_user_id IS NULL AND launcher <> ''
  UNION ALL
  SELECT id, run_as, 'run-as' FROM jobs
    WHERE run_as_user_id IS NULL AND run_as_sa_id IS NULL AND run_as <> ''
) p JOIN jobs j ON j.id = p.job_id
WHERE NOT EXISTS (SELECT 1 FROM users u WHERE %2)
  AND NOT EXISTS (SELECT 1 FROM users u WHERE %3)
  AND NOT EXISTS (SELECT 1 FROM service_accounts s WHERE s.email = p.principal)
ORDER BY lower(p.principal), j.start_time DESC, j.id DESC
)";

} // namespace

Result<QList<Finding>> UnknownPrincipalRule::evaluate(const DriftContext &context) const
{
    QSqlQuery q(context.db);
    // On PostgreSQL a forward-only query streams its rows and the connection runs nothing else until they are
    // read: the alias lookup below runs inside the loop, so there the result is fetched whole.
    q.setForwardOnly(!Sql::isPostgres(context.db));
    if (!q.exec(QString::fromLatin1(kSql).arg(
            Evidence::jobColumns(),
            Sql::equalsNocase(context.db, QStringLiteral("u.user_name"), QStringLiteral("p.principal")),
            Sql::equalsNocase(context.db, QStringLiteral("u.email"), QStringLiteral("p.principal")))))
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(id()), q.lastError());

    QList<Finding> out;
    QHash<QString, int> index;
    QHash<QString, bool> aliasKnown;
    QList<qint64> counts;
    while (q.next()) {
        const QString principal = q.value(10).toString();
        const QString key = principal.toLower();
        if (context.aliases.contains(key)) {
            // A mapped alias is known if it points at an existing user.
            auto known = aliasKnown.constFind(key);
            if (known == aliasKnown.constEnd()) {
                QSqlQuery u(context.db);
                u.prepare(QStringLiteral("SELECT 1 FROM users WHERE %1")
                              .arg(Sql::equalsNocase(context.db, QStringLiteral("user_name"),
                                                     QStringLiteral("?"))));
                u.addBindValue(context.aliases.value(key));
                known = aliasKnown.insert(key, u.exec() && u.next());
            }
            if (*known)
                continue;
        }
        auto it = index.constFind(key);
        if (it == index.constEnd()) {
            Finding f;
            f.rule = id();
            f.severity = Finding::Severity::High;
            f.subjectKind = QStringLiteral("principal");
            f.subject = principal;
            f.subjectKey = key;
            it = index.insert(key, int(out.size()));
            out << f;
            counts << 0;
        }
        Finding &f = out[*it];
        ++counts[*it];
        const Timestamp start = q.value(5).toLongLong();
        if (f.startedAt == 0 || (start && start < f.startedAt))
            f.startedAt = start;
        if (f.evidence.size() < context.settings.maxEvidenceRows) {
            QJsonObject job = Evidence::job(q, 0);
            job.insert(QStringLiteral("relation"), q.value(11).toString());
            f.evidence.append(job);
        }
    }
    for (int i = 0; i < out.size(); ++i) {
        out[i].summary = QCoreApplication::translate("Drift",
                                                     "%1 launched or ran %n job(s) and matches no IdP user "
                                                     "or mapped service account.",
                                                     nullptr, int(counts.at(i)))
                             .arg(out[i].subject);
    }
    return out;
}

} // namespace Scimflow
