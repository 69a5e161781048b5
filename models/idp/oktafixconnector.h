#pragma once

#include "fixconnector.h"
#include "httprequest.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Scimflow {

class HttpClient;

/// The fixes made where an Okta identity lives, through the Management API:
/// - deactivate a user: POST /api/v1/users/{id}/lifecycle/deactivate;
/// - remove a group membership: DELETE /api/v1/groups/{groupId}/users/{userId}.
/// prepare() reads the user (or the user's groups) first, so a change already in effect sends nothing;
/// readBack() reads it again to confirm. Needs okta.users.manage / okta.groups.manage (or an admin role
/// allowed to make the change).
class OktaFixConnector : public QObject, public FixConnector
{
    Q_OBJECT
public:
    /// \a identity names the credential used (service app client id or "API token of …"); never the secret.
    OktaFixConnector(HttpClient *http, QUrl orgUrl, QString identity, QObject *parent = nullptr);

    bool supports(const FixAction &action) const override;
    void prepare(const FixAction &action, std::function<void(Status)> done) override;
    QString identity() const override { return m_identity; }
    FixRequest describe(const FixAction &action) const override;
    void perform(const FixAction &action, std::function<void(FixResult)> done) override;
    void readBack(const FixAction &action, std::function<void(ResourceState)> done) override;

    HttpRequest request(const FixAction &action) const;

private:
    void read(const FixAction &action, std::function<void(Result<ResourceState>)> done);
    QUrl url(const QString &path) const;

    QPointer<HttpClient> m_http;
    QUrl m_org;
    QString m_identity;
    QHash<QString, ResourceState> m_lastRead; // target -> state as last read
};

} // namespace Scimflow
