#pragma once

#include <QColor>
#include <QList>
#include <QPaintDevice>
#include <QPointF>
#include <QRawFont>
#include <QSizeF>
#include <QStringView>

#include <memory>

class QIODevice;

namespace Scimflow {

class ReportPdfEngine;

/// A PDF paint device for reports, in device pixels at a given resolution (y down, as on screen). Unlike
/// QPdfWriter, which writes every glyph as its own positioned text operation, it writes each line of a glyph
/// run as one string of glyph ids, so a table of a million rows costs seconds rather than minutes. Fonts are
/// embedded as subsets (TrueType outlines, with a ToUnicode map so that the text can be searched and
/// extracted). Paths, rectangles, lines, clipping, solid colours and images are supported; gradients and
/// patterns are drawn in their base colour.
class ReportPdfDevice : public QPaintDevice
{
public:
    /// Writes to \a out, which must stay open until finish(). \a pageSize is in device pixels at \a dpi.
    ReportPdfDevice(QIODevice *out, const QSizeF &pageSize, int dpi);
    ~ReportPdfDevice() override;

    void setTitle(const QString &title);
    void setCreator(const QString &creator);
    /// Ends the current page and starts the next one; call while no painter is active or between pages.
    void newPage();
    /// Writes the fonts, the page tree and the cross-reference table; false on a write error.
    bool finish();

    QPaintEngine *paintEngine() const override;

    /// If \a painter paints on a ReportPdfDevice: draws \a glyphs of \a font at \a positions (baselines,
    /// relative to \a origin) in the pen's colour and returns true. \a text holds the character of each
    /// glyph for text extraction, or is empty. The report text cache draws its glyph runs through it.
    static bool drawGlyphs(QPainter &painter, const QRawFont &font, const QList<quint32> &glyphs,
                           const QList<QPointF> &positions, const QPointF &origin, QStringView text);

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    std::unique_ptr<ReportPdfEngine> m_engine;
    QSizeF m_pageSize;
    int m_dpi;
};

} // namespace Scimflow
