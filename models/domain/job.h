#pragma once

#include "timestamp.h"

#include <QMap>
#include <QString>

namespace Scimflow {

/// One pipeline execution (a Dataflow job, a GitHub Actions run, an OpenLineage run).
struct Job
{
    enum class State { Unknown, Pending, Running, Succeeded, Failed, Cancelled };

    qint64 id = 0;
    QString source;     // "dataflow", "github", "openlineage"
    QString externalId; // the source's id, unique per source
    QString name;
    State state = State::Unknown;
    QString rawState; // the source's own state string, e.g. JOB_STATE_RUNNING
    QString project;  // Dataflow project / GitHub owner/repo / OpenLineage namespace
    QString location;
    Timestamp createTime = 0;
    Timestamp startTime = 0;
    Timestamp endTime = 0; // 0 while running
    Timestamp stateTime = 0;
    QString launcher; // principal that started it (email or login)
    QString runAs;    // principal it executes as (service account email or user)
    QString role;     // pipeline role it actually used, where the source reports it
    QMap<QString, QString> labels;

    // Correlation results (local row ids, 0 = unmatched)
    qint64 launcherUserId = 0;
    qint64 runAsUserId = 0;
    qint64 runAsServiceAccountId = 0;

    bool isRunning() const { return state == State::Running || state == State::Pending; }
};

QString jobStateName(Job::State state);
Job::State jobStateFromName(QStringView name);

} // namespace Scimflow
