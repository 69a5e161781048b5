#pragma once

#include "pipelineparser.h"

#include <QJsonObject>

namespace Scimflow {

/// Reads Google Cloud Dataflow REST v1b3 job resources: a jobs.list page ({"jobs":[...],
/// "nextPageToken"}) of summaries, or one job from jobs.get with JOB_VIEW_ALL, whose
/// environment.serviceAccountEmail is what the job runs as. The launcher is not on the job: it comes from
/// the audit log (AuditLogParser).
class DataflowParser : public PipelineParser
{
public:
    QString source() const override;
    /// A list page, or a single job object (then nextPageToken is empty).
    Result<JobPage> parse(const QByteArray &body) const override;
    /// One job from jobs.get; a job that cannot be read is an error here, not a skip.
    Result<Job> parseJob(const QByteArray &body) const;

    /// Label carrying the pipeline role the job used, where a deployment records it (default "role").
    void setRoleLabel(const QString &label) { m_roleLabel = label; }

    /// JOB_STATE_* onto Job::State (terminal states map to Succeeded, Failed or Cancelled).
    static Job::State mapState(QStringView rawState);
    static bool isTerminal(QStringView rawState);

private:
    /// Fills \a job from \a object; on failure returns false and says why.
    bool readJob(const QJsonObject &object, Job *job, QString *why) const;

    QString m_roleLabel = QStringLiteral("role");
};

} // namespace Scimflow
