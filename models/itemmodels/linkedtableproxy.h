#pragma once

#include "compacttablemodel.h"

#include <QAbstractProxyModel>
#include <QPointer>
#include <QSet>

#include <vector>

namespace Scimflow {

class SelectionContext;

/// The flat proxy in front of each linked view. It applies, in this order: the link filter (the rows the
/// current focus links to), the text filter (substring over the visible columns) and the sort order, all
/// on the compact rows of a CompactTableModel: a keystroke over 100k rows is one scan of the search index
/// and one pass over a cached sort order, never 100k calls to data(). Linked rows are emphasised through
/// HighlightRole (plus bold font and a background).
class LinkedTableProxy : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit LinkedTableProxy(QObject *parent = nullptr);

    /// \a model must be a CompactTableModel.
    void setSourceModel(QAbstractItemModel *model) override;
    CompactTableModel *compactSource() const { return m_source; }

    /// Follow \a context: narrow to its link sets (unless the focus is in this proxy's own model) and
    /// highlight its highlighted rows.
    void setSelectionContext(SelectionContext *context);

    /// Only rows in \a allowed remain; pass nullptr to show every row.
    void setLinkFilter(const QList<EntityRef> *allowed);
    bool isNarrowed() const { return !m_linkMask.empty(); }
    void setHighlighted(const QList<EntityRef> &refs);
    bool isHighlighted(int proxyRow) const;
    /// The first highlighted row in view order, -1 if none.
    int firstHighlightedRow() const;

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    EntityRef refAt(int proxyRow) const;
    /// The proxy row showing \a ref, -1 when filtered out or unknown.
    int rowOfRef(const EntityRef &ref) const;
    int sourceRowCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyContext();
    void fillLinkMask(const QList<EntityRef> &allowed);
    void rebuildOrder();
    void rebuildVisible();
    void sourceReset();

    CompactTableModel *m_source = nullptr;
    QPointer<SelectionContext> m_context;
    std::vector<int> m_order;         // every source row, in sort order
    std::vector<quint8> m_linkMask;   // per source row; empty: not narrowed
    std::vector<quint8> m_textMask;   // per source row; empty: no text filter
    std::vector<int> m_visible;       // proxy row -> source row
    std::vector<int> m_sourceToProxy; // source row -> proxy row or -1
    QSet<quint64> m_highlighted;      // EntityRef keys
    QString m_filterText;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Scimflow
