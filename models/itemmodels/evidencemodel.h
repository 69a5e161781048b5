#pragma once

#include "entityref.h"
#include "evidenceitem.h"
#include "tablemodel.h"

namespace Scimflow {

/// The evidence of one finding as rows (who, what, when, source) for the Findings view; a row that
/// names a user, service account, group or job links to it (linkAt()), so the view can focus it in the
/// linked views.
class EvidenceModel : public TableModel
{
    Q_OBJECT
public:
    enum Column { WhoColumn, WhatColumn, WhenColumn, SourceColumn, ColumnCount };
    enum Role {
        LinkRole = Qt::UserRole + 1, // EntityRef the row links to (invalid: none)
        WhenRole,                    // qint64 ms since epoch, 0 = not known
    };

    explicit EvidenceModel(QObject *parent = nullptr);

    void setEvidence(const QJsonArray &evidence);
    const QList<EvidenceItem> &items() const { return m_items; }
    /// The entity row \a row links to; invalid when it links to none.
    EntityRef linkAt(int row) const;
    /// The first row that links to \a ref, or -1.
    int rowLinkingTo(const EntityRef &ref) const;

protected:
    int rows() const override { return int(m_items.size()); }
    QVariant cell(int row, int column, int role) const override;
    QVariant headerCell(int column, int role) const override;

private:
    QList<EvidenceItem> m_items;
};

} // namespace Scimflow
