#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>

class QLabel;
class QMainWindow;
class QSystemTrayIcon;

namespace Scimflow {

class ConnectionController;

/// Periodic sync while the console is open (Settings > Sync): every interval it asks the
/// ConnectionController to sync the saved connection, but only when one is saved in the user's database and
/// the console is not showing the demo. A tray icon, where the desktop has a tray, or else a status bar
/// label says when the next sync runs and when the last one finished.
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    SyncScheduler(QMainWindow *window, ConnectionController *connections, QString connectionsDatabasePath,
                  QObject *parent = nullptr);
    ~SyncScheduler() override;

    /// 0 turns periodic sync off.
    void setIntervalMinutes(int minutes);
    /// The same in any unit; tests use milliseconds.
    void setInterval(std::chrono::milliseconds interval);
    /// While the demo is shown nothing is synced periodically.
    void setDemoShown(bool demo);
    bool isDemoShown() const { return m_demoShown; }

    /// The latest sync was started by the timer (its failure goes to the indicator, not a message box).
    bool isPeriodicRun() const { return m_periodicRun; }
    /// The text of the indicator: "Next sync in 12 min", "Syncing…", ...
    QString statusText() const;
    QString toolTip() const;
    QLabel *statusLabel() const { return m_label; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

Q_SIGNALS:
    /// The timer asked for a sync (a saved connection and no sync already running).
    void periodicSyncStarted();

private:
    bool hasSavedConnection() const;
    void onTimeout();
    void onSyncEnded(bool ok, const QString &message);
    void updateIndicator();

    QMainWindow *m_window;
    ConnectionController *m_connections;
    QString m_databasePath;
    QTimer m_timer;
    QTimer m_refresh; // keeps the countdown current
    std::chrono::milliseconds m_interval{0};
    bool m_demoShown = false;
    bool m_running = false;
    bool m_periodicRun = false;
    QDateTime m_lastSync;
    QString m_lastError;
    QLabel *m_label = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // owned; null where the desktop has no tray
};

} // namespace Scimflow
