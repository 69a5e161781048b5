#pragma once

#include "timelinestyle.h"
#include "timelinetypes.h"

#include <QGraphicsItem>
#include <QPixmap>

class QChart;
class QAbstractSeries;

namespace Scimflow {

/// Draws the lanes, job bars, identity event marks, buckets and finding flags of one snapshot on the chart's
/// scene. Time is mapped to pixels once per paint through QChart::mapToPosition (two reference points), and
/// only what intersects the plot area is drawn; the snapshot itself holds at most about one item per pixel
/// column and lane.
class TimelineItem : public QGraphicsItem
{
public:
    struct Hit
    {
        enum class Kind { None, Event, Job, Finding, Credential, Lane };
        Kind kind = Kind::None;
        int index = -1; // into snapshot().events / jobs / findings / credentials / lanes
    };

    TimelineItem(QChart *chart, QAbstractSeries *anchor);

    void setSnapshot(const TimelineSnapshot &snapshot);
    const TimelineSnapshot &snapshot() const { return m_snapshot; }
    /// The range of the time axis; items are placed relative to it, whatever range the snapshot was made for.
    void setVisibleRange(TimelineRange range);
    void setStyle(const TimelineStyle &style);
    void setLabelWidth(qreal width);
    /// Re-reads the plot area after the chart's geometry changed.
    void updateGeometry();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// What lies under \a pos (item coordinates, equal to the chart's).
    Hit hitTest(QPointF pos) const;
    QRectF plotRect() const { return m_plot; }
    qreal xOf(Timestamp t) const;
    Timestamp timeAt(qreal x) const;
    /// Vertical centre of \a lane.
    qreal laneCentre(int lane) const;
    qreal laneHeight() const;
    /// Where a job's bar (or the bucket containing it) is drawn: its centre, or a null point if not shown.
    QPointF jobPosition(qint64 jobId) const;

    qint64 lastPaintMicros() const { return m_lastPaintMicros; }

private:
    void updateMapping();
    void paintLanes(QPainter *painter) const;
    void paintJobs(QPainter *painter) const;
    void paintEvents(QPainter *painter) const;
    void paintFindings(QPainter *painter) const;
    void paintCredentials(QPainter *painter) const;
    void paintNow(QPainter *painter) const;
    QRectF jobRect(qsizetype index) const; // index into m_snapshot.jobs
    qreal markerSize() const;
    void packBars();

    QChart *m_chart;
    QAbstractSeries *m_anchor;
    TimelineSnapshot m_snapshot;
    TimelineRange m_range;
    TimelineStyle m_style;
    qreal m_labelWidth = 140;
    QRectF m_plot;
    QRectF m_bounds;
    // Linear mapping taken from the chart: x = m_x0 + (t - m_range.from) * m_xScale; lane i spans
    // [m_y0 + i * m_laneHeight, m_y0 + (i + 1) * m_laneHeight).
    qreal m_x0 = 0;
    double m_xScale = 0;
    qreal m_y0 = 0;
    qreal m_laneHeight = 0;
    // Single bars that overlap in time go to separate rows of their lane (first fit, at most kMaxRows).
    QList<int> m_barRow;       // parallel to m_snapshot.jobs
    QList<int> m_laneRows;     // rows used per lane
    QList<bool> m_laneBuckets; // lane has job buckets: singles use the upper part, buckets the lower
    int m_maxEventCount = 1;
    int m_maxJobCount = 1;
    mutable qint64 m_lastPaintMicros = 0;
    // A finding's flag and pole, drawn once per height and style, then copied for every finding: stroking
    // a dashed pole across the chart for each of a large store's findings took most of a repaint.
    struct FlagCache
    {
        QPixmap pixmap;
        qreal height = -1;
        qreal dpr = 0;
    };
    const QPixmap &flagPixmap(qreal height, bool acrossChart, qreal dpr) const;
    mutable FlagCache m_flags[2]; // in a lane, across the chart
};

} // namespace Scimflow
