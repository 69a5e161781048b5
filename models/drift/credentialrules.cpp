#include "credentialrules.h"

#include "deprovisioning.h"
#include "evidence.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

namespace CredentialEvidence {

QString columns()
{
    return QStringLiteral("c.id, c.kind, c.source, c.external_id, c.name, c.owner, c.key_type, c.created_at, "
                          "c.expires_at, c.last_used_at, c.disabled");
}

QJsonObject row(const QSqlQuery &q, int offset)
{
    const auto v = [&](int i) { return q.value(offset + i); };
    const Timestamp expires = v(8).toLongLong();
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("credential")},
        {QStringLiteral("id"), v(0).toLongLong()},
        {QStringLiteral("kind"), v(1).toString()},
        {QStringLiteral("source"), v(2).toString()},
        {QStringLiteral("resource"), v(3).toString()},
        {QStringLiteral("name"), v(4).toString()},
        {QStringLiteral("owner"), v(5).toString()},
        {QStringLiteral("keyType"), v(6).toString()},
        {QStringLiteral("createdAt"), Evidence::iso(v(7).toLongLong())},
        {QStringLiteral("expiresAt"), expires ? Evidence::iso(expires) : QStringLiteral("never")},
        {QStringLiteral("lastUsedAt"), Evidence::iso(v(9).toLongLong())},
        {QStringLiteral("disabled"), v(10).toInt() != 0}};
}

} // namespace CredentialEvidence

namespace {

QString dayText(Timestamp t)
{
    return t ? Evidence::iso(t).left(10) : QString();
}

/// Runs \a sql (credential columns first) and makes one finding per row with \a build.
template <typename Build>
Result<QList<Finding>> findings(const DriftContext &context, const QString &rule, const QString &sql,
                                const QVariantList &binds, Build build)
{
    QSqlQuery q(context.db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(rule), q.lastError());
    QList<Finding> out;
    while (q.next()) {
        Finding f;
        f.rule = rule;
        f.subjectKind = QStringLiteral("credential");
        f.subjectId = q.value(0).toLongLong();
        f.subjectKey = q.value(1).toString() + QLatin1Char(':') + q.value(2).toString() + QLatin1Char(':') +
                       q.value(3).toString();
        f.evidence.append(CredentialEvidence::row(q, 0));
        build(f, q);
        out << f;
    }
    return out;
}

QString keySubject(const QSqlQuery &q)
{
    return QCoreApplication::translate("Drift", "key %1 of %2")
        .arg(q.value(4).toString().left(12), q.value(5).toString());
}

} // namespace

Result<QList<Finding>> KeyNotRotatedRule::evaluate(const DriftContext &context) const
{
    const int days = context.settings.keyRotationDays;
    const Timestamp before = context.now - Timestamp(days) * kMsPerDay;
    return findings(
        context, id(),
        QStringLiteral(
            "SELECT %1 FROM credentials c WHERE c.kind = 'gcp-key' AND c.key_type = 'USER_MANAGED' "
            "AND c.disabled = 0 AND c.created_at > 0 AND c.created_at < ? ORDER BY c.id")
            .arg(CredentialEvidence::columns()),
        {before}, [&](Finding &f, const QSqlQuery &q) {
            const Timestamp created = q.value(7).toLongLong();
            const qint64 age = (context.now - created) / kMsPerDay;
            f.severity = age > 4 * days ? Finding::Severity::High : Finding::Severity::Medium;
            f.subject = keySubject(q);
            f.startedAt = created + Timestamp(days) * kMsPerDay;
            f.summary =
                QCoreApplication::translate("Drift",
                                            "User-managed key %1 of %2 is %3 days old (created %4); keys "
                                            "should be rotated within %n day(s).",
                                            nullptr, days)
                    .arg(q.value(4).toString().left(12), q.value(5).toString())
                    .arg(age)
                    .arg(dayText(created));
        });
}

Result<QList<Finding>> NonExpiringKeyRule::evaluate(const DriftContext &context) const
{
    return findings(
        context, id(),
        QStringLiteral("SELECT %1 FROM credentials c WHERE c.kind = 'gcp-key' AND "
                       "c.key_type = 'USER_MANAGED' AND c.disabled = 0 AND c.expires_at = 0 ORDER BY c.id")
            .arg(CredentialEvidence::columns()),
        {}, [&](Finding &f, const QSqlQuery &q) {
            f.severity = Finding::Severity::Medium;
            f.subject = keySubject(q);
            f.startedAt = q.value(7).toLongLong();
            f.summary =
                QCoreApplication::translate("Drift", "User-managed key %1 of %2 never expires (created %3).")
                    .arg(q.value(4).toString().left(12), q.value(5).toString(),
                         dayText(q.value(7).toLongLong()));
        });
}

