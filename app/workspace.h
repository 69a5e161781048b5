#pragma once

#include "connectionprofile.h"
#include "driftsettings.h"
#include "findingsrecompute.h"
#include "result.h"
#include "secretstore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

namespace Scimflow {

class AuditLog;
class ConsoleSession;
class DemoLoader;
class FixConnector;
class FixExecutor;
class Store;

/// Everything the console has open, in one place (the composition root's model): the database and the
/// connection it was synced from, the fix connectors of that connection's sources (its identity provider,
/// its Dataflow and GitHub sources), the findings recompute and the reconciliation of interrupted fixes.
/// Every view, dock and dialog follows it: opening another database, a sync and switching connections all
/// go through open(). The demo is opened through the same code, with an in-memory profile of the simulated
/// servers.
class Workspace : public QObject
{
    Q_OBJECT
public:
    /// Open() with AskToUnlock asks before reading a connection's secrets from the keychain (a database
    /// the user picked); Unlock reads them at once (after a sync, or a connection the user chose).
    enum class OpenMode { AskToUnlock, Unlock };

    /// \a homeDatabasePath: the user's own database, where connection profiles are saved.
    explicit Workspace(QString homeDatabasePath, QObject *parent = nullptr);
    ~Workspace() override;

    QString homeDatabasePath() const { return m_homePath; }
    ConsoleSession *session() const { return m_session.get(); }
    FindingsRecompute *findings() { return &m_findings; }

    /// The open database; empty before one is open.
    QString databasePath() const { return m_path; }
    bool isDemo() const { return m_demo; }
    /// The connection the open database records it was synced from (it may not be saved here).
    QString syncedConnection() const { return m_synced; }
    /// The saved connection Sync Now, Connect… and the OpenLineage receivers use; empty when none is saved.
    QString activeConnection() const { return m_active; }
    QList<ConnectionProfile> profiles() const;
    /// Where \a connection's data lives: the database it was last synced into or opened from, else the home
    /// database while no other connection claimed it, else a database of its own beside it.
    QString databaseFor(const QString &connection) const;

    /// The open database on the GUI thread: fix planning, acknowledgements and the audit log.
    Store *store() const { return m_store.get(); }
    AuditLog *auditLog() const { return m_audit.get(); }
    FixExecutor *executor() const { return m_executor.get(); }
    QList<FixConnector *> connectors() const;
    /// Why fixes are unavailable (no connection recorded, secrets locked...); empty when connectors exist.
    QString fixesNote() const { return m_fixesNote; }

    /// Asked before a connection's secrets are read from the keychain in AskToUnlock mode; true unlocks.
    void setUnlockConfirmation(std::function<bool(const QString &connection)> confirm)
    {
        m_confirmUnlock = std::move(confirm);
    }
    void setDriftSettings(const DriftSettings &settings);

    /// Opens the Scimflow database \a path (it must exist and be one) and everything that follows it;
    /// opened() follows, or the error says why nothing changed.
    Status open(const QString &path, OpenMode mode);
    /// Rebuilds the demo database from the simulated servers and opens it; opened() or failed() follows.
    void openDemo();
    /// Makes \a name the active connection and shows its database (created empty until it is synced).
    Status switchToConnection(const QString &name);
    /// Reads the saved profiles again (one was saved or removed); the active one stays if it still exists.
    void reloadProfiles();
    /// Loads the tables again (the RBAC mapping or received jobs changed them); the findings follow.
    void reload();
    void recomputeFindings();

Q_SIGNALS:
    /// A database is open (a new one, or the same one after a sync); the views are reloading.
    void opened(const QString &path);
    void activeConnectionChanged(const QString &name);
    void profilesChanged();
    /// The fix connectors changed (a connection's secrets were unlocked, or another database was opened).
    void connectorsChanged();
    void statusMessage(const QString &message);
    /// Another console on the team store decided, assigned or signed off review items, or made a campaign.
    void reviewsChangedElsewhere();
    /// The demo could not be prepared, or a database could not be shown.
    void failed(const QString &message);

private:
    struct OpenConnection;
    Status show(const QString &path, bool demo);
    void setActive(const QString &name);
    void rememberDatabase(const QString &connection, const QString &path);
    void unlock(const ConnectionProfile &profile);
    void loadSecrets(const ConnectionProfile &profile, QStringList refs, QHash<QString, QString> secrets,
                     int generation);
    void connectTo(const ConnectionProfile &profile, const QHash<QString, QString> &secrets);
    /// The demo's credential fixes (IAM and GitHub tokens of its sandbox), through the same connector a real
    /// credential source uses.
    void attachDemoCredentialFixes(OpenConnection &open, const ConnectionProfile &profile);
    void dropConnectors(const QString &note);
    void reconcile();
    void onDemoReady(const QString &path);

    QString m_homePath;
    std::unique_ptr<ConsoleSession> m_session;
    // A team store announces the tables other consoles changed; a burst of them reloads once: the views for
    // audit entries and sync runs, the review window for review tables.
    QTimer m_changedElsewhere;
    QSet<QString> m_tablesChangedElsewhere;
    FindingsRecompute m_findings;
    QString m_path;
    bool m_demo = false;
    QString m_synced;
    QString m_active;
    QList<ConnectionProfile> m_profiles;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OpenConnection> m_connection;
    std::unique_ptr<FixExecutor> m_executor;
    QString m_fixesNote;
    int m_generation = 0; // of the open connection: secrets read for an earlier one are dropped
    SecretStore m_secrets;
    std::function<bool(const QString &)> m_confirmUnlock;
    std::unique_ptr<DemoLoader> m_demoLoader;
};

} // namespace Scimflow
