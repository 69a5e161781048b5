#include "openlineageintake.h"

#include "jobswriter.h"
#include "openlineagereceiver.h"
#include "rbacmappingrepository.h"
#include "secretstore.h"
#include "store.h"

namespace Scimflow {

OpenLineageIntake::OpenLineageIntake(QObject *parent)
    : QObject(parent)
{
    // Events arrive one run at a time; batching keeps the sync history and the views' reloads calm.
    m_batch.setSingleShot(true);
    m_batch.setInterval(2000);
    connect(&m_batch, &QTimer::timeout, this, &OpenLineageIntake::flush);
}

OpenLineageIntake::~OpenLineageIntake()
{
    flush();
}

void OpenLineageIntake::start(const QString &databasePath, const QList<PipelineSource> &sources,
                              SecretStore &secrets)
{
    stop();
    m_databasePath = databasePath;
    for (const PipelineSource &source : sources) {
        if (source.kind != PipelineSource::Kind::OpenLineage || source.listenPort <= 0)
            continue;
        if (source.secretRef.isEmpty()) {
            listen(source, QString());
            continue;
        }
        // Listening starts once the token is known: without it the receiver would accept anyone.
        secrets.load(
            source.secretRef, this, [this, source, generation = m_generation](const Result<QString> &token) {
                if (generation != m_generation)
                    return; // stopped or restarted meanwhile
                if (token)
                    listen(source, *token);
                else
                    Q_EMIT failed(
                        tr("OpenLineage events for %1 are not received: its token could not be read (%2). "
                           "Enter it again in the connection dialog.")
                            .arg(source.name, token.error().message));
            });
    }
}

void OpenLineageIntake::listen(const PipelineSource &source, const QString &token)
{
    // Where events name their principal is part of the RBAC mapping, like the file import's.
    OpenLineageOptions options;
    if (auto store = Store::open(m_databasePath)) {
        if (Result<StoredRbacMapping> mapping = RbacMappingRepository::current(**store))
            options = mapping->mapping.openLineage;
    }
    auto receiver = std::make_unique<OpenLineageReceiver>(options);
    const Result<quint16> port = receiver->listen(quint16(source.listenPort));
    if (!port) {
        Q_EMIT failed(
            tr("OpenLineage events for %1 are not received: %2").arg(source.name, port.error().message));
        return;
    }
    if (!token.isEmpty())
        receiver->setBearerToken(token.toUtf8());
    connect(receiver.get(), &OpenLineageReceiver::runUpdated, this, &OpenLineageIntake::receive);
    m_listening << tr("%1 on 127.0.0.1:%2").arg(source.name).arg(*port);
    m_receivers.push_back(std::move(receiver));
    Q_EMIT listeningChanged();
}

void OpenLineageIntake::stop()
{
    ++m_generation;
    flush();
    m_receivers.clear();
    if (!std::exchange(m_listening, {}).isEmpty())
        Q_EMIT listeningChanged();
}

void OpenLineageIntake::receive(const Job &job)
{
    // A later event of the same run replaces the earlier state in this batch.
    for (Job &pending : m_pending) {
        if (pending.externalId == job.externalId) {
            pending = job;
            return;
        }
    }
    m_pending << job;
    if (!m_batch.isActive())
        m_batch.start();
}

void OpenLineageIntake::flush()
{
    m_batch.stop();
    if (m_pending.isEmpty())
        return;
    const QList<Job> jobs = std::exchange(m_pending, {});
    auto store = Store::open(m_databasePath);
    if (!store) {
        Q_EMIT failed(tr("Received OpenLineage runs could not be saved: %1").arg(store.error().message));
        return;
    }
    const Result<JobSyncSummary> written = JobsWriter(**store).write(
        QStringLiteral("openlineage"), jobs, ParseReport(), QStringLiteral("receive"));
    if (!written) {
        Q_EMIT failed(tr("Received OpenLineage runs could not be saved: %1").arg(written.error().message));
        return;
    }
    Q_EMIT jobsReceived(int(jobs.size()));
}

} // namespace Scimflow
