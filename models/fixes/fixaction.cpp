#include "fixaction.h"

namespace Scimflow {

QString fixKindName(FixAction::Kind kind)
{
    switch (kind) {
    case FixAction::Kind::DeactivateUser:
        return QStringLiteral("deactivate-user");
    case FixAction::Kind::RemoveMembership:
        return QStringLiteral("remove-membership");
    case FixAction::Kind::CancelJob:
        break;
    case FixAction::Kind::DisableServiceAccount:
        return QStringLiteral("disable-service-account");
    case FixAction::Kind::EnableServiceAccount:
        return QStringLiteral("enable-service-account");
    case FixAction::Kind::DisableKey:
        return QStringLiteral("disable-key");
    case FixAction::Kind::EnableKey:
        return QStringLiteral("enable-key");
    case FixAction::Kind::DeleteKey:
        return QStringLiteral("delete-key");
    case FixAction::Kind::RevokeToken:
        return QStringLiteral("revoke-token");
    }
    return QStringLiteral("cancel-job");
}

bool fixKindFromName(QStringView name, FixAction::Kind *kind)
{
    for (auto k : {FixAction::Kind::DeactivateUser, FixAction::Kind::RemoveMembership,
                   FixAction::Kind::CancelJob, FixAction::Kind::DisableServiceAccount,
                   FixAction::Kind::EnableServiceAccount, FixAction::Kind::DisableKey,
                   FixAction::Kind::EnableKey, FixAction::Kind::DeleteKey, FixAction::Kind::RevokeToken}) {
        if (name == fixKindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString FixAction::target() const
{
    const QString onTarget =
        scimTarget.isEmpty() ? QString() : QStringLiteral("scim-target/%1/").arg(scimTarget);
    switch (kind) {
    case Kind::DeactivateUser:
        return onTarget + QStringLiteral("user/") + userScimId;
    case Kind::RemoveMembership:
        return onTarget + QStringLiteral("group/%1/members/%2").arg(groupScimId, userScimId);
    case Kind::CancelJob:
        break;
    case Kind::DisableServiceAccount:
    case Kind::EnableServiceAccount:
    case Kind::DisableKey:
    case Kind::EnableKey:
    case Kind::DeleteKey:
        return QStringLiteral("gcp/%1/%2").arg(credentialSource, credentialResource);
    case Kind::RevokeToken:
        return QStringLiteral("github/%1/personal-access-tokens/%2")
            .arg(credentialSource, credentialResource);
    }
    return QStringLiteral("job/%1/%2/%3/%4").arg(jobSource, jobProject, jobLocation, jobExternalId);
}

QJsonObject FixAction::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), fixKindName(kind)}};
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("finding", findingFingerprint);
    put("userScimId", userScimId);
    put("userName", userName);
    put("groupScimId", groupScimId);
    put("groupName", groupName);
    put("scimTarget", scimTarget);
    put("jobSource", jobSource);
    put("jobExternalId", jobExternalId);
    put("jobProject", jobProject);
    put("jobLocation", jobLocation);
    put("jobName", jobName);
    put("credentialSource", credentialSource);
    put("credentialResource", credentialResource);
    put("credentialName", credentialName);
    return o;
}

bool FixAction::fromJson(const QJsonObject &o, FixAction *action)
{
    FixAction a;
    if (!fixKindFromName(o.value(QStringLiteral("kind")).toString(), &a.kind))
        return false;
    auto get = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    a.findingFingerprint = get("finding");
    a.userScimId = get("userScimId");
    a.userName = get("userName");
    a.groupScimId = get("groupScimId");
    a.groupName = get("groupName");
    a.scimTarget = get("scimTarget");
    a.jobSource = get("jobSource");
    a.jobExternalId = get("jobExternalId");
    a.jobProject = get("jobProject");
    a.jobLocation = get("jobLocation");
    a.jobName = get("jobName");
    a.credentialSource = get("credentialSource");
    a.credentialResource = get("credentialResource");
    a.credentialName = get("credentialName");
    const bool complete =
        a.isCredentialFix() ? !a.credentialSource.isEmpty() && !a.credentialResource.isEmpty()
        : a.kind == FixAction::Kind::CancelJob        ? !a.jobExternalId.isEmpty()
        : a.kind == FixAction::Kind::RemoveMembership ? !a.userScimId.isEmpty() && !a.groupScimId.isEmpty()
                                                      : !a.userScimId.isEmpty();
    if (!complete)
        return false;
    *action = a;
    return true;
}

} // namespace Scimflow
