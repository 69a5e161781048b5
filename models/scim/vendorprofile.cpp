#include "vendorprofile.h"

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
