#pragma once

#include "connectionprofile.h"
#include "driftsettings.h"
#include "openlineageintake.h"
#include "result.h"
#include "secretstore.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QAction;
class QProgressDialog;
class QWidget;

namespace Scimflow {

class ScimClient;
class PipelineSyncJob;
struct PipelineSourceRun;
class ScimConnection;
class SyncJob;

/// Connection > Connect to identity provider… and Sync now (F5): runs the connection dialog's test and save
/// intents through models/ (discovery, keychain, connection profiles) and syncs the saved profile into the
/// user's database with progress and cancel. The database is the user's own, never the demo's.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    ConnectionController(QWidget *window, QString databasePath, QObject *parent = nullptr);
    ~ConnectionController() override;

    QAction *connectAction() const { return m_connect; }
    QAction *syncAction() const { return m_sync; }
    /// The SCIM client of the last successful sync (fixes go through it); null before one.
    ScimClient *scimClient() const;
    QString identity() const { return m_identity; }
    /// Receives OpenLineage events for the connection's sources that have a port.
    OpenLineageIntake *lineageIntake() { return &m_intake; }
    bool isSyncing() const { return !m_job.isNull(); }
    /// Syncs like Sync Now, without the progress dialog (periodic syncs report through their indicator).
    void syncInBackground();
    /// Opens the connection dialog on \a profile, or empty for a new connection, over \a parent.
    void editProfile(const ConnectionProfile &profile, QWidget *parent);
    void newProfile(QWidget *parent);
    /// The thresholds the findings are computed with after each sync (Settings > Drift Rules).
    void setDriftSettings(const DriftSettings &settings) { m_driftSettings = settings; }

Q_SIGNALS:
    /// A sync into databasePath() finished; the console should show that database.
    void synced(const QString &databasePath, const QString &summary);
    void syncFailed(const QString &message);
    /// OpenLineage runs arrived and were written to databasePath().
    void jobsReceived(const QString &databasePath, int runs);
    /// A sync job started (after the profile and its secret were read).
    void syncStarted();
    /// The connection dialog saved a profile.
    void profileSaved();

private:
    void openDialog(const ConnectionProfile *profile, QWidget *parent);
    void startReceivers();
    void test(const ConnectionProfile &profile, const QString &secret);
    void save(const ConnectionProfile &profile, const QString &secret, bool sessionOnly);
    void dropRemovedSourceSecrets(const ConnectionProfile &before, const ConnectionProfile &after);
    void storeSecrets(QList<std::pair<QString, QString>> pending, QObject *context,
                      std::function<void(const Status &)> done);
    void sync(bool withProgress);
    void runSync(const ConnectionProfile &profile, const QString &secret, bool withProgress);
    void loadSourceSecrets(const ConnectionProfile &profile, QList<PipelineSourceRun> runs);
    void syncPipelines(QList<PipelineSourceRun> runs);
    void completeSync();
    void finishSync();

    QWidget *m_window;
    QString m_databasePath;
    SecretStore m_secrets;
    QAction *m_connect;
    QAction *m_sync;
    std::unique_ptr<ScimConnection> m_testConnection;
    std::unique_ptr<ScimConnection> m_syncConnection;
    QPointer<SyncJob> m_job;
    QPointer<PipelineSyncJob> m_pipelineJob;
    QStringList m_summaries;    // of the running sync: IdP first, then each pipeline source
    QStringList m_sourceErrors; // pipeline sources that could not be read
    QString m_identity; // the credential's name for the audit log: client id or "API token", never the secret
    QPointer<QProgressDialog> m_progress;
    OpenLineageIntake m_intake;
    DriftSettings m_driftSettings;
};

} // namespace Scimflow
