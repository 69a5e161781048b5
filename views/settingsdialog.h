#pragma once

#include "consolesettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace Scimflow {

class SettingsConnectionsPage;

/// Tools > Settings…: the console's preferences (language, theme, periodic sync, drift and report
/// thresholds, report defaults) kept in QSettings, and the saved identity provider connections. OK and
/// Apply save and apply the theme at once; applied() tells the console to use the new values.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a connectionsDatabasePath: the user's own database, where connection profiles are saved.
    explicit SettingsDialog(const QString &connectionsDatabasePath, QWidget *parent = nullptr);

    /// The values as currently entered (not yet saved).
    ConsoleSettings values() const;
    void setValues(const ConsoleSettings &settings);
    /// Saves the entered values, applies the theme and emits applied().
    void apply();
    /// Puts the defaults into the controls; OK or Apply saves them.
    void restoreDefaults();
    SettingsConnectionsPage *connectionsPage() const { return m_connections; }

Q_SIGNALS:
    void applied(const Scimflow::ConsoleSettings &settings);

private:
    QWidget *buildGeneralPage();
    QWidget *buildSyncPage();
    QWidget *buildRulesPage();
    void addCredentialRules(QFormLayout *form, QWidget *parent);
    QWidget *buildReportsPage();
    void updateSyncControls();
    void browseReportFolder();

    QTabWidget *m_tabs;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_syncInterval = nullptr;
    QSpinBox *m_customInterval = nullptr;
    QSpinBox *m_orphanedDays = nullptr;
    QSpinBox *m_staleHours = nullptr;
    QSpinBox *m_provisioningSla = nullptr;
    QSpinBox *m_keyRotationDays = nullptr;
    QSpinBox *m_unusedAccountDays = nullptr;
    QPlainTextEdit *m_privilegedGroups = nullptr;
    QSpinBox *m_slaHours = nullptr;
    QSpinBox *m_idleDays = nullptr;
    QLineEdit *m_reportFolder = nullptr;
    QComboBox *m_reportFormat = nullptr;
    QComboBox *m_reportPeriod = nullptr;
    SettingsConnectionsPage *m_connections;
    QDialogButtonBox *m_buttons;
};

} // namespace Scimflow
