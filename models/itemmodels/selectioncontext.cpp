#include "selectioncontext.h"

namespace Scimflow {

const QList<EntityRef> *LinkSets::allowedFor(EntityKind kind) const
{
    switch (kind) {
    case EntityKind::User:
    case EntityKind::ServiceAccount:
        return identitiesNarrowed ? &identities : nullptr;
    case EntityKind::Group:
        return rolesNarrowed ? &roles : nullptr;
    case EntityKind::Job:
        return jobsNarrowed ? &jobs : nullptr;
    case EntityKind::Credential:
        return credentialsNarrowed ? &credentials : nullptr;
    case EntityKind::None:
        break;
    }
    return nullptr;
}

SelectionContext::SelectionContext(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Scimflow::EntityRef>();
}

void SelectionContext::setResolver(Resolver resolver)
{
    m_resolver = std::move(resolver);
}

void SelectionContext::setFocus(const EntityRef &ref)
{
    if (!ref.isValid()) {
        clearFocus();
        return;
    }
    if (ref == m_links.focus)
        return;
    emit focusChanging(ref);
    LinkSets links;
    if (m_resolver)
        links = m_resolver(ref);
    links.focus = ref;
    m_links = std::move(links);
    emit focusChanged(ref);
}

void SelectionContext::clearFocus()
{
    if (!m_links.focus.isValid())
        return;
    emit focusChanging(EntityRef());
    m_links = LinkSets();
    emit focusChanged(EntityRef());
}

void SelectionContext::refresh()
{
    const EntityRef focus = m_links.focus;
    if (!focus.isValid())
        return;
    m_links.focus = EntityRef();
    setFocus(focus);
}

} // namespace Scimflow
