#pragma once

#include "compacttablemodel.h"

namespace Scimflow {

/// IdP groups as roles: size, the pipeline roles the RBAC mapping grants, and whether the group is
/// privileged.
class RoleModel : public CompactRowsModel<RoleRow>
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

    bool holdsKind(EntityKind kind) const override { return kind == EntityKind::Group; }

protected:
    QVariant cell(int row, int column, int role) const override;
    QVariant headerCell(int column, int role) const override;
    TextRef RoleRow::*textField(int column) const override;
    int compareValues(int column, const RoleRow &a, const RoleRow &b) const override;
};

} // namespace Scimflow
