#include "evidencemodel.h"

#include "displayformat.h"

namespace Scimflow {

EvidenceModel::EvidenceModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{}

void EvidenceModel::setEvidence(const QJsonArray &evidence)
{
    beginResetModel();
    m_items = EvidenceItem::fromEvidence(evidence);
    endResetModel();
}

EntityRef EvidenceModel::linkAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return {};
    const EvidenceItem &item = m_items[row];
    return {EntityRef::kindFromName(item.linkKind), item.linkId};
}

int EvidenceModel::rowLinkingTo(const EntityRef &ref) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (ref.isValid() && linkAt(row) == ref)
            return row;
    }
    return -1;
}

QVariant EvidenceModel::cell(int row, int column, int role) const
{
    const EvidenceItem &item = m_items[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case WhoColumn:
            return item.who;
        case WhatColumn:
            return item.what;
        case WhenColumn:
            return DisplayFormat::timestamp(item.when);
        case SourceColumn:
            return item.source;
        }
        return {};
    case Qt::ToolTipRole:
        if (linkAt(row).isValid())
            return tr("%1\nClick to select it in the linked views.").arg(item.toLine());
        return item.toLine();
    case ToneRole:
        if (column == WhoColumn && linkAt(row).isValid())
            return int(Tone::Link);
        return {};
    case LinkRole:
        return QVariant::fromValue(linkAt(row));
    case WhenRole:
        return item.when;
    }
    return {};
}

QVariant EvidenceModel::headerCell(int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case WhenColumn:
        return tr("When (UTC)");
    case SourceColumn:
        return tr("Source");
    }
    return {};
}

} // namespace Scimflow
