#pragma once

#include "reviewcampaign.h"
#include "tablemodel.h"

#include <QHash>
#include <QList>

namespace Scimflow {

/// A campaign's items as a table for the review window: one row per item, display strings built in data().
/// Decisions update rows in place (dataChanged on the decided rows only), so a keystroke stays cheap on a
/// campaign of 100,000 items.
class ReviewItemModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        IdentityColumn,
        AccessColumn,
        RolesColumn,
        StatusColumn,
        LastUsedColumn,
        JobsColumn,
        FindingsColumn,
        RecommendationColumn,
        DecisionColumn,
        AssigneeColumn,
        JustificationColumn,
        RemediationColumn,
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        DecisionRole,       // QString: "", "keep", "revoke", "needs-info"
        RecommendationRole, // QString: "keep", "revoke"
        SortRole,           // a value that sorts each column naturally
    };

    explicit ReviewItemModel(QObject *parent = nullptr);

    void setCampaign(const ReviewCampaign &campaign, QList<ReviewItem> items);
    const ReviewCampaign &campaign() const { return m_campaign; }
    const QList<ReviewItem> &items() const { return m_items; }
    const ReviewItem *itemAt(int row) const;
    int rowOf(qint64 itemId) const { return m_rowOfId.value(itemId, -1); }
    /// Replaces the rows of these items (same ids) and signals only their rows.
    void updateItems(const QList<ReviewItem> &items);

protected:
    int rows() const override { return int(m_items.size()); }
    QVariant cell(int row, int column, int role) const override;
    QVariant headerCell(int column, int role) const override;

private:
    QString decisionText(ReviewDecision decision) const;

    ReviewCampaign m_campaign;
    QList<ReviewItem> m_items;
    QHash<qint64, int> m_rowOfId;
};

} // namespace Scimflow