Result<QList<Finding>> UnusedServiceAccountRule::evaluate(const DriftContext &context) const
{
    const int days = context.settings.unusedServiceAccountDays;
    const Timestamp before = context.now - Timestamp(days) * kMsPerDay;
    return findings(
        context, id(),
        QStringLiteral(
            "SELECT %1 FROM credentials c WHERE c.kind = 'gcp-service-account' AND c.disabled = 0 "
            "AND c.last_used_at < ? AND NOT EXISTS (SELECT 1 FROM credentials k WHERE k.parent_id = c.id "
            "AND k.last_used_at >= ?) ORDER BY c.id")
            .arg(CredentialEvidence::columns()),
        {before, before}, [&](Finding &f, const QSqlQuery &q) {
            const Timestamp last = q.value(9).toLongLong();
            f.severity = Finding::Severity::Medium;
            f.subject = q.value(3).toString();
            f.startedAt = last ? last + Timestamp(days) * kMsPerDay : 0;
            f.summary = last ? QCoreApplication::translate(
                                   "Drift",
                                   "Service account %1 last authenticated on %2, over %n day(s) "
                                   "ago (Policy Analyzer, day granularity); it is still enabled.",
                                   nullptr, days)
                                   .arg(f.subject, dayText(last))
                             : QCoreApplication::translate(
                                   "Drift", "Service account %1 has no authentication recorded by Policy "
                                            "Analyzer; it is still enabled.")
                                   .arg(f.subject);
        });
}

Result<QList<Finding>> CredentialOutlivedOwnerRule::evaluate(const DriftContext &context) const
{
    return findings(
        context, id(),
        Deprovisioning::leaversCte() +
            QStringLiteral(
                "SELECT %1, l.user_name, l.off_at, l.how, l.user_id, l.scim_id, l.active, l.deleted_at, "
                "l.off_event FROM credentials c JOIN leavers l ON l.user_id = c.owner_user_id "
                "WHERE c.kind = 'github-token' AND c.expired = 0 AND c.disabled = 0 AND l.off_at > 0 "
                "AND (c.expires_at = 0 OR c.expires_at > ?) ORDER BY c.id")
                .arg(CredentialEvidence::columns()),
        {context.now}, [&](Finding &f, const QSqlQuery &q) {
            const Timestamp offAt = q.value(12).toLongLong();
            const Timestamp lastUsed = q.value(9).toLongLong();
            const bool usedAfter = lastUsed > offAt;
            f.severity = usedAfter ? Finding::Severity::Critical : Finding::Severity::High;
            f.subject = QCoreApplication::translate("Drift", "token %1 of %2")
                            .arg(q.value(4).toString(), q.value(5).toString());
            f.detail = q.value(11).toString();
            f.startedAt = offAt;
            f.evidence.append(Evidence::user(q.value(14).toLongLong(), q.value(15).toString(),
                                             q.value(11).toString(), q.value(16).toInt() != 0,
                                             q.value(17).toLongLong()));
            const QString how = q.value(13).toString() == QLatin1String("deleted")
                                    ? QCoreApplication::translate("Drift", "deleted")
                                    : QCoreApplication::translate("Drift", "deactivated");
            f.summary =
                usedAfter
                    ? QCoreApplication::translate("Drift",
                                                  "GitHub token \"%1\" of %2 still works although %3 was %4 "
                                                  "on %5, and it was used on %6, after that.")
                          .arg(q.value(4).toString(), q.value(5).toString(), q.value(11).toString(), how,
                               Evidence::iso(offAt), Evidence::iso(lastUsed))
                    : QCoreApplication::translate("Drift",
                                                  "GitHub token \"%1\" of %2 still works although %3 was %4 "
                                                  "on %5.")
                          .arg(q.value(4).toString(), q.value(5).toString(), q.value(11).toString(), how,
                               Evidence::iso(offAt));
        });
}

} // namespace Scimflow
