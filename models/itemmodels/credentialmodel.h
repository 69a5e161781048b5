#pragma once

#include "compacttablemodel.h"

namespace Scimflow {

/// The credential inventory as a linked view: Google Cloud service accounts and their keys, GitHub
/// fine-grained tokens, with owner, age, expiry, last use and state.
class CredentialModel : public CompactRowsModel<CredentialRow>
{
    Q_OBJECT
public:
    enum Column {
        KindColumn,
        NameColumn,
        OwnerColumn,
        SourceColumn,
        AgeColumn,
        ExpiresColumn,
        LastUsedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        CredentialKindRole = UserRoleBase, // int, CredentialRow::Kind
        LastUsedRole,                      // qint64 ms since epoch, 0 = no use recorded
    };

    explicit CredentialModel(QObject *parent = nullptr);

    bool holdsKind(EntityKind kind) const override { return kind == EntityKind::Credential; }

protected:
    QVariant cell(int row, int column, int role) const override;
    QVariant headerCell(int column, int role) const override;
    TextRef CredentialRow::*textField(int column) const override;
    int compareValues(int column, const CredentialRow &a, const CredentialRow &b) const override;
};

} // namespace Scimflow
