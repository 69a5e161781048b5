#include "connectioncontroller.h"

#include "connectiondialog.h"
#include "credentialsources.h"
#include "directoryreaderfactory.h"
#include "graphdirectoryreader.h"
#include "oktadirectoryreader.h"
#include "pipelinesyncjob.h"
#include "schemadriftrule.h"
#include "scimclient.h"
#include "scimconnection.h"
#include "secretredactor.h"
#include "store.h"
#include "syncjob.h"
#include "targetsyncjob.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>
#include <QTimer>
#include <QWidget>

namespace Scimflow {

ConnectionController::ConnectionController(QWidget *window, QString profilesPath, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_profilesPath(std::move(profilesPath))
    , m_syncPath(m_profilesPath)
    , m_connect(new QAction(tr("&Connect to Identity Provider…"), window))
    , m_newConnection(new QAction(tr("&New Connection…"), window))
    , m_sync(new QAction(tr("&Sync Now"), window))
{
    m_connect->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    m_connect->setStatusTip(tr("Edit the active connection: its identity provider and pipeline sources."));
    m_newConnection->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    m_newConnection->setStatusTip(tr("Add another connection, e.g. a staging tenant beside production."));
    m_sync->setShortcut(QKeySequence::Refresh); // F5
    m_sync->setStatusTip(
        tr("Sync users and groups from the active identity provider connection, then its SCIM targets and "
           "pipeline sources."));
    connect(m_connect, &QAction::triggered, this, [this] {
        ConnectionProfile profile;
        openDialog(activeProfile(&profile) ? &profile : nullptr, m_window);
    });
    connect(m_newConnection, &QAction::triggered, this, [this] { openDialog(nullptr, m_window); });
    connect(m_sync, &QAction::triggered, this, [this] { sync(true); });
    connect(&m_intake, &OpenLineageIntake::jobsReceived, this,
            [this](int runs) { Q_EMIT jobsReceived(m_syncPath, runs); });
    QTimer::singleShot(0, this, &ConnectionController::startReceivers);
}

void ConnectionController::setActiveConnection(const QString &name, const QString &databasePath)
{
    const bool changed =
        name != m_active || (databasePath.isEmpty() ? m_profilesPath : databasePath) != m_syncPath;
    m_active = name;
    m_syncPath = databasePath.isEmpty() ? m_profilesPath : databasePath;
    if (changed)
        startReceivers();
}

bool ConnectionController::activeProfile(ConnectionProfile *profile) const
{
    // Never create the user's database just to look into it.
    if (!QFileInfo::exists(m_profilesPath))
        return false;
    auto store = Store::open(m_profilesPath);
    const QList<ConnectionProfile> profiles =
        store ? ConnectionProfiles::all(**store) : QList<ConnectionProfile>();
    if (profiles.isEmpty())
        return false;
    *profile = profiles.first();
    for (const ConnectionProfile &p : profiles) {
        if (p.name == m_active)
            *profile = p;
    }
    return true;
}

void ConnectionController::startReceivers()
{
    ConnectionProfile profile;
    if (!activeProfile(&profile)) {
        m_intake.stop();
        return;
    }
    m_intake.start(m_syncPath, profile.pipelineSources, m_secrets);
}

ConnectionController::~ConnectionController()
{
    if (m_job)
        m_job->cancel();
    if (m_pipelineJob)
        m_pipelineJob->cancel();
    if (m_targetJob)
        m_targetJob->cancel();
    if (m_credentialJob)
        m_credentialJob->cancel();
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
    auto connection = makeDirectoryReader(profile, secret);
    if (!connection) {
        dialog->showTestResult(false, SecretRedactor::scrub(connection.error().message, secret));
        return;
    }
    m_testConnection = std::move(*connection);
    if (m_testConnection->scim) {
        m_testConnection->scim->discover(dialog, [dialog](const Result<ServiceProviderInfo> &info) {
            dialog->showTestResult(info.ok(), info.ok() ? info->summary() : info.error().message);
        });
        return;
    }
    auto shown = [dialog, secret](const Result<QString> &r) {
        dialog->showTestResult(r.ok(), r.ok() ? *r : SecretRedactor::scrub(r.error().message, secret));
    };
    if (auto *okta = qobject_cast<OktaDirectoryReader *>(m_testConnection->reader.get()))
        okta->probe(dialog, shown);
    else if (auto *graph = qobject_cast<GraphDirectoryReader *>(m_testConnection->reader.get()))
        graph->probe(dialog, shown);
}

void ConnectionController::save(const ConnectionProfile &profile, const QString &secret, bool sessionOnly)
{
    auto *dialog = qobject_cast<ConnectionDialog *>(sender());
    ConnectionProfile saved = profile;
    if (saved.secretRef.isEmpty())
        saved.secretRef = SecretStore::newReference(saved.name);
    ConnectionProfile previous;
    if (auto store = Store::open(m_profilesPath)) {
        for (const ConnectionProfile &p : ConnectionProfiles::all(**store)) {
            if (p.name == saved.name)
                previous = p;
        }
    }
    auto writeProfile = [this, dialog, saved, previous](const QString &note) {
        QDir().mkpath(QFileInfo(m_profilesPath).absolutePath());
        auto store = Store::open(m_profilesPath);
        if (!store) {
            dialog->showSaveResult(false, store.error().message, false);
            return;
        }
        if (auto id = ConnectionProfiles::save(**store, saved); !id) {
            dialog->showSaveResult(false, id.error().message, false);
            return;
        }
        dropRemovedSourceSecrets(previous, saved);
        dialog->showSaveResult(true, note, false);
        Q_EMIT profileSaved();
        startReceivers(); // the sources' ports may have changed
    };
    QList<std::pair<QString, QString>> secrets; // (reference, secret)
    if (!secret.isEmpty())
        secrets.append({saved.secretRef, secret});
    const QHash<QString, QString> sourceSecrets = dialog->sourceSecrets();
    for (auto it = sourceSecrets.cbegin(); it != sourceSecrets.cend(); ++it)
        secrets.append({it.key(), it.value()});
    if (sessionOnly || secrets.isEmpty()) {
        for (const auto &[ref, value] : std::as_const(secrets))
            SecretStore::storeForSession(ref, value);
        writeProfile(secrets.isEmpty() ? tr("Saved.")
                                       : tr("Saved. The secrets are kept for this session only."));
        return;
    }
    storeSecrets(secrets, dialog, [dialog, writeProfile](const Status &stored) {
        if (!stored) {
            dialog->showSaveResult(false, stored.error().message, true);
            return;
        }
        writeProfile(tr("Saved. The secrets are in the system keychain."));
    });
}

void ConnectionController::dropRemovedSourceSecrets(const ConnectionProfile &before,
                                                    const ConnectionProfile &after)
{
    QSet<QString> kept;
    for (const PipelineSource &source : after.pipelineSources)
        kept.insert(source.secretRef);
    for (const ScimTargetSource &target : after.scimTargets)
        kept.insert(target.secretRef);
    QStringList removed;
    for (const PipelineSource &source : before.pipelineSources)
        removed << source.secretRef;
    for (const ScimTargetSource &target : before.scimTargets)
        removed << target.secretRef;
    for (const CredentialSource &source : after.credentialSources)
        kept.insert(source.secretRef);
    for (const CredentialSource &source : before.credentialSources)
        removed << source.secretRef;
    for (const QString &ref : std::as_const(removed)) {
        // A removed source's or target's token must not outlive it in the keychain.
        if (!ref.isEmpty() && !kept.contains(ref))
            m_secrets.remove(ref, this, [](const Status &) {});
    }
}

void ConnectionController::storeSecrets(QList<std::pair<QString, QString>> pending, QObject *context,
                                        std::function<void(const Status &)> done)
{
    if (pending.isEmpty()) {
        done({});
        return;
    }
    const auto [ref, secret] = pending.takeFirst();
    m_secrets.store(ref, secret, context, [this, pending, context, done](const Status &stored) {
        if (!stored)
            done(stored);
        else
            storeSecrets(pending, context, done);
    });
}

void ConnectionController::sync(bool withProgress)
{
    if (m_job)
        return;
    ConnectionProfile profile;
    if (!activeProfile(&profile)) {
        Q_EMIT syncFailed(tr(
            "No identity provider is configured yet: use Connection > Connect to Identity Provider… first."));
        return;
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
    auto connection = makeDirectoryReader(profile, secret);
    if (!connection) {
        Q_EMIT syncFailed(SecretRedactor::scrub(connection.error().message, secret));
        return;
    }
    m_syncConnection = std::move(*connection);
    m_syncing = profile.name;
    m_syncProfile = profile;
    QDir().mkpath(QFileInfo(m_syncPath).absolutePath());
    SyncOptions options;
    options.databasePath = m_syncPath;
    m_job = new SyncJob(m_syncConnection->reader.get(), options, this);

    if (withProgress) {
        m_progress = new QProgressDialog(tr("Connecting to %1…").arg(profile.identityProviderDisplay()),
                                         tr("Cancel"), 0, 0, m_window);
        m_progress->setWindowTitle(tr("Sync"));
        m_progress->setMinimumDuration(300);
        // The dialog stays up from the IdP's pages through every pipeline source.
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_progress, &QProgressDialog::canceled, m_job, &SyncJob::cancel);
        connect(m_job, &SyncJob::phaseChanged, m_progress, &QProgressDialog::setLabelText);
        connect(m_job, &SyncJob::progress, m_progress, [this](qint64 done, qint64 total) {
            m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        });
    }
    connect(m_job, &SyncJob::finished, this, [this, profile](const SyncSummary &summary) {
        m_summaries = QStringList{summary.toLine()};
        m_summaries += summary.warnings;
        if (summary.source != QLatin1String("scim")) {
            syncTarget(profile, 0);
            return;
        }
        if (auto store = Store::open(m_syncPath)) {
            if (const Status recorded =
                    SchemaDriftRule::recordSchemas((*store)->database(), summary.schemasDocument);
                !recorded)
                m_summaries << tr("The server's schemas could not be recorded for the schema drift rule: %1")
                                   .arg(recorded.error().message);
        }
        syncTarget(profile, 0);
    });
    connect(m_job, &SyncJob::failed, this, [this](const Error &error) {
        finishSync();
        Q_EMIT syncFailed(tr("Sync failed: %1").arg(error.message));
    });
    Q_EMIT syncStarted(); // before start(), which may already report a failure
    m_job->start();
}

void ConnectionController::syncTarget(const ConnectionProfile &profile, int index)
{
    if (index >= profile.scimTargets.size() || (m_progress && m_progress->wasCanceled())) {
        m_targetConnection.reset();
        loadSourceSecrets(profile, {});
        return;
    }
    const ScimTargetSource target = profile.scimTargets.at(index);
    m_secrets.load(target.secretRef, this, [this, profile, index, target](const Result<QString> &token) {
        if (!token) {
            m_sourceErrors << tr("SCIM target %1: its token could not be read (%2); enter it again in the "
                                 "connection dialog.")
                                  .arg(target.name, token.error().message);
            syncTarget(profile, index + 1);
            return;
        }
        runTargetSync(profile, index, *token);
    });
}

void ConnectionController::runTargetSync(const ConnectionProfile &profile, int index, const QString &token)
{
    const ScimTargetSource target = profile.scimTargets.at(index);
    auto connection = ScimConnection::createTarget(target.url, target.vendor, token, profile.caFile);
    if (!connection) {
        m_sourceErrors << tr("SCIM target %1: %2")
                              .arg(target.name, SecretRedactor::scrub(connection.error().message, token));
        syncTarget(profile, index + 1);
        return;
    }
    m_targetConnection = std::move(*connection);
    m_targetJob = new TargetSyncJob(&m_targetConnection->client(), target.name, m_syncPath, this);
    if (m_progress) {
        disconnect(m_progress, &QProgressDialog::canceled, nullptr, nullptr);
        connect(m_progress, &QProgressDialog::canceled, m_targetJob, &TargetSyncJob::cancel);
        m_progress->setLabelText(tr("Reading SCIM target %1…").arg(target.name));
        connect(m_targetJob, &TargetSyncJob::phaseChanged, m_progress, &QProgressDialog::setLabelText);
        connect(m_targetJob, &TargetSyncJob::progress, m_progress, [this](qint64 done, qint64 total) {
            m_progress->setMaximum(int(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(int(qMin<qint64>(done, INT_MAX)));
        });
    }
    connect(m_targetJob, &TargetSyncJob::finished, this,
            [this, profile, index](const TargetSyncSummary &summary) {
                m_summaries << summary.toLine();
                m_targetJob->deleteLater();
                syncTarget(profile, index + 1);
            });
    connect(
        m_targetJob, &TargetSyncJob::failed, this, [this, profile, index, target, token](const Error &error) {
            // The target's previous snapshot is kept; the others are still read (unless the user cancelled).
            if (!m_progress || !m_progress->wasCanceled())
                m_sourceErrors
                    << tr("SCIM target %1: %2").arg(target.name, SecretRedactor::scrub(error.message, token));
            m_targetJob->deleteLater();
            syncTarget(profile, index + 1);
        });
    m_targetJob->start();
}

void ConnectionController::loadSourceSecrets(const ConnectionProfile &profile, QList<PipelineSourceRun> runs)
{
    if (runs.size() == profile.pipelineSources.size()) {
        syncPipelines(runs);
        return;
    }
    PipelineSourceRun run;
    run.source = profile.pipelineSources.at(runs.size());
    run.caFile = profile.caFile;
    if (run.source.secretRef.isEmpty()) {
        runs << run;
        loadSourceSecrets(profile, runs);
        return;
    }
    m_secrets.load(
        run.source.secretRef, this, [this, profile, runs, run](const Result<QString> &secret) mutable {
            if (secret) {
                run.secret = *secret;
            } else {
                // Read without a token, the source would only fail with 401; say what is wrong instead.
                m_sourceErrors
                    << tr("%1: its token could not be read (%2); enter it again in the connection dialog.")
                           .arg(run.source.name, secret.error().message);
                run.source.name.clear(); // fails validation: skipped
            }
            runs << run;
            loadSourceSecrets(profile, runs);
        });
}

void ConnectionController::syncPipelines(QList<PipelineSourceRun> runs)
{
    runs.erase(std::remove_if(runs.begin(), runs.end(),
                              [](const PipelineSourceRun &r) { return r.source.name.isEmpty(); }),
               runs.end());
    if (runs.isEmpty() || (m_progress && m_progress->wasCanceled())) { // nothing to read, or cancelled
        loadCredentialSecrets(0, {});
        return;
    }
    m_pipelineJob = new PipelineSyncJob(m_syncPath, runs, this);
    if (m_progress) {
        disconnect(m_progress, &QProgressDialog::canceled, nullptr, nullptr);
        connect(m_progress, &QProgressDialog::canceled, m_pipelineJob, &PipelineSyncJob::cancel);
        connect(m_pipelineJob, &PipelineSyncJob::phaseChanged, m_progress, &QProgressDialog::setLabelText);
        connect(m_pipelineJob, &PipelineSyncJob::progress, m_progress, [this](int done, int total) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        });
    }
    connect(m_pipelineJob, &PipelineSyncJob::finished, this, [this] {
        m_summaries << m_pipelineJob->summaries();
        m_sourceErrors << m_pipelineJob->errors();
        m_pipelineJob->deleteLater();
        loadCredentialSecrets(0, {});
    });
    m_pipelineJob->start();
}

void ConnectionController::loadCredentialSecrets(int index, QList<CredentialSourceRun> runs)
{
    const QList<CredentialSource> &sources = m_syncProfile.credentialSources;
    if (index >= sources.size() || (m_progress && m_progress->wasCanceled())) {
        syncCredentials(runs);
        return;
    }
    const CredentialSource source = sources.at(index);
    m_secrets.load(
        source.secretRef, this, [this, index, runs, source](const Result<QString> &secret) mutable {
            Result<CredentialSourceRun> run =
                secret
                    ? CredentialSources::run(source, *secret, m_syncProfile.caFile)
                    : Result<CredentialSourceRun>(Error::make(
                          secret.error().kind,
                          tr("%1: its credentials could not be read (%2); enter them again in the connection "
                             "dialog.")
                              .arg(source.displayName(), secret.error().message)));
            if (run)
                runs << *run;
            else
                m_sourceErrors << run.error().message;
            loadCredentialSecrets(index + 1, runs);
        });
}

void ConnectionController::syncCredentials(const QList<CredentialSourceRun> &runs)
{
    if (runs.isEmpty() || (m_progress && m_progress->wasCanceled())) {
        completeSync();
        return;
    }
    m_credentialJob = new CredentialInventoryJob(m_syncPath, runs, this);
    if (m_progress) {
        disconnect(m_progress, &QProgressDialog::canceled, nullptr, nullptr);
        connect(m_progress, &QProgressDialog::canceled, m_credentialJob, &CredentialInventoryJob::cancel);
        connect(m_credentialJob, &CredentialInventoryJob::phaseChanged, m_progress,
                &QProgressDialog::setLabelText);
        connect(m_credentialJob, &CredentialInventoryJob::progress, m_progress, [this](int done, int total) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        });
    }
    connect(m_credentialJob, &CredentialInventoryJob::finished, this, [this] {
        m_summaries << m_credentialJob->summaries();
        m_sourceErrors << m_credentialJob->errors();
        m_credentialJob->deleteLater();
        completeSync();
    });
    m_credentialJob->start();
}

void ConnectionController::completeSync()
{
    // The database says which connection it holds, so that opening it later offers that connection's fixes.
    // The findings are recomputed by whoever shows the database, off the GUI thread.
    Status recorded;
    if (auto store = Store::open(m_syncPath))
        recorded = (*store)->setMetaValue(QStringLiteral("synced_connection"), m_syncing);
    else
        recorded = store.error();
    finishSync();
    Q_EMIT synced(m_syncPath, m_summaries.join(QStringLiteral(" · ")));
    if (!recorded)
        Q_EMIT syncFailed(tr("The database could not record which connection it was synced from, so its "
                             "fixes are not offered when it is opened again: %1")
                              .arg(recorded.error().message));
    if (!m_sourceErrors.isEmpty())
        Q_EMIT syncFailed(tr("Users and groups were synced, but these SCIM targets, pipeline or credential "
                             "sources could not "
                             "be read; what was read from them before is kept:\n%1")
                              .arg(m_sourceErrors.join(QLatin1Char('\n'))));
    m_summaries.clear();
    m_sourceErrors.clear();
}

void ConnectionController::finishSync()
{
    if (m_progress)
        m_progress->close();
    if (m_job)
        m_job->deleteLater();
}

} // namespace Scimflow
