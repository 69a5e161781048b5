#pragma once

#include "job.h"
#include "parsereport.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace Scimflow {

/// Where an OpenLineage run's principal comes from: dotted paths into the event (array indexes as
/// numbers), tried in order, then a job-namespace mapping.
struct OpenLineageOptions
{
    QStringList principalPaths{QStringLiteral("job.facets.ownership.owners.0.name"),
                               QStringLiteral("run.facets.principal.name")};
    QStringList runAsPaths;                     // empty: the run executes as its principal
    QMap<QString, QString> namespacePrincipals; // job.namespace -> principal
};

/// Pairs OpenLineage RunEvents into one job per run.runId: START gives the start, COMPLETE / FAIL /
/// ABORT the end and outcome, whichever order they arrive in. Used for files and for the receiver.
class OpenLineageAssembler
{
public:
    explicit OpenLineageAssembler(OpenLineageOptions options = {}, ParseLimits limits = {});

    /// Adds one event; false (and \a why) when it is not a usable RunEvent.
    bool addEvent(const QJsonObject &event, QString *why);

    /// The runs seen so far, in first-seen order.
    QList<Job> jobs() const;
    /// The run \a runId as assembled so far (a null-id Job when unknown).
    Job job(const QString &runId) const;
    int runCount() const { return int(m_order.size()); }

    /// START / RUNNING / COMPLETE / ABORT / FAIL / OTHER onto Job::State (OTHER: Unknown).
    static Job::State mapEventType(QStringView eventType);

private:
    QString principalFrom(const QJsonObject &event, const QStringList &paths) const;

    struct Run
    {
        Job job;
        bool terminal = false;
        Timestamp latest = 0;
    };
    OpenLineageOptions m_options;
    ParseLimits m_limits;
    QHash<QString, Run> m_runs;
    QStringList m_order;
};

} // namespace Scimflow
