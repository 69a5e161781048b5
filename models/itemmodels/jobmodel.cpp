#include "jobmodel.h"

#include "displayformat.h"
#include "job.h"

#include <QColor>

namespace Scimflow {

namespace {
int compareTimes(Timestamp a, Timestamp b)
{
    return a < b ? -1 : a > b ? 1 : 0;
}
} // namespace

JobModel::JobModel(QObject *parent)
    : CompactTableModel(parent)
{}

void JobModel::setTable(JobTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int JobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int JobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobRow &row = m_table.rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return m_table.text.text(row.name);
        case SourceColumn:
            return m_table.text.text(row.source);
        case StateColumn:
            return DisplayFormat::jobState(row.state);
        case LauncherColumn:
            return m_table.text.text(row.launcher);
        case RunAsColumn:
            return m_table.text.text(row.runAs);
        case RoleColumn:
            return m_table.text.text(row.role);
        case CreatedColumn:
            return DisplayFormat::timestamp(row.createTime);
        case StartedColumn:
            return DisplayFormat::timestamp(row.startTime);
        case EndedColumn:
            return DisplayFormat::timestamp(row.endTime);
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() != StateColumn)
            return {};
        switch (Job::State(row.state)) {
        case Job::State::Running:
        case Job::State::Pending:
            return QColor(0x1f, 0x6f, 0xb5);
        case Job::State::Failed:
            return QColor(0xb0, 0x30, 0x30);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case StateColumn:
            return int(row.state);
        case CreatedColumn:
            return row.createTime;
        case StartedColumn:
            return row.startTime;
        case EndedColumn:
            return row.endTime;
        }
        return data(index, Qt::DisplayRole);
    case EntityKeyRole:
        return row.ref().key();
    case EntityKindRole:
        return int(EntityKind::Job);
    case EntityIdRole:
        return row.id;
    case StateRole:
        return int(row.state);
    case StartTimeRole:
        return row.startTime;
    case EndTimeRole:
        return row.endTime;
    }
    return {};
}

QVariant JobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return CompactTableModel::headerData(section, orientation, role);
    switch (section) {
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

bool JobModel::lessThan(int column, int left, int right) const
{
    const JobRow &a = m_table.rows[size_t(left)];
    const JobRow &b = m_table.rows[size_t(right)];
    int c = 0;
    switch (column) {
    case NameColumn:
        c = m_table.text.compare(a.name, b.name);
        break;
    case SourceColumn:
        c = m_table.text.compare(a.source, b.source);
        break;
    case StateColumn:
        c = int(a.state) - int(b.state);
        break;
    case LauncherColumn:
        c = m_table.text.compare(a.launcher, b.launcher);
        break;
    case RunAsColumn:
        c = m_table.text.compare(a.runAs, b.runAs);
        break;
    case RoleColumn:
        c = m_table.text.compare(a.role, b.role);
        break;
    case CreatedColumn:
        c = compareTimes(a.createTime, b.createTime);
        break;
    case StartedColumn:
        c = compareTimes(a.startTime, b.startTime);
        break;
    case EndedColumn:
        c = compareTimes(a.endTime, b.endTime);
        break;
    }
    return c != 0 ? c < 0 : left < right;
}

quint64 JobModel::sortPrefix(int column, int rowIndex) const
{
    const auto &row = m_table.rows[size_t(rowIndex)];
    switch (column) {
    case NameColumn:
        return m_table.text.prefixKey(row.name);
    case SourceColumn:
        return m_table.text.prefixKey(row.source);
    case LauncherColumn:
        return m_table.text.prefixKey(row.launcher);
    case RunAsColumn:
        return m_table.text.prefixKey(row.runAs);
    case RoleColumn:
        return m_table.text.prefixKey(row.role);
    }
    return 0;
}

} // namespace Scimflow
