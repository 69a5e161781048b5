#include "consolesettings.h"

#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace Scimflow {

namespace {

const char *const kThemes[] = {"system", "light", "dark"};
const char *const kPeriods[] = {"last-7-days", "last-30-days", "last-90-days", "previous-month",
                                "quarter-to-date"};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

/// A stored number, or the default when it is missing, not a number or out of range (hand-edited files).
int readInt(const QSettings &settings, const char *name, int fallback, int min, int max)
{
    bool ok = false;
    const int value = settings.value(key(name)).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

} // namespace

ConsoleSettings ConsoleSettings::load()
{
    const QSettings s;
    const ConsoleSettings d;
    ConsoleSettings c;
    c.language = s.value(key(LanguageKey)).toString();
    if (!QStringList{QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}.contains(
            c.language))
        c.language.clear();
    c.theme = themeFromName(s.value(key(ThemeKey)).toString());
    c.syncIntervalMinutes = readInt(s, SyncIntervalKey, d.syncIntervalMinutes, 0, 7 * 24 * 60);
    c.orphanedAfterDays = readInt(s, OrphanedAfterDaysKey, d.orphanedAfterDays, 0, 3650);
    c.staleSyncAfterHours = readInt(s, StaleSyncAfterHoursKey, d.staleSyncAfterHours, 0, 24 * 365);
    c.provisioningSlaMinutes =
        readInt(s, ProvisioningSlaMinutesKey, d.provisioningSlaMinutes, 0, 30 * 24 * 60);
    c.keyRotationDays = readInt(s, KeyRotationDaysKey, d.keyRotationDays, 1, 3650);
    c.unusedServiceAccountDays = readInt(s, UnusedServiceAccountDaysKey, d.unusedServiceAccountDays, 1, 3650);
    c.privilegedGroups = s.value(key(PrivilegedGroupsKey)).toStringList();
    c.privilegedGroups.removeAll(QString());
    c.slaHours = readInt(s, SlaHoursKey, d.slaHours, 1, 24 * 90);
    c.idleDays = readInt(s, IdleDaysKey, d.idleDays, 1, 3650);
    c.reportFolder = s.value(key(ReportFolderKey)).toString();
    if (!reportFormatFromName(s.value(key(ReportFormatKey)).toString(), &c.reportFormat))
        c.reportFormat = d.reportFormat;
    c.reportPeriod = reportPeriodFromName(s.value(key(ReportPeriodKey)).toString());
    c.openTeamStoreAtStart = s.value(key(OpenTeamStoreAtStartKey), d.openTeamStoreAtStart).toBool();
    return c;
}

void ConsoleSettings::save() const
{
    QSettings s;
    s.setValue(key(LanguageKey), language);
    s.setValue(key(ThemeKey), themeName(theme));
    s.setValue(key(SyncIntervalKey), syncIntervalMinutes);
    s.setValue(key(OrphanedAfterDaysKey), orphanedAfterDays);
    s.setValue(key(StaleSyncAfterHoursKey), staleSyncAfterHours);
    s.setValue(key(ProvisioningSlaMinutesKey), provisioningSlaMinutes);
    s.setValue(key(PrivilegedGroupsKey), privilegedGroups);
    s.setValue(key(KeyRotationDaysKey), keyRotationDays);
    s.setValue(key(UnusedServiceAccountDaysKey), unusedServiceAccountDays);
    s.setValue(key(SlaHoursKey), slaHours);
    s.setValue(key(IdleDaysKey), idleDays);
    s.setValue(key(ReportFolderKey), reportFolder);
    s.setValue(key(ReportFormatKey), reportFormatName(reportFormat));
    s.setValue(key(ReportPeriodKey), reportPeriodName(reportPeriod));
    s.setValue(key(OpenTeamStoreAtStartKey), openTeamStoreAtStart);
}

DriftSettings ConsoleSettings::driftSettings() const
{
    DriftSettings d;
    d.orphanedAfterDays = orphanedAfterDays;
    d.staleSyncAfterHours = staleSyncAfterHours;
    d.extraPrivilegedGroups = privilegedGroups;
    d.provisioningSlaMinutes = provisioningSlaMinutes;
    d.keyRotationDays = keyRotationDays;
    d.unusedServiceAccountDays = unusedServiceAccountDays;
    return d;
}

QString ConsoleSettings::effectiveReportFolder() const
{
    return reportFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                  : reportFolder;
}

QString ConsoleSettings::themeName(Theme theme)
{
    return QString::fromLatin1(kThemes[int(theme)]);
}

ConsoleSettings::Theme ConsoleSettings::themeFromName(const QString &name)
{
    const auto it = std::find_if(std::begin(kThemes), std::end(kThemes),
                                 [&](const char *t) { return name == QLatin1String(t); });
    return it == std::end(kThemes) ? Theme::System : Theme(it - std::begin(kThemes));
}

QString ConsoleSettings::reportPeriodName(ReportPeriod period)
{
    return QString::fromLatin1(kPeriods[int(period)]);
}

ConsoleSettings::ReportPeriod ConsoleSettings::reportPeriodFromName(const QString &name)
{
    const auto it = std::find_if(std::begin(kPeriods), std::end(kPeriods),
                                 [&](const char *p) { return name == QLatin1String(p); });
    return it == std::end(kPeriods) ? ReportPeriod::Last30Days : ReportPeriod(it - std::begin(kPeriods));
}

} // namespace Scimflow
