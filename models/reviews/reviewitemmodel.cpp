#include "reviewitemmodel.h"

#include "reviewrules.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace Scimflow {

ReviewItemModel::ReviewItemModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{}

void ReviewItemModel::setCampaign(const ReviewCampaign &campaign, QList<ReviewItem> items)
{
    beginResetModel();
    m_campaign = campaign;
    m_items = std::move(items);
    m_rowOfId.clear();
    m_rowOfId.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i)
        m_rowOfId.insert(m_items[i].id, i);
    endResetModel();
}

const ReviewItem *ReviewItemModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

void ReviewItemModel::updateItems(const QList<ReviewItem> &items)
{
    int first = -1, last = -1;
    for (const ReviewItem &it : items) {
        const int row = rowOf(it.id);
        if (row < 0)
            continue;
        m_items[row] = it;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
        // Contiguous runs are signalled together; scattered rows one by one.
        if (items.size() == 1)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (items.size() > 1 && first >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

QString ReviewItemModel::decisionText(ReviewDecision decision) const
{
    switch (decision) {
    case ReviewDecision::None:
        return QString();
    case ReviewDecision::Keep:
        return tr("keep");
    case ReviewDecision::Revoke:
        return tr("revoke");
    case ReviewDecision::NeedsInfo:
        return tr("needs info");
    }
    return {};
}

QVariant ReviewItemModel::cell(int row, int column, int role) const
{
    const ReviewItem &it = m_items[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case IdColumn:
            return it.id;
        case IdentityColumn:
            return it.identity;
        case AccessColumn:
            return it.privileged ? tr("%1 (privileged)").arg(it.access) : it.access;
        case RolesColumn:
            return it.roles;
        case StatusColumn:
            return it.idpStatus;
        case LastUsedColumn:
            return it.lastUsedAt ? QDateTime::fromMSecsSinceEpoch(it.lastUsedAt, QTimeZone::utc())
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 : tr("never");
        case JobsColumn:
            return it.jobsInPeriod;
        case FindingsColumn:
            return it.openFindings;
        case RecommendationColumn:
            return decisionText(it.recommendation) + QStringLiteral(": ") +
                   ReviewRules::reasonText(it, m_campaign);
        case DecisionColumn:
            return decisionText(it.decision);
        case AssigneeColumn:
            return it.assignee;
        case JustificationColumn:
            return it.justification;
        case RemediationColumn:
            return it.remediationMessage.isEmpty()
                       ? it.remediation
                       : it.remediation + QStringLiteral(": ") + it.remediationMessage;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == RecommendationColumn || column == JustificationColumn || column == RemediationColumn)
            return cell(row, column, Qt::DisplayRole);
        return {};
    case ToneRole:
        if (column == DecisionColumn) {
            if (it.decision == ReviewDecision::Revoke)
                return int(Tone::Danger);
            if (it.decision == ReviewDecision::NeedsInfo)
                return int(Tone::Warning);
            if (it.decision == ReviewDecision::Keep)
                return int(Tone::Plain);
        }
        if (column == RecommendationColumn)
            return int(it.recommendation == ReviewDecision::Revoke ? Tone::Warning : Tone::Muted);
        if (column == StatusColumn && it.idpStatus != QLatin1String("active") &&
            it.idpStatus != QLatin1String("enabled"))
            return int(Tone::Warning);
        if (column == RemediationColumn && !it.remediation.isEmpty())
            return int(it.remediation == QLatin1String("applied") ? Tone::Muted : Tone::Danger);
        return int(Tone::Plain);
    case ItemIdRole:
        return it.id;
    case DecisionRole:
        return reviewDecisionName(it.decision);
    case RecommendationRole:
        return reviewDecisionName(it.recommendation);
    case SortRole:
        switch (column) {
        case IdColumn:
            return it.id;
        case LastUsedColumn:
            return it.lastUsedAt;
        case JobsColumn:
            return it.jobsInPeriod;
        case FindingsColumn:
            return it.openFindings;
        default:
            return cell(row, column, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == JobsColumn || column == FindingsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant ReviewItemModel::headerCell(int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case IdColumn:
        return tr("Item");
    case IdentityColumn:
        return tr("Identity");
    case AccessColumn:
        return tr("Access");
    case RolesColumn:
        return tr("Pipeline roles");
    case StatusColumn:
        return tr("Status");
    case LastUsedColumn:
        return tr("Last used (UTC)");
    case JobsColumn:
        return tr("Jobs in period");
    case FindingsColumn:
        return tr("Open findings");
    case RecommendationColumn:
        return tr("Recommendation");
    case DecisionColumn:
        return tr("Decision");
    case AssigneeColumn:
        return tr("Reviewer");
    case JustificationColumn:
        return tr("Justification");
    case RemediationColumn:
        return tr("Remediation");
    }
    return {};
}

} // namespace Scimflow
