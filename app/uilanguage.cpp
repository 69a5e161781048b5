#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace Scimflow {

QStringList UiLanguage::translated()
{
    return {QStringLiteral("de"), QStringLiteral("fr")};
}

QString UiLanguage::choose(const QString &override, const QStringList &preferred)
{
    const QStringList candidates = override.isEmpty() ? preferred : QStringList{override};
    for (const QString &name : candidates) {
        // "de-CH", "de_DE.UTF-8" and "de" all mean German.
        const QString language = QLocale(name).name().section(QLatin1Char('_'), 0, 0);
        if (language == QLatin1String("en") || name == QLatin1String("C"))
            return QStringLiteral("en");
        if (translated().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

bool UiLanguage::install(QCoreApplication &app, const QString &language)
{
    // English loads its plural forms only ("1 finding", "3 findings").
    auto own = std::make_unique<QTranslator>(&app);
    if (!own->load(QStringLiteral("scimflow_%1").arg(language), QStringLiteral(":/i18n")))
        return false;
    // Keep the system's country conventions (de_CH, fr_CA) when it already speaks the chosen language.
    const QLocale system = QLocale::system();
    QLocale::setDefault(QLocale(language).language() == system.language() ? system : QLocale(language));
    QCoreApplication::installTranslator(own.release());
    if (language == QLatin1String("en"))
        return true;

    // Qt's own strings (standard buttons, file dialogs); absent unless qt6-translations-l10n is installed.
    auto qt = std::make_unique<QTranslator>(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.release());
    return true;
}

QString UiLanguage::settingsKey()
{
    return QStringLiteral("ui/language");
}

QString UiLanguage::configured()
{
    return QSettings().value(settingsKey()).toString();
}

} // namespace Scimflow
