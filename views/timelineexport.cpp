#include "timelineexport.h"

#include <QCoreApplication>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace Scimflow {

namespace {

QSize exportSize(QGraphicsView *chart, QWidget *legend)
{
    return {chart->viewport()->width(), chart->viewport()->height() + legend->height()};
}

void render(QPainter *painter, QGraphicsView *chart, QWidget *legend, QColor background)
{
    const QSize chartSize = chart->viewport()->size();
    painter->fillRect(QRect(QPoint(0, 0), exportSize(chart, legend)), background);
    chart->render(painter, QRectF(QPointF(0, 0), chartSize), chart->viewport()->rect());
    painter->save();
    painter->translate(0, chartSize.height());
    legend->render(painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter->restore();
}

Error cannotWrite(const QString &path)
{
    return Error::make(Error::Kind::Io,
                       QCoreApplication::translate(
                           "TimelineExport", "Cannot write %1: check that the folder exists and is writable.")
                           .arg(path));
}

} // namespace

Status TimelineExport::toPng(const QString &path, QGraphicsView *chart, QWidget *legend, QColor background)
{
    const qreal ratio = 2;
    QImage image(exportSize(chart, legend) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        render(&painter, chart, legend, background);
    }
    if (!image.save(path, "PNG"))
        return cannotWrite(path);
    return {};
}

Status TimelineExport::toSvg(const QString &path, QGraphicsView *chart, QWidget *legend, QColor background,
                             const QString &title, const QString &description)
{
    const QSize size = exportSize(chart, legend);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(description);
    QPainter painter;
    if (!painter.begin(&generator))
        return cannotWrite(path);
    render(&painter, chart, legend, background);
    if (!painter.end())
        return cannotWrite(path);
    return {};
}

} // namespace Scimflow
