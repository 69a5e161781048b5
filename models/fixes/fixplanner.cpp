#include "fixplanner.h"

#include "fixconnector.h"
#include "store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::FixPlanner", text);
}

} // namespace

FixConnector *FixPlanner::connectorFor(const FixAction &action) const
{
    for (FixConnector *c : m_connectors) {
        if (c && c->supports(action))
            return c;
    }
    return nullptr;
}

Result<QList<FixAction>> FixPlanner::cancelRunningJobs(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT source, external_id, project, location, name FROM jobs "
                       "WHERE end_time = 0 AND state IN ('running', 'pending') AND (%1) ORDER BY start_time")
            .arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the jobs to cancel"), q.lastError());
    QList<FixAction> out;
    while (q.next()) {
        FixAction a;
        a.kind = FixAction::Kind::CancelJob;
        a.jobSource = q.value(0).toString();
        a.jobExternalId = q.value(1).toString();
        a.jobProject = q.value(2).toString();
        a.jobLocation = q.value(3).toString();
        a.jobName = q.value(4).toString();
        out << a;
    }
    return out;
}

Result<QList<FixAction>> FixPlanner::actionsFor(const Finding &f) const
{
    QList<FixAction> out;
    if (f.isResolved())
        return out;
    if (f.rule == QLatin1String("provisioning-drift"))
        return targetActionsFor(f);
    if (f.subjectKind == QLatin1String("credential") || f.rule == QLatin1String("orphaned-credential")) {
        Result<QList<FixAction>> credentials = credentialActions(f);
        if (!credentials || f.subjectKind == QLatin1String("credential"))
            return credentials;
        out << *credentials; // orphaned accounts: the cloud-side fixes come first, job cancels are not
                             // planned
        return out;
    }
    if (f.subjectKind == QLatin1String("job"))
        return cancelRunningJobs(QStringLiteral("id = ?"), {f.subjectId});
    if (f.rule == QLatin1String("role-mapping-drift") && f.subjectKind == QLatin1String("service-account"))
        return cancelRunningJobs(QStringLiteral("run_as_sa_id = ? AND role = ?"), {f.subjectId, f.detail});
    if (f.rule == QLatin1String("role-mapping-drift") && f.subjectKind == QLatin1String("user"))
        return cancelRunningJobs(QStringLiteral("run_as_user_id = ? AND run_as_sa_id IS NULL AND role = ?"),
                                 {f.subjectId, f.detail});
    if (f.rule == QLatin1String("unknown-principal"))
        return cancelRunningJobs(
            QStringLiteral("lower(launcher) = ? OR (lower(run_as) = ? AND run_as_sa_id IS NULL)"),
            {f.subjectKey, f.subjectKey});
    if (f.rule == QLatin1String("privileged-drift")) {
        const QString reason = f.detail.section(QLatin1Char(':'), 0, 0);
        if (reason == QLatin1String("unrecorded-remove"))
            return out; // nothing to undo automatically: the membership is already gone
        FixAction remove;
        remove.kind = FixAction::Kind::RemoveMembership;
        remove.userScimId = f.subjectKey;
        remove.userName = f.subject;
        for (const auto &v : f.evidence) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("type")).toString() == QLatin1String("membership")) {
                remove.groupScimId = o.value(QStringLiteral("groupScimId")).toString();
                remove.groupName = o.value(QStringLiteral("group")).toString();
            }
        }
        if (!remove.groupScimId.isEmpty())
            out << remove;
        if (reason == QLatin1String("unrecorded-add")) {
            // An unexplained grant may be a compromised account: offer the stronger step too.
            FixAction deactivate;
            deactivate.kind = FixAction::Kind::DeactivateUser;
            deactivate.userScimId = f.subjectKey;
            deactivate.userName = f.subject;
            out << deactivate;
        }
    }
    return out;
}

