#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace Scimflow {

class Store;

/// One row of connection_profiles. The JSON columns stay text here: the connection profile gives them
/// their meaning. Holds no secret, only the secret's reference.
struct ConnectionProfileRow
{
    qint64 id = 0;
    QString name;
    QString scimUrl;
    QString vendor;
    QString authKind;
    QString tokenUrl;
    QString clientId;
    QString scope;
    QString secretRef;
    QString caFile;
    QString pipelineSources; // JSON array
    QString idpKind;
    QString idpSettings; // JSON object
};

/// Reads and writes the connection_profiles table.
class ConnectionRepository
{
public:
    /// Every saved connection, by name.
    static QList<ConnectionProfileRow> all(const Store &store);
    /// Inserts or updates by name; returns the row id.
    static Result<qint64> save(Store &store, const ConnectionProfileRow &row);
    static Status remove(Store &store, const QString &name);
};

} // namespace Scimflow
