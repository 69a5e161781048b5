#pragma once

#include "pipelineparser.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace Scimflow {

/// GitHub's x-ratelimit-* response headers (-1 / 0 where absent).
struct GithubRateLimit
{
    int limit = -1;
    int remaining = -1;
    int used = -1;
    Timestamp resetAt = 0; // x-ratelimit-reset is epoch seconds
    QString resource;

    bool known() const { return remaining >= 0; }
};

/// Reads GitHub Actions workflow-run lists (GET /repos/{owner}/{repo}/actions/runs). The run's
/// triggering_actor is who started it (the launcher); actor is whose privileges it uses (run as), which
/// differs on re-runs.
class GithubActionsParser : public PipelineParser
{
public:
    QString source() const override;
    Result<JobPage> parse(const QByteArray &body) const override;

    /// The rel="next" URL of a Link header; empty when there is none.
    static QUrl nextLink(const QByteArray &linkHeader);
    /// Reads x-ratelimit-limit/-remaining/-used/-reset/-resource from \a header (case-insensitive names).
    static GithubRateLimit rateLimit(const std::function<QByteArray(const QByteArray &)> &header);

    /// status + conclusion onto Job::State; rawState is the conclusion once completed, the status before.
    static Job::State mapState(QStringView status, QStringView conclusion);

private:
    bool readRun(const QJsonObject &object, Job *job, QString *why) const;
};

} // namespace Scimflow
