#include "credentialrules.h"

#include "evidence.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Scimflow {

namespace CredentialEvidence {

QJsonObject row(const DriftQueries::CredentialRow &c)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("credential")},
        {QStringLiteral("id"), c.id},
        {QStringLiteral("kind"), c.kind},
        {QStringLiteral("source"), c.source},
        {QStringLiteral("resource"), c.externalId},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("owner"), c.owner},
        {QStringLiteral("keyType"), c.keyType},
        {QStringLiteral("createdAt"), Evidence::iso(c.createdAt)},
        {QStringLiteral("expiresAt"), c.expiresAt ? Evidence::iso(c.expiresAt) : QStringLiteral("never")},
        {QStringLiteral("lastUsedAt"), Evidence::iso(c.lastUsedAt)},
        {QStringLiteral("disabled"), c.disabled}};
}

} // namespace CredentialEvidence

namespace {

QString dayText(Timestamp t)
{
    return t ? Evidence::iso(t).left(10) : QString();
}

/// A finding of \a rule about the credential \a c, with the credential as its first evidence row.
Finding credentialFinding(const QString &rule, const DriftQueries::CredentialRow &c)
{
    Finding f;
    f.rule = rule;
    f.subjectKind = QStringLiteral("credential");
    f.subjectId = c.id;
    f.subjectKey = c.kind + QLatin1Char(':') + c.source + QLatin1Char(':') + c.externalId;
    f.evidence.append(CredentialEvidence::row(c));
    return f;
}

QString keySubject(const DriftQueries::CredentialRow &c)
{
    return QCoreApplication::translate("Drift", "key %1 of %2").arg(c.name.left(12), c.owner);
}

} // namespace

Result<QList<Finding>> KeyNotRotatedRule::evaluate(const DriftContext &context) const
{
    const int days = context.settings.keyRotationDays;
    const Timestamp before = context.now - Timestamp(days) * kMsPerDay;
    QList<Finding> out;
    const DriftQueries reads(context.db, id());
    const Status read = reads.userManagedKeysCreatedBefore(before, [&](const DriftQueries::CredentialRow &c) {
        Finding f = credentialFinding(id(), c);
        const Timestamp created = c.createdAt;
        const qint64 age = (context.now - created) / kMsPerDay;
        f.severity = age > 4 * days ? Finding::Severity::High : Finding::Severity::Medium;
        f.subject = keySubject(c);
        f.startedAt = created + Timestamp(days) * kMsPerDay;
        f.summary = QCoreApplication::translate("Drift",
                                                "User-managed key %1 of %2 is %3 days old (created %4); keys "
                                                "should be rotated within %n day(s).",
                                                nullptr, days)
                        .arg(c.name.left(12), c.owner)
                        .arg(age)
                        .arg(dayText(created));
        out << f;
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<Finding>> NonExpiringKeyRule::evaluate(const DriftContext &context) const
{
    QList<Finding> out;
    const DriftQueries reads(context.db, id());
    const Status read = reads.nonExpiringUserManagedKeys([&](const DriftQueries::CredentialRow &c) {
        Finding f = credentialFinding(id(), c);
        f.severity = Finding::Severity::Medium;
        f.subject = keySubject(c);
        f.startedAt = c.createdAt;
        f.summary =
            QCoreApplication::translate("Drift", "User-managed key %1 of %2 never expires (created %3).")
                .arg(c.name.left(12), c.owner, dayText(c.createdAt));
        out << f;
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<Finding>> UnusedServiceAccountRule::evaluate(const DriftContext &context) const
{
    const int days = context.settings.unusedServiceAccountDays;
    const Timestamp before = context.now - Timestamp(days) * kMsPerDay;
    QList<Finding> out;
    const DriftQueries reads(context.db, id());
    const Status read = reads.serviceAccountsUnusedSince(before, [&](const DriftQueries::CredentialRow &c) {
        Finding f = credentialFinding(id(), c);
        const Timestamp last = c.lastUsedAt;
        f.severity = Finding::Severity::Medium;
        f.subject = c.externalId;
        f.startedAt = last ? last + Timestamp(days) * kMsPerDay : 0;
        f.summary =
            last ? QCoreApplication::translate("Drift",
                                               "Service account %1 last authenticated on %2, over %n day(s) "
                                               "ago (Policy Analyzer, day granularity); it is still enabled.",
                                               nullptr, days)
                       .arg(f.subject, dayText(last))
                 : QCoreApplication::translate("Drift",
                                               "Service account %1 has no authentication recorded by Policy "
                                               "Analyzer; it is still enabled.")
                       .arg(f.subject);
        out << f;
    });
    if (!read)
        return read.error();
    return out;
}

Result<QList<Finding>> CredentialOutlivedOwnerRule::evaluate(const DriftContext &context) const
{
    QList<Finding> out;
    const DriftQueries reads(context.db, id());
    const Status read = reads.tokensOfLeavers(context.now, [&](const DriftQueries::LeaverToken &row) {
        const DriftQueries::CredentialRow &c = row.token;
        Finding f = credentialFinding(id(), c);
        const Timestamp offAt = row.offAt;
        const Timestamp lastUsed = c.lastUsedAt;
        const bool usedAfter = lastUsed > offAt;
        f.severity = usedAfter ? Finding::Severity::Critical : Finding::Severity::High;
        f.subject = QCoreApplication::translate("Drift", "token %1 of %2").arg(c.name, c.owner);
        f.detail = row.userName;
        f.startedAt = offAt;
        f.evidence.append(Evidence::user(row.userId, row.scimId, row.userName, row.active, row.deletedAt));
        const QString how = row.how == QLatin1String("deleted")
                                ? QCoreApplication::translate("Drift", "deleted")
                                : QCoreApplication::translate("Drift", "deactivated");
        f.summary =
            usedAfter
                ? QCoreApplication::translate("Drift",
                                              "GitHub token \"%1\" of %2 still works although %3 was %4 "
                                              "on %5, and it was used on %6, after that.")
                      .arg(c.name, c.owner, row.userName, how, Evidence::iso(offAt), Evidence::iso(lastUsed))
                : QCoreApplication::translate("Drift",
                                              "GitHub token \"%1\" of %2 still works although %3 was %4 "
                                              "on %5.")
                      .arg(c.name, c.owner, row.userName, how, Evidence::iso(offAt));
        out << f;
    });
    if (!read)
        return read.error();
    return out;
}

} // namespace Scimflow
