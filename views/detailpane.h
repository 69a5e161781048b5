#pragma once

#include "entitydetails.h"

#include <QWidget>

class QTextBrowser;

namespace Scimflow {

/// Shows every attribute of the focused entity and what it is linked to (memberships, principals).
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    void showDetails(const EntityDetails &details);
    /// The text shown, for tests and accessibility.
    QString plainText() const;
    EntityRef entity() const { return m_ref; }

signals:
    /// Open in Timeline / Show Findings from the context menu, for the entity shown.
    void timelineRequested(const Scimflow::EntityRef &ref);
    void findingsRequested(const Scimflow::EntityRef &ref);

private:
    void showContextMenu(const QPoint &pos);

    QTextBrowser *m_browser;
    EntityRef m_ref;
};

} // namespace Scimflow
