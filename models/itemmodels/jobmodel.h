#pragma once

#include "compacttablemodel.h"

namespace Scimflow {

/// Pipeline runs from every source: who launched them, what they ran as, with which role, and when.
class JobModel : public CompactRowsModel<JobRow>
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

    bool holdsKind(EntityKind kind) const override { return kind == EntityKind::Job; }

protected:
    QVariant cell(int row, int column, int role) const override;
    QVariant headerCell(int column, int role) const override;
    TextRef JobRow::*textField(int column) const override;
    int compareValues(int column, const JobRow &a, const JobRow &b) const override;
};

} // namespace Scimflow
