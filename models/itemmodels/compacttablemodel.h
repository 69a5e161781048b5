#pragma once

#include "entityref.h"

#include <QAbstractTableModel>

#include <vector>

namespace Scimflow {

/// Base of the console's flat table models: rows are compact structs, display strings are made in data()
/// only, and the questions a proxy asks for 100k rows (key of a row, row of a key, order of two rows,
/// which rows contain a text) are answered on the compact rows without going through data().
class CompactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// Roles every console model answers (each model adds its own after UserRoleBase).
    enum Role {
        EntityKeyRole = Qt::UserRole + 1, // quint64, EntityRef::key()
        EntityKindRole,                   // int, EntityKind
        EntityIdRole,                     // qint64, local row id in the store
        SortRole,                         // a QVariant that orders like lessThan() (numbers, times)
        HighlightRole,                    // bool; answered by LinkedTableProxy
        UserRoleBase = Qt::UserRole + 32,
    };

    using QAbstractTableModel::QAbstractTableModel;

    virtual EntityRef refAt(int row) const = 0;
    /// -1 when the entity is not in the table.
    virtual int rowOfRef(const EntityRef &ref) const = 0;
    /// Whether rows of this kind live in this model (the Identities model holds two kinds).
    virtual bool holdsKind(EntityKind kind) const = 0;
    /// Strict weak order of two rows by \a column, ascending.
    virtual bool lessThan(int column, int left, int right) const = 0;
    /// A key that orders rows like lessThan() wherever two keys differ (equal keys: ask lessThan()). Text
    /// columns return a prefix of the value; the default 0 leaves every comparison to lessThan().
    virtual quint64 sortPrefix(int column, int row) const
    {
        Q_UNUSED(column);
        Q_UNUSED(row);
        return 0;
    }
    /// One flag per row: does any visible column contain \a needle, ignoring case.
    virtual std::vector<quint8> matchText(const QString &needle) const = 0;

    QHash<int, QByteArray> roleNames() const override;
};

} // namespace Scimflow
