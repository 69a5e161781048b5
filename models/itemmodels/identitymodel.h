#pragma once

#include "compacttablemodel.h"
#include "consoletables.h"

namespace Scimflow {

/// People and service accounts in one table (a Kind column tells them apart), so that one selection
/// covers every principal a job can run as.
class IdentityModel : public CompactTableModel
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

    void setTable(IdentityTable table);
    const IdentityTable &table() const { return m_table; }
    int personCount() const { return m_personCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    EntityRef refAt(int row) const override { return m_table.rows[size_t(row)].ref(); }
    int rowOfRef(const EntityRef &ref) const override { return m_table.rowOfKey(ref.key()); }
    bool holdsKind(EntityKind kind) const override
    {
        return kind == EntityKind::User || kind == EntityKind::ServiceAccount;
    }
    bool lessThan(int column, int left, int right) const override;
    quint64 sortPrefix(int column, int row) const override;
    std::vector<quint8> matchText(const QString &needle) const override
    {
        return m_table.search.match(needle);
    }

private:
    IdentityTable m_table;
    int m_personCount = 0;
};

} // namespace Scimflow
