#pragma once

#include <QDockWidget>
#include <QPointer>

#include <memory>

namespace Scimflow {

class SelectionContext;
class TimelineLoader;
class TimelineView;
struct EntityRef;

/// The timeline as a dock of the main window, linked to the console's selection: a new focus picks the
/// lanes (a user, a service account, a role's members, a job's principals, or everything) and scrolls to
/// it; clicking a bar or an event sets the focus, so the linked tables select it.
class TimelineDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit TimelineDock(QWidget *parent = nullptr);
    ~TimelineDock() override;

    TimelineView *view() const { return m_view; }
    TimelineLoader *loader() const { return m_loader.get(); }

    void connectSelection(SelectionContext *selection);
    /// Starts answering from \a path (the loader opens its own connection on its own thread).
    void openDatabase(const QString &path);

public Q_SLOTS:
    /// The store changed (a sync or a drift run): rebuild the index and redraw.
    void reload();

private:
    void onFocusChanged(const EntityRef &focus);
    void setFocus(const EntityRef &ref);

    TimelineView *m_view;
    std::unique_ptr<TimelineLoader> m_loader;
    QPointer<SelectionContext> m_selection;
};

} // namespace Scimflow
