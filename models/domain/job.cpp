#include "job.h"

namespace Scimflow {

QString jobStateName(Job::State state)
{
    switch (state) {
    case Job::State::Pending:
        return QStringLiteral("pending");
    case Job::State::Running:
        return QStringLiteral("running");
    case Job::State::Succeeded:
        return QStringLiteral("succeeded");
    case Job::State::Failed:
        return QStringLiteral("failed");
    case Job::State::Cancelled:
        return QStringLiteral("cancelled");
    case Job::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Job::State jobStateFromName(QStringView name)
{
    for (auto s : {Job::State::Pending, Job::State::Running, Job::State::Succeeded, Job::State::Failed,
                   Job::State::Cancelled}) {
        if (name == jobStateName(s))
            return s;
    }
    return Job::State::Unknown;
}

} // namespace Scimflow
