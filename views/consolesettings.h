#pragma once

#include "driftsettings.h"
#include "reportoptions.h"

#include <QString>
#include <QStringList>

namespace Scimflow {

/// The console's preferences as kept in QSettings: one place for the keys and their defaults, read and
/// written as a whole, and turned into the option structs the drift rules and reports already take.
struct ConsoleSettings
{
    enum class Theme { System, Light, Dark };
    /// The Reports dialog's period presets, in the order of its preset list.
    enum class ReportPeriod { Last7Days, Last30Days, Last90Days, PreviousMonth, QuarterToDate };

    QString language; // "" (follow the system), "en", "de" or "fr"; applies at the next start
    Theme theme = Theme::System;
    int syncIntervalMinutes = 0; // periodic sync while the console is open; 0 = off
    int orphanedAfterDays = 7;
    int staleSyncAfterHours = 24;
    int provisioningSlaMinutes = 60;   // provisioning-drift: a SCIM target may lag the IdP this long
    int keyRotationDays = 90;          // key-not-rotated
    int unusedServiceAccountDays = 90; // unused-service-account
    QStringList privilegedGroups;      // added to the RBAC mapping's privileged groups
    int slaHours = 24;                 // deprovisioning report
    int idleDays = 30;                 // orphaned credentials report
    QString reportFolder;              // empty: the user's documents folder
    ReportFormat reportFormat = ReportFormat::Pdf;
    ReportPeriod reportPeriod = ReportPeriod::Last30Days;
    bool openTeamStoreAtStart = false; // the remembered team store instead of the default database

    static ConsoleSettings load();
    void save() const;

    /// The drift rules' thresholds (analysis time: now).
    DriftSettings driftSettings() const;
    /// The report folder, or the documents folder when none is set.
    QString effectiveReportFolder() const;

    static QString themeName(Theme theme);
    static Theme themeFromName(const QString &name);
    static QString reportPeriodName(ReportPeriod period);
    static ReportPeriod reportPeriodFromName(const QString &name);

    bool operator==(const ConsoleSettings &) const = default;

    // The QSettings keys; other parts of the program (the translators) read some of them directly.
    static constexpr const char *LanguageKey = "ui/language";
    static constexpr const char *ThemeKey = "ui/theme";
    static constexpr const char *SyncIntervalKey = "sync/intervalMinutes";
    static constexpr const char *OrphanedAfterDaysKey = "drift/orphanedAfterDays";
    static constexpr const char *StaleSyncAfterHoursKey = "drift/staleSyncAfterHours";
    static constexpr const char *ProvisioningSlaMinutesKey = "drift/provisioningSlaMinutes";
    static constexpr const char *PrivilegedGroupsKey = "drift/privilegedGroups";
    static constexpr const char *KeyRotationDaysKey = "drift/keyRotationDays";
    static constexpr const char *UnusedServiceAccountDaysKey = "drift/unusedServiceAccountDays";
    static constexpr const char *SlaHoursKey = "reports/slaHours";
    static constexpr const char *IdleDaysKey = "reports/idleDays";
    static constexpr const char *ReportFolderKey = "reports/folder";
    static constexpr const char *ReportFormatKey = "reports/format";
    static constexpr const char *ReportPeriodKey = "reports/period";
    static constexpr const char *OpenTeamStoreAtStartKey = "teamStore/openAtStart";
};

} // namespace Scimflow
