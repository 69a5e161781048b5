#include "vendorprofile.h"

#include <QCoreApplication>

namespace Scimflow {

VendorProfile VendorProfile::generic()
{
    VendorProfile p;
    p.name = QStringLiteral("generic");
    return p;
}

VendorProfile VendorProfile::okta()
{
    VendorProfile p;
    p.vendor = Vendor::Okta;
    p.name = QStringLiteral("okta");
    p.pageSize = 100;
    return p;
}

VendorProfile VendorProfile::entra()
{
    VendorProfile p;
    p.vendor = Vendor::Entra;
    p.name = QStringLiteral("entra");
    p.expectsEnterpriseExtension = true;
    p.readsStringBooleans = true;
    return p;
}

VendorProfile VendorProfile::awsIdentityCenter()
{
    // IAM Identity Center SCIM implementation developer guide: ListUsers/ListGroups return at most 100 per
    // page, page by cursor only (no startIndex), filter with `eq` (joined by `and`) only, reject
    // `meta.lastModified gt`, list groups with an empty "members", and PatchGroup rejects replacing or
    // removing all members. One email per user.
    VendorProfile p;
    p.vendor = Vendor::AwsIdentityCenter;
    p.name = QStringLiteral("aws-identity-center");
    p.pageSize = 100;
    p.maxPageSize = 100;
    p.pagination = Pagination::Cursor;
    p.incrementalFilter = false;
    p.filterEqOnly = true;
    p.membershipRead = MembershipRead::PerUserQuery;
    p.removeMemberForm = RemoveMemberForm::ValueList;
    p.groupReplaceAllowed = false;
    p.singleEmail = true;
    return p;
}

VendorProfile VendorProfile::databricks()
{
    // Databricks SCIM API (account and workspace): startIndex/count paging, groups list their members,
    // PATCH `remove` with a members[value eq ...] path. Its page size limit is not stated publicly for
    // every endpoint; 100 is what the account API documents and is used for all.
    VendorProfile p;
    p.vendor = Vendor::Databricks;
    p.name = QStringLiteral("databricks");
    p.pageSize = 100;
    p.maxPageSize = 100;
    p.incrementalFilter = false; // filters on userName, displayName, id, externalId; no meta.lastModified
    p.membershipRead = MembershipRead::GroupMembers;
    p.removeMemberForm = RemoveMemberForm::PathFilter;
    return p;
}

VendorProfile VendorProfile::githubEmu()
{
    // GitHub Enterprise Managed Users SCIM (/scim/v2/enterprises/{enterprise}/Users and Groups): startIndex
    // and count up to 100, `eq` filters on userName, externalId, id and displayName, groups list members,
    // PATCH with add/remove/replace, including `active` on users.
    VendorProfile p;
    p.vendor = Vendor::GithubEmu;
    p.name = QStringLiteral("github-emu");
    p.pageSize = 100;
    p.maxPageSize = 100;
    p.incrementalFilter = false;
    p.filterEqOnly = true;
    p.membershipRead = MembershipRead::GroupMembers;
    p.removeMemberForm = RemoveMemberForm::ValueList;
    return p;
}

bool VendorProfile::targetFromName(const QString &name, VendorProfile *profile)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("generic") || n.isEmpty())
        *profile = generic();
    else if (n == QLatin1String("aws-identity-center") || n == QLatin1String("aws") ||
             n == QLatin1String("identity-center"))
        *profile = awsIdentityCenter();
    else if (n == QLatin1String("databricks"))
        *profile = databricks();
    else if (n == QLatin1String("github-emu") || n == QLatin1String("github"))
        *profile = githubEmu();
    else
        return false;
    return true;
}

QStringList VendorProfile::targetNames()
{
    return {QStringLiteral("generic"), QStringLiteral("aws-identity-center"), QStringLiteral("databricks"),
            QStringLiteral("github-emu")};
}

QString VendorProfile::targetSummary() const
{
    const QString paging = pagination == Pagination::Cursor
                               ? QCoreApplication::translate("Scimflow::VendorProfile", "cursor paging")
                               : QCoreApplication::translate("Scimflow::VendorProfile", "startIndex paging");
    const QString members =
        membershipRead == MembershipRead::GroupMembers
            ? QCoreApplication::translate("Scimflow::VendorProfile", "members from groups")
        : membershipRead == MembershipRead::UserGroups
            ? QCoreApplication::translate("Scimflow::VendorProfile", "members from users' groups")
            : QCoreApplication::translate("Scimflow::VendorProfile", "members by one query per user");
    return QCoreApplication::translate("Scimflow::VendorProfile", "%1 (%2 per page), %3, %4, %5")
        .arg(paging,
             maxPageSize > 0 ? QString::number(maxPageSize)
                             : QCoreApplication::translate("Scimflow::VendorProfile", "any"),
             members,
             incrementalFilter
                 ? QCoreApplication::translate("Scimflow::VendorProfile", "incremental reads")
                 : QCoreApplication::translate("Scimflow::VendorProfile", "no incremental read"),
             groupReplaceAllowed
                 ? QCoreApplication::translate("Scimflow::VendorProfile", "PATCH replace on groups")
                 : QCoreApplication::translate("Scimflow::VendorProfile", "no PATCH replace on groups"));
}

bool VendorProfile::fromName(const QString &name, VendorProfile *profile)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("generic") || n.isEmpty())
        *profile = generic();
    else if (n == QLatin1String("okta"))
        *profile = okta();
    else if (n == QLatin1String("entra") || n == QLatin1String("azure") || n == QLatin1String("microsoft"))
        *profile = entra();
    else
        return false;
    return true;
}

QStringList VendorProfile::names()
{
    return {QStringLiteral("generic"), QStringLiteral("okta"), QStringLiteral("entra")};
}

} // namespace Scimflow
