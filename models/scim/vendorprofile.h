#pragma once

#include <QString>
#include <QStringList>

namespace Scimflow {

/// What differs between SCIM services: the identity providers' quirks (see shared/reference/scim.md) and,
/// for SCIM provisioning targets, how the vendor pages, filters, reports memberships and takes PATCHes.
struct VendorProfile
{
    enum class Vendor { Generic, Okta, Entra, AwsIdentityCenter, Databricks, GithubEmu };
    /// startIndex/count (RFC 7644 3.4.2.4) or cursor/nextCursor (RFC 9865).
    enum class Pagination { StartIndex, Cursor };
    /// Where a target's group memberships come from: the groups' "members", the users' "groups", or one
    /// `GET /Groups?filter=members eq "<user id>"` per user (servers that list groups without members).
    enum class MembershipRead { GroupMembers, UserGroups, PerUserQuery };
    /// How one member is removed from a group: RFC 7644's `members[value eq "id"]` path, or path "members"
    /// with the member in a value list.
    enum class RemoveMemberForm { PathFilter, ValueList };

    Vendor vendor = Vendor::Generic;
    QString name;                            // "generic", "okta", "entra", "aws-identity-center", ...
    bool expectsEnterpriseExtension = false; // discovery fails without it
    bool readsStringBooleans = false;        // Entra: "active": "False"
    bool deactivateWithPut = false;          // Okta custom apps: PUT the whole user with active=false
    int pageSize = 100;                      // Okta pages with 100 and caps at 200

    // Provisioning-target traits (IdP profiles keep the defaults).
    Pagination pagination = Pagination::StartIndex;
    int maxPageSize = 0;           // the most a page holds; 0 = not stated
    bool incrementalFilter = true; // accepts `meta.lastModified gt`
    bool filterEqOnly = false;     // only `eq`, joined by `and`
    MembershipRead membershipRead = MembershipRead::GroupMembers;
    RemoveMemberForm removeMemberForm = RemoveMemberForm::PathFilter;
    bool groupReplaceAllowed = true; // PATCH `replace` on a group
    bool singleEmail = false;        // multi-valued attributes hold one value

    static VendorProfile generic();
    static VendorProfile okta();
    static VendorProfile entra();
    static VendorProfile awsIdentityCenter();
    static VendorProfile databricks();
    static VendorProfile githubEmu();
    /// "generic", "okta" or "entra" (case-insensitive); false when unknown.
    static bool fromName(const QString &name, VendorProfile *profile);
    static QStringList names();
    /// A SCIM target's profile: "generic", "aws-identity-center" (or "aws"), "databricks", "github-emu".
    static bool targetFromName(const QString &name, VendorProfile *profile);
    static QStringList targetNames();
    /// One line for the connection dialog and `scimflow sync`: paging, page size, memberships, PATCH forms.
    QString targetSummary() const;
};

} // namespace Scimflow
