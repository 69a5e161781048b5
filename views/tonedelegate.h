#pragma once

#include <QStyledItemDelegate>

namespace Scimflow {

/// Paints a table's cells in the colours of the current palette: a model's TableModel::ToneRole becomes
/// the text colour AppTheme picks for it, and on the linked views (\a linkedRows) rows linked to the focus
/// (CompactTableModel::HighlightRole) get the theme's link background. Installed on every table that shows
/// a TableModel.
class ToneDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ToneDelegate(QObject *parent, bool linkedRows = false)
        : QStyledItemDelegate(parent)
        , m_linkedRows(linkedRows)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    bool m_linkedRows;
};

} // namespace Scimflow
