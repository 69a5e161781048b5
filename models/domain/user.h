#pragma once

#include "timestamp.h"

#include <QString>
#include <QStringList>

namespace Scimflow {

/// A person in the identity provider, as a SCIM User resource (core schema + enterprise extension).
struct User
{
    qint64 id = 0; // local row id; 0 until stored
    QString scimId;
    QString externalId;
    QString userName;
    QString displayName;
    QString givenName;
    QString familyName;
    QString email;            // primary (or first) email
    QStringList emails;       // every email value
    QStringList groupScimIds; // direct groups from the SCIM User's "groups", where served (not stored)
    bool active = true;
    QString department; // enterprise extension
    QString employeeNumber;
    QString managerScimId;
    Timestamp createdAt = 0;
    Timestamp lastModified = 0;
    QString version;         // meta.version / ETag
    Timestamp deletedAt = 0; // set when a full sync no longer returns the user
};

} // namespace Scimflow
