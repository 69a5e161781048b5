#include "identitymodel.h"

#include "displayformat.h"

#include <QColor>

namespace Scimflow {

IdentityModel::IdentityModel(QObject *parent)
    : CompactTableModel(parent)
{}

void IdentityModel::setTable(IdentityTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_personCount = int(std::count_if(m_table.rows.begin(), m_table.rows.end(),
                                      [](const IdentityRow &r) { return r.kind == EntityKind::User; }));
    endResetModel();
}

int IdentityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int IdentityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IdentityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IdentityRow &row = m_table.rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return m_table.text.text(row.name);
        case DisplayNameColumn:
            return m_table.text.text(row.displayName);
        case KindColumn:
            return DisplayFormat::identityKind(row.kind);
        case StatusColumn:
            return DisplayFormat::identityStatus(row.status);
        case DepartmentColumn:
            return m_table.text.text(row.department);
        case OwnerColumn:
            return m_table.text.text(row.ownerGroup);
        case CreatedColumn:
            return DisplayFormat::timestamp(row.createdAt);
        }
        return {};
    case Qt::ForegroundRole:
        // Inactive and deleted principals are the ones drift is about: keep them readable but set apart.
        if (row.status == IdentityRow::Status::Deleted)
            return QColor(0xb0, 0x30, 0x30);
        if (row.status == IdentityRow::Status::Inactive)
            return QColor(0xa0, 0x60, 0x00);
        return {};
    case SortRole:
        if (index.column() == CreatedColumn)
            return row.createdAt;
        return data(index, Qt::DisplayRole);
    case EntityKeyRole:
        return row.ref().key();
    case EntityKindRole:
        return int(row.kind);
    case EntityIdRole:
        return row.id;
    case StatusRole:
        return int(row.status);
    case CreatedAtRole:
        return row.createdAt;
    }
    return {};
}

QVariant IdentityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return CompactTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DisplayNameColumn:
        return tr("Display name");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case DepartmentColumn:
        return tr("Department");
    case OwnerColumn:
        return tr("Owner group");
    case CreatedColumn:
        return tr("Created (UTC)");
    }
    return {};
}

bool IdentityModel::lessThan(int column, int left, int right) const
{
    const IdentityRow &a = m_table.rows[size_t(left)];
    const IdentityRow &b = m_table.rows[size_t(right)];
    int c = 0;
    switch (column) {
    case NameColumn:
        c = m_table.text.compare(a.name, b.name);
        break;
    case DisplayNameColumn:
        c = m_table.text.compare(a.displayName, b.displayName);
        break;
    case KindColumn:
        c = int(a.kind) - int(b.kind);
        break;
    case StatusColumn:
        c = int(a.status) - int(b.status);
        break;
    case DepartmentColumn:
        c = m_table.text.compare(a.department, b.department);
        break;
    case OwnerColumn:
        c = m_table.text.compare(a.ownerGroup, b.ownerGroup);
        break;
    case CreatedColumn:
        c = a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
        break;
    }
    // Ties keep the load order (by kind, then id), so equal keys sort the same way every time.
    return c != 0 ? c < 0 : left < right;
}

quint64 IdentityModel::sortPrefix(int column, int rowIndex) const
{
    const auto &row = m_table.rows[size_t(rowIndex)];
    switch (column) {
    case NameColumn:
        return m_table.text.prefixKey(row.name);
    case DisplayNameColumn:
        return m_table.text.prefixKey(row.displayName);
    case DepartmentColumn:
        return m_table.text.prefixKey(row.department);
    case OwnerColumn:
        return m_table.text.prefixKey(row.ownerGroup);
    }
    return 0;
}

} // namespace Scimflow
