#pragma once

#include <QStyledItemDelegate>

namespace Scimflow {

/// Paints a table's cells in the colours of the current palette: a model's TableModel::ToneRole becomes
/// the text colour AppTheme picks for it, and rows linked to the focus (HighlightRole) get the theme's
/// link background. Installed on every table that shows a TableModel.
class ToneDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Scimflow
