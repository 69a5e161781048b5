#pragma once

#include "compacttablemodel.h"
#include "consoletables.h"

namespace Scimflow {

/// IdP groups as roles: size, the pipeline roles the RBAC mapping grants, and whether the group is
/// privileged.
class RoleModel : public CompactTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        MembersColumn,
        ServiceAccountsColumn,
        PipelineRolesColumn,
        PrivilegedColumn,
        ColumnCount
    };
    enum Role {
        MemberCountRole = UserRoleBase, // int
        PrivilegedRole,                 // bool
    };

    explicit RoleModel(QObject *parent = nullptr);

    void setTable(RoleTable table);
    const RoleTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    EntityRef refAt(int row) const override { return m_table.rows[size_t(row)].ref(); }
    int rowOfRef(const EntityRef &ref) const override { return m_table.rowOfKey(ref.key()); }
    bool holdsKind(EntityKind kind) const override { return kind == EntityKind::Group; }
    bool lessThan(int column, int left, int right) const override;
    quint64 sortPrefix(int column, int row) const override;
    std::vector<quint8> matchText(const QString &needle) const override
    {
        return m_table.search.match(needle);
    }

private:
    RoleTable m_table;
};

} // namespace Scimflow
