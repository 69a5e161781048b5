#include "identitymodel.h"

#include "displayformat.h"

namespace Scimflow {

IdentityModel::IdentityModel(QObject *parent)
    : CompactRowsModel(ColumnCount, parent)
{}

void IdentityModel::tableChanged()
{
    m_personCount = int(std::count_if(m_table.rows.begin(), m_table.rows.end(),
                                      [](const IdentityRow &r) { return r.kind == EntityKind::User; }));
}

TextRef IdentityRow::*IdentityModel::textField(int column) const
{
    switch (column) {
    case NameColumn:
        return &IdentityRow::name;
    case DisplayNameColumn:
        return &IdentityRow::displayName;
    case DepartmentColumn:
        return &IdentityRow::department;
    case OwnerColumn:
        return &IdentityRow::ownerGroup;
    }
    return nullptr;
}

QVariant IdentityModel::cell(int rowIndex, int column, int role) const
{
    const IdentityRow &row = rowAt(rowIndex);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case KindColumn:
            return DisplayFormat::identityKind(row.kind);
        case StatusColumn:
            return DisplayFormat::identityStatus(row.status);
        case CreatedColumn:
            return DisplayFormat::timestamp(row.createdAt);
        }
        break;
    case ToneRole:
        // Inactive and deleted principals are the ones drift is about: keep them readable but set apart.
        if (row.status == IdentityRow::Status::Deleted)
            return int(Tone::Danger);
        if (row.status == IdentityRow::Status::Inactive)
            return int(Tone::Warning);
        return {};
    case SortRole:
        if (column == CreatedColumn)
            return row.createdAt;
        break;
    case StatusRole:
        return int(row.status);
    case CreatedAtRole:
        return row.createdAt;
    }
    return CompactRowsModel::cell(rowIndex, column, role);
}

QVariant IdentityModel::headerCell(int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
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

int IdentityModel::compareValues(int column, const IdentityRow &a, const IdentityRow &b) const
{
    switch (column) {
    case KindColumn:
        return compare(int(a.kind), int(b.kind));
    case StatusColumn:
        return compare(int(a.status), int(b.status));
    case CreatedColumn:
        return compare(a.createdAt, b.createdAt);
    }
    return 0;
}

} // namespace Scimflow
