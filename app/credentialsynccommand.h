#pragma once

#include "credentialinventoryjob.h"
#include "result.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;
class QTextStream;

namespace Scimflow::Cli {

/// The credential-inventory options of `scimflow sync`: a Google Cloud project (IAM keys and Policy
/// Analyzer) and a GitHub organisation (fine-grained tokens, read as a GitHub App). --gcp-credentials and
/// --github-url are shared with the pipeline options.
struct CredentialCliOptions
{
    QCommandLineOption gcpProject{
        QStringLiteral("gcp-project"),
        QStringLiteral("Google Cloud project whose service accounts, keys and their last "
                       "authentication to read (credentials: --gcp-credentials, "
                       "GOOGLE_APPLICATION_CREDENTIALS or --iam-token-env)."),
        QStringLiteral("P")};
    QCommandLineOption iamUrl{QStringLiteral("iam-url"),
                              QStringLiteral("IAM API base URL (default https://iam.googleapis.com)."),
                              QStringLiteral("URL"), QStringLiteral("https://iam.googleapis.com")};
    QCommandLineOption policyAnalyzerUrl{
        QStringLiteral("policy-analyzer-url"),
        QStringLiteral("Policy Analyzer API base URL (default https://policyanalyzer.googleapis.com)."),
        QStringLiteral("URL"), QStringLiteral("https://policyanalyzer.googleapis.com")};
    QCommandLineOption iamTokenEnv{
        QStringLiteral("iam-token-env"),
        QStringLiteral("Environment variable holding a Google access token for IAM and "
                       "Policy Analyzer (instead of a credentials file)."),
        QStringLiteral("VAR")};
    QCommandLineOption githubOrg{
        QStringLiteral("github-org"),
        QStringLiteral("GitHub organisation whose fine-grained personal access tokens to "
                       "read (needs --github-app-id and --github-app-key-file)."),
        QStringLiteral("ORG")};
    QCommandLineOption githubAppId{QStringLiteral("github-app-id"),
                                   QStringLiteral("Id of the GitHub App installed on the organisation."),
                                   QStringLiteral("ID")};
    QCommandLineOption githubAppKeyFile{
        QStringLiteral("github-app-key-file"),
        QStringLiteral("The GitHub App's private key (PEM); read into memory only."), QStringLiteral("PEM")};

    QList<QCommandLineOption> all() const;
    bool anySet(const QCommandLineParser &parser) const;
};

/// The credential sources the options give; an InvalidInput error names a missing or unreadable option.
Result<QList<CredentialSourceRun>> credentialPlanFromOptions(const QCommandLineParser &parser,
                                                             const CredentialCliOptions &options,
                                                             const QCommandLineOption &gcpCredentials,
                                                             const QCommandLineOption &githubUrl,
                                                             const QString &caFile, int timeoutMs);

/// Reads \a sources into \a databasePath, printing one summary line per source. Returns the exit code.
int runCredentialPlan(const QList<CredentialSourceRun> &sources, const QString &databasePath,
                      QTextStream &out, QTextStream &err);

} // namespace Scimflow::Cli
