#include "rolemodel.h"

#include "displayformat.h"

#include <QColor>

namespace Scimflow {

RoleModel::RoleModel(QObject *parent)
    : CompactTableModel(parent)
{}

void RoleModel::setTable(RoleTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int RoleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int RoleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoleRow &row = m_table.rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return m_table.text.text(row.name);
        case MembersColumn:
            return row.memberCount;
        case ServiceAccountsColumn:
            return row.serviceAccountCount;
        case PipelineRolesColumn:
            return m_table.text.text(row.pipelineRoles);
        case PrivilegedColumn:
            return DisplayFormat::yesNo(row.privileged);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn || index.column() == ServiceAccountsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (row.privileged && index.column() == PrivilegedColumn)
            return QColor(0xb0, 0x30, 0x30);
        return {};
    case SortRole:
        switch (index.column()) {
        case MembersColumn:
            return row.memberCount;
        case ServiceAccountsColumn:
            return row.serviceAccountCount;
        case PrivilegedColumn:
            return row.privileged;
        }
        return data(index, Qt::DisplayRole);
    case EntityKeyRole:
        return row.ref().key();
    case EntityKindRole:
        return int(EntityKind::Group);
    case EntityIdRole:
        return row.id;
    case MemberCountRole:
        return row.memberCount;
    case PrivilegedRole:
        return row.privileged;
    }
    return {};
}

QVariant RoleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ServiceAccountsColumn)
        return tr("Service accounts this group owns");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return CompactTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Role");
    case MembersColumn:
        return tr("Members");
    case ServiceAccountsColumn:
        return tr("Accounts");
    case PipelineRolesColumn:
        return tr("Pipeline roles");
    case PrivilegedColumn:
        return tr("Privileged");
    }
    return {};
}

bool RoleModel::lessThan(int column, int left, int right) const
{
    const RoleRow &a = m_table.rows[size_t(left)];
    const RoleRow &b = m_table.rows[size_t(right)];
    int c = 0;
    switch (column) {
    case NameColumn:
        c = m_table.text.compare(a.name, b.name);
        break;
    case MembersColumn:
        c = a.memberCount - b.memberCount;
        break;
    case ServiceAccountsColumn:
        c = a.serviceAccountCount - b.serviceAccountCount;
        break;
    case PipelineRolesColumn:
        c = m_table.text.compare(a.pipelineRoles, b.pipelineRoles);
        break;
    case PrivilegedColumn:
        c = int(a.privileged) - int(b.privileged);
        break;
    }
    return c != 0 ? c < 0 : left < right;
}

quint64 RoleModel::sortPrefix(int column, int rowIndex) const
{
    const auto &row = m_table.rows[size_t(rowIndex)];
    switch (column) {
    case NameColumn:
        return m_table.text.prefixKey(row.name);
    case PipelineRolesColumn:
        return m_table.text.prefixKey(row.pipelineRoles);
    }
    return 0;
}

} // namespace Scimflow
