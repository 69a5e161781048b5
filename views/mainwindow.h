#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;

namespace Scimflow {

class ConsoleSession;
class DetailPane;
class TablePane;
struct EntityRef;

/// The console's main window: the linked Identities, Roles and Jobs views, a detail dock, menus and a
/// status bar with counts. More docks (timeline, findings) are added with addViewDock().
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConsoleSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    TablePane *identityPane() const { return m_identityPane; }
    TablePane *rolePane() const { return m_rolePane; }
    TablePane *jobPane() const { return m_jobPane; }
    DetailPane *detailPane() const { return m_detailPane; }
    QString countsText() const;
    QMenu *viewMenu() const { return m_viewMenu; }

    /// Adds a dock (e.g. a timeline) with a toggle in the View menu; \a dock needs a unique objectName so
    /// that its place is saved and restored.
    void addViewDock(QDockWidget *dock, Qt::DockWidgetArea area);

    /// Whether window layout is saved on close (off for screenshots and tests).
    void setPersistSettings(bool persist) { m_persistSettings = persist; }
    void restoreSettings();
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void onLoadProgress(int done, int total);
    void onLoaded();
    void onLoadFailed(const QString &message);
    void onFocusChanged(const EntityRef &focus);
    void updateCounts();
    TablePane *currentPane() const;

    ConsoleSession *m_session;
    TablePane *m_identityPane;
    TablePane *m_rolePane;
    TablePane *m_jobPane;
    DetailPane *m_detailPane;
    QDockWidget *m_detailDock;
    QSplitter *m_mainSplitter;
    QSplitter *m_topSplitter;
    QMenu *m_viewMenu = nullptr;
    QAction *m_clearFocusAction = nullptr;
    QLabel *m_focusLabel;
    QLabel *m_countsLabel;
    QLabel *m_loadingLabel;
    QProgressBar *m_progress;
    TablePane *m_lastPane = nullptr;
    bool m_persistSettings = true;
    bool m_headersRestored = false;
    QMetaObject::Connection m_focusTracking;
};

} // namespace Scimflow
