#pragma once

#include "directoryreader.h"
#include "scimparser.h"

#include <QPointer>

#include <functional>

namespace Scimflow {

class ScimClient;
class ScimListJob;
struct ScimListing;

/// The generic SCIM 2.0 identity provider: an IdP that serves its directory over SCIM. Discovery, then
/// /Users and /Groups (filtered on meta.lastModified for incremental reads when the server can filter), and
/// group members completed from the users' "groups" where the server lists groups without members. It has no
/// audit log: its events are derived from the snapshots.
class ScimDirectoryReader : public DirectoryReader
{
    Q_OBJECT
public:
    explicit ScimDirectoryReader(ScimClient *client, QObject *parent = nullptr);

    QString sourceName() const override { return QStringLiteral("scim"); }
    bool canReadIncrementally() const override { return true; } // when discovery finds filter support
    void start(const DirectoryReadRequest &request) override;
    void cancel() override;

private:
    void list(ScimParser::Kind kind, const QString &phase, std::function<void(const ScimListing &)> next);
    void fillMembersFromUsers();

    QPointer<ScimClient> m_client;
    QString m_filter;
    QPointer<ScimListJob> m_list;
    DirectoryRead m_read;
    bool m_cancelled = false;
};

} // namespace Scimflow
