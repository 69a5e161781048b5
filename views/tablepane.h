#pragma once

#include "entityref.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace Scimflow {

class LinkedTableProxy;
class SelectionContext;

/// One linked view: a title, a filter line over a sortable table. Selecting a row sets the shared
/// focus; when the focus changes elsewhere the pane scrolls to what it links to. It never talks to
/// the other panes.
class TablePane : public QWidget
{
    Q_OBJECT
public:
    TablePane(const QString &title, LinkedTableProxy *proxy, SelectionContext *selection,
              QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    LinkedTableProxy *proxy() const { return m_proxy; }
    QString title() const { return m_title; }

    void focusFilter();
    /// Visible rows as CSV (header line first); only the selected rows when \a selectedOnly.
    QString rowsAsCsv(bool selectedOnly) const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);
    /// Column widths that fit the content of the first rows (first start, no saved state).
    void fitColumns();
    /// The context menu for a right-click at \a pos (viewport coordinates); the caller owns it.
    QMenu *createContextMenu(const QPoint &pos);

signals:
    /// Open in Timeline / Show Findings from the context menu, for the entity of the row clicked.
    void timelineRequested(const Scimflow::EntityRef &ref);
    void findingsRequested(const Scimflow::EntityRef &ref);

private:
    void updateTitle();
    void onFocusChanged(const EntityRef &focus);
    void selectFocus();
    void showContextMenu(const QPoint &pos);
    void copySelection();

    QString m_title;
    LinkedTableProxy *m_proxy;
    SelectionContext *m_selection;
    QLabel *m_titleLabel;
    QLineEdit *m_filter;
    QTableView *m_table;
    bool m_selectingFromFocus = false;
};

} // namespace Scimflow
