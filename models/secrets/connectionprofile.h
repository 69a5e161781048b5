#pragma once

#include "pipelinesource.h"
#include "result.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Scimflow {

class Store;

/// How to reach an identity provider. Holds no secret: only secretRef, the key of the secret in SecretStore.
struct ConnectionProfile
{
    enum class AuthKind { Bearer, OAuthClientCredentials };

    qint64 id = 0;
    QString name;
    QString scimUrl;
    QString vendor = QStringLiteral("generic");
    AuthKind authKind = AuthKind::Bearer;
    QString tokenUrl;
    QString clientId;
    QString scope;
    QString secretRef;
    QString caFile;
    QList<PipelineSource> pipelineSources;

    static QString authKindName(AuthKind kind);
    static AuthKind authKindFromName(const QString &name);
};

/// Reads and writes the connection_profiles table.
class ConnectionProfiles
{
public:
    static QList<ConnectionProfile> all(const Store &store);
    /// Inserts or updates by name; returns the row id.
    static Result<qint64> save(Store &store, const ConnectionProfile &profile);
    static Status remove(Store &store, const QString &name);

    /// The profiles saved in the database at \a databasePath, on a connection of the calling thread's own;
    /// an empty list when there is no database there yet (listing never creates one).
    static Result<QList<ConnectionProfile>> allIn(const QString &databasePath);
    /// Removes the profile \a name from the database at \a databasePath.
    static Status removeFrom(const QString &databasePath, const QString &name);
};

} // namespace Scimflow

Q_DECLARE_METATYPE(Scimflow::ConnectionProfile)
