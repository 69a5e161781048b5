#pragma once

#include <QString>

#include <functional>

class QObject;

namespace Scimflow {

class Store;

/// On a team store, calls \a changed with the name of each table another console changed (the schema's
/// NOTIFY trigger), for as long as \a context and the store's connection live. Changes made on this
/// connection are not reported. Returns false on SQLite, which has no other consoles, or when the server
/// refuses the subscription.
bool followChangesElsewhere(const Store &store, QObject *context,
                            const std::function<void(const QString &table)> &changed);

} // namespace Scimflow
