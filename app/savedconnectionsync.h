#pragma once

#include "headlesssync.h"
#include "secretstore.h"

namespace Scimflow::Cli {

/// The HeadlessSync of a saved connection profile (connection_profiles in \a databasePath), with its
/// secrets read from the keychain (or this process's session secrets). A name that is not saved is an
/// InvalidInput error listing the saved ones; an unreadable secret names the source it belongs to.
Result<HeadlessSync> savedConnectionSync(const QString &databasePath, const QString &name);

/// Reads one secret of a saved connection, waiting for the keychain.
Result<QString> loadSecret(SecretStore &secrets, const QString &ref);

} // namespace Scimflow::Cli
