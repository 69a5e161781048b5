#pragma once

#include "credential.h"
#include "googlecredentials.h"
#include "result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Scimflow {

class AuthProvider;
class HttpClient;
struct HttpClientOptions;

/// One credential source with what it needs to be read: a Google Cloud project (IAM + Policy Analyzer) or a
/// GitHub organisation (fine-grained tokens, read as a GitHub App installation).
struct CredentialSourceRun
{
    enum class Kind { Gcp, Github };

    Kind kind = Kind::Gcp;
    // Google Cloud
    QString project;
    QUrl iamBase{QStringLiteral("https://iam.googleapis.com")};
    QUrl policyAnalyzerBase{QStringLiteral("https://policyanalyzer.googleapis.com")};
    std::optional<GoogleCredentials> google; // else bearerToken
    QString bearerToken;
    // GitHub
    QString organisation;
    QUrl githubBase{QStringLiteral("https://api.github.com")};
    QString appId;
    QByteArray appPrivateKeyPem; // in memory only
    // Both
    QString caFile;
    int timeoutMs = 30000;
    int pageSize = 0; // 0: the API's maximum

    QString name() const; // "gcp iam P" / "github tokens ORG"
    /// What this source's requests authenticate with: the Google credentials or access token (null when
    /// neither is given), or the GitHub App's installation token. \a http fetches the Google tokens.
    std::unique_ptr<AuthProvider> makeAuth(HttpClient *http, const HttpClientOptions &options) const;
};

/// Reads credential sources one after the other and writes each source's inventory in one transaction on a
/// worker thread (CredentialRepository). A source that fails leaves its previous inventory as it was and is
/// reported; the next source still runs.
class CredentialInventoryJob : public QObject
{
    Q_OBJECT
public:
    CredentialInventoryJob(QString databasePath, QList<CredentialSourceRun> sources,
                           QObject *parent = nullptr);
    ~CredentialInventoryJob() override;

    /// One line per source read ("gcp iam my-proj: 42 service accounts, …").
    QStringList summaries() const { return m_summaries; }
    /// One message per source that failed, naming it; secrets scrubbed.
    QStringList errors() const { return m_errors; }

public Q_SLOTS:
    void start();
    void cancel();

Q_SIGNALS:
    void phaseChanged(const QString &description);
    void progress(int done, int total);
    void finished();

private:
    void next();
    void fetch(const CredentialSourceRun &run);
    void write(const CredentialInventory &inventory, const std::optional<Error> &error);
    void sourceDone(const QString &summary, const QString &error);

    QString m_databasePath;
    QList<CredentialSourceRun> m_sources;
    int m_index = -1;
    bool m_cancelled = false;
    QStringList m_secrets;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<AuthProvider> m_auth;
    QPointer<QObject> m_fetcher;
    QFutureWatcher<Status> *m_watcher = nullptr;
    QStringList m_summaries;
    QStringList m_errors;
};

} // namespace Scimflow
