#pragma once

#include <QObject>

class QHeaderView;
class QMenu;
class QTableView;
class QWidget;

namespace Scimflow {

/// The column chooser of a table view: right-clicking its header lists the columns as checkable entries
/// (the last visible one cannot be hidden), and columns can be dragged to another place. Which columns are
/// hidden and their order live in the header's state, which the main window saves and restores.
class ColumnChooser : public QObject
{
    Q_OBJECT
public:
    /// Attaches a chooser to \a table's horizontal header (owned by the header).
    static ColumnChooser *install(QTableView *table);
    /// The chooser attached to \a table, or nullptr.
    static ColumnChooser *of(const QTableView *table);

    /// The menu the header's context menu shows; the caller owns it.
    QMenu *createMenu(QWidget *parent) const;

private:
    explicit ColumnChooser(QHeaderView *header);

    QHeaderView *m_header;
};

} // namespace Scimflow
