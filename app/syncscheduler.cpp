#include "syncscheduler.h"

#include "connectioncontroller.h"
#include "store.h"

#include <QAction>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace Scimflow {

using namespace std::chrono_literals;

SyncScheduler::SyncScheduler(QMainWindow *window, ConnectionController *connections,
                             QString connectionsDatabasePath, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_connections(connections)
    , m_databasePath(std::move(connectionsDatabasePath))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/scimflow/tray/scimflow.svg")), this);
        auto *menu = new QMenu(window);
        menu->addAction(connections->syncAction());
        QAction *show = menu->addAction(tr("Show Scimflow"));
        connect(show, &QAction::triggered, window, [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
        m_tray->setContextMenu(menu);
    } else {
        m_label = new QLabel(window);
        m_label->setObjectName(QStringLiteral("syncScheduleLabel"));
        m_label->setAccessibleName(tr("Periodic sync status"));
        window->statusBar()->addPermanentWidget(m_label);
    }
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    m_refresh.setInterval(30s);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::onTimeout);
    connect(&m_refresh, &QTimer::timeout, this, &SyncScheduler::updateIndicator);
    // A sync the user starts counts as the latest one: the next periodic sync is an interval later.
    connect(connections->syncAction(), &QAction::triggered, this, [this] { m_periodicRun = false; });
    connect(connections, &ConnectionController::syncStarted, this, [this] {
        m_running = true;
        updateIndicator();
    });
    connect(connections, &ConnectionController::synced, this, [this] { onSyncEnded(true, {}); });
    connect(connections, &ConnectionController::syncFailed, this,
            [this](const QString &message) { onSyncEnded(false, message); });
    updateIndicator();
}

SyncScheduler::~SyncScheduler() = default;

void SyncScheduler::setIntervalMinutes(int minutes)
{
    setInterval(std::chrono::minutes(std::max(0, minutes)));
}

void SyncScheduler::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (m_interval > 0ms) {
        m_timer.setInterval(m_interval);
        m_timer.start();
        m_refresh.start();
    } else {
        m_timer.stop();
        m_refresh.stop();
    }
    updateIndicator();
}

void SyncScheduler::setDemoShown(bool demo)
{
    m_demoShown = demo;
    updateIndicator();
}

bool SyncScheduler::hasSavedConnection() const
{
    // Never create the user's database just to look into it.
    if (!QFileInfo::exists(m_databasePath))
        return false;
    auto store = Store::open(m_databasePath);
    return store && (*store)->count(QStringLiteral("connection_profiles")) > 0;
}

void SyncScheduler::onTimeout()
{
    if (m_demoShown || m_running || m_connections->isSyncing() || !hasSavedConnection()) {
        updateIndicator();
        return;
    }
    m_periodicRun = true;
    Q_EMIT periodicSyncStarted();
    m_connections->syncInBackground();
}

void SyncScheduler::onSyncEnded(bool ok, const QString &message)
{
    m_running = false;
    if (ok) {
        m_lastSync = QDateTime::currentDateTime();
        m_lastError.clear();
    } else {
        m_lastError = message;
        if (m_periodicRun && m_tray)
            m_tray->showMessage(tr("Periodic sync failed"), message, QSystemTrayIcon::Warning);
    }
    if (m_interval > 0ms)
        m_timer.start(); // count the interval from the end of this sync
    updateIndicator();
}

QString SyncScheduler::statusText() const
{
    if (m_running)
        return tr("Syncing…");
    if (m_interval <= 0ms)
        return QString();
    if (m_demoShown)
        return tr("Periodic sync off while the demo is shown");
    const int minutes = std::max(1, (std::max(0, m_timer.remainingTime()) + 59999) / 60000);
    if (!m_lastError.isEmpty() && m_periodicRun)
        return tr("Sync failed; next try in %n min", nullptr, minutes);
    return tr("Next sync in %n min", nullptr, minutes);
}

QString SyncScheduler::toolTip() const
{
    QStringList lines{tr("Scimflow")};
    lines << (m_lastSync.isValid()
                  ? tr("Last sync: %1").arg(QLocale().toString(m_lastSync, QLocale::ShortFormat))
                  : tr("Last sync: none in this session"));
    if (!m_lastError.isEmpty())
        lines << tr("Last attempt failed: %1").arg(m_lastError);
    if (m_running)
        lines << tr("Syncing…");
    else if (m_interval <= 0ms)
        lines << tr("Periodic sync is off (Tools > Settings > Sync)");
    else if (m_demoShown)
        lines << tr("Periodic sync does nothing while the demo is shown");
    else if (!hasSavedConnection())
        lines << tr(
            "Periodic sync waits for a saved connection (Connection > Connect to Identity Provider…)");
    else
        lines << statusText();
    return lines.join(QLatin1Char('\n'));
}

void SyncScheduler::updateIndicator()
{
    const QString text = statusText();
    const QString tip = toolTip();
    const bool shown = m_running || m_interval > 0ms;
    if (m_label) {
        m_label->setText(text);
        m_label->setToolTip(tip);
        m_label->setVisible(shown && !text.isEmpty());
    }
    if (m_tray) {
        m_tray->setToolTip(tip);
        m_tray->setVisible(shown);
    }
}

} // namespace Scimflow
