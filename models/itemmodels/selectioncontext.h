#pragma once

#include "entityref.h"

#include <QList>
#include <QObject>

#include <functional>

namespace Scimflow {

/// What the current focus means for each view: which rows remain (when narrowed) and which rows are
/// emphasised. Computed once per focus change by a resolver, then read by every listener.
struct LinkSets
{
    EntityRef focus;
    bool identitiesNarrowed = false; // users and service accounts
    bool rolesNarrowed = false;
    bool jobsNarrowed = false;
    bool credentialsNarrowed = false;
    QList<EntityRef> identities; // allowed rows when narrowed, ascending by key
    QList<EntityRef> roles;
    QList<EntityRef> jobs;
    QList<EntityRef> credentials; // keys, accounts and tokens of the credential inventory
    QList<EntityRef>
        highlighted; // e.g. a job's launcher, run-as principal and their roles; a credential's owner

    /// The allowed rows for a view that holds \a kind, or nullptr when that view is not narrowed.
    const QList<EntityRef> *allowedFor(EntityKind kind) const;
};

/// Owns the console's current focus (one entity, or none) and what it links to. Views and proxies
/// listen to it and set it; they never talk to each other, so a timeline or a findings view plugs in
/// by connecting to focusChanged() and calling setFocus().
class SelectionContext : public QObject
{
    Q_OBJECT
public:
    using Resolver = std::function<LinkSets(const EntityRef &focus)>;

    explicit SelectionContext(QObject *parent = nullptr);

    /// How a focus is turned into link sets (LinkResolver over a Store in the console).
    void setResolver(Resolver resolver);

    EntityRef focus() const { return m_links.focus; }
    bool hasFocus() const { return m_links.focus.isValid(); }
    const LinkSets &links() const { return m_links; }

public slots:
    /// Makes \a ref the focus; the same focus again is a no-op. An invalid ref clears the focus.
    void setFocus(const Scimflow::EntityRef &ref);
    void clearFocus();
    /// Recomputes the links of the current focus (after the data was reloaded).
    void refresh();

signals:
    /// The focus moves to \a focus; its links are not resolved yet. Views that need only the focus itself
    /// (the timeline, whose query runs on a worker) start here, in parallel with the link queries.
    void focusChanging(const Scimflow::EntityRef &focus);
    /// Emitted after links() was updated for the new focus (invalid when cleared).
    void focusChanged(const Scimflow::EntityRef &focus);

private:
    Resolver m_resolver;
    LinkSets m_links;
};

} // namespace Scimflow
