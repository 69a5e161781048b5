#pragma once

#include "chartdata.h"

#include <QByteArray>
#include <QFont>
#include <QImage>
#include <QRectF>

class QPainter;

namespace Scimflow {

/// Draws report charts with QPainter, so the PDF, the HTML (as an embedded PNG) and the GUI show the same
/// picture. Font sizes are in points: the same call looks alike on a 300 dpi page and on screen.
class ChartRenderer
{
public:
    /// Paints \a chart into \a rect of the painter's device: title, value axis with gridlines, one labelled
    /// bar per category.
    static void paint(QPainter &painter, const QRectF &rect, const ChartData &chart, const QFont &font);
    /// The chart as an image of \a size logical pixels at \a devicePixelRatio (2 gives crisp HTML).
    static QImage render(const ChartData &chart, QSize size, qreal devicePixelRatio = 2.0,
                         const QFont &font = QFont());
    /// The chart as PNG bytes, for embedding.
    static QByteArray png(const ChartData &chart, QSize size, qreal devicePixelRatio = 2.0);
    /// A round step for a value axis that reaches \a maximum in about \a ticks steps.
    static double niceStep(double maximum, int ticks);
};

} // namespace Scimflow
