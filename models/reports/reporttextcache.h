#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QList>
#include <QRawFont>
#include <QString>

class QPainter;

namespace Scimflow {

/// Measures and draws single-line text in one font at one resolution without shaping each string: glyph
/// indexes and advances of the Latin, Greek and Cyrillic blocks are looked up once, and a line becomes a
/// QGlyphRun. A 100k-row table then paints in seconds instead of minutes. Other scripts fall back to
/// QPainter::drawText.
class ReportTextCache
{
public:
    ReportTextCache(const QFont &font, int dpi);

    const QFont &font() const { return m_font; }
    double width(QStringView text) const;
    double ascent() const { return m_ascent; }
    double lineSpacing() const { return m_lineSpacing; }
    /// The widest advance of the cached characters: width(text) <= text.size() * maxAdvance() for them.
    double maxAdvance() const { return m_maxAdvance; }
    /// \a text cut to \a width with a trailing ellipsis.
    QString elided(const QString &text, double width) const;
    /// Greedy word wrap to \a width, at most \a maxLines lines (the last one elided).
    QStringList wrap(const QString &text, double width, int maxLines) const;
    void draw(QPainter &painter, const QPointF &baseline, const QString &text) const;

    /// Glyphs of several lines collected into one run: the PDF engine's cost is mostly per draw call, so a
    /// table row is drawn with one call instead of one per cell line.
    struct Batch
    {
        QList<quint32> glyphs;
        QList<QPointF> positions;
        QString text; // the character of each glyph
    };
    /// Adds \a text at \a baseline to \a batch; text in other scripts is drawn right away instead.
    void add(Batch &batch, QPainter &painter, const QPointF &baseline, const QString &text) const;
    void flush(Batch &batch, QPainter &painter) const;

private:
    static constexpr int kCached = 0x530; // Latin, IPA, Greek, Cyrillic
    bool isCached(QStringView text) const;

    QFont m_font;
    QImage m_device; // 1x1 at the target dpi, for the metrics of uncached text
    QRawFont m_raw;
    QFontMetricsF m_metrics;
    QList<quint32> m_glyphs;  // by UTF-16 code unit below kCached
    QList<double> m_advances; // device pixels
    double m_ascent = 0;
    double m_lineSpacing = 0;
    double m_maxAdvance = 0;
};

} // namespace Scimflow
