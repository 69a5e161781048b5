#pragma once

#include "storelocation.h"

#include <QStringList>

namespace Scimflow {

/// The versioned schema: migration N takes a database from version N-1 to N (SQLite keeps the version in
/// user_version, PostgreSQL in the table scimflow_schema). Migrations are append-only: never edit a released
/// one, add the next. One list serves both engines: the statements are written for SQLite, and the few
/// SQLite-only constructs get their PostgreSQL form from postgresForm() (types, NOCASE indexes) or from a
/// per-engine statement (triggers).
namespace Schema {

int latestVersion();
/// The PostgreSQL notification channel a team store announces appended audit entries and sync runs on
/// (payload: the table's name).
QString changesChannel();
/// Every table of the latest schema, each after the tables its foreign keys refer to.
QStringList tables();
/// Statements of the migration that produces \a version (1-based) on \a engine.
QStringList migration(int version, StoreLocation::Engine engine = StoreLocation::Engine::Sqlite);

} // namespace Schema

} // namespace Scimflow
