#pragma once

#include "group.h"
#include "result.h"
#include "user.h"
#include "vendorprofile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace Scimflow {

namespace ScimUrn {
inline const QString kUser = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:User");
inline const QString kGroup = QStringLiteral("urn:ietf:params:scim:schemas:core:2.0:Group");
inline const QString kEnterpriseUser =
    QStringLiteral("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
inline const QString kListResponse = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:ListResponse");
inline const QString kPatchOp = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:PatchOp");
inline const QString kError = QStringLiteral("urn:ietf:params:scim:api:messages:2.0:Error");
} // namespace ScimUrn

/// Limits on what a server may send; exceeding one is an error, never a silent truncation.
struct ScimLimits
{
    int maxResourcesPerPage = 5000;
    int maxMembersPerGroup = 1000000;
    int maxStringLength = 8192;
    int maxEmails = 100;
};

/// One parsed page of a ListResponse. Only users or groups are filled, depending on what was asked for.
struct ScimPage
{
    qint64 totalResults = -1;
    qint64 startIndex = 0; // as reported by the server; 0 if absent
    QStringList ids;       // in page order
    QList<User> users;
    QList<Group> groups;
    int skipped = 0; // resources without an id
    // Cursor paging (RFC 9865): the cursor of the next page, absent on the last one.
    QString nextCursor;
    bool hasNextCursor = false;
    int itemsPerPage = -1; // -1 when absent
};

/// Pure functions from SCIM JSON to the domain structs; thread-safe (run off the GUI thread for big pages).
namespace ScimParser {
enum class Kind { Users, Groups };

Result<ScimPage> parseListResponse(const QByteArray &json, Kind kind, const VendorProfile &profile,
                                   const ScimLimits &limits = {});
/// A cursor-paged ListResponse (RFC 9865): totalResults is optional (-1 when absent), nextCursor is read.
Result<ScimPage> parseCursorListResponse(const QByteArray &json, Kind kind, const VendorProfile &profile,
                                         const ScimLimits &limits = {});
Result<User> parseUser(const QJsonObject &o, const VendorProfile &profile, const ScimLimits &limits = {});
Result<Group> parseGroup(const QJsonObject &o, const VendorProfile &profile, const ScimLimits &limits = {});
/// A SCIM boolean; accepts Entra's "True"/"False" strings when the profile says so.
bool readBoolean(const QJsonValue &v, bool fallback, const VendorProfile &profile);
/// The user as a SCIM resource (for PUT and for the simulated IdP).
QJsonObject userToJson(const User &user, const QStringList &groupIds = {});
QJsonObject groupToJson(const Group &group);
} // namespace ScimParser

} // namespace Scimflow
