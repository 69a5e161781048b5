#pragma once

#include "compacttablemodel.h"
#include "consoletables.h"

namespace Scimflow {

/// Pipeline runs from every source: who launched them, what they ran as, with which role, and when.
class JobModel : public CompactTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        SourceColumn,
        StateColumn,
        LauncherColumn,
        RunAsColumn,
        RoleColumn,
        CreatedColumn,
        StartedColumn,
        EndedColumn,
        ColumnCount
    };
    enum Role {
        StateRole = UserRoleBase, // int, Job::State
        StartTimeRole,            // qint64 ms since epoch, 0 = not started
        EndTimeRole,              // qint64 ms since epoch, 0 = still running
    };

    explicit JobModel(QObject *parent = nullptr);

    void setTable(JobTable table);
    const JobTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    EntityRef refAt(int row) const override { return m_table.rows[size_t(row)].ref(); }
    int rowOfRef(const EntityRef &ref) const override { return m_table.rowOfKey(ref.key()); }
    bool holdsKind(EntityKind kind) const override { return kind == EntityKind::Job; }
    bool lessThan(int column, int left, int right) const override;
    quint64 sortPrefix(int column, int row) const override;
    std::vector<quint8> matchText(const QString &needle) const override
    {
        return m_table.search.match(needle);
    }

private:
    JobTable m_table;
};

} // namespace Scimflow
