#include "tablecsv.h"

#include "csvwriter.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace Scimflow {

int TableCsv::selectedRowCount(const QTableView *table)
{
    return table->selectionModel() ? int(table->selectionModel()->selectedRows().size()) : 0;
}

QString TableCsv::rows(const QTableView *table, bool selectedOnly)
{
    const QAbstractItemModel *model = table->model();
    const QHeaderView *header = table->horizontalHeader();
    QList<int> columns; // in the order the user sees them
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    CsvWriter out;
    QStringList fields;
    for (int c : std::as_const(columns))
        fields << model->headerData(c, Qt::Horizontal).toString();
    out.addRow(fields);
    QList<int> rows;
    if (selectedOnly) {
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        for (const QModelIndex &i : selected)
            rows << i.row();
        std::sort(rows.begin(), rows.end());
    } else {
        rows.reserve(model->rowCount());
        for (int r = 0; r < model->rowCount(); ++r)
            rows << r;
    }
    for (int r : std::as_const(rows)) {
        fields.clear();
        for (int c : std::as_const(columns))
            fields << model->index(r, c).data().toString();
        out.addRow(fields);
    }
    return out.text();
}

} // namespace Scimflow
