#pragma once

#include <QJsonObject>
#include <QString>

namespace Scimflow {

/// One change an admin can make by hand to remove a drift: what to change, identified the way the
/// connectors address it. Plain data: the executor records it in the audit log and reads it back from there.
struct FixAction
{
    enum class Kind {
        DeactivateUser,
        RemoveMembership,
        CancelJob,
        // Service-account credentials (Google Cloud IAM, GitHub organisation tokens).
        DisableServiceAccount,
        EnableServiceAccount,
        DisableKey,
        EnableKey,
        DeleteKey,
        RevokeToken,
    };

    Kind kind = Kind::DeactivateUser;
    QString findingFingerprint; // the finding this fix is for, if any

    // DeactivateUser, RemoveMembership
    QString userScimId;
    QString userName;
    // RemoveMembership
    QString groupScimId;
    QString groupName;
    // DeactivateUser, RemoveMembership on a SCIM provisioning target rather than the IdP: the target's name
    // (the ids above are then the target's own)
    QString scimTarget;
    // CancelJob
    QString jobSource; // "dataflow", "github"
    QString jobExternalId;
    QString jobProject; // Dataflow project / GitHub owner/repo
    QString jobLocation;
    QString jobName;
    // Credential kinds
    QString credentialSource;   // the GCP project or the GitHub organisation
    QString credentialResource; // account email, key resource name (projects/P/serviceAccounts/E/keys/K),
                                // token id
    QString credentialName;     // readable: "key 1a2b3c of etl@…", "token ci-deploy of octocat"

    bool isCredentialFix() const { return kind >= Kind::DisableServiceAccount; }

    /// Resource path used as the audit target: "user/<scim id>", "group/<scim id>/members/<user scim id>",
    /// "job/<source>/<project>/<location>/<external id>", "gcp/<project>/<account or key resource>",
    /// "github/<org>/personal-access-tokens/<id>"; "scim-target/<name>/" before the user and membership forms
    /// on a SCIM target.
    QString target() const;
    QJsonObject toJson() const;
    /// False if \a json is not an action toJson() wrote.
    static bool fromJson(const QJsonObject &json, FixAction *action);
};

QString fixKindName(FixAction::Kind kind);
bool fixKindFromName(QStringView name, FixAction::Kind *kind);

} // namespace Scimflow
