#include "jobmodel.h"

#include "displayformat.h"
#include "job.h"

namespace Scimflow {

namespace {
/// The time a time column shows, or nullptr for the other columns.
Timestamp JobRow::*timeField(int column)
{
    switch (column) {
    case JobModel::CreatedColumn:
        return &JobRow::createTime;
    case JobModel::StartedColumn:
        return &JobRow::startTime;
    case JobModel::EndedColumn:
        return &JobRow::endTime;
    }
    return nullptr;
}
} // namespace

JobModel::JobModel(QObject *parent)
    : CompactRowsModel(ColumnCount, parent)
{}

TextRef JobRow::*JobModel::textField(int column) const
{
    switch (column) {
    case NameColumn:
        return &JobRow::name;
    case SourceColumn:
        return &JobRow::source;
    case LauncherColumn:
        return &JobRow::launcher;
    case RunAsColumn:
        return &JobRow::runAs;
    case RoleColumn:
        return &JobRow::role;
    }
    return nullptr;
}

QVariant JobModel::cell(int rowIndex, int column, int role) const
{
    const JobRow &row = rowAt(rowIndex);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == StateColumn)
            return DisplayFormat::jobState(row.state);
        if (Timestamp JobRow::*field = timeField(column))
            return DisplayFormat::timestamp(row.*field);
        break;
    case SortRole:
        if (column == StateColumn)
            return int(row.state);
        if (Timestamp JobRow::*field = timeField(column))
            return row.*field;
        break;
    case ToneRole:
        if (column != StateColumn)
            return {};
        switch (Job::State(row.state)) {
        case Job::State::Running:
        case Job::State::Pending:
            return int(Tone::Busy);
        case Job::State::Failed:
            return int(Tone::Danger);
        default:
            return {};
        }
    case StateRole:
        return int(row.state);
    case StartTimeRole:
        return row.startTime;
    case EndTimeRole:
        return row.endTime;
    }
    return CompactRowsModel::cell(rowIndex, column, role);
}

QVariant JobModel::headerCell(int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case NameColumn:
        return tr("Job");
    case SourceColumn:
        return tr("Source");
    case StateColumn:
        return tr("State");
    case LauncherColumn:
        return tr("Launched by");
    case RunAsColumn:
        return tr("Runs as");
    case RoleColumn:
        return tr("Role used");
    case CreatedColumn:
        return tr("Created (UTC)");
    case StartedColumn:
        return tr("Started (UTC)");
    case EndedColumn:
        return tr("Ended (UTC)");
    }
    return {};
}

int JobModel::compareValues(int column, const JobRow &a, const JobRow &b) const
{
    if (column == StateColumn)
        return compare(a.state, b.state);
    if (Timestamp JobRow::*field = timeField(column))
        return compare(a.*field, b.*field);
    return 0;
}

} // namespace Scimflow
