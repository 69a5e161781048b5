#pragma once

#include <QJsonObject>

#include "job.h"
#include "sandboxserver.h"
#include "scenario.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QUrl>
#include <QUrlQuery>

#include <utility>

namespace Scimflow {

/// The simulated pipeline APIs' data and answers, generated from a Scenario: Dataflow v1b3 jobs, Cloud
/// Logging audit entries for their creation, and GitHub Actions workflow runs. Pure request -> response
/// functions, so the routes stay thin and the shapes can be tested without a server. Thread-safe.
class PipelineSandboxData
{
public:
    explicit PipelineSandboxData(const Scenario &scenario);

    // Dataflow v1b3: GET .../jobs (filter, pageSize, pageToken, view), GET .../jobs/{id}, PUT .../jobs/{id}.
    SandboxResponse listDataflowJobs(const QString &project, const QString &location,
                                     const QUrlQuery &query) const;
    SandboxResponse getDataflowJob(const QString &project, const QString &location,
                                   const QString &jobId) const;
    SandboxResponse updateDataflowJob(const QString &project, const QString &location, const QString &jobId,
                                      const QByteArray &body);

    // Cloud Logging v2: POST /v2/entries:list with {"resourceNames", "filter", "pageSize", "pageToken"}.
    SandboxResponse listLogEntries(const QByteArray &requestBody) const;

    // GitHub Actions: GET /repos/{o}/{r}/actions/runs (page, per_page), POST .../runs/{id}/cancel.
    SandboxResponse listGithubRuns(const QString &repo, const QUrlQuery &query, const QUrl &requestUrl) const;
    SandboxResponse getGithubRun(const QString &repo, const QString &runId) const;
    SandboxResponse cancelGithubRun(const QString &repo, const QString &runId);

    /// Dataflow and Cloud Logging page tokens as plain offsets ("15", "30"), as some compatible servers
    /// write them, instead of opaque ones; the same offsets then appear in every listing.
    void setPlainOffsetTokens(bool plain) { m_plainOffsetTokens = plain; }

    int dataflowJobCount() const { return int(m_dataflow.size()); }
    int githubRunCount() const { return int(m_github.size()); }
    QString project() const { return m_project; }
    QString location() const { return m_location; }
    QString repository() const { return m_repo; }

    static constexpr int kMaxDataflowPageSize = 1000;
    static constexpr int kMaxLogPageSize = 1000;
    static constexpr int kMaxGithubPerPage = 100;

private:
    static SandboxResponse googleError(int code, const char *status, const QString &message);
    QByteArray dataflowJobJson(const Job &job, bool full) const;

    mutable QMutex m_mutex;
    QList<Job> m_dataflow; // newest first, as the API lists them
    QHash<QString, qsizetype> m_dataflowIndex;
    QList<Job> m_github;                                                   // newest first
    QJsonObject githubRunJson(qsizetype index, const QString &repo) const; // caller holds m_mutex
    QHash<QString, qsizetype> m_githubIndex;
    QList<qsizetype> m_launchOrder; // Dataflow jobs by creation time, oldest first (Logging's default order)
    QString m_project;
    QString m_location;
    QString m_repo;
    Timestamp m_anchor = 0;
    mutable int m_githubRemaining = 5000;
    bool m_plainOffsetTokens = false;
};

} // namespace Scimflow
