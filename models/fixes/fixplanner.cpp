#include "fixplanner.h"

#include "fixconnector.h"
#include "fixqueries.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::FixPlanner", text);
}

/// A cancel for each of \a jobs.
Result<QList<FixAction>> cancelling(const Result<QList<FixQueries::RunningJob>> &jobs)
{
    if (!jobs)
        return jobs.error();
    QList<FixAction> out;
    for (const FixQueries::RunningJob &job : *jobs) {
        FixAction a;
        a.kind = FixAction::Kind::CancelJob;
        a.jobSource = job.source;
        a.jobExternalId = job.externalId;
        a.jobProject = job.project;
        a.jobLocation = job.location;
        a.jobName = job.name;
        out << a;
    }
    return out;
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
    const FixQueries reads(m_db);
    if (f.subjectKind == QLatin1String("job"))
        return cancelling(reads.runningJob(f.subjectId));
    if (f.rule == QLatin1String("role-mapping-drift") && f.subjectKind == QLatin1String("service-account"))
        return cancelling(reads.runningJobsOfServiceAccount(f.subjectId, f.detail));
    if (f.rule == QLatin1String("role-mapping-drift") && f.subjectKind == QLatin1String("user"))
        return cancelling(reads.runningJobsOfUser(f.subjectId, f.detail));
    if (f.rule == QLatin1String("unknown-principal"))
        return cancelling(reads.runningJobsOfPrincipal(f.subjectKey));
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
    const FixQueries reads(m_db);
    const Result<QList<FixQueries::Credential>> rows =
        f.subjectKind == QLatin1String("credential") ? reads.credential(f.subjectId)
                                                     : reads.serviceAccountAndKeys(f.subjectKey.toLower());
    if (!rows)
        return rows.error();
    QList<FixAction> out;
    for (const FixQueries::Credential &c : *rows) {
        FixAction a;
        a.credentialSource = c.source;
        a.credentialResource = c.externalId;
        if (c.kind == QLatin1String("gcp-service-account")) {
            a.credentialName = a.credentialResource;
            a.kind =
                c.disabled ? FixAction::Kind::EnableServiceAccount : FixAction::Kind::DisableServiceAccount;
            out << a;
        } else if (c.kind == QLatin1String("gcp-key") && c.keyType == QLatin1String("USER_MANAGED")) {
            a.credentialName = tr("key %1 of %2").arg(c.name.left(12), c.owner);
            a.kind = c.disabled ? FixAction::Kind::EnableKey : FixAction::Kind::DisableKey;
            out << a;
            if (f.subjectKind == QLatin1String("credential")) {
                a.kind = FixAction::Kind::DeleteKey;
                out << a;
            }
        } else if (c.kind == QLatin1String("github-token")) {
            a.credentialName = tr("token %1 of %2").arg(c.name, c.owner);
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
