#include "columnchooser.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace Scimflow {

ColumnChooser::ColumnChooser(QHeaderView *header)
    : QObject(header)
    , m_header(header)
{
    setObjectName(QStringLiteral("columnChooser"));
}

ColumnChooser *ColumnChooser::install(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    if (ColumnChooser *existing = of(table))
        return existing;
    auto *chooser = new ColumnChooser(header);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click to sort; drag to move a column; right-click to choose the columns"));
    connect(header, &QWidget::customContextMenuRequested, chooser, [chooser, header](const QPoint &pos) {
        QMenu *menu = chooser->createMenu(header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(header->mapToGlobal(pos));
    });
    return chooser;
}

ColumnChooser *ColumnChooser::of(const QTableView *table)
{
    return table->horizontalHeader()->findChild<ColumnChooser *>(QStringLiteral("columnChooser"),
                                                                 Qt::FindDirectChildrenOnly);
}

QMenu *ColumnChooser::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(tr("Columns"), parent);
    const QAbstractItemModel *model = m_header->model();
    int visible = 0;
    for (int logical = 0; logical < m_header->count(); ++logical)
        visible += m_header->isSectionHidden(logical) ? 0 : 1;
    // In the order the user sees the columns.
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int logical = m_header->logicalIndex(visual);
        QAction *action = menu->addAction(model->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        // The last visible column stays: a table without columns cannot be brought back by right-click.
        action->setEnabled(m_header->isSectionHidden(logical) || visible > 1);
        QHeaderView *header = m_header;
        connect(action, &QAction::toggled, header, [header, logical](bool shown) {
            header->setSectionHidden(logical, !shown);
            if (shown && header->sectionSize(logical) < header->minimumSectionSize() * 2)
                header->resizeSection(logical, header->defaultSectionSize());
        });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Show all columns in their original order"));
    QHeaderView *header = m_header;
    connect(reset, &QAction::triggered, header, [header] {
        for (int logical = 0; logical < header->count(); ++logical) {
            header->setSectionHidden(logical, false);
            header->moveSection(header->visualIndex(logical), logical);
        }
    });
    return menu;
}

} // namespace Scimflow