QList<FixAction> FixPlanner::targetActionsFor(const Finding &f)
{
    // The IdP is right and only the SCIM target lags: the fix is made in the target.
    QList<FixAction> out;
    for (const auto &v : f.evidence) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        FixAction a;
        a.scimTarget = o.value(QStringLiteral("target")).toString();
        a.userScimId = o.value(QStringLiteral("targetUserId")).toString();
        a.userName = o.value(QStringLiteral("userName")).toString();
        if (type == QLatin1String("target-account") && f.detail.endsWith(QLatin1String(":still-active"))) {
            a.kind = FixAction::Kind::DeactivateUser;
            out << a;
        } else if (type == QLatin1String("target-membership")) {
            a.kind = FixAction::Kind::RemoveMembership;
            a.userName = f.subject;
            a.groupScimId = o.value(QStringLiteral("targetGroupId")).toString();
            a.groupName = o.value(QStringLiteral("group")).toString();
            out << a;
        }
    }
    return out;
}

FixPlan FixPlanner::describe(const FixAction &action) const
{
    FixPlan p;
    p.action = action;
    if (!action.scimTarget.isEmpty()) {
        describeOnTarget(action, &p);
        return p;
    }
    switch (action.kind) {
    case FixAction::Kind::DeactivateUser:
        p.title = tr("Deactivate user %1").arg(action.userName);
        p.expectedEffect = tr("%1 is set to active = false in the IdP: they can no longer sign in, and every "
                              "application provisioned from the IdP deactivates them at its next sync.")
                               .arg(action.userName);
        break;
    case FixAction::Kind::RemoveMembership:
        p.title = tr("Remove %1 from %2").arg(action.userName, action.groupName);
        p.expectedEffect = tr("%1 loses the membership of %2 in the IdP, and with it the pipeline roles the "
                              "RBAC mapping grants that group. Other memberships are unchanged.")
                               .arg(action.userName, action.groupName);
        break;
    case FixAction::Kind::CancelJob:
        p.title = tr("Cancel job %1").arg(action.jobName.isEmpty() ? action.jobExternalId : action.jobName);
        p.expectedEffect =
            tr("The %1 job %2 is cancelled: it stops processing and does not restart by itself. "
               "Output written so far stays.")
                .arg(action.jobSource, action.jobExternalId);
        break;
    case FixAction::Kind::DisableServiceAccount:
    case FixAction::Kind::EnableServiceAccount:
    case FixAction::Kind::DisableKey:
    case FixAction::Kind::EnableKey:
    case FixAction::Kind::DeleteKey:
    case FixAction::Kind::RevokeToken:
        describeCredentialFix(action, p);
        break;
    }
    if (FixConnector *c = connectorFor(action))
        p.request = c->describe(action);
    else
        p.unavailableReason =
            tr("No connection that can %1 is configured; add the %2 connection in the "
               "settings, or fix it in the service's own console.")
                .arg(fixKindName(action.kind), action.kind == FixAction::Kind::CancelJob ? action.jobSource
                                               : action.kind == FixAction::Kind::RevokeToken
                                                   ? QStringLiteral("GitHub App")
                                               : action.isCredentialFix() ? QStringLiteral("Google Cloud IAM")
                                                                          : QStringLiteral("SCIM"));
    return p;
}

void FixPlanner::describeOnTarget(const FixAction &action, FixPlan *p) const
{
    if (action.kind == FixAction::Kind::DeactivateUser) {
        p->title = tr("Deactivate %1 in target %2").arg(action.userName, action.scimTarget);
        p->expectedEffect = tr("The account %1 is set to active = false in SCIM target %2, as the identity "
                               "provider already has it. Nothing changes in the IdP.")
                                .arg(action.userName, action.scimTarget);
    } else {
        p->title =
            tr("Remove %1 from %2 in target %3").arg(action.userName, action.groupName, action.scimTarget);
        p->expectedEffect = tr("%1 loses the membership of %2 in SCIM target %3, which the identity provider "
                               "does not grant. Nothing changes in the IdP.")
                                .arg(action.userName, action.groupName, action.scimTarget);
    }
    if (FixConnector *c = connectorFor(action))
        p->request = c->describe(action);
    else
        p->unavailableReason = tr("No connection to SCIM target %1 is configured; sync the target with its "
                                  "token first, or fix it in the target's own console.")
                                   .arg(action.scimTarget);
}

