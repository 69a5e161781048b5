#pragma once

#include "entitydetails.h"
#include "result.h"
#include "syncrun.h"

#include <QObject>

#include <memory>

namespace Scimflow {

class ConsoleLoadJob;
class CredentialModel;
class IdentityModel;
class JobModel;
class LinkedTableProxy;
class RoleModel;
class SelectionContext;
class Store;

/// The console's data side, built once by the composition root and handed to the main window: the four
/// source models, one linked proxy per view, the shared selection context, and a Store on the GUI thread
/// for the (indexed, millisecond) linking and detail queries. Table loading runs off the GUI thread.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleSession(QObject *parent = nullptr);
    ~ConsoleSession() override;

    /// Opens \a databasePath for the linking queries; call reload() to load the tables.
    Status open(const QString &databasePath);
    QString databasePath() const;
    /// Per source, its last successful sync run, as of the last load (read with the tables, off the GUI
    /// thread).
    const QList<SyncRun> &lastSyncRuns() const { return m_lastSyncRuns; }

    /// Loads (again) every table on worker threads; loaded() or loadFailed() follows.
    void reload();
    bool isLoading() const { return m_job != nullptr; }
    bool isLoaded() const { return m_loaded; }

    IdentityModel *identities() const { return m_identities; }
    RoleModel *roles() const { return m_roles; }
    JobModel *jobs() const { return m_jobs; }
    CredentialModel *credentials() const { return m_credentials; }
    LinkedTableProxy *identityProxy() const { return m_identityProxy; }
    LinkedTableProxy *roleProxy() const { return m_roleProxy; }
    LinkedTableProxy *jobProxy() const { return m_jobProxy; }
    LinkedTableProxy *credentialProxy() const { return m_credentialProxy; }
    SelectionContext *selection() const { return m_selection; }

    EntityDetails details(const EntityRef &ref) const;

signals:
    void loadProgress(int done, int total);
    void loaded();
    void loadFailed(const QString &message);

private:
    std::unique_ptr<Store> m_store;
    IdentityModel *m_identities;
    RoleModel *m_roles;
    JobModel *m_jobs;
    CredentialModel *m_credentials;
    LinkedTableProxy *m_identityProxy;
    LinkedTableProxy *m_roleProxy;
    LinkedTableProxy *m_jobProxy;
    LinkedTableProxy *m_credentialProxy;
    SelectionContext *m_selection;
    QList<SyncRun> m_lastSyncRuns;
    ConsoleLoadJob *m_job = nullptr;
    bool m_loaded = false;
};

} // namespace Scimflow
