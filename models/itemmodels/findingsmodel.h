#pragma once

#include "finding.h"
#include "tablemodel.h"

#include <QList>

namespace Scimflow {

/// The findings as a table for the Findings view: one row per finding, display strings built in data().
class FindingsModel : public TableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        RuleColumn,
        SubjectColumn,
        FirstSeenColumn,
        StatusColumn,
        SummaryColumn,
        ColumnCount
    };
    enum Role {
        FingerprintRole = Qt::UserRole + 1,
        SeverityRole,    // int (Finding::Severity), for sorting
        SubjectKindRole, // "user", "service-account", "job", "principal", "source", "group"
        SubjectIdRole,   // local row id of the subject (0: none), for focusing the linked views
        EvidenceRole,    // the evidence as indented JSON text
        StatusRole,      // "open", "acknowledged", "resolved"
        SortRole,        // a value that sorts each column naturally
    };

    explicit FindingsModel(QObject *parent = nullptr);

    /// Replaces the rows; \a now decides whether acknowledgements are still in force.
    void setFindings(QList<Finding> findings, Timestamp now);
    const QList<Finding> &findings() const { return m_findings; }
    /// The finding of \a row, or nullptr.
    const Finding *findingAt(int row) const;
    int rowOf(const QString &fingerprint) const;

protected:
    int rows() const override { return int(m_findings.size()); }
    QVariant cell(int row, int column, int role) const override;
    QVariant headerCell(int column, int role) const override;

private:
    QString statusOf(const Finding &f) const;

    QList<Finding> m_findings;
    Timestamp m_now = 0;
};

} // namespace Scimflow
