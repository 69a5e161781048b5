#pragma once

#include "compacttablemodel.h"

namespace Scimflow {

/// People and service accounts in one table (a Kind column tells them apart), so that one selection
/// covers every principal a job can run as.
class IdentityModel : public CompactRowsModel<IdentityRow>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        DisplayNameColumn,
        KindColumn,
        StatusColumn,
        DepartmentColumn,
        OwnerColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Role {
        StatusRole = UserRoleBase, // int, IdentityRow::Status
        CreatedAtRole,             // qint64 ms since epoch
    };

    explicit IdentityModel(QObject *parent = nullptr);

    int personCount() const { return m_personCount; }
    bool holdsKind(EntityKind kind) const override
    {
        return kind == EntityKind::User || kind == EntityKind::ServiceAccount;
    }

protected:
    QVariant cell(int row, int column, int role) const override;
    QVariant headerCell(int column, int role) const override;
    TextRef IdentityRow::*textField(int column) const override;
    int compareValues(int column, const IdentityRow &a, const IdentityRow &b) const override;
    void tableChanged() override;

private:
    int m_personCount = 0;
};

} // namespace Scimflow
