#pragma once

#include <QStringList>

namespace Scimflow {

/// The versioned SQLite schema: migration N takes a database from user_version N-1 to N.
/// Migrations are append-only: never edit a released one, add the next.
namespace Schema {

int latestVersion();
/// Statements of the migration that produces \a version (1-based).
QStringList migration(int version);

} // namespace Schema

} // namespace Scimflow
