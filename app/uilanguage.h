#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Scimflow {

/// Chooses the language of the user interface and installs its translators (Scimflow's own, embedded
/// under :/i18n, and Qt's own for standard dialogs) before any window is created.
class UiLanguage
{
public:
    /// Languages the console is translated into, besides English.
    static QStringList translated();

    /// The language to show: \a override ("en", "de", "fr") if not empty, else the first of the user's
    /// preferred languages (\a preferred, e.g. QLocale::system().uiLanguages()) that Scimflow speaks,
    /// else "en". English preferred before German means English.
    static QString choose(const QString &override, const QStringList &preferred);

    /// Installs the translators for \a language on \a app and makes it the default locale, so that numbers
    /// and dates follow it too. Returns false when Scimflow's translation for \a language cannot be loaded
    /// (the interface then stays English); a missing Qt translation is skipped silently.
    static bool install(QCoreApplication &app, const QString &language);

    /// The QSettings key of the language chosen in Settings ("" follows the system).
    static QString settingsKey();

    /// The language chosen in Settings, or "" to follow the system.
    static QString configured();
};

} // namespace Scimflow
