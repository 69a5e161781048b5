#pragma once

#include "consolesettings.h"
#include "secretstore.h"
#include "storelocation.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;

namespace Scimflow {

class ConnectionController;
class FindingsDock;
class MainWindow;
class ReportsDialog;
class ReviewController;
class SyncScheduler;
class TimelineDock;
class Workspace;

/// The console's windows around one Workspace: the main window with its Timeline and Findings docks, the
/// File, Connection, Reports and Tools menus, the connection controller, periodic sync and the OpenLineage
/// status. Every part follows the workspace when it opens another database or switches connections.
class Console : public QObject
{
    Q_OBJECT
public:
    Console(Workspace *workspace, const ConsoleSettings &settings, QObject *parent = nullptr);
    ~Console() override;

    MainWindow *window() const { return m_window.get(); }
    TimelineDock *timeline() const { return m_timeline; }
    FindingsDock *findings() const { return m_findings; }
    ReviewController *reviews() const { return m_reviews; }
    ConnectionController *connections() const { return m_connections.get(); }
    SyncScheduler *syncSchedule() const { return m_syncSchedule.get(); }
    QMenu *connectionMenu() const { return m_connectionMenu; }
    /// The Connection menu's entry that switches to the saved connection \a name; null if there is none.
    QAction *connectionAction(const QString &name) const;
    QAction *openDatabaseAction() const { return m_openDatabase; }
    QAction *openTeamStoreAction() const { return m_openTeamStore; }
    QAction *reportsAction() const { return m_reportsAction; }
    /// A Reports dialog while one is open.
    ReportsDialog *reportsDialog() const;

    /// File > Open Database…: asks for a file, then openDatabaseFile().
    void openDatabase();
    /// Opens \a path in the workspace; a file that is not a Scimflow database gets an error dialog and
    /// changes nothing. Returns whether it was opened.
    bool openDatabaseFile(const QString &path);
    /// File > Open Team Store…: asks for the location (remembered), password and client key passphrase, then
    /// openTeamStore().
    void openTeamStoreDialog();
    /// Opens the team store at \a location with the \a typed secrets (kept for this session; those in
    /// \a toSave also in the keychain); a secret not typed comes from the keychain if it holds one. A failure
    /// goes to \a failed when given, else to an error dialog.
    void openTeamStore(const QString &location, const TeamStoreSecrets &typed = {},
                       const TeamStoreSecrets &toSave = {}, std::function<void(const Error &)> failed = {});
    /// At start: opens the remembered team store, or when that fails says why and runs \a otherwise (what
    /// the console opens without a team store).
    void openTeamStoreAtStart(const QString &location, std::function<void()> otherwise);
    /// Asks whether to read \a connection's secrets from the keychain to offer its fixes.
    bool confirmUnlock(const QString &connection);

private:
    void buildMenus();
    void buildConnectionMenu();
    void rebuildConnectionList();
    void wireWorkspace();
    void wireConnections();
    void wireLineage();
    void openSettings();
    void editRbacMapping();
    void onOpened(const QString &path);

    Workspace *m_workspace;
    ConsoleSettings m_settings;
    std::unique_ptr<MainWindow> m_window;
    TimelineDock *m_timeline = nullptr;
    FindingsDock *m_findings = nullptr;
    ReviewController *m_reviews = nullptr;
    std::unique_ptr<ConnectionController> m_connections;
    std::unique_ptr<SyncScheduler> m_syncSchedule;
    QMenu *m_connectionMenu = nullptr;
    QAction *m_connectionListEnd = nullptr; // the separator after the list of connections
    QActionGroup *m_connectionGroup = nullptr;
    QAction *m_openDatabase = nullptr;
    QAction *m_openTeamStore = nullptr;
    SecretStore m_secrets;
    QAction *m_reportsAction = nullptr;
    QString m_timelinePath; // the database the timeline opens once the tables are loaded
    QLabel *m_receiving = nullptr;
    QTimer m_lineageReload;
};

} // namespace Scimflow
