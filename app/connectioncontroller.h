#pragma once

#include "connectionprofile.h"
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

Q_SIGNALS:
    /// A sync into databasePath() finished; the console should show that database.
    void synced(const QString &databasePath, const QString &summary);
    void syncFailed(const QString &message);
    /// OpenLineage runs arrived and were written to databasePath().
    void jobsReceived(const QString &databasePath, int runs);

private:
    void openDialog();
    void startReceivers();
    void test(const ConnectionProfile &profile, const QString &secret);
    void save(const ConnectionProfile &profile, const QString &secret, bool sessionOnly);
    void dropRemovedSourceSecrets(const ConnectionProfile &before, const ConnectionProfile &after);
    void storeSecrets(QList<std::pair<QString, QString>> pending, QObject *context,
                      std::function<void(const Status &)> done);
    void sync();
    void runSync(const ConnectionProfile &profile, const QString &secret);
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
};

} // namespace Scimflow
