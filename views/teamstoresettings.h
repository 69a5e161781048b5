#pragma once

#include <QString>

namespace Scimflow {

/// The team store the console remembers (File > Open Team Store…): its URL in QSettings (whether to open it
/// at start is ConsoleSettings::openTeamStoreAtStart), and the keychain references of its password and
/// client key passphrase, which are kept in the keychain only.
namespace TeamStoreSettings {

inline constexpr const char *LocationKey = "teamStore/location"; // the URL only: it holds no secret

/// The last team store opened (empty if none).
QString rememberedLocation();
void remember(const QString &location);
/// Forgets the remembered location and the choice to open it at start (not the keychain entries).
void forget();

/// The keychain reference of the server password for \a location.
QString passwordRef(const QString &location);
/// The keychain reference of the passphrase of \a location's encrypted client key (sslkey=).
QString keyPassphraseRef(const QString &location);

/// The team store to open at start instead of the default database: \a remembered when \a openAtStart is set
/// and the command line did not choose what to show (--db, --demo, an unattended --screenshot); else empty.
QString toOpenAtStart(bool openAtStart, const QString &remembered, bool commandLineChose);

} // namespace TeamStoreSettings

} // namespace Scimflow
