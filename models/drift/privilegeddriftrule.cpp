#include "privilegeddriftrule.h"

#include "evidence.h"
#include "privilegeddriftqueries.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::PrivilegedDriftRule", text);
}

Finding base(const PrivilegedDriftQueries::Membership &m, const QString &rule, const QString &reason)
{
    Finding f;
    f.rule = rule;
    f.severity = Finding::Severity::High;
    f.subjectKind = QStringLiteral("user");
    f.subjectId = m.userId;
    f.subject = m.userName;
    f.subjectKey = m.userScimId;
    f.detail = reason + QLatin1Char(':') + m.groupScimId;
    f.evidence.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("membership")},
                                  {QStringLiteral("groupId"), m.groupId},
                                  {QStringLiteral("group"), m.group},
                                  {QStringLiteral("groupScimId"), m.groupScimId},
                                  {QStringLiteral("privileged"), true}});
    f.evidence.append(Evidence::user(f.subjectId, f.subjectKey, f.subject, m.active, m.deletedAt));
    return f;
}

} // namespace

Result<QList<Finding>> PrivilegedDriftRule::evaluate(const DriftContext &context) const
{
    QList<Finding> out;
    if (context.privilegedGroups.isEmpty())
        return out;
    const PrivilegedDriftQueries reads(context.db, id());
    Result<QList<qint64>> ids = reads.liveGroupIdsNamed(context.privilegedGroups);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return out;

    Status read = reads.inactiveMembersOf(*ids, [&](const PrivilegedDriftQueries::InactiveMember &row) {
        const PrivilegedDriftQueries::Membership &m = row.membership;
        Finding f = base(m, id(), QStringLiteral("inactive"));
        f.severity = Finding::Severity::Critical;
        f.startedAt = row.lastDeprovisioned.value_or(row.lastModified);
        f.summary = tr("%1 is %2 but still a member of the privileged group %3; remove the membership.")
                        .arg(f.subject, m.deletedAt ? tr("deleted") : tr("deactivated"), m.group);
        out << f;
    });
    if (!read)
        return read.error();

    read = reads.departmentChangesOfMembersOf(*ids, [&](const PrivilegedDriftQueries::DepartmentChange &row) {
        const PrivilegedDriftQueries::Membership &m = row.membership;
        const QString detail = QStringLiteral("department:") + m.groupScimId;
        Finding *f = nullptr;
        for (Finding &existing : out) {
            if (existing.subjectKey == m.userScimId && existing.detail == detail)
                f = &existing;
        }
        if (!f) {
            out << base(m, id(), QStringLiteral("department"));
            f = &out.last();
            f->startedAt = row.at;
        }
        f->evidence.append(Evidence::event(row.eventId, row.at, QStringLiteral("updated"), f->subject,
                                           row.actor, row.details));
        f->summary = tr("The department of %1 changed (now %2) while a member of the privileged group %3; "
                        "review whether the membership is still needed.")
                         .arg(f->subject, row.department, m.group);
    });
    if (!read)
        return read.error();

    read = reads.unrecordedMembershipsOf(*ids, [&](const PrivilegedDriftQueries::UnrecordedMembership &row) {
        const PrivilegedDriftQueries::Membership &m = row.membership;
        Finding f = base(m, id(), row.reason);
        f.startedAt = row.at;
        f.summary = row.reason == QLatin1String("unrecorded-add")
                        ? tr("%1 is a member of the privileged group %2 but no change record shows the "
                             "addition; confirm who granted it.")
                              .arg(f.subject, m.group)
                        : tr("%1 was removed from the privileged group %2 without a change record; confirm "
                             "the removal was intended.")
                              .arg(f.subject, m.group);
        out << f;
    });
    if (!read)
        return read.error();
    return out;
}

} // namespace Scimflow
