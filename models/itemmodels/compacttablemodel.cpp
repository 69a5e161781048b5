#include "compacttablemodel.h"

namespace Scimflow {

QHash<int, QByteArray> CompactTableModel::roleNames() const
{
    QHash<int, QByteArray> names = TableModel::roleNames();
    names.insert(EntityKeyRole, "entityKey");
    names.insert(EntityKindRole, "entityKind");
    names.insert(EntityIdRole, "entityId");
    names.insert(SortRole, "sortValue");
    names.insert(HighlightRole, "highlighted");
    return names;
}

} // namespace Scimflow
