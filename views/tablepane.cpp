#include "tablepane.h"

#include "columnchooser.h"
#include "compacttablemodel.h"
#include "linkedtableproxy.h"
#include "selectioncontext.h"
#include "tablecsv.h"
#include "tonedelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace Scimflow {

TablePane::TablePane(const QString &title, LinkedTableProxy *proxy, SelectionContext *selection,
                     QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_proxy(proxy)
    , m_selection(selection)
    , m_titleLabel(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(title);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(3);

    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    layout->addWidget(m_titleLabel);

    m_filter->setPlaceholderText(tr("Filter %1 (Ctrl+F)").arg(title));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter %1").arg(title));
    m_filter->setAccessibleDescription(tr("Shows only rows whose visible columns contain this text"));
    layout->addWidget(m_filter);

    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ToneDelegate(m_table, true));
    m_table->setAccessibleName(title);
    m_table->setAccessibleDescription(
        tr("Selecting a row makes it the focus; the other views follow. Menu key: copy, timeline, findings"));
    m_titleLabel->setBuddy(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100k rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    ColumnChooser::install(m_table);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    layout->addWidget(m_table, 1);

    auto *copy = new QAction(tr("&Copy"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &TablePane::copySelection);
    m_table->addAction(copy);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LinkedTableProxy::setFilterText);
    connect(m_table, &QWidget::customContextMenuRequested, this, &TablePane::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_selectingFromFocus || !current.isValid())
                    return;
                m_selection->setFocus(m_proxy->refAt(current.row()));
            });
    connect(m_selection, &SelectionContext::focusChanged, this, &TablePane::onFocusChanged);
    // Filtering and narrowing reset the proxy: put the selection back on the focused row.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        selectFocus();
        updateTitle();
    });
    updateTitle();
}

void TablePane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TablePane::updateTitle()
{
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceRowCount();
    QString text = m_title;
    if (m_proxy->isNarrowed())
        text = tr("%1 — linked to the focus").arg(m_title);
    m_titleLabel->setText(
        shown == total ? tr("%1 (%2)").arg(text, QLocale().toString(total))
                       : tr("%1 (%2 of %3)").arg(text, QLocale().toString(shown), QLocale().toString(total)));
}

void TablePane::onFocusChanged(const EntityRef &focus)
{
    if (!focus.isValid()) {
        m_selectingFromFocus = true;
        m_table->clearSelection();
        m_selectingFromFocus = false;
        return;
    }
    if (m_proxy->compactSource()->holdsKind(focus.kind)) {
        selectFocus();
        return;
    }
    // Another pane holds the focus: show the first row it links to.
    const int row = m_proxy->firstHighlightedRow();
    if (row >= 0)
        m_table->scrollTo(m_proxy->index(row, 0), QAbstractItemView::PositionAtCenter);
    else if (m_proxy->rowCount() > 0 && m_proxy->isNarrowed())
        m_table->scrollToTop();
}

void TablePane::selectFocus()
{
    const EntityRef focus = m_selection->focus();
    if (!focus.isValid() || !m_proxy->compactSource()->holdsKind(focus.kind))
        return;
    const int row = m_proxy->rowOfRef(focus);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->index(row, 0);
    if (m_table->currentIndex().row() != row) {
        m_selectingFromFocus = true;
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_selectingFromFocus = false;
    }
    m_table->scrollTo(index);
}

QString TablePane::rowsAsCsv(bool selectedOnly) const
{
    return TableCsv::rows(m_table, selectedOnly);
}

void TablePane::copySelection()
{
    // Plain copy: the selected rows' visible cells, tab-separated, for pasting into a chat or a ticket.
    const QString csv = rowsAsCsv(true);
    QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() <= 1) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            QApplication::clipboard()->setText(current.data().toString());
        return;
    }
    lines.removeFirst();
    QStringList out;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        QStringList cells;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            cells << m_proxy->index(i.row(), c).data().toString();
        out << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(out.join(QLatin1Char('\n')));
}

void TablePane::showContextMenu(const QPoint &pos)
{
    QMenu *menu = createContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

QMenu *TablePane::createContextMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    // The menu key opens it away from any row: it then applies to the current row.
    QModelIndex cell = m_table->indexAt(pos);
    if (!cell.isValid())
        cell = m_table->currentIndex();
    QAction *copyCell = menu->addAction(tr("Copy &cell"));
    copyCell->setEnabled(cell.isValid());
    const QString cellText = cell.data().toString(); // the menu is asynchronous: the index may not last
    connect(copyCell, &QAction::triggered, this,
            [cellText] { QApplication::clipboard()->setText(cellText); });
    QAction *copyRows = menu->addAction(tr("&Copy selected rows"));
    connect(copyRows, &QAction::triggered, this, &TablePane::copySelection);
    QAction *csvSelected = menu->addAction(tr("Copy selected rows as CS&V"));
    connect(csvSelected, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(rowsAsCsv(true)); });
    QAction *csvAll = menu->addAction(tr("Copy &all shown rows as CSV"));
    connect(csvAll, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(rowsAsCsv(false)); });
    menu->addSeparator();
    const EntityRef ref = cell.isValid() ? m_proxy->refAt(cell.row()) : EntityRef{};
    QAction *timeline = menu->addAction(tr("Open in &Timeline"));
    timeline->setEnabled(ref.isValid());
    connect(timeline, &QAction::triggered, this, [this, ref] { emit timelineRequested(ref); });
    QAction *findings = menu->addAction(tr("Show &Findings"));
    findings->setEnabled(ref.isValid());
    connect(findings, &QAction::triggered, this, [this, ref] { emit findingsRequested(ref); });
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("C&lear focus"));
    clear->setEnabled(m_selection->hasFocus());
    connect(clear, &QAction::triggered, m_selection, &SelectionContext::clearFocus);
    return menu;
}

QByteArray TablePane::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void TablePane::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty() || !m_table->horizontalHeader()->restoreState(state))
        return;
    const QHeaderView *header = m_table->horizontalHeader();
    m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void TablePane::fitColumns()
{
    // resizeColumnsToContents() would measure every row; the first rows are representative enough.
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics(m_table->font());
    const int rows = std::min(m_proxy->rowCount(), 200);
    for (int c = 0; c < m_proxy->columnCount(); ++c) {
        int width = header->sectionSizeHint(c);
        for (int r = 0; r < rows; ++r)
            width = std::max(width, metrics.horizontalAdvance(m_proxy->index(r, c).data().toString()) + 16);
        header->resizeSection(c, std::min(width, 250));
    }
}

} // namespace Scimflow
