#pragma once

#include <QChartView>

class QRubberBand;

namespace Scimflow {

/// The chart's viewport: turns mouse and keyboard input into timeline intents (pan, zoom, rubber-band zoom,
/// click, hover) in chart coordinates, and leaves what they mean to TimelineView.
class TimelineChartView : public QChartView
{
    Q_OBJECT
public:
    explicit TimelineChartView(QChart *chart, QWidget *parent = nullptr);

Q_SIGNALS:
    void panStarted();
    /// Dragged by \a dx pixels since panStarted().
    void panned(qreal dx);
    /// Zoom by \a factor (< 1 zooms in) keeping the time under chart x coordinate \a x in place.
    void zoomRequested(qreal factor, qreal x);
    /// Shift-drag or right-drag selected chart x coordinates [x0, x1].
    void rubberBandSelected(qreal x0, qreal x1);
    void clicked(QPointF chartPos);
    void hovered(QPointF chartPos, QPoint globalPos);
    /// Arrow keys: pan by a fraction of the visible range (negative: back in time).
    void panStepRequested(qreal fraction);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag { None, Pan, Band };
    QPointF toChart(QPointF viewportPos) const;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    bool m_moved = false;
    QRubberBand *m_band = nullptr;
};

} // namespace Scimflow
