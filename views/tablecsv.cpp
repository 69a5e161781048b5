#include "tablecsv.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace Scimflow {

QString TableCsv::field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

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
    QString out;
    QStringList fields;
    for (int c : std::as_const(columns))
        fields << field(model->headerData(c, Qt::Horizontal).toString());
    out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
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
            fields << field(model->index(r, c).data().toString());
        out += fields.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Scimflow
