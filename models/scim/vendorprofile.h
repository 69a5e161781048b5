#pragma once

#include <QString>
#include <QStringList>

namespace Scimflow {

/// What differs between identity providers' SCIM services (see shared/reference/scim.md).
struct VendorProfile
{
    enum class Vendor { Generic, Okta, Entra };

    Vendor vendor = Vendor::Generic;
    QString name;                            // "generic", "okta", "entra"
    bool expectsEnterpriseExtension = false; // discovery fails without it
    bool readsStringBooleans = false;        // Entra: "active": "False"
    bool deactivateWithPut = false;          // Okta custom apps: PUT the whole user with active=false
    int pageSize = 100;                      // Okta pages with 100 and caps at 200

    static VendorProfile generic();
    static VendorProfile okta();
    static VendorProfile entra();
    /// "generic", "okta" or "entra" (case-insensitive); false when unknown.
    static bool fromName(const QString &name, VendorProfile *profile);
    static QStringList names();
};

} // namespace Scimflow
