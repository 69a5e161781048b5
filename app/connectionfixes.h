#pragma once

#include "connectionprofile.h"
#include "fixconnector.h"
#include "result.h"

#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace Scimflow {

struct DirectoryConnection;
class ScimConnection;
class ScimFixConnector;

/// The fix connectors `scimflow review remediate` sends through for one saved connection: its identity
/// provider's (SCIM, Okta or Microsoft Graph) and its SCIM targets', each with its own secret, as the
/// console's workspace builds them for the same profile.
class ConnectionFixes
{
public:
    ~ConnectionFixes();

    /// \a secrets maps the profile's secret references to the secrets; what cannot be built is named in
    /// \a problems and left out.
    static std::unique_ptr<ConnectionFixes>
    open(const ConnectionProfile &profile, const QHash<QString, QString> &secrets, QStringList *problems);
    QList<FixConnector *> connectors() const;

private:
    ConnectionFixes() = default;

    std::unique_ptr<ScimConnection> m_scim;
    std::unique_ptr<DirectoryConnection> m_idp;
    std::unique_ptr<FixConnector> m_idpFixes;
    std::vector<std::unique_ptr<ScimConnection>> m_targets;
    std::vector<std::unique_ptr<ScimFixConnector>> m_targetFixes;
};

} // namespace Scimflow
