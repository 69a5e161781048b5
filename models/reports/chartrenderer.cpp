#include "chartrenderer.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Scimflow {

namespace {

const QColor kBarColor(0x2f, 0x6d, 0xb5);
const QColor kAxisColor(0x55, 0x5b, 0x66);
const QColor kGridColor(0xdd, 0xe1, 0xe6);
const QColor kTextColor(0x1f, 0x23, 0x29);

QString formatValue(double v)
{
    if (std::abs(v - std::round(v)) < 1e-9)
        return QString::number(qint64(std::llround(v)));
    return QString::number(v, 'f', 1);
}

} // namespace

double ChartRenderer::niceStep(double maximum, int ticks)
{
    if (maximum <= 0 || ticks <= 0)
        return 1;
    const double raw = maximum / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return std::max(1.0, nice * magnitude);
}

void ChartRenderer::paint(QPainter &painter, const QRectF &rect, const ChartData &chart, const QFont &font)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setClipRect(rect);

    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() * 1.1);
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF smallMetrics(small, painter.device());

    painter.setPen(kTextColor);
    painter.setFont(titleFont);
    const QRectF titleRect(rect.left(), rect.top(), rect.width(), titleMetrics.height() * 1.3);
    const double unitWidth = chart.valueLabel.isEmpty() ? 0
                                                        : smallMetrics.horizontalAdvance(chart.valueLabel) +
                                                              smallMetrics.averageCharWidth() * 2;
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(chart.title, Qt::ElideRight, rect.width() - unitWidth));

    double maximum = 0;
    for (double v : chart.values)
        maximum = std::max(maximum, v);
    const double step = niceStep(maximum, 4);
    const double top = std::max(step, std::ceil(maximum / step) * step);

    // Category labels wrap onto at most two lines under their bar.
    const int n = int(chart.categories.size());
    double axisWidth =
        smallMetrics.horizontalAdvance(formatValue(top)) + smallMetrics.averageCharWidth() * 1.5;
    const QRectF plot(rect.left() + axisWidth, titleRect.bottom() + smallMetrics.height() * 1.4,
                      rect.width() - axisWidth - smallMetrics.averageCharWidth(),
                      rect.bottom() - titleRect.bottom() - smallMetrics.height() * 4.0);
    if (plot.height() <= 0 || plot.width() <= 0 || n == 0) {
        painter.restore();
        return;
    }

    painter.setFont(small);
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - plot.height() * (v / top);
        painter.setPen(QPen(v == 0 ? kAxisColor : kGridColor, 0));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(kAxisColor);
        painter.drawText(QRectF(rect.left(), y - smallMetrics.height() / 2,
                                axisWidth - smallMetrics.averageCharWidth() * 0.6, smallMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, formatValue(v));
    }
    if (!chart.valueLabel.isEmpty()) {
        // The unit sits at the right end of the title row, clear of the bar labels.
        painter.setPen(kAxisColor);
        painter.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, chart.valueLabel);
    }

    const double slot = plot.width() / n;
    const double barWidth = slot * 0.62;
    for (int i = 0; i < n; ++i) {
        const double value = i < chart.values.size() ? chart.values[i] : 0;
        const double h = plot.height() * (value / top);
        const QRectF bar(plot.left() + slot * i + (slot - barWidth) / 2, plot.bottom() - h, barWidth, h);
        painter.fillRect(bar, i < chart.colors.size() ? chart.colors[i] : kBarColor);
        painter.setPen(kTextColor);
        painter.drawText(QRectF(plot.left() + slot * i, bar.top() - smallMetrics.height() * 1.1, slot,
                                smallMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignBottom, formatValue(value));
        const QRectF labelRect(plot.left() + slot * i + 1, plot.bottom() + smallMetrics.height() * 0.3,
                               slot - 2, smallMetrics.height() * 2.2);
        QString label = chart.categories[i];
        if (smallMetrics.horizontalAdvance(label) > labelRect.width() * 2)
            label = smallMetrics.elidedText(label, Qt::ElideMiddle, labelRect.width() * 1.9);
        // Let long keys such as identity_events break after the underscore rather than anywhere.
        label.replace(QLatin1Char('_'), QStringLiteral("_​"));
        painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);
    }
    painter.restore();
}

QImage ChartRenderer::render(const ChartData &chart, QSize size, qreal devicePixelRatio, const QFont &font)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    QFont f = font;
    if (f.pointSizeF() <= 0)
        f.setPointSizeF(9);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), chart, f);
    painter.end();
    return image;
}

QByteArray ChartRenderer::png(const ChartData &chart, QSize size, qreal devicePixelRatio)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    const QImage image = render(chart, size, devicePixelRatio, font);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace Scimflow
