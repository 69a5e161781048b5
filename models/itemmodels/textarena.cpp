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

namespace {
inline uchar foldAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? uchar(c + ('a' - 'A')) : uchar(c);
}
} // namespace

int TextArena::compare(TextRef a, TextRef b) const
{
    // Byte order after folding ASCII letters; UTF-8 keeps code point order for the rest. prefixKey()
    // must agree with this.
    const char *pa = m_data.constData() + a.offset;
    const char *pb = m_data.constData() + b.offset;
    const quint32 n = std::min(a.length, b.length);
    for (quint32 i = 0; i < n; ++i) {
        const uchar ca = foldAscii(pa[i]);
        const uchar cb = foldAscii(pb[i]);
        if (ca != cb)
            return ca < cb ? -1 : 1;
    }
    return a.length == b.length ? 0 : (a.length < b.length ? -1 : 1);
}

quint64 TextArena::prefixKey(TextRef ref) const
{
    const char *p = m_data.constData() + ref.offset;
    quint64 key = 0;
    for (quint32 i = 0; i < 8; ++i)
        key = (key << 8) | (i < ref.length ? foldAscii(p[i]) : 0);
    return key;
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
