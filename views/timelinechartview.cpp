#include "timelinechartview.h"

#include <QChart>
#include <QMouseEvent>
#include <QRubberBand>
#include <QToolTip>

#include <cmath>

namespace Scimflow {

TimelineChartView::TimelineChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
{
    setRubberBand(QChartView::NoRubberBand); // ours zooms the shared time axis only
    setDragMode(QGraphicsView::NoDrag);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    // The timeline item switches antialiasing on where it helps (markers, outlines); axes and grid lines are
    // straight and crisp without it, and a repaint costs less.
    setRenderHint(QPainter::Antialiasing, false);
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setCursor(Qt::OpenHandCursor);
}

QPointF TimelineChartView::toChart(QPointF viewportPos) const
{
    return chart()->mapFromScene(mapToScene(viewportPos.toPoint()));
}

void TimelineChartView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_moved = false;
    const bool band = event->button() == Qt::RightButton ||
                      (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier));
    if (band) {
        m_drag = Drag::Band;
        if (!m_band)
            m_band = new QRubberBand(QRubberBand::Rectangle, viewport());
        m_band->setGeometry(QRect(m_pressPos, QSize(1, viewport()->height())));
        m_band->show();
    } else if (event->button() == Qt::LeftButton) {
        m_drag = Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        Q_EMIT panStarted();
    }
    event->accept();
}

void TimelineChartView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() > 3)
        m_moved = true;
    switch (m_drag) {
    case Drag::Pan:
        if (m_moved)
            Q_EMIT panned(pos.x() - m_pressPos.x());
        break;
    case Drag::Band: {
        const QRectF plot = chart()->plotArea();
        const QPoint top = mapFromScene(chart()->mapToScene(plot.topLeft()));
        const QPoint bottom = mapFromScene(chart()->mapToScene(plot.bottomRight()));
        m_band->setGeometry(QRect(QPoint(std::min(m_pressPos.x(), pos.x()), top.y()),
                                  QPoint(std::max(m_pressPos.x(), pos.x()), bottom.y())));
        break;
    }
    case Drag::None:
        Q_EMIT hovered(toChart(event->position()), event->globalPosition().toPoint());
        break;
    }
    event->accept();
}

void TimelineChartView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    setCursor(Qt::OpenHandCursor);
    if (drag == Drag::Band) {
        m_band->hide();
        if (std::abs(pos.x() - m_pressPos.x()) >= 4)
            Q_EMIT rubberBandSelected(toChart(QPointF(m_pressPos)).x(), toChart(pos).x());
    } else if (drag == Drag::Pan && !m_moved) {
        Q_EMIT clicked(toChart(pos));
    }
    event->accept();
}

void TimelineChartView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        event->ignore();
        return;
    }
    // 120 units = one notch = 20 % closer.
    const qreal factor = std::pow(0.8, delta / 120.0);
    Q_EMIT zoomRequested(factor, toChart(event->position()).x());
    event->accept();
}

void TimelineChartView::keyPressEvent(QKeyEvent *event)
{
    const qreal centre = chart()->plotArea().center().x();
    switch (event->key()) {
    case Qt::Key_Left:
        Q_EMIT panStepRequested(-0.2);
        break;
    case Qt::Key_Right:
        Q_EMIT panStepRequested(0.2);
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        Q_EMIT zoomRequested(0.8, centre);
        break;
    case Qt::Key_Minus:
        Q_EMIT zoomRequested(1.25, centre);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineChartView::leaveEvent(QEvent *event)
{
    QToolTip::hideText();
    QChartView::leaveEvent(event);
}

} // namespace Scimflow
