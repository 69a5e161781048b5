#include "rolemodel.h"

#include "displayformat.h"

namespace Scimflow {

RoleModel::RoleModel(QObject *parent)
    : CompactRowsModel(ColumnCount, parent)
{}

TextRef RoleRow::*RoleModel::textField(int column) const
{
    switch (column) {
    case NameColumn:
        return &RoleRow::name;
    case PipelineRolesColumn:
        return &RoleRow::pipelineRoles;
    }
    return nullptr;
}

QVariant RoleModel::cell(int rowIndex, int column, int role) const
{
    const RoleRow &row = rowAt(rowIndex);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        switch (column) {
        case MembersColumn:
            return row.memberCount;
        case ServiceAccountsColumn:
            return row.serviceAccountCount;
        case PrivilegedColumn:
            return role == SortRole ? QVariant(row.privileged)
                                    : QVariant(DisplayFormat::yesNo(row.privileged));
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == MembersColumn || column == ServiceAccountsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ToneRole:
        if (row.privileged && column == PrivilegedColumn)
            return int(Tone::Danger);
        return {};
    case MemberCountRole:
        return row.memberCount;
    case PrivilegedRole:
        return row.privileged;
    }
    return CompactRowsModel::cell(rowIndex, column, role);
}

QVariant RoleModel::headerCell(int column, int role) const
{
    if (role == Qt::ToolTipRole && column == ServiceAccountsColumn)
        return tr("Service accounts this group owns");
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
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

int RoleModel::compareValues(int column, const RoleRow &a, const RoleRow &b) const
{
    switch (column) {
    case MembersColumn:
        return compare(a.memberCount, b.memberCount);
    case ServiceAccountsColumn:
        return compare(a.serviceAccountCount, b.serviceAccountCount);
    case PrivilegedColumn:
        return compare(a.privileged, b.privileged);
    }
    return 0;
}

} // namespace Scimflow
