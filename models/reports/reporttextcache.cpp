#include "reporttextcache.h"

#include "reportpdfdevice.h"

#include <QGlyphRun>
#include <QImage>
#include <QPainter>
#include <QPointF>

namespace Scimflow {

namespace {

QImage deviceAt(int dpi)
{
    QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = int(dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

} // namespace

ReportTextCache::ReportTextCache(const QFont &font, int dpi)
    : m_font(font)
    , m_device(deviceAt(dpi))
    , m_metrics(font, &m_device)
{
    m_font.setKerning(false); // advances add up: measured width == drawn width
    m_raw = QRawFont::fromFont(m_font);
    m_raw.setPixelSize(font.pointSizeF() * dpi / 72.0);
    m_ascent = m_raw.ascent();
    m_lineSpacing = m_raw.ascent() + m_raw.descent() + m_raw.leading();
    QString all;
    all.reserve(kCached);
    for (int c = 0; c < kCached; ++c)
        all += QChar(c < 0x20 ? 0x20 : c);
    m_glyphs = m_raw.glyphIndexesForString(all);
    const QList<QPointF> advances = m_raw.advancesForGlyphIndexes(m_glyphs, QRawFont::UseDesignMetrics);
    m_advances.reserve(kCached);
    for (const QPointF &a : advances) {
        m_advances << a.x();
        m_maxAdvance = std::max(m_maxAdvance, a.x());
    }
    if (m_glyphs.size() != kCached || m_advances.size() != kCached) {
        m_glyphs.clear();
        m_advances.clear();
    }
}

bool ReportTextCache::isCached(QStringView text) const
{
    if (m_glyphs.isEmpty())
        return false;
    for (QChar c : text) {
        if (c.unicode() >= kCached || m_glyphs[c.unicode()] == 0)
            return false;
    }
    return true;
}

double ReportTextCache::width(QStringView text) const
{
    if (!isCached(text))
        return m_metrics.horizontalAdvance(text.toString());
    double w = 0;
    for (QChar c : text)
        w += m_advances[c.unicode()];
    return w;
}

QString ReportTextCache::elided(const QString &text, double width) const
{
    if (this->width(text) <= width)
        return text;
    const QString ellipsis(QChar(0x2026));
    const double room = width - this->width(ellipsis);
    double w = 0;
    int n = 0;
    while (n < text.size()) {
        const double next = this->width(QStringView(text).mid(n, 1));
        if (w + next > room)
            break;
        w += next;
        ++n;
    }
    return text.left(n) + ellipsis;
}

QStringList ReportTextCache::wrap(const QString &text, double width, int maxLines) const
{
    if (text.isEmpty() || this->width(text) <= width)
        return {text};
    QStringList lines;
    QStringView rest(text);
    while (!rest.isEmpty()) {
        if (int(lines.size()) == maxLines - 1 && this->width(rest) > width) {
            lines << elided(rest.toString(), width);
            break;
        }
        // Walk forward to the last character that fits, remembering the last break opportunity: after a
        // space if there is one (so "team-0042" stays whole), else after punctuation.
        double w = 0;
        int fit = 0;
        int lastSpace = 0;
        int lastPunct = 0;
        while (fit < rest.size()) {
            const double next = this->width(rest.mid(fit, 1));
            if (w + next > width)
                break;
            w += next;
            const QChar c = rest.at(fit);
            ++fit;
            if (c == QLatin1Char(' '))
                lastSpace = fit;
            else if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('/') ||
                     c == QLatin1Char('-') || c == QLatin1Char('@') || c == QLatin1Char(')') ||
                     c == QLatin1Char('_') || c == QLatin1Char('.'))
                lastPunct = fit;
        }
        const int lastBreak = lastSpace > fit / 3 ? lastSpace : lastPunct;
        if (fit == rest.size()) {
            lines << rest.toString();
            break;
        }
        const int cut = lastBreak > fit / 3 ? lastBreak : std::max(fit, 1);
        lines << rest.left(cut).trimmed().toString();
        rest = rest.mid(cut).trimmed();
    }
    return lines;
}

void ReportTextCache::draw(QPainter &painter, const QPointF &baseline, const QString &text) const
{
    if (text.isEmpty())
        return;
    if (!isCached(text)) {
        painter.setFont(m_font);
        painter.drawText(baseline, text);
        return;
    }
    QList<quint32> glyphs;
    QList<QPointF> positions;
    glyphs.reserve(text.size());
    positions.reserve(text.size());
    double x = 0;
    for (QChar c : text) {
        glyphs << m_glyphs[c.unicode()];
        positions << QPointF(x, 0);
        x += m_advances[c.unicode()];
    }
    if (ReportPdfDevice::drawGlyphs(painter, m_raw, glyphs, positions, baseline, text))
        return;
    QGlyphRun run;
    run.setRawFont(m_raw);
    run.setGlyphIndexes(glyphs);
    run.setPositions(positions);
    painter.drawGlyphRun(baseline, run);
}

void ReportTextCache::add(Batch &batch, QPainter &painter, const QPointF &baseline, const QString &text) const
{
    if (text.isEmpty())
        return;
    if (!isCached(text)) {
        painter.setFont(m_font);
        painter.drawText(baseline, text);
        return;
    }
    double x = baseline.x();
    for (QChar c : text) {
        batch.glyphs << m_glyphs[c.unicode()];
        batch.positions << QPointF(x, baseline.y());
        x += m_advances[c.unicode()];
    }
    batch.text += text;
}

void ReportTextCache::flush(Batch &batch, QPainter &painter) const
{
    if (batch.glyphs.isEmpty())
        return;
    if (!ReportPdfDevice::drawGlyphs(painter, m_raw, batch.glyphs, batch.positions, QPointF(), batch.text)) {
        QGlyphRun run;
        run.setRawFont(m_raw);
        run.setGlyphIndexes(batch.glyphs);
        run.setPositions(batch.positions);
        painter.drawGlyphRun(QPointF(0, 0), run);
    }
    batch.glyphs.clear();
    batch.positions.clear();
    batch.text.clear();
}

} // namespace Scimflow
