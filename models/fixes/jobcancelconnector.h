#pragma once

#include "fixconnector.h"
#include "httprequest.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Scimflow {

class HttpClient;

/// The pipeline side of the fixes: cancels a Dataflow job (PUT {"requestedState": "JOB_STATE_CANCELLED"}) or
/// a GitHub Actions run (POST .../cancel) and reads it back to confirm that it is cancelled or has ended.
class JobCancelConnector : public QObject, public FixConnector
{
    Q_OBJECT
public:
    /// \a identity names the credential used (e.g. a service account), never the secret.
    /// An empty base URL leaves that source unsupported.
    JobCancelConnector(HttpClient *client, QUrl dataflowBase, QUrl githubBase, QString identity,
                       QObject *parent = nullptr);

    bool supports(const FixAction &action) const override;
    QString identity() const override { return m_identity; }
    FixRequest describe(const FixAction &action) const override;
    void perform(const FixAction &action, std::function<void(FixResult)> done) override;
    void readBack(const FixAction &action, std::function<void(ResourceState)> done) override;

private:
    QPointer<HttpClient> m_client;
    HttpRequest cancelRequest(const FixAction &action) const;

    QUrl m_dataflowBase;
    QUrl m_githubBase;
    QString m_identity;
};

} // namespace Scimflow