Result<QList<FixAction>> FixPlanner::credentialActions(const Finding &f) const
{
    // The credentials rows the finding is about: the subject itself, or an orphaned account found by email.
    QSqlQuery q(m_db);
    if (f.subjectKind == QLatin1String("credential")) {
        q.prepare(QStringLiteral(
            "SELECT kind, source, external_id, name, owner, key_type, disabled FROM credentials "
            "WHERE id = ?"));
        q.addBindValue(f.subjectId);
    } else {
        q.prepare(QStringLiteral(
            "SELECT c.kind, c.source, c.external_id, c.name, c.owner, c.key_type, c.disabled FROM "
            "credentials c "
            "LEFT JOIN credentials a ON a.id = c.parent_id WHERE (c.kind = 'gcp-service-account' AND "
            "lower(c.external_id) = ?) OR (c.kind = 'gcp-key' AND c.key_type = 'USER_MANAGED' AND "
            "lower(a.external_id) = ?) ORDER BY c.kind = 'gcp-key', c.id"));
        q.addBindValue(f.subjectKey.toLower());
        q.addBindValue(f.subjectKey.toLower());
    }
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the credential to fix"), q.lastError());
    QList<FixAction> out;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const bool disabled = q.value(6).toInt() != 0;
        FixAction a;
        a.credentialSource = q.value(1).toString();
        a.credentialResource = q.value(2).toString();
        if (kind == QLatin1String("gcp-service-account")) {
            a.credentialName = a.credentialResource;
            a.kind =
                disabled ? FixAction::Kind::EnableServiceAccount : FixAction::Kind::DisableServiceAccount;
            out << a;
        } else if (kind == QLatin1String("gcp-key") &&
                   q.value(5).toString() == QLatin1String("USER_MANAGED")) {
            a.credentialName = tr("key %1 of %2").arg(q.value(3).toString().left(12), q.value(4).toString());
            a.kind = disabled ? FixAction::Kind::EnableKey : FixAction::Kind::DisableKey;
            out << a;
            if (f.subjectKind == QLatin1String("credential")) {
                a.kind = FixAction::Kind::DeleteKey;
                out << a;
            }
        } else if (kind == QLatin1String("github-token")) {
            a.credentialName = tr("token %1 of %2").arg(q.value(3).toString(), q.value(4).toString());
            a.kind = FixAction::Kind::RevokeToken;
            out << a;
        }
    }
    return out;
}

void FixPlanner::describeCredentialFix(const FixAction &action, FixPlan &p)
{
    const QString &name = action.credentialName;
    switch (action.kind) {
    case FixAction::Kind::DisableServiceAccount:
        p.title = tr("Disable service account %1").arg(name);
        p.expectedEffect =
            tr("%1 can no longer authenticate to Google Cloud, with any of its keys; the pipelines "
               "that run as it fail until it is enabled again (the undo).")
                .arg(name);
        break;
    case FixAction::Kind::EnableServiceAccount:
        p.title = tr("Enable service account %1").arg(name);
        p.expectedEffect = tr("%1 can authenticate again.").arg(name);
        break;
    case FixAction::Kind::DisableKey:
        p.title = tr("Disable %1").arg(name);
        p.expectedEffect =
            tr("Requests signed with this key are refused; the account and its other keys keep "
               "working. Enabling the key undoes it.");
        break;
    case FixAction::Kind::EnableKey:
        p.title = tr("Enable %1").arg(name);
        p.expectedEffect = tr("The key can be used again.");
        break;
    case FixAction::Kind::DeleteKey:
        p.title = tr("Delete %1").arg(name);
        p.expectedEffect =
            tr("The key is deleted for good: it cannot be enabled again, and whoever holds its "
               "file can no longer use it. Disable it first if you are unsure who uses it.");
        break;
    case FixAction::Kind::RevokeToken:
        p.title = tr("Revoke %1").arg(name);
        p.expectedEffect =
            tr("The token loses its access to the organisation's resources at once. GitHub has no "
               "undo: its owner must request a new token.");
        break;
    default:
        break;
    }
}

Result<QList<FixPlan>> FixPlanner::plansFor(const Finding &finding) const
{
    Result<QList<FixAction>> actions = actionsFor(finding);
    if (!actions)
        return actions.error();
    QList<FixPlan> out;
    for (FixAction a : *actions) {
        a.findingFingerprint = finding.fingerprint;
        out << describe(a);
    }
    return out;
}

} // namespace Scimflow
