#pragma once

#include <QAbstractTableModel>

namespace Scimflow {

/// Base of every flat table model (the shape of hotspot's HashModel): rowCount(), columnCount(), data() and
/// headerData() are written once here; a concrete model answers rows(), cell() and headerCell() only.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// What a cell's colour means; the views map it to a colour of the current palette (AppTheme), so
    /// models never pick colours and the dark theme reads as well as the light one.
    enum class Tone : int {
        Plain,   // the palette's text colour
        Muted,   // settled: resolved, acknowledged
        Busy,    // in progress: running, pending
        Link,    // leads elsewhere when clicked
        Warning, // needs a look: inactive, high severity
        Danger,  // acts now: deleted, failed, privileged, critical
    };
    Q_ENUM(Tone)
    /// Answered by every model (the concrete models' own roles start above Qt::UserRole).
    enum BaseRole {
        ToneRole = Qt::UserRole, // int, Tone
    };

    TableModel(int columnCount, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;
    QHash<int, QByteArray> roleNames() const override;

protected:
    virtual int rows() const = 0;
    /// The value of a valid cell for \a role.
    virtual QVariant cell(int row, int column, int role) const = 0;
    /// The horizontal header of \a column for \a role.
    virtual QVariant headerCell(int column, int role) const = 0;

private:
    const int m_columns;
};

} // namespace Scimflow
