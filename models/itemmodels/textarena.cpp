#include "textarena.h"

#include <QByteArrayMatcher>

#include <algorithm>

namespace Scimflow {

TextRef TextArena::add(QByteArrayView utf8)
{
    const TextRef ref{quint32(m_data.size()), quint32(utf8.size())};
    m_data.append(utf8);
    return ref;
}

TextRef TextArena::intern(QByteArrayView utf8)
{
    // Look up without copying: most interned values (states, roles, sources) were seen before.
    const auto it = m_interned.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (it != m_interned.constEnd())
        return *it;
    const TextRef ref = add(utf8);
    m_interned.insert(utf8.toByteArray(), ref);
    return ref;
}

int TextArena::compare(TextRef a, TextRef b) const
{
    return qstrnicmp(m_data.constData() + a.offset, a.length, m_data.constData() + b.offset, b.length);
}

void TextArena::squeeze()
{
    m_data.squeeze();
    m_interned.clear();
    m_interned.squeeze();
}

void SearchIndex::addText(const QString &displayText)
{
    m_data.append(displayText.toCaseFolded().toUtf8());
    m_data.append('\n');
}

void SearchIndex::addField(QByteArrayView utf8)
{
    bool ascii = true;
    for (char c : utf8) {
        if (uchar(c) >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (!ascii) {
        addText(QString::fromUtf8(utf8));
        return;
    }
    // ASCII fast path: lower-casing is case folding here.
    const qsizetype start = m_data.size();
    m_data.append(utf8);
    char *p = m_data.data() + start;
    for (qsizetype i = 0; i < utf8.size(); ++i)
        if (p[i] >= 'A' && p[i] <= 'Z')
            p[i] = char(p[i] + ('a' - 'A'));
    m_data.append('\n');
}

void SearchIndex::finish()
{
    m_data.squeeze();
    m_rowStart.shrink_to_fit();
}

std::vector<quint8> SearchIndex::match(const QString &needle) const
{
    std::vector<quint8> hits(m_rowStart.size(), 0);
    const QByteArray folded = needle.toCaseFolded().toUtf8();
    if (folded.isEmpty()) {
        std::fill(hits.begin(), hits.end(), quint8(1));
        return hits;
    }
    const QByteArrayMatcher matcher(folded);
    qsizetype from = 0;
    while (true) {
        const qsizetype at = matcher.indexIn(m_data, from);
        if (at < 0)
            break;
        // The row that contains the hit; continue at the next row so each row is reported once.
        const auto next = std::upper_bound(m_rowStart.begin(), m_rowStart.end(), quint32(at));
        const size_t row = size_t(next - m_rowStart.begin()) - 1;
        hits[row] = 1;
        if (next == m_rowStart.end())
            break;
        from = qsizetype(*next);
    }
    return hits;
}

} // namespace Scimflow
