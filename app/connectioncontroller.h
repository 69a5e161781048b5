#pragma once

#include "connectionprofile.h"
#include "credentialinventoryjob.h"
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
class ScimConnection;
class TargetSyncJob;
class PipelineSyncJob;
struct PipelineSourceRun;
struct DirectoryConnection;
class SyncJob;

/// Connection > Connect to identity provider…, New Connection… and Sync now (F5): runs the connection
/// dialog's test and save intents through models/ (discovery, keychain, connection profiles saved in the
/// user's own database) and syncs the active connection into its database with progress and cancel, recording
/// there which connection it was synced from. Its OpenLineage receivers write into the same database.
class ConnectionController : public QObject
{
    Q_OBJECT
public:
    /// \a profilesPath: the user's own database, where connection profiles are saved (never the demo's).
    ConnectionController(QWidget *window, QString profilesPath, QObject *parent = nullptr);
    ~ConnectionController() override;

    QAction *connectAction() const { return m_connect; }
    QAction *newConnectionAction() const { return m_newConnection; }
    QAction *syncAction() const { return m_sync; }
    /// Sync Now, Connect… and the receivers use the saved connection \a name (empty: the first saved one),
    /// and sync into \a databasePath (empty: the user's own database).
    void setActiveConnection(const QString &name, const QString &databasePath);
    QString activeConnection() const { return m_active; }
    QString syncDatabasePath() const { return m_syncPath; }
    /// Receives OpenLineage events for the connection's sources that have a port.
    OpenLineageIntake *lineageIntake() { return &m_intake; }
    bool isSyncing() const { return !m_job.isNull(); }
    /// Syncs like Sync Now, without the progress dialog (periodic syncs report through their indicator).
    void syncInBackground();
    /// Opens the connection dialog on \a profile, or empty for a new connection, over \a parent.
    void editProfile(const ConnectionProfile &profile, QWidget *parent);
    void newProfile(QWidget *parent);

Q_SIGNALS:
    /// A sync into \a databasePath finished; the console should show that database.
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
    /// The active saved profile, or the first one when none is active; false when none is saved.
    bool activeProfile(ConnectionProfile *profile) const;
    void startReceivers();
    void test(const ConnectionProfile &profile, const QString &secret);
    void save(const ConnectionProfile &profile, const QString &secret, bool sessionOnly);
    void dropRemovedSourceSecrets(const ConnectionProfile &before, const ConnectionProfile &after);
    void storeSecrets(QList<std::pair<QString, QString>> pending, QObject *context,
                      std::function<void(const Status &)> done);
    void sync(bool withProgress);
    void runSync(const ConnectionProfile &profile, const QString &secret, bool withProgress);
    /// Syncs the profile's SCIM targets from \a index on, one after another, then its pipeline sources.
    void syncTarget(const ConnectionProfile &profile, int index);
    void runTargetSync(const ConnectionProfile &profile, int index, const QString &token);
    void loadSourceSecrets(const ConnectionProfile &profile, QList<PipelineSourceRun> runs);
    void syncPipelines(QList<PipelineSourceRun> runs);
    /// Reads the secrets of the syncing profile's credential sources from \a index on, then inventories them.
    void loadCredentialSecrets(int index, QList<CredentialSourceRun> runs);
    void syncCredentials(const QList<CredentialSourceRun> &runs);
    void completeSync();
    void finishSync();

    QWidget *m_window;
    QString m_profilesPath;
    QString m_syncPath;
    QString m_active;
    QString m_syncing; // the name of the connection being synced
    SecretStore m_secrets;
    QAction *m_connect;
    QAction *m_newConnection;
    QAction *m_sync;
    std::unique_ptr<DirectoryConnection> m_testConnection;
    std::unique_ptr<DirectoryConnection> m_syncConnection;
    QPointer<SyncJob> m_job;
    QPointer<PipelineSyncJob> m_pipelineJob;
    QPointer<CredentialInventoryJob> m_credentialJob;
    ConnectionProfile m_syncProfile; // of the running sync
    std::unique_ptr<ScimConnection> m_targetConnection;
    QPointer<TargetSyncJob> m_targetJob;
    QStringList m_summaries;    // of the running sync: IdP first, then each SCIM target and pipeline source
    QStringList m_sourceErrors; // SCIM targets and pipeline sources that could not be read
    QPointer<QProgressDialog> m_progress;
    OpenLineageIntake m_intake;
};

} // namespace Scimflow
