#include "teamstoresettings.h"

#include "consolesettings.h"

#include <QSettings>

namespace Scimflow::TeamStoreSettings {

QString rememberedLocation()
{
    return QSettings().value(QLatin1String(LocationKey)).toString();
}

void remember(const QString &location)
{
    QSettings().setValue(QLatin1String(LocationKey), location);
}

void forget()
{
    QSettings settings;
    settings.remove(QLatin1String(LocationKey));
    settings.remove(QLatin1String(ConsoleSettings::OpenTeamStoreAtStartKey));
}

QString passwordRef(const QString &location)
{
    return QStringLiteral("scimflow:teamstore:") + location;
}

QString keyPassphraseRef(const QString &location)
{
    return QStringLiteral("scimflow:teamstore-key:") + location;
}

QString toOpenAtStart(bool openAtStart, const QString &remembered, bool commandLineChose)
{
    return openAtStart && !commandLineChose ? remembered : QString();
}

} // namespace Scimflow::TeamStoreSettings
