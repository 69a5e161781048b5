#pragma once

#include <QString>

class QTableView;

namespace Scimflow {

/// What a table view shows, as CSV (written by CsvWriter: RFC 4180, CRLF, formula-safe): the visible
/// columns in the order the user sees them, a header line first. Used by the context menus (copy as CSV)
/// and by File > Export View.
class TableCsv
{
public:
    /// Every row the view shows, or only its selected rows when \a selectedOnly.
    static QString rows(const QTableView *table, bool selectedOnly);
    /// How many rows are selected (whole rows, as the views select).
    static int selectedRowCount(const QTableView *table);
};

} // namespace Scimflow
