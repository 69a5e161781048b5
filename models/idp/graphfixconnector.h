#pragma once

#include "fixconnector.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

namespace Scimflow {

class HttpClient;
struct HttpRequest;
struct HttpResponse;

/// The Microsoft Graph (Entra ID) side of the fixes: deactivates a user (PATCH /users/{id} with
/// accountEnabled false) and removes a group membership (DELETE /groups/{gid}/members/{uid}/$ref).
/// prepare() reads the user or the user's groups, so a change already in effect sends nothing; readBack()
/// reads them again to confirm. Graph has no ETags on users, so there is no If-Match to conflict on.
class GraphFixConnector : public QObject, public FixConnector
{
    Q_OBJECT
public:
    /// \a http carries the Graph token (an app with User.EnableDisableAccount.All and
    /// GroupMember.ReadWrite.All); not owned. \a identity names the app registration (client id), never
    /// the secret.
    GraphFixConnector(HttpClient *http, QUrl graphUrl, QString identity, QObject *parent = nullptr);

    bool supports(const FixAction &action) const override;
    void prepare(const FixAction &action, std::function<void(Status)> done) override;
    QString identity() const override { return m_identity; }
    FixRequest describe(const FixAction &action) const override;
    void perform(const FixAction &action, std::function<void(FixResult)> done) override;
    void readBack(const FixAction &action, std::function<void(ResourceState)> done) override;

    /// The request perform() sends for \a action (with the Authorization header added by the client).
    HttpRequest request(const FixAction &action) const;

private:
    void read(const FixAction &action, std::function<void(Result<QJsonObject>)> done);
    void readGroupsOf(const FixAction &action, QUrl url, QJsonArray groups, int pages,
                      std::function<void(Result<QJsonObject>)> done);
    static ResourceState stateOf(const FixAction &action, const QJsonObject &resource);
    static Error statusError(const HttpRequest &request, const HttpResponse &response);
    QUrl url(const QString &path) const;

    QPointer<HttpClient> m_http;
    QUrl m_graphUrl;
    QString m_identity;
    QHash<QString, QJsonObject> m_lastRead; // target -> what prepare() read
};

} // namespace Scimflow
