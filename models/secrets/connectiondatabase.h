#pragma once

#include <QString>

namespace Scimflow::ConnectionDatabase {

/// Where \a connection's data lives, for the console and `scimflow sync --connection` alike: the database it
/// was last synced into or opened from (remembered in the settings), else \a homePath while no other
/// connection claimed it, else `connection-NAME.db` beside it.
QString pathFor(const QString &homePath, const QString &connection);
/// Remembers that \a connection's data lives in \a path (a path only, never a secret).
void remember(const QString &connection, const QString &path);

} // namespace Scimflow::ConnectionDatabase
