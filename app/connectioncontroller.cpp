#include "connectioncontroller.h"

#include "connectiondialog.h"
#include "driftanalyzer.h"
#include "schemadriftrule.h"
#include "scimconnection.h"
#include "store.h"
#include "syncjob.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QWidget>

namespace Scimflow {

ConnectionController::ConnectionController(QWidget *window, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_databasePath(std::move(databasePath))
    , m_connect(new QAction(tr("&Connect to Identity Provider…"), window))
    , m_sync(new QAction(tr("&Sync Now"), window))
{
    m_connect->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    m_sync->setShortcut(QKeySequence::Refresh); // F5
    m_sync->setStatusTip(tr("Sync users and groups from the saved identity provider connection."));
    connect(m_connect, &QAction::triggered, this, [this] {
        auto store = Store::open(m_databasePath);
        const QList<ConnectionProfile> profiles =
            store ? ConnectionProfiles::all(**store) : QList<ConnectionProfile>();
        openDialog(profiles.isEmpty() ? nullptr : &profiles.first(), m_window);
    });
    connect(m_sync, &QAction::triggered, this, [this] { sync(true); });
}

ConnectionController::~ConnectionController()
{
    if (m_job)
        m_job->cancel();
}

ScimClient *ConnectionController::scimClient() const
{
    return m_syncConnection ? &m_syncConnection->client() : nullptr;
}

void ConnectionController::syncInBackground()
{
    sync(false);
}

void ConnectionController::editProfile(const ConnectionProfile &profile, QWidget *parent)
{
    openDialog(&profile, parent);
}

void ConnectionController::newProfile(QWidget *parent)
{
    openDialog(nullptr, parent);
}

void ConnectionController::openDialog(const ConnectionProfile *profile, QWidget *parent)
{
    auto *dialog = new ConnectionDialog(parent ? parent : m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (profile)
        dialog->setProfile(*profile);
    connect(dialog, &ConnectionDialog::testRequested, this, &ConnectionController::test);
    connect(dialog, &ConnectionDialog::saveRequested, this, &ConnectionController::save);
    dialog->open();
}

void ConnectionController::test(const ConnectionProfile &profile, const QString &secret)
{
    auto *dialog = qobject_cast<ConnectionDialog *>(sender());
    auto connection = ScimConnection::create(profile, secret);
    if (!connection) {
        dialog->showTestResult(false, connection.error().message);
        return;
    }
    m_testConnection = std::move(*connection);
    m_testConnection->client().discover(dialog, [dialog](const Result<ServiceProviderInfo> &info) {
        dialog->showTestResult(info.ok(), info.ok() ? info->summary() : info.error().message);
    });
}

void ConnectionController::save(const ConnectionProfile &profile, const QString &secret, bool sessionOnly)
{
    auto *dialog = qobject_cast<ConnectionDialog *>(sender());
    ConnectionProfile saved = profile;
    if (saved.secretRef.isEmpty())
        saved.secretRef = SecretStore::newReference(saved.name);
    auto writeProfile = [this, dialog, saved](const QString &note) {
        QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
        auto store = Store::open(m_databasePath);
        if (!store) {
            dialog->showSaveResult(false, store.error().message, false);
            return;
        }
        if (auto id = ConnectionProfiles::save(**store, saved); !id) {
            dialog->showSaveResult(false, id.error().message, false);
            return;
        }
        dialog->showSaveResult(true, note, false);
        Q_EMIT profileSaved();
    };
    if (sessionOnly || secret.isEmpty()) {
        if (!secret.isEmpty())
            SecretStore::storeForSession(saved.secretRef, secret);
        writeProfile(tr("Saved. The secret is kept for this session only."));
        return;
    }
    m_secrets.store(saved.secretRef, secret, dialog, [dialog, writeProfile](const Status &stored) {
        if (!stored) {
            dialog->showSaveResult(false, stored.error().message, true);
            return;
        }
        writeProfile(tr("Saved. The secret is in the system keychain."));
    });
}

void ConnectionController::sync(bool withProgress)
{
    if (m_job)
        return;
    ConnectionProfile profile;
    {
        auto store = Store::open(m_databasePath);
        const QList<ConnectionProfile> profiles =
            store ? ConnectionProfiles::all(**store) : QList<ConnectionProfile>();
        if (profiles.isEmpty()) {
            Q_EMIT syncFailed(
                tr("No identity provider is configured yet: use Connection > Connect to Identity "
                   "Provider… first."));
            return;
        }
        profile = profiles.first();
    }
    m_secrets.load(profile.secretRef, this, [this, profile, withProgress](const Result<QString> &secret) {
        if (!secret) {
            Q_EMIT syncFailed(tr("The secret of connection %1 could not be read: %2 Enter it again in the "
                                 "connection dialog.")
                                  .arg(profile.name, secret.error().message));
            return;
        }
        runSync(profile, *secret, withProgress);
    });
}

void ConnectionController::runSync(const ConnectionProfile &profile, const QString &secret, bool withProgress)
{
    auto connection = ScimConnection::create(profile, secret);
    if (!connection) {
        Q_EMIT syncFailed(connection.error().message);
        return;
    }
    m_syncConnection = std::move(*connection);
    m_identity = profile.authKind == ConnectionProfile::AuthKind::OAuthClientCredentials
                     ? tr("OAuth client %1").arg(profile.clientId)
                     : tr("API token of connection %1").arg(profile.name);
    SyncOptions options;
    options.databasePath = m_databasePath;
    m_job = new SyncJob(&m_syncConnection->client(), options, this);

    if (withProgress) {
        m_progress =
            new QProgressDialog(tr("Connecting to %1…").arg(profile.scimUrl), tr("Cancel"), 0, 0, m_window);
        m_progress->setWindowTitle(tr("Sync"));
        m_progress->setMinimumDuration(300);
        m_progress->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_progress, &QProgressDialog::canceled, m_job, &SyncJob::cancel);
        connect(m_job, &SyncJob::phaseChanged, m_progress, &QProgressDialog::setLabelText);
        connect(m_job, &SyncJob::progress, m_progress, [this](qint64 done, qint64 total) {
            m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        });
    }
    connect(m_job, &SyncJob::finished, this, [this](const SyncSummary &summary) {
        // Findings follow every sync: the rules run on the new snapshot.
        if (auto store = Store::open(m_databasePath)) {
            SchemaDriftRule::recordSchemas((*store)->database(), summary.schemasDocument);
            DriftAnalyzer analyzer(**store, m_driftSettings);
            analyzer.recompute();
        }
        finishSync();
        Q_EMIT synced(m_databasePath, summary.toLine());
    });
    connect(m_job, &SyncJob::failed, this, [this](const Error &error) {
        finishSync();
        Q_EMIT syncFailed(tr("Sync failed: %1").arg(error.message));
    });
    Q_EMIT syncStarted(); // before start(), which may already report a failure
    m_job->start();
}

void ConnectionController::finishSync()
{
    if (m_progress)
        m_progress->close();
    if (m_job)
        m_job->deleteLater();
}

} // namespace Scimflow
