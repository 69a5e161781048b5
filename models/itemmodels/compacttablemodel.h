#pragma once

#include "consoletables.h"
#include "entityref.h"
#include "tablemodel.h"

#include <vector>

namespace Scimflow {

/// Base of the console's flat table models: rows are compact structs, display strings are made in data()
/// only, and the questions a proxy asks for 100k rows (key of a row, row of a key, order of two rows,
/// which rows contain a text) are answered on the compact rows without going through data().
class CompactTableModel : public TableModel
{
    Q_OBJECT
public:
    /// Roles every console model answers (each model adds its own after UserRoleBase).
    enum Role {
        EntityKeyRole = Qt::UserRole + 1, // quint64, EntityRef::key()
        EntityKindRole,                   // int, EntityKind
        EntityIdRole,                     // qint64, local row id in the store
        SortRole,                         // a QVariant that orders like lessThan() (numbers, times)
        HighlightRole,                    // bool; answered by LinkedTableProxy
        UserRoleBase = Qt::UserRole + 32,
    };

    using TableModel::TableModel;

    virtual EntityRef refAt(int row) const = 0;
    /// -1 when the entity is not in the table.
    virtual int rowOfRef(const EntityRef &ref) const = 0;
    /// Whether rows of this kind live in this model (the Identities model holds two kinds).
    virtual bool holdsKind(EntityKind kind) const = 0;
    /// Strict weak order of two rows by \a column, ascending.
    virtual bool lessThan(int column, int left, int right) const = 0;
    /// A key that orders rows like lessThan() wherever two keys differ (equal keys: ask lessThan()). Text
    /// columns return a prefix of the value; 0 leaves every comparison to lessThan().
    virtual quint64 sortPrefix(int column, int row) const = 0;
    /// One flag per row: does any visible column contain \a needle, ignoring case.
    virtual std::vector<quint8> matchText(const QString &needle) const = 0;

    QHash<int, QByteArray> roleNames() const override;
};

/// The plumbing of a CompactTableModel over a CompactTable<Row>, written once: a concrete model names the
/// text field each text column shows (textField()), compares its other columns (compareValues()) and
/// answers the rest in cell(), ending with CompactRowsModel::cell() for the roles every row answers.
template <typename Row> class CompactRowsModel : public CompactTableModel
{
public:
    using Table = CompactTable<Row>;

    CompactRowsModel(int columnCount, QObject *parent)
        : CompactTableModel(columnCount, parent)
    {}

    void setTable(Table table)
    {
        beginResetModel();
        m_table = std::move(table);
        tableChanged();
        endResetModel();
    }
    const Table &table() const { return m_table; }

    EntityRef refAt(int row) const override { return rowAt(row).ref(); }
    int rowOfRef(const EntityRef &ref) const override { return m_table.rowOfKey(ref.key()); }
    std::vector<quint8> matchText(const QString &needle) const override
    {
        return m_table.search.match(needle);
    }

    bool lessThan(int column, int left, int right) const override
    {
        const Row &a = rowAt(left);
        const Row &b = rowAt(right);
        const TextRef Row::*field = textField(column);
        const int c = field ? m_table.text.compare(a.*field, b.*field) : compareValues(column, a, b);
        // Ties keep the load order (by key), so equal values sort the same way every time.
        return c != 0 ? c < 0 : left < right;
    }
    quint64 sortPrefix(int column, int row) const override
    {
        const TextRef Row::*field = textField(column);
        return field ? m_table.text.prefixKey(rowAt(row).*field) : 0;
    }

protected:
    /// The field a text column shows, or nullptr for the other columns.
    virtual TextRef Row::*textField(int column) const = 0;
    /// -1, 0 or 1: the order of two rows by a column that is not a text field.
    virtual int compareValues(int column, const Row &a, const Row &b) const = 0;
    /// Called inside the reset, after a new table arrived.
    virtual void tableChanged() {}

    template <typename T> static int compare(T a, T b) { return a < b ? -1 : b < a ? 1 : 0; }

    const Row &rowAt(int row) const { return m_table.rows[size_t(row)]; }
    int rows() const override { return int(m_table.rows.size()); }
    /// Text columns, and the roles every row answers the same way.
    QVariant cell(int row, int column, int role) const override
    {
        const Row &r = rowAt(row);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
        case SortRole:
            if (const TextRef Row::*field = textField(column))
                return m_table.text.text(r.*field);
            return role == SortRole ? cell(row, column, Qt::DisplayRole) : QVariant();
        case EntityKeyRole:
            return r.ref().key();
        case EntityKindRole:
            return int(r.ref().kind);
        case EntityIdRole:
            return r.ref().id;
        }
        return {};
    }

    Table m_table;
};

} // namespace Scimflow
