#include "console.h"
#include "reviewcontroller.h"

#include "connectioncontroller.h"
#include "consolesession.h"
#include "findingsdock.h"
#include "mainwindow.h"
#include "rbacmappingdialog.h"
#include "reportsdialog.h"
#include "settingsconnectionspage.h"
#include "settingsdialog.h"
#include "store.h"
#include "syncscheduler.h"
#include "teamstoredialog.h"
#include "teamstoresettings.h"
#include "timelinedock.h"
#include "workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <utility>

namespace Scimflow {

namespace {
// A database as the window names it: a file by its name, a team store by its URL (which holds no secret).
QString shownName(const QString &location)
{
    return StoreLocation::isPostgresUrl(location) ? location : QFileInfo(location).fileName();
}
} // namespace

Console::Console(Workspace *workspace, const ConsoleSettings &settings, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_settings(settings)
    , m_window(std::make_unique<MainWindow>(workspace->session()))
{
    // Added before the window restores its settings, so that the docks' saved places are restored too.
    m_timeline = new TimelineDock(m_window.get());
    m_timeline->connectSelection(workspace->session()->selection());
    m_window->addViewDock(m_timeline, Qt::BottomDockWidgetArea);
    m_window->resizeDocks({m_timeline}, {360}, Qt::Vertical);
    m_findings = new FindingsDock(m_window.get(), workspace, this);
    // Beside the timeline, the findings table needs about half the width to show its columns.
    if (auto *findingsDock = m_window->findChild<QDockWidget *>(QStringLiteral("findingsDock")))
        m_window->resizeDocks({m_timeline, findingsDock}, {1, 1}, Qt::Horizontal);
    // Finding flags on the timeline follow every recompute.
    connect(m_findings, &FindingsDock::findingsChanged, m_timeline, &TimelineDock::reload);
    m_reviews = new ReviewController(m_window.get(), workspace, this);
    workspace->setDriftSettings(settings.driftSettings());
    workspace->setUnlockConfirmation([this](const QString &connection) { return confirmUnlock(connection); });

    // Connections are saved in the user's own database, also while the demo is shown.
    m_connections = std::make_unique<ConnectionController>(m_window.get(), workspace->homeDatabasePath());
    m_syncSchedule =
        std::make_unique<SyncScheduler>(m_window.get(), m_connections.get(), workspace->homeDatabasePath());
    m_syncSchedule->setIntervalMinutes(settings.syncIntervalMinutes);
    buildMenus();
    wireWorkspace();
    wireConnections();
    wireLineage();
}

Console::~Console()
{
    m_workspace->setUnlockConfirmation({}); // it would ask over a window that is gone
    // The docks' models go before the window that shows them.
    delete m_findings;
}

ReportsDialog *Console::reportsDialog() const
{
    const QList<ReportsDialog *> open = m_window->findChildren<ReportsDialog *>();
    return open.isEmpty() ? nullptr : open.last();
}

void Console::buildMenus()
{
    QMenu *file = m_window->fileMenu();
    m_openDatabase = new QAction(tr("&Open Database…"), m_window.get());
    m_openDatabase->setShortcut(QKeySequence::Open);
    m_openDatabase->setStatusTip(tr("Show another Scimflow database, with the fixes of the connection it was "
                                    "synced from."));
    connect(m_openDatabase, &QAction::triggered, this, &Console::openDatabase);
    m_openTeamStore = new QAction(tr("Open &Team Store…"), m_window.get());
    m_openTeamStore->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openTeamStore->setStatusTip(
        tr("Show the PostgreSQL store your team shares: one set of findings, reviews "
           "and one audit chain."));
    connect(m_openTeamStore, &QAction::triggered, this, &Console::openTeamStoreDialog);
    QAction *first = file->actions().isEmpty() ? nullptr : file->actions().first();
    file->insertAction(first, m_openDatabase);
    file->insertAction(first, m_openTeamStore);
    file->insertSeparator(first);

    buildConnectionMenu();

    // Before Help, which stays last by convention.
    auto *reports = new QMenu(tr("&Reports"), m_window.get());
    m_window->menuBar()->insertMenu(m_window->menuBar()->actions().last(), reports);
    m_reportsAction =
        ReportsDialog::createAction(m_window.get(), [this] { return m_workspace->databasePath(); });
    reports->addAction(m_reportsAction);

    auto *tools = new QMenu(tr("&Tools"), m_window.get());
    m_window->menuBar()->insertMenu(m_window->menuBar()->actions().last(), tools);
    tools->addAction(m_reviews->openAction());
    tools->addSeparator();
    QAction *settingsAction = tools->addAction(tr("&Settings…"), this, &Console::openSettings);
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    settingsAction->setShortcuts(
        preferences.isEmpty() ? QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+,"))} : preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsAction->setStatusTip(tr("Language, theme, periodic sync, drift thresholds, report defaults and "
                                    "saved connections."));
}

void Console::buildConnectionMenu()
{
    m_connectionMenu = new QMenu(tr("&Connection"), m_window.get());
    m_connectionMenu->setObjectName(QStringLiteral("connectionMenu"));
    m_window->menuBar()->insertMenu(m_window->menuBar()->actions().last(), m_connectionMenu);
    m_connectionMenu->addAction(m_connections->connectAction());
    m_connectionMenu->addAction(m_connections->newConnectionAction());
    m_connectionMenu->addSection(tr("Connections"));
    m_connectionGroup = new QActionGroup(this);
    // Optional: while the demo is shown no connection is checked.
    m_connectionGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    m_connectionListEnd = m_connectionMenu->addSeparator();
    m_connectionMenu->addAction(m_connections->syncAction());
    m_connectionMenu->addSeparator();
    QAction *mapping = m_connectionMenu->addAction(tr("RBAC &Mapping…"), this, &Console::editRbacMapping);
    mapping->setStatusTip(tr("Edit which pipeline roles IdP groups and service accounts map to."));
    rebuildConnectionList();
}

QAction *Console::connectionAction(const QString &name) const
{
    for (QAction *action : m_connectionGroup->actions()) {
        if (action->data().toString() == name)
            return action;
    }
    return nullptr;
}

void Console::rebuildConnectionList()
{
    const QList<ConnectionProfile> profiles = m_workspace->profiles();
    QStringList names;
    for (const ConnectionProfile &p : profiles)
        names << p.name;
    QStringList listed;
    for (const QAction *action : m_connectionGroup->actions())
        listed << action->data().toString();
    if (!names.isEmpty() && names == listed) { // only the check mark moves
        for (QAction *action : m_connectionGroup->actions())
            action->setChecked(action->data().toString() == m_workspace->activeConnection() &&
                               !m_workspace->isDemo());
        return;
    }
    // Rebuilt later than now: this may run inside one of these actions' triggered().
    for (QAction *action : m_connectionGroup->actions()) {
        m_connectionMenu->removeAction(action);
        m_connectionGroup->removeAction(action);
        action->deleteLater();
    }
    if (profiles.isEmpty()) {
        auto *none = new QAction(tr("No saved connections"), m_connectionGroup);
        none->setEnabled(false);
        m_connectionMenu->insertAction(m_connectionListEnd, none);
        return;
    }
    for (int i = 0; i < profiles.size(); ++i) {
        const QString name = profiles.at(i).name;
        auto *action = new QAction(name, m_connectionGroup);
        action->setData(name);
        action->setCheckable(true);
        action->setChecked(name == m_workspace->activeConnection() && !m_workspace->isDemo());
        action->setStatusTip(tr("Make %1 the active connection: show its database and offer its fixes; Sync "
                                "Now syncs it.")
                                 .arg(name));
        if (i < 9)
            action->setShortcut(
                QKeySequence(QKeyCombination(Qt::ControlModifier | Qt::AltModifier, Qt::Key(Qt::Key_1 + i))));
        connect(action, &QAction::triggered, this, [this, name] {
            if (Status switched = m_workspace->switchToConnection(name); !switched)
                QMessageBox::warning(
                    m_window.get(), tr("Connection"),
                    tr("Cannot switch to the connection %1: %2").arg(name, switched.error().message));
        });
        m_connectionMenu->insertAction(m_connectionListEnd, action);
    }
}

void Console::wireWorkspace()
{
    connect(m_workspace, &Workspace::opened, this, &Console::onOpened);
    // The timeline opens a database once its tables are loaded: its index build (about a second of CPU on
    // a large database) would otherwise take a core from the table loaders while the window is not usable.
    const auto openTimeline = [this] {
        if (!m_timelinePath.isEmpty())
            m_timeline->openDatabase(std::exchange(m_timelinePath, QString()));
    };
    connect(m_workspace->session(), &ConsoleSession::loaded, this, openTimeline);
    connect(m_workspace->session(), &ConsoleSession::loadFailed, this, openTimeline);
    connect(m_workspace, &Workspace::profilesChanged, this, &Console::rebuildConnectionList);
    connect(m_workspace, &Workspace::activeConnectionChanged, this, [this](const QString &name) {
        m_connections->setActiveConnection(name, name.isEmpty() ? QString() : m_workspace->databaseFor(name));
        rebuildConnectionList();
    });
    connect(m_workspace, &Workspace::statusMessage, m_window.get(),
            [this](const QString &message) { m_window->statusBar()->showMessage(message); });
    connect(m_workspace, &Workspace::failed, m_window.get(),
            [this](const QString &message) { m_window->statusBar()->showMessage(message); });
    if (!m_workspace->activeConnection().isEmpty())
        m_connections->setActiveConnection(m_workspace->activeConnection(),
                                           m_workspace->databaseFor(m_workspace->activeConnection()));
}

void Console::onOpened(const QString &path)
{
    m_timelinePath = path; // opened when the tables are loaded
    for (ReportsDialog *reports : m_window->findChildren<ReportsDialog *>())
        reports->setDatabasePath(path);
    m_syncSchedule->setDemoShown(m_workspace->isDemo());
    const QString active = m_workspace->activeConnection();
    if (!m_workspace->isDemo() && !active.isEmpty())
        m_connections->setActiveConnection(active, m_workspace->databaseFor(active));
    QString title = tr("Scimflow — demo");
    if (!m_workspace->isDemo()) {
        const QString connection = m_workspace->syncedConnection();
        title = connection.isEmpty() ? tr("Scimflow — %1").arg(shownName(path))
                                     : tr("Scimflow — %1 (%2)").arg(shownName(path), connection);
    }
    m_window->setWindowTitle(title);
    rebuildConnectionList();
}

void Console::wireConnections()
{
    connect(m_connections.get(), &ConnectionController::syncFailed, m_window.get(),
            [this](const QString &message) {
                // A periodic sync runs unattended: its failure goes to the status bar and the sync indicator.
                if (m_syncSchedule->isPeriodicRun())
                    m_window->statusBar()->showMessage(message);
                else
                    QMessageBox::warning(m_window.get(), tr("Sync"), message);
            });
    connect(m_connections.get(), &ConnectionController::synced, m_window.get(),
            [this](const QString &databasePath, const QString &summary) {
                // The synced database becomes the workspace, with the fixes of the connection just synced.
                if (Status opened = m_workspace->open(databasePath, Workspace::OpenMode::Unlock); !opened) {
                    QMessageBox::warning(m_window.get(), tr("Sync"), opened.error().message);
                    return;
                }
                m_window->statusBar()->showMessage(summary);
            });
    connect(m_connections.get(), &ConnectionController::profileSaved, m_workspace,
            &Workspace::reloadProfiles);
}

void Console::wireLineage()
{
    // Received OpenLineage runs: the shown database reloads once the burst is over.
    m_lineageReload.setSingleShot(true);
    m_lineageReload.setInterval(1000);
    connect(&m_lineageReload, &QTimer::timeout, m_workspace, &Workspace::reload);
    connect(m_connections.get(), &ConnectionController::jobsReceived, m_window.get(),
            [this](const QString &databasePath, int runs) {
                m_window->statusBar()->showMessage(tr("Received %n OpenLineage run(s).", nullptr, runs),
                                                   5000);
                if (databasePath == m_workspace->databasePath())
                    m_lineageReload.start();
            });
    m_receiving = new QLabel(m_window.get());
    m_window->statusBar()->addPermanentWidget(m_receiving);
    OpenLineageIntake *intake = m_connections->lineageIntake();
    auto showReceivers = [this, intake] {
        const QStringList listening = intake->listening();
        m_receiving->setVisible(!listening.isEmpty());
        m_receiving->setText(tr("Receiving OpenLineage: %1").arg(listening.join(QStringLiteral(", "))));
    };
    showReceivers();
    connect(intake, &OpenLineageIntake::listeningChanged, m_receiving, showReceivers);
    connect(intake, &OpenLineageIntake::failed, m_window.get(), [this](const QString &message) {
        QMessageBox::warning(m_window.get(), tr("OpenLineage"), message);
    });
}

void Console::openDatabase()
{
    const QString start = m_workspace->isDemo() || m_workspace->databasePath().isEmpty()
                              ? QFileInfo(m_workspace->homeDatabasePath()).absolutePath()
                              : QFileInfo(m_workspace->databasePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window.get(), tr("Open Database"), start,
                                                      tr("Scimflow databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabaseFile(path);
}

bool Console::openDatabaseFile(const QString &path)
{
    const Status opened = m_workspace->open(path, Workspace::OpenMode::AskToUnlock);
    if (opened)
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Open Database"),
                    tr("%1 cannot be opened as a Scimflow database.").arg(shownName(path)), QMessageBox::Ok,
                    m_window.get());
    box.setInformativeText(tr("Choose a database written by Scimflow (scimflow sync, Sync Now or scimflow "
                              "scenario). The console still shows %1, and the file was not changed.")
                               .arg(m_workspace->databasePath().isEmpty()
                                        ? tr("nothing")
                                        : shownName(m_workspace->databasePath())));
    box.setDetailedText(opened.error().message);
    box.setObjectName(QStringLiteral("openDatabaseError"));
    box.exec();
    return false;
}

void Console::openTeamStoreDialog()
{
    TeamStoreDialog dialog(TeamStoreSettings::rememberedLocation(), m_window.get());
    if (dialog.exec() == QDialog::Accepted)
        openTeamStore(dialog.location(), dialog.secrets(), dialog.secretsToSave());
}

void Console::openTeamStore(const QString &location, const TeamStoreSecrets &typed,
                            const TeamStoreSecrets &toSave, std::function<void(const Error &)> failed)
{
    const auto open = [this, location, failed] {
        if (!failed) {
            if (openDatabaseFile(location))
                TeamStoreSettings::remember(location);
        } else if (Status opened = m_workspace->open(location, Workspace::OpenMode::AskToUnlock); opened) {
            TeamStoreSettings::remember(location);
        } else {
            failed(opened.error());
        }
    };
    const auto save = [this](const QString &ref, const QString &secret, const QString &sessionOnly) {
        if (secret.isEmpty())
            return;
        m_secrets.store(ref, secret, this, [this, sessionOnly](const Status &saved) {
            if (!saved)
                QMessageBox::warning(m_window.get(), tr("Open Team Store"),
                                     sessionOnly.arg(saved.error().message));
        });
    };
    if (!typed.password.isEmpty())
        Store::setSessionPassword(location, typed.password);
    if (!typed.keyPassphrase.isEmpty())
        Store::setSessionKeyPassphrase(location, typed.keyPassphrase);
    save(TeamStoreSettings::passwordRef(location), toSave.password,
         tr("The password is used for this session only: %1"));
    save(TeamStoreSettings::keyPassphraseRef(location), toSave.keyPassphrase,
         tr("The client key passphrase is used for this session only: %1"));

    // A secret not typed: the keychain's, if it holds one; else libpq's own sources (or none is needed).
    using Keep = void (*)(const QString &, const QString &);
    const auto fromKeychain = [this, location](bool needed, const QString &ref, Keep keep,
                                               std::function<void()> next) {
        if (!needed) {
            next();
            return;
        }
        m_secrets.load(ref, this, [location, keep, next](const Result<QString> &loaded) {
            if (loaded && !loaded->isEmpty())
                keep(location, *loaded);
            next();
        });
    };
    const auto parsed = StoreLocation::parse(location);
    const bool needsPassphrase = typed.keyPassphrase.isEmpty() && parsed && parsed->hasClientKey();
    fromKeychain(typed.password.isEmpty(), TeamStoreSettings::passwordRef(location),
                 &Store::setSessionPassword, [=] {
                     fromKeychain(needsPassphrase, TeamStoreSettings::keyPassphraseRef(location),
                                  &Store::setSessionKeyPassphrase, open);
                 });
}

void Console::openTeamStoreAtStart(const QString &location, std::function<void()> otherwise)
{
    openTeamStore(location, {}, {}, [this, location, otherwise](const Error &error) {
        otherwise();
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Open Team Store"),
                                    tr("The team store %1 could not be opened at start.").arg(location),
                                    QMessageBox::Ok, m_window.get());
        box->setInformativeText(
            tr("The console shows what it opens without a team store instead. Check that the server can be "
               "reached and that the password or client key passphrase is right, then open it with File > "
               "Open Team Store…; Settings > Connections turns off opening it at start."));
        box->setDetailedText(error.message);
        box->setObjectName(QStringLiteral("teamStoreAtStartError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

bool Console::confirmUnlock(const QString &connection)
{
    QMessageBox box(QMessageBox::Question, tr("Unlock Connection"),
                    tr("This database was synced from the connection %1.").arg(connection),
                    QMessageBox::NoButton, m_window.get());
    box.setInformativeText(tr("Read its secrets from the system keychain to offer its fixes (deactivating "
                              "users, removing memberships, cancelling jobs)? Without them the findings are "
                              "shown, but cannot be fixed from here."));
    QPushButton *unlock = box.addButton(tr("&Unlock"), QMessageBox::AcceptRole);
    box.addButton(tr("&Not Now"), QMessageBox::RejectRole);
    box.setDefaultButton(unlock);
    box.setObjectName(QStringLiteral("unlockConnection"));
    box.exec();
    return box.clickedButton() == unlock;
}

void Console::openSettings()
{
    SettingsDialog dialog(m_workspace->homeDatabasePath(), m_window.get());
    SettingsConnectionsPage *page = dialog.connectionsPage();
    connect(
        page, &SettingsConnectionsPage::editRequested, &dialog,
        [this, &dialog](const ConnectionProfile &profile) { m_connections->editProfile(profile, &dialog); });
    connect(page, &SettingsConnectionsPage::connectRequested, &dialog,
            [this, &dialog] { m_connections->newProfile(&dialog); });
    connect(m_connections.get(), &ConnectionController::profileSaved, page, &SettingsConnectionsPage::reload);
    connect(page, &SettingsConnectionsPage::profileRemoved, m_workspace, &Workspace::reloadProfiles);
    connect(&dialog, &SettingsDialog::applied, m_window.get(), [this](const ConsoleSettings &applied) {
        m_settings = applied;
        m_syncSchedule->setIntervalMinutes(applied.syncIntervalMinutes);
        m_workspace->setDriftSettings(applied.driftSettings());
        m_workspace->recomputeFindings();
    });
    dialog.exec();
}

void Console::editRbacMapping()
{
    Store *store = m_workspace->store();
    if (!store)
        return; // still loading
    RbacMappingDialog dialog(*store, qEnvironmentVariable("USER"), m_window.get());
    bool saved = false;
    connect(&dialog, &RbacMappingDialog::mappingSaved, &dialog, [&saved] { saved = true; });
    dialog.exec();
    if (saved) // service accounts, roles and job links changed; the findings follow the reload
        m_workspace->reload();
}

} // namespace Scimflow
