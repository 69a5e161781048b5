#pragma once

#include "fixconnector.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Scimflow {

class HttpClient;

/// The Dataflow side of the fixes: cancels a job with PUT {"requestedState": "JOB_STATE_CANCELLED"} and reads
/// the job back (JOB_VIEW_ALL) to confirm that it is cancelled or has ended.
class DataflowFixConnector : public QObject, public FixConnector
{
    Q_OBJECT
public:
    /// \a identity names the credential used (e.g. a service account), never the secret.
    DataflowFixConnector(HttpClient *client, QUrl dataflowBase, QString identity, QObject *parent = nullptr);

    bool supports(const FixAction &action) const override;
    QString identity() const override { return m_identity; }
    FixRequest describe(const FixAction &action) const override;
    void perform(const FixAction &action, std::function<void(FixResult)> done) override;
    void readBack(const FixAction &action, std::function<void(ResourceState)> done) override;

private:
    QPointer<HttpClient> m_client;
    QUrl m_base;
    QString m_identity;
};

} // namespace Scimflow
