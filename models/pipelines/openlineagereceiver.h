#pragma once

#include "openlineageassembler.h"
#include "result.h"

#include <QByteArray>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace Scimflow {

/// Receives OpenLineage RunEvents over HTTP (POST /api/v1/lineage, the path of the OpenLineage HTTP
/// transport's default Marquez-style endpoint) on 127.0.0.1 only, pairs them into runs and reports each
/// updated run. Bad events get a 4xx answer with the reason and are counted; they never reach the store.
class OpenLineageReceiver : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxEventBytes = 1024 * 1024;

    explicit OpenLineageReceiver(OpenLineageOptions options = {}, QObject *parent = nullptr);
    ~OpenLineageReceiver() override;

    /// Listens on 127.0.0.1:\a port (0: any free port); returns the port.
    Result<quint16> listen(quint16 port = 0);
    /// When set, requests must carry "Authorization: Bearer <token>".
    void setBearerToken(const QByteArray &token) { m_token = token; }

    int acceptedEvents() const { return m_accepted; }
    int rejectedEvents() const { return m_rejected; }
    QList<Job> runs() const { return m_assembler.jobs(); }

signals:
    /// A run changed: a new run, a state change or its end.
    void runUpdated(const Scimflow::Job &job);
    void eventRejected(const QString &reason);

private:
    QHttpServerResponse handle(const QHttpServerRequest &request);
    QHttpServerResponse reject(int status, const QString &reason);

    std::unique_ptr<QHttpServer> m_server;
    OpenLineageAssembler m_assembler;
    ParseLimits m_limits;
    QByteArray m_token;
    int m_accepted = 0;
    int m_rejected = 0;
};

} // namespace Scimflow
