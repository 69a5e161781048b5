#include "timelinedock.h"

#include "entityref.h"
#include "selectioncontext.h"
#include "timelineloader.h"
#include "timelineview.h"

namespace Scimflow {

TimelineDock::TimelineDock(QWidget *parent)
    : QDockWidget(tr("Timeline"), parent)
    , m_view(new TimelineView)
{
    setObjectName(QStringLiteral("timelineDock"));
    setWidget(m_view);
    connect(m_view, &TimelineView::jobActivated, this, [this](qint64 id) {
        setFocus({EntityKind::Job, id});
    });
    connect(m_view, &TimelineView::userActivated, this, [this](qint64 id) {
        setFocus({EntityKind::User, id});
    });
    connect(m_view, &TimelineView::serviceAccountActivated, this, [this](qint64 id) {
        setFocus({EntityKind::ServiceAccount, id});
    });
    connect(m_view, &TimelineView::groupActivated, this, [this](qint64 id) {
        setFocus({EntityKind::Group, id});
    });
    connect(m_view, &TimelineView::credentialActivated, this, [this](qint64 id) {
        setFocus({EntityKind::Credential, id});
    });
}

TimelineDock::~TimelineDock()
{
    m_view->setLoader(nullptr); // the loader goes first; the view must not keep a dangling pointer
}

void TimelineDock::connectSelection(SelectionContext *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (!m_selection)
        return;
    // The timeline's query starts before the other views resolve their links, so both run at once; a
    // credential's lanes are its owner's, which only the links name.
    connect(m_selection, &SelectionContext::focusChanging, this, [this](const EntityRef &focus) {
        if (focus.kind != EntityKind::Credential)
            onFocusChanged(focus);
    });
    connect(m_selection, &SelectionContext::focusChanged, this, [this](const EntityRef &focus) {
        if (focus.kind == EntityKind::Credential)
            onFocusChanged(focus);
    });
}

void TimelineDock::openDatabase(const QString &path)
{
    m_view->setLoader(nullptr);
    m_loader = std::make_unique<TimelineLoader>(path);
    m_view->setLoader(m_loader.get());
    if (m_selection)
        onFocusChanged(m_selection->focus());
}

void TimelineDock::reload()
{
    if (m_loader)
        m_loader->reload();
}

void TimelineDock::setFocus(const EntityRef &ref)
{
    if (m_selection)
        m_selection->setFocus(ref);
}

void TimelineDock::onFocusChanged(const EntityRef &focus)
{
    switch (focus.kind) {
    case EntityKind::None:
        m_view->showOverview();
        break;
    case EntityKind::User:
        m_view->showUsers({focus.id});
        m_view->revealUser(focus.id);
        break;
    case EntityKind::ServiceAccount:
        m_view->showServiceAccounts({focus.id});
        m_view->revealServiceAccount(focus.id);
        break;
    case EntityKind::Group:
        m_view->showGroup(focus.id);
        break;
    case EntityKind::Job:
        m_view->showJob(focus.id);
        break;
    case EntityKind::Credential: {
        // The owner's lanes: the link sets name it first among the highlighted rows.
        const EntityRef owner = m_selection ? m_selection->links().highlighted.value(0) : EntityRef{};
        if (owner.kind == EntityKind::ServiceAccount)
            m_view->showServiceAccounts({owner.id});
        else if (owner.kind == EntityKind::User)
            m_view->showUsers({owner.id});
        else
            m_view->showOverview();
        break;
    }
    }
}

} // namespace Scimflow
