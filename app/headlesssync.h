#pragma once

#include "connectionprofile.h"
#include "credentialinventoryjob.h"
#include "pipelinesynccommand.h"
#include "syncjob.h"

#include <optional>

class QTextStream;

namespace Scimflow::Cli {

/// Everything one `scimflow sync` run does, whether its sources come from options or from a saved
/// connection: the IdP over SCIM, then the pipeline plan, then the findings.
struct HeadlessSync
{
    QString databasePath;
    QString connectionName;               // a saved connection: recorded as meta synced_connection on success
    std::optional<ConnectionProfile> idp; // its SCIM part; none: pipeline sources only
    QString idpSecret;
    SyncOptions::Mode mode = SyncOptions::Mode::Auto;
    int timeoutMs = 30000;
    PipelinePlan pipelines;
    bool findings = true;                   // recompute the findings after a successful sync
    QList<CredentialSourceRun> credentials; // service-account credential inventory sources
};

/// Runs \a sync, printing one line per source and the findings count. Returns the exit code.
int runHeadlessSync(const HeadlessSync &sync, QTextStream &out, QTextStream &err);

} // namespace Scimflow::Cli
