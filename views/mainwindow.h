#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QTableView;

namespace Scimflow {

class ConsoleSession;
class DetailPane;
class TablePane;
struct EntityRef;

/// The console's main window: the linked Identities, Roles and Jobs views, a detail dock, menus and a
/// status bar with counts and the last sync per source. More docks (timeline, findings) are added with
/// addViewDock(); the context menus' Open in Timeline and Show Findings find them by object name.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConsoleSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    TablePane *identityPane() const { return m_identityPane; }
    TablePane *rolePane() const { return m_rolePane; }
    TablePane *jobPane() const { return m_jobPane; }
    TablePane *credentialPane() const { return m_credentialPane; }
    DetailPane *detailPane() const { return m_detailPane; }
    QString countsText() const;
    QMenu *viewMenu() const { return m_viewMenu; }
    /// The File menu, whose first entries the composition root may add (File > Open Database…).
    QMenu *fileMenu() const { return m_fileMenu; }

    /// Adds a dock (e.g. a timeline) with a toggle in the View menu; \a dock needs a unique objectName so
    /// that its place is saved and restored.
    void addViewDock(QDockWidget *dock, Qt::DockWidgetArea area);

    /// Makes \a ref the focus and shows and raises the timeline dock ("timelineDock"), which follows it.
    void openInTimeline(const EntityRef &ref);
    /// Shows and raises the findings dock ("findingsDock") with only the findings about \a ref.
    void showFindings(const EntityRef &ref);

    /// The table File > Export View writes: the view used last (a linked view or the findings).
    QTableView *exportTable() const;
    /// Writes \a table's rows as CSV to \a fileName: its selected rows when several are selected,
    /// otherwise every row it shows. Returns an error message, empty on success.
    QString exportTo(QTableView *table, const QString &fileName, int *rowsWritten = nullptr) const;
    /// Asks for a file name and exports the current view (File > Export View…, Ctrl+E).
    void exportView();

    /// The README's user guide: the installed copy if there is one, else the project's online README.
    static QUrl userGuideUrl();
    /// The status bar's last-sync text and its tooltip (one line per source).
    QString lastSyncText() const;
    QString lastSyncToolTip() const;

    /// Where a window without saved geometry opens on a screen whose free area is \a available: 85% of it,
    /// centred.
    static QRect firstWindowGeometry(const QRect &available);
    /// Sizes and places the window by firstWindowGeometry() on its screen (restoreSettings() may override).
    void fitToScreen();

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
    void updateLastSync();
    void moveFocusToPane(int step);
    QDockWidget *viewDock(const QString &objectName) const;
    TablePane *currentPane() const;
    /// The linked views in F6 order: Identities, Roles, Jobs, Credentials.
    QList<TablePane *> panes() const;

    ConsoleSession *m_session;
    TablePane *m_identityPane;
    TablePane *m_rolePane;
    TablePane *m_jobPane;
    TablePane *m_credentialPane;
    DetailPane *m_detailPane;
    QDockWidget *m_detailDock;
    QSplitter *m_mainSplitter;
    QSplitter *m_topSplitter;
    QSplitter *m_bottomSplitter;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_clearFocusAction = nullptr;
    QAction *m_exportAction = nullptr;
    QLabel *m_focusLabel;
    QLabel *m_countsLabel;
    QLabel *m_syncLabel;
    QList<QDockWidget *> m_viewDocks;
    QPointer<QTableView> m_lastTable;
    QLabel *m_loadingLabel;
    QProgressBar *m_progress;
    TablePane *m_lastPane = nullptr;
    bool m_persistSettings = true;
    bool m_headersRestored = false;
    QMetaObject::Connection m_focusTracking;
};

} // namespace Scimflow
