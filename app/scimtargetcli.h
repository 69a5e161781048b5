#pragma once

#include "headlesssync.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Scimflow::Cli {

/// The `scimflow sync` options that add SCIM provisioning targets, each repeatable and keyed by the
/// target's name: --scim-target NAME=URL, --scim-target-token-env NAME=VAR, --scim-target-vendor
/// NAME=PROFILE.
struct ScimTargetCliOptions
{
    QCommandLineOption target{
        QStringLiteral("scim-target"),
        QStringLiteral("A SCIM provisioning target the IdP pushes into, as NAME=URL (e.g. "
                       "aws=https://scim.us-east-1.amazonaws.com/TENANT/scim/v2); "
                       "repeatable. Synced after the IdP."),
        QStringLiteral("NAME=URL")};
    QCommandLineOption tokenEnv{
        QStringLiteral("scim-target-token-env"),
        QStringLiteral("NAME=VAR: the environment variable holding target NAME's bearer "
                       "token (sent to that target only); one per target."),
        QStringLiteral("NAME=VAR")};
    QCommandLineOption vendor{
        QStringLiteral("scim-target-vendor"),
        QStringLiteral("NAME=PROFILE: target NAME's profile, aws-identity-center, generic, "
                       "databricks or github-emu (default generic)."),
        QStringLiteral("NAME=PROFILE")};

    QList<QCommandLineOption> all() const { return {target, tokenEnv, vendor}; }
    bool anySet(const QCommandLineParser &parser) const;
    /// The targets the options name, with their tokens read from the environment; an InvalidInput error
    /// names the option to fix.
    Result<QList<ScimTargetRun>> targets(const QCommandLineParser &parser, const QString &caFile) const;
};

} // namespace Scimflow::Cli
