#include "timelinetypes.h"

namespace Scimflow {

int timelineEventSignificance(IdentityEvent::Kind kind)
{
    switch (kind) {
    case IdentityEvent::Kind::Deleted:
        return 7;
    case IdentityEvent::Kind::Deactivated:
        return 6;
    case IdentityEvent::Kind::Reactivated:
        return 5;
    case IdentityEvent::Kind::RoleChanged:
        return 4;
    case IdentityEvent::Kind::MembershipRemoved:
        return 3;
    case IdentityEvent::Kind::MembershipAdded:
        return 2;
    case IdentityEvent::Kind::Created:
        return 1;
    case IdentityEvent::Kind::Updated:
        break;
    }
    return 0;
}

int timelineJobStateSignificance(Job::State state)
{
    switch (state) {
    case Job::State::Failed:
        return 5;
    case Job::State::Running:
        return 4;
    case Job::State::Pending:
        return 3;
    case Job::State::Cancelled:
        return 2;
    case Job::State::Succeeded:
        return 1;
    case Job::State::Unknown:
        break;
    }
    return 0;
}

} // namespace Scimflow
