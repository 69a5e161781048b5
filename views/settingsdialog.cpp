#include "settingsdialog.h"

#include "apptheme.h"
#include "settingsconnectionspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Scimflow {

namespace {

constexpr int kCustomInterval = -1;
const int kPresetIntervals[] = {0, 15, 30, 60};

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QSpinBox *spinBox(int min, int max, const QString &suffix, const QString &accessibleName, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(min, max);
    spin->setSuffix(suffix);
    spin->setAccessibleName(accessibleName);
    // A number needs no full row; a fixed width keeps the form's fields lined up.
    spin->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("0000 days")) + 40);
    return spin;
}

} // namespace

SettingsDialog::SettingsDialog(const QString &connectionsDatabasePath, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_connections(new SettingsConnectionsPage(connectionsDatabasePath, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Settings"));
    m_tabs->addTab(buildGeneralPage(), tr("&General"));
    m_tabs->addTab(buildSyncPage(), tr("S&ync"));
    m_tabs->addTab(buildRulesPage(), tr("&Drift Rules"));
    m_tabs->addTab(buildReportsPage(), tr("&Reports"));
    m_tabs->addTab(m_connections, tr("Co&nnections"));
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->setObjectName(QStringLiteral("pages"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);

    const std::pair<QDialogButtonBox::StandardButton, QString> buttonNames[] = {
        {QDialogButtonBox::Ok, tr("Save and close")},
        {QDialogButtonBox::Cancel, tr("Close without saving")},
        {QDialogButtonBox::Apply, tr("Save and apply")},
        {QDialogButtonBox::RestoreDefaults, tr("Restore the default values")}};
    for (const auto &[button, name] : buttonNames)
        m_buttons->button(button)->setAccessibleName(name);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    setValues(ConsoleSettings::load());
    // Room for the wrapped hints: below this the form layouts would squeeze them into their fields.
    setMinimumSize(560, 560);
    resize(sizeHint().expandedTo(QSize(640, 600)));
}

QWidget *SettingsDialog::buildGeneralPage()
{
    auto *page = new QWidget(this);
    m_language = new QComboBox(page);
    m_language->addItem(tr("System default"), QString());
    // Language names in their own language, so that a user can find theirs whatever the current one.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setObjectName(QStringLiteral("language"));
    m_theme = new QComboBox(page);
    m_theme->addItem(tr("System"), int(ConsoleSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(ConsoleSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(ConsoleSettings::Theme::Dark));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setObjectName(QStringLiteral("theme"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), hint(tr("The language changes the next time Scimflow starts. System default "
                                    "follows the language of the desktop."),
                                 page));
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), hint(tr("Light and Dark apply at once to every window. System uses the "
                                    "desktop's own style and colours."),
                                 page));
    return page;
}

QWidget *SettingsDialog::buildSyncPage()
{
    auto *page = new QWidget(this);
    m_syncInterval = new QComboBox(page);
    m_syncInterval->addItem(tr("Off"), 0);
    m_syncInterval->addItem(tr("Every 15 minutes"), 15);
    m_syncInterval->addItem(tr("Every 30 minutes"), 30);
    m_syncInterval->addItem(tr("Every 60 minutes"), 60);
    m_syncInterval->addItem(tr("Custom"), kCustomInterval);
    m_syncInterval->setAccessibleName(tr("Periodic sync"));
    m_syncInterval->setObjectName(QStringLiteral("syncInterval"));
    m_customInterval = spinBox(1, 24 * 60, tr(" min"), tr("Custom sync interval in minutes"), page);
    m_customInterval->setValue(120);
    m_customInterval->setObjectName(QStringLiteral("customInterval"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Periodic sync:"), m_syncInterval);
    form->addRow(tr("Custom &interval:"), m_customInterval);
    form->addRow(QString(),
                 hint(tr("While the console is open, the saved identity provider connection (see "
                         "Connections) is synced at this interval and the findings are computed again. "
                         "Nothing is synced while only the demo is shown, or before a connection is saved. "
                         "Its state shows in the system tray, or in the status bar where there is no tray. "
                         "Connection > Sync Now (F5) works at any time."),
                      page));
    connect(m_syncInterval, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateSyncControls);
    return page;
}

void SettingsDialog::addCredentialRules(QFormLayout *form, QWidget *parent)
{
    m_keyRotationDays = spinBox(1, 3650, tr(" days"), tr("Rotate user-managed keys within days"), parent);
    m_keyRotationDays->setObjectName(QStringLiteral("keyRotationDays"));
    m_unusedAccountDays = spinBox(1, 3650, tr(" days"), tr("Service account unused after days"), parent);
    m_unusedAccountDays->setObjectName(QStringLiteral("unusedServiceAccountDays"));
    form->addRow(tr("Rotate &keys within:"), m_keyRotationDays);
    form->addRow(QString(), hint(tr("An enabled user-managed Google Cloud key older than this is reported as "
                                    "not rotated."),
                                 parent));
    form->addRow(tr("Service account &unused after:"), m_unusedAccountDays);
    form->addRow(QString(), hint(tr("An enabled service account with no authentication for this long (Policy "
                                    "Analyzer counts whole days) is reported as unused; Google's own insight "
                                    "uses 90 days."),
                                 parent));
}

QWidget *SettingsDialog::buildRulesPage()
{
    auto *page = new QWidget(this);
    m_orphanedDays = spinBox(1, 3650, tr(" days"), tr("Orphaned credential after days"), page);
    m_orphanedDays->setObjectName(QStringLiteral("orphanedDays"));
    m_staleHours = spinBox(1, 24 * 365, tr(" h"), tr("Stale sync after hours"), page);
    m_staleHours->setObjectName(QStringLiteral("staleHours"));
    m_provisioningSla = spinBox(1, 30 * 24 * 60, tr(" min"), tr("Provisioning SLA in minutes"), page);
    m_provisioningSla->setObjectName(QStringLiteral("provisioningSla"));
    m_privilegedGroups = new QPlainTextEdit(page);
    m_privilegedGroups->setTabChangesFocus(true); // keyboard users leave the field with Tab
    m_privilegedGroups->setPlaceholderText(tr("One group name per line, e.g. breakglass-admins"));
    m_privilegedGroups->setAccessibleName(tr("Privileged groups, one per line"));
    m_privilegedGroups->setObjectName(QStringLiteral("privilegedGroups"));
    m_privilegedGroups->setFixedHeight(fontMetrics().lineSpacing() * 5 + 12);

    auto *findings = new QGroupBox(tr("Findings"), page);
    auto *findingsForm = new QFormLayout(findings);
    findingsForm->addRow(tr("Orp&haned credential after:"), m_orphanedDays);
    findingsForm->addRow(QString(), hint(tr("A service account whose jobs all ended longer ago is reported "
                                            "as an orphaned credential."),
                                         findings));
    findingsForm->addRow(tr("&Stale sync after:"), m_staleHours);
    findingsForm->addRow(QString(), hint(tr("A source whose last successful sync is older is reported as "
                                            "stale."),
                                         findings));
    findingsForm->addRow(tr("Provisioning SL&A:"), m_provisioningSla);
    findingsForm->addRow(QString(),
                         hint(tr("A user deprovisioned in the identity provider who is still active "
                                 "in a SCIM target after this long is reported as provisioning "
                                 "drift."),
                              findings));
    addCredentialRules(findingsForm, findings);
    findingsForm->addRow(tr("Pri&vileged groups:"), m_privilegedGroups);
    findingsForm->addRow(QString(), hint(tr("Checked by the privileged drift rule in addition to the "
                                            "privileged groups of the RBAC mapping."),
                                         findings));

    m_slaHours = spinBox(1, 24 * 90, tr(" h"), tr("Deprovisioning SLA in hours"), page);
    m_slaHours->setObjectName(QStringLiteral("slaHours"));
    m_idleDays = spinBox(1, 3650, tr(" days"), tr("Credentials idle after days, for reports"), page);
    m_idleDays->setObjectName(QStringLiteral("idleDays"));
    auto *reports = new QGroupBox(tr("Compliance reports"), page);
    auto *reportsForm = new QFormLayout(reports);
    reportsForm->addRow(tr("Deprovisioning S&LA:"), m_slaHours);
    reportsForm->addRow(QString(), hint(tr("Activity later than this after a user was deactivated is an SLA "
                                           "violation in the deprovisioning report."),
                                        reports));
    reportsForm->addRow(tr("Credentials idle a&fter:"), m_idleDays);
    reportsForm->addRow(QString(), hint(tr("Service accounts unused this long are listed by the orphaned "
                                           "credentials report."),
                                        reports));

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(findings);
    layout->addWidget(reports);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::buildReportsPage()
{
    auto *page = new QWidget(this);
    m_reportFolder = new QLineEdit(page);
    m_reportFolder->setPlaceholderText(ConsoleSettings().effectiveReportFolder());
    m_reportFolder->setAccessibleName(tr("Default output folder"));
    m_reportFolder->setObjectName(QStringLiteral("reportFolder"));
    auto *browse = new QPushButton(tr("&Browse…"), page);
    browse->setAccessibleName(tr("Choose the default output folder"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_reportFolder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("Output f&older:"), page);
    folderLabel->setBuddy(m_reportFolder);

    m_reportFormat = new QComboBox(page);
    for (ReportFormat f : {ReportFormat::Pdf, ReportFormat::Csv, ReportFormat::Json, ReportFormat::Html})
        m_reportFormat->addItem(reportFormatName(f).toUpper(), int(f));
    m_reportFormat->setAccessibleName(tr("Default report format"));
    m_reportFormat->setObjectName(QStringLiteral("reportFormat"));
    m_reportPeriod = new QComboBox(page);
    // The order of ConsoleSettings::ReportPeriod and of the Reports dialog's presets.
    m_reportPeriod->addItems({tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("Previous month"),
                              tr("Quarter to date")});
    m_reportPeriod->setAccessibleName(tr("Default report period"));
    m_reportPeriod->setObjectName(QStringLiteral("reportPeriod"));

    auto *form = new QFormLayout(page);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Default for&mat:"), m_reportFormat);
    form->addRow(tr("Default &period:"), m_reportPeriod);
    form->addRow(QString(), hint(tr("The Reports dialog opens with these choices and suggests files in this "
                                    "folder. The thresholds are on the Drift Rules page."),
                                 page));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseReportFolder);
    return page;
}

void SettingsDialog::updateSyncControls()
{
    m_customInterval->setEnabled(m_syncInterval->currentData().toInt() == kCustomInterval);
}

void SettingsDialog::browseReportFolder()
{
    const QString start =
        m_reportFolder->text().isEmpty() ? m_reportFolder->placeholderText() : m_reportFolder->text();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Default output folder"), start);
    if (!folder.isEmpty())
        m_reportFolder->setText(folder);
}

ConsoleSettings SettingsDialog::values() const
{
    ConsoleSettings s;
    s.language = m_language->currentData().toString();
    s.theme = ConsoleSettings::Theme(m_theme->currentData().toInt());
    const int interval = m_syncInterval->currentData().toInt();
    s.syncIntervalMinutes = interval == kCustomInterval ? m_customInterval->value() : interval;
    s.orphanedAfterDays = m_orphanedDays->value();
    s.staleSyncAfterHours = m_staleHours->value();
    s.provisioningSlaMinutes = m_provisioningSla->value();
    s.keyRotationDays = m_keyRotationDays->value();
    s.unusedServiceAccountDays = m_unusedAccountDays->value();
    s.privilegedGroups.clear();
    for (const QString &line : m_privilegedGroups->toPlainText().split(QLatin1Char('\n'))) {
        const QString group = line.trimmed();
        if (!group.isEmpty() && !s.privilegedGroups.contains(group))
            s.privilegedGroups << group;
    }
    s.slaHours = m_slaHours->value();
    s.idleDays = m_idleDays->value();
    s.reportFolder = m_reportFolder->text().trimmed();
    s.reportFormat = ReportFormat(m_reportFormat->currentData().toInt());
    s.reportPeriod = ConsoleSettings::ReportPeriod(m_reportPeriod->currentIndex());
    s.openTeamStoreAtStart = m_connections->openTeamStoreAtStart();
    return s;
}

void SettingsDialog::setValues(const ConsoleSettings &s)
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(s.theme))));
    const bool preset = std::find(std::begin(kPresetIntervals), std::end(kPresetIntervals),
                                  s.syncIntervalMinutes) != std::end(kPresetIntervals);
    m_syncInterval->setCurrentIndex(
        m_syncInterval->findData(preset ? s.syncIntervalMinutes : kCustomInterval));
    if (!preset)
        m_customInterval->setValue(s.syncIntervalMinutes);
    m_orphanedDays->setValue(s.orphanedAfterDays);
    m_staleHours->setValue(s.staleSyncAfterHours);
    m_provisioningSla->setValue(s.provisioningSlaMinutes);
    m_keyRotationDays->setValue(s.keyRotationDays);
    m_unusedAccountDays->setValue(s.unusedServiceAccountDays);
    m_privilegedGroups->setPlainText(s.privilegedGroups.join(QLatin1Char('\n')));
    m_slaHours->setValue(s.slaHours);
    m_idleDays->setValue(s.idleDays);
    m_reportFolder->setText(s.reportFolder);
    m_reportFormat->setCurrentIndex(qMax(0, m_reportFormat->findData(int(s.reportFormat))));
    m_reportPeriod->setCurrentIndex(int(s.reportPeriod));
    m_connections->setOpenTeamStoreAtStart(s.openTeamStoreAtStart);
    updateSyncControls();
}

void SettingsDialog::apply()
{
    const ConsoleSettings settings = values();
    settings.save();
    AppTheme::apply(settings.theme);
    Q_EMIT applied(settings);
}

void SettingsDialog::restoreDefaults()
{
    setValues(ConsoleSettings());
}

} // namespace Scimflow
