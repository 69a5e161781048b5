#pragma once

#include "fixconnector.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace Scimflow {

class ScimClient;

/// The SCIM side of the fixes: deactivates users and removes group memberships through a ScimClient.
/// prepare() reads the resource (its ETag, and whether the change is already in effect); perform() sends
/// the change with If-Match of that version where the server supports ETags, so a change made in between
/// is refused (412) and reported as a conflict with the resource as the server has it now.
class ScimFixConnector : public QObject, public FixConnector
{
    Q_OBJECT
public:
    /// \a identity names the credential used (e.g. the OAuth client id or "API token"); never the secret.
    ScimFixConnector(ScimClient *client, QString identity, QObject *parent = nullptr);
    /// Makes this the connector of the SCIM provisioning target \a name: it then performs only the actions
    /// on that target (FixAction::scimTarget), and the IdP's connector none of them.
    void setTargetName(const QString &name) { m_targetName = name; }
    QString targetName() const { return m_targetName; }

    bool supports(const FixAction &action) const override;
    /// Reads the resource: describe() then shows its ETag, and perform() sends exactly that request.
    void prepare(const FixAction &action, std::function<void(Status)> done) override;
    QString identity() const override { return m_identity; }
    FixRequest describe(const FixAction &action) const override;
    void perform(const FixAction &action, std::function<void(FixResult)> done) override;
    void readBack(const FixAction &action, std::function<void(ResourceState)> done) override;

signals:
    /// The resource was read before the change is sent (tests change the server state here).
    void resourceRead(const QString &target);

private:
    void ensureDiscovered(std::function<void(bool ok, QString error)> next);
    void read(const FixAction &action, std::function<void(Result<QJsonObject>)> done);
    void readMembership(const FixAction &action, std::function<void(Result<QJsonObject>)> done);
    static ResourceState stateOf(const FixAction &action, const QJsonObject &resource);
    void send(const FixAction &action, const QJsonObject &current, std::function<void(FixResult)> done);

    QPointer<ScimClient> m_client;
    QString m_identity;
    QString m_targetName;
    bool m_discovered = false;
    QHash<QString, QJsonObject> m_lastRead; // target -> resource as last read, for previews
};

} // namespace Scimflow
