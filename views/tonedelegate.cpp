#include "tonedelegate.h"

#include "apptheme.h"
#include "compacttablemodel.h"

namespace Scimflow {

void ToneDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant tone = index.data(TableModel::ToneRole);
    if (tone.isValid() && TableModel::Tone(tone.toInt()) != TableModel::Tone::Plain)
        option->palette.setColor(QPalette::Text,
                                 AppTheme::toneColor(TableModel::Tone(tone.toInt()), option->palette));
    if (m_linkedRows && index.data(CompactTableModel::HighlightRole).toBool())
        option->backgroundBrush = AppTheme::linkedRowColor(option->palette);
}

} // namespace Scimflow
