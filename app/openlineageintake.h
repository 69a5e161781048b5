#pragma once

#include "job.h"
#include "pipelinesource.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace Scimflow {

class OpenLineageReceiver;
class SecretStore;

/// Receives OpenLineage events while the console is open, for each OpenLineage source of the connection that
/// has a port, and writes the runs into the database in small batches (one sync run per batch).
class OpenLineageIntake : public QObject
{
    Q_OBJECT
public:
    explicit OpenLineageIntake(QObject *parent = nullptr);
    ~OpenLineageIntake() override;

    /// Stops any previous receivers and starts one per OpenLineage source with a listen port. A source with
    /// a secretRef only accepts events carrying that bearer token.
    void start(const QString &databasePath, const QList<PipelineSource> &sources, SecretStore &secrets);
    void stop();
    /// "lineage on 127.0.0.1:5000", one per receiver listening.
    QStringList listening() const { return m_listening; }
    /// Writes what has arrived now instead of at the end of the batch interval.
    void flush();

Q_SIGNALS:
    /// \a runs runs were written to the database.
    void jobsReceived(int runs);
    void listeningChanged();
    void failed(const QString &message);

private:
    void listen(const PipelineSource &source, const QString &token);
    void receive(const Job &job);

    QString m_databasePath;
    std::vector<std::unique_ptr<OpenLineageReceiver>> m_receivers;
    QStringList m_listening;
    QList<Job> m_pending;
    QTimer m_batch;
    int m_generation = 0; // of start(): a token read for an earlier start() is ignored
};

} // namespace Scimflow
