#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Scimflow {

/// A service-account credential inventory source of a saved connection: a Google Cloud project (IAM and
/// Policy Analyzer) or a GitHub organisation (its fine-grained tokens, read as a GitHub App). Holds no
/// secret: secretRef names the keychain entry, which holds the Google credentials file's JSON (or an access
/// token when no file is named) or the GitHub App's private key (PEM).
struct CredentialSource
{
    enum class Kind { Gcp, Github };

    Kind kind = Kind::Gcp;
    // Google Cloud
    QString project;
    QString iamUrl;            // empty: https://iam.googleapis.com
    QString policyAnalyzerUrl; // empty: https://policyanalyzer.googleapis.com
    QString credentialsFile;   // the key.json the secret was read from; empty: the secret is an access token
    // GitHub
    QString organisation;
    QString appId;
    QString appKeyFile; // the PEM the secret was read from, for display; the key itself is in the keychain
    QString githubUrl;  // empty: https://api.github.com
    QString secretRef;

    static QString kindName(Kind kind); // "gcp", "github"
    /// "Google Cloud project P" or "GitHub organisation O", for lists and messages.
    QString displayName() const;
    /// Empty when the fields are complete, else what is missing, for the user.
    QString validate() const;

    static QJsonArray toJson(const QList<CredentialSource> &sources);
    static QList<CredentialSource> fromJson(const QJsonArray &array);
};

} // namespace Scimflow
