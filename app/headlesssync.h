#pragma once

#include "connectionprofile.h"
#include "credentialinventoryjob.h"
#include "pipelinesynccommand.h"
#include "syncjob.h"

#include <optional>

class QTextStream;

namespace Scimflow::Cli {

/// One SCIM provisioning target a sync reads after the IdP.
struct ScimTargetRun
{
    QString name;
    QString url;
    QString vendor = QStringLiteral("generic"); // a target profile name
    QString token;                              // from the environment or the keychain; never stored
    QString caFile;
};

/// Everything one `scimflow sync` run does, whether its sources come from options or from a saved
/// connection: the IdP over SCIM, then the pipeline plan, then the findings.
struct HeadlessSync
{
    QString databasePath;
    QString connectionName;               // a saved connection: recorded as meta synced_connection on success
    std::optional<ConnectionProfile> idp; // its identity provider (SCIM, Okta or Entra); none: pipelines only
    QString idpSecret;
    SyncOptions::Mode mode = SyncOptions::Mode::Auto;
    int timeoutMs = 30000;
    PipelinePlan pipelines;
    QList<ScimTargetRun> targets;           // synced after the IdP, one summary line each
    bool findings = true;                   // recompute the findings after a successful sync
    QList<CredentialSourceRun> credentials; // service-account credential inventory sources
};

/// Runs \a sync, printing one line per source and the findings count. Returns the exit code.
int runHeadlessSync(const HeadlessSync &sync, QTextStream &out, QTextStream &err);

} // namespace Scimflow::Cli
