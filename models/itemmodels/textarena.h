#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

namespace Scimflow {

/// A slice of a TextArena: where a string's UTF-8 bytes start and how many there are.
struct TextRef
{
    quint32 offset = 0;
    quint32 length = 0;
};

/// Stores many short strings as UTF-8 in one buffer, so that a row holds 8-byte references instead of
/// QStrings (100k rows x several columns would otherwise cost a heap allocation each). Repeated values
/// (departments, states, roles) can be interned. Display strings are made from it on demand.
class TextArena
{
public:
    TextRef add(QByteArrayView utf8);
    /// Like add(), but returns the earlier slice when the same text was interned before.
    TextRef intern(QByteArrayView utf8);

    QString text(TextRef ref) const { return QString::fromUtf8(view(ref)); }
    QByteArrayView view(TextRef ref) const
    {
        return QByteArrayView(m_data.constData() + ref.offset, ref.length);
    }
    /// Case-insensitive (ASCII) comparison: cheap enough to sort 100k rows without building QStrings.
    int compare(TextRef a, TextRef b) const;
    /// The first 8 bytes as compare() sees them, big-endian: different keys order like compare(), so a sort
    /// settles most comparisons with one integer comparison.
    quint64 prefixKey(TextRef ref) const;

    void reserve(qsizetype bytes) { m_data.reserve(bytes); }
    void squeeze();
    qsizetype bytes() const { return m_data.capacity(); }

private:
    QByteArray m_data;
    QHash<QByteArray, TextRef> m_interned;
};

/// The searchable text of a table: for each row, its visible column texts case-folded, in row order,
/// separated by a newline (which a filter typed into a line edit never contains). One scan of the whole
/// buffer answers "which rows contain this substring", far faster than asking data() per row and column.
class SearchIndex
{
public:
    void reserve(qsizetype rows, qsizetype bytes)
    {
        m_rowStart.reserve(size_t(rows));
        m_data.reserve(bytes);
    }
    void beginRow() { m_rowStart.push_back(quint32(m_data.size())); }
    void addText(const QString &displayText);
    void addField(QByteArrayView utf8);
    void finish();

    int rowCount() const { return int(m_rowStart.size()); }
    /// One flag per row: 1 if the row contains \a needle (case-insensitive), 0 otherwise.
    std::vector<quint8> match(const QString &needle) const;
    qsizetype bytes() const { return m_data.capacity() + qsizetype(m_rowStart.capacity() * sizeof(quint32)); }

private:
    QByteArray m_data;
    std::vector<quint32> m_rowStart;
};

} // namespace Scimflow
