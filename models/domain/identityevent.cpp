#include "identityevent.h"

#include <array>

namespace Scimflow {

namespace {
constexpr std::array kKinds = {
    IdentityEvent::Kind::Created,           IdentityEvent::Kind::Updated,
    IdentityEvent::Kind::Deactivated,       IdentityEvent::Kind::Reactivated,
    IdentityEvent::Kind::Deleted,           IdentityEvent::Kind::MembershipAdded,
    IdentityEvent::Kind::MembershipRemoved, IdentityEvent::Kind::RoleChanged,
};
} // namespace

QString identityEventKindName(IdentityEvent::Kind kind)
{
    switch (kind) {
    case IdentityEvent::Kind::Created:
        return QStringLiteral("created");
    case IdentityEvent::Kind::Updated:
        return QStringLiteral("updated");
    case IdentityEvent::Kind::Deactivated:
        return QStringLiteral("deactivated");
    case IdentityEvent::Kind::Reactivated:
        return QStringLiteral("reactivated");
    case IdentityEvent::Kind::Deleted:
        return QStringLiteral("deleted");
    case IdentityEvent::Kind::MembershipAdded:
        return QStringLiteral("membership-added");
    case IdentityEvent::Kind::MembershipRemoved:
        return QStringLiteral("membership-removed");
    case IdentityEvent::Kind::RoleChanged:
        return QStringLiteral("role-changed");
    }
    return QStringLiteral("updated");
}

bool identityEventKindFromName(QStringView name, IdentityEvent::Kind *kind)
{
    for (auto k : kKinds) {
        if (name == identityEventKindName(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace Scimflow
