#include "timelineitem.h"

#include "timelinetext.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Scimflow {

TimelineItem::TimelineItem(QChart *chart, QAbstractSeries *anchor)
    : QGraphicsItem(chart)
    , m_chart(chart)
    , m_anchor(anchor)
    , m_style(QApplication::palette())
{
    setZValue(10);
    setAcceptHoverEvents(false); // the view handles the mouse, so that panning works over items too
}

void TimelineItem::setSnapshot(const TimelineSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_maxEventCount = 1;
    for (const TimelineEventMark &m : m_snapshot.events)
        m_maxEventCount = std::max(m_maxEventCount, m.count);
    m_maxJobCount = 1;
    for (const TimelineJobBar &b : m_snapshot.jobs)
        m_maxJobCount = std::max(m_maxJobCount, b.count);
    packBars();
    updateMapping();
    update();
}

void TimelineItem::setVisibleRange(TimelineRange range)
{
    m_range = range;
    updateMapping();
    update();
}

void TimelineItem::setStyle(const TimelineStyle &style)
{
    m_style = style;
    m_flags[0] = m_flags[1] = {};
    update();
}

void TimelineItem::setLabelWidth(qreal width)
{
    m_labelWidth = width;
    updateGeometry();
}

void TimelineItem::updateGeometry()
{
    prepareGeometryChange();
    m_bounds = m_chart->boundingRect();
    updateMapping();
    update();
}

void TimelineItem::updateMapping()
{
    m_plot = m_chart->plotArea();
    const int lanes = std::max<int>(1, int(m_snapshot.lanes.size()));
    if (!m_range.isValid() || m_chart->series().isEmpty())
        return;
    // Two reference points through the chart's own mapping: everything else is linear from here.
    const QPointF topLeft = m_chart->mapToPosition(QPointF(qreal(m_range.from), qreal(lanes)), m_anchor);
    const QPointF bottomRight = m_chart->mapToPosition(QPointF(qreal(m_range.to), 0), m_anchor);
    m_x0 = topLeft.x();
    m_xScale = (bottomRight.x() - topLeft.x()) / double(m_range.span());
    m_y0 = topLeft.y();
    m_laneHeight = (bottomRight.y() - topLeft.y()) / lanes;
}

void TimelineItem::packBars()
{
    constexpr int kMaxRows = 6;
    const qsizetype lanes = m_snapshot.lanes.size();
    m_laneRows = QList<int>(lanes, 1);
    m_laneBuckets = QList<bool>(lanes, false);
    m_barRow = QList<int>(m_snapshot.jobs.size(), 0);
    // Per lane, the end of the last bar in each row; bars arrive sorted by start within a lane.
    QList<std::array<Timestamp, kMaxRows>> rowEnds(lanes);
    for (auto &ends : rowEnds)
        ends.fill(std::numeric_limits<Timestamp>::min());
    QList<qsizetype> order;
    order.reserve(m_snapshot.jobs.size());
    for (qsizetype i = 0; i < m_snapshot.jobs.size(); ++i) {
        const TimelineJobBar &b = m_snapshot.jobs[i];
        if (b.lane < 0 || b.lane >= lanes)
            continue;
        if (b.isBucket())
            m_laneBuckets[b.lane] = true;
        else
            order << i;
    }
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        return m_snapshot.jobs[a].start < m_snapshot.jobs[b].start;
    });
    for (qsizetype i : order) {
        const TimelineJobBar &b = m_snapshot.jobs[i];
        auto &ends = rowEnds[b.lane];
        int row = -1;
        for (int r = 0; r < kMaxRows && row < 0; ++r) {
            if (ends[size_t(r)] <= b.start)
                row = r;
        }
        if (row < 0) // more overlap than rows: share the row that frees first
            row = int(std::min_element(ends.begin(), ends.end()) - ends.begin());
        ends[size_t(row)] = std::max(b.end, b.start + 1);
        m_barRow[i] = row;
        m_laneRows[b.lane] = std::max(m_laneRows[b.lane], row + 1);
    }
}

QRectF TimelineItem::boundingRect() const
{
    return m_bounds;
}

qreal TimelineItem::xOf(Timestamp t) const
{
    return m_x0 + double(t - m_range.from) * m_xScale;
}

Timestamp TimelineItem::timeAt(qreal x) const
{
    if (m_xScale == 0)
        return m_range.from;
    return m_range.from + Timestamp(std::llround((x - m_x0) / m_xScale));
}

qreal TimelineItem::laneCentre(int lane) const
{
    return m_y0 + (lane + 0.5) * m_laneHeight;
}

qreal TimelineItem::laneHeight() const
{
    return m_laneHeight;
}

qreal TimelineItem::markerSize() const
{
    return std::clamp(m_laneHeight * 0.55, 6.0, 13.0);
}

QRectF TimelineItem::jobRect(qsizetype index) const
{
    const TimelineJobBar &bar = m_snapshot.jobs[index];
    const qreal pad = std::min<qreal>(m_laneHeight * 0.12, 6);
    const qreal top = m_y0 + bar.lane * m_laneHeight + pad;
    const qreal content = m_laneHeight - 2 * pad;
    const bool buckets = bar.lane < m_laneBuckets.size() && m_laneBuckets[bar.lane];
    qreal x0 = xOf(bar.start);
    qreal x1 = xOf(bar.end);
    if (bar.isBucket()) {
        // A histogram along the lane's bottom: taller for more concurrent jobs, on a log scale so that one
        // job is still visible next to thousands.
        const qreal share = std::log1p(bar.count) / std::log1p(std::max(2, m_maxJobCount));
        const qreal h = content * 0.6 * (0.15 + 0.85 * share);
        return QRectF(x0, top + content - h, std::max<qreal>(1, x1 - x0), h);
    }
    x1 = std::max(x1, x0 + 3); // a job of a few seconds stays visible and clickable
    const int row = index < m_barRow.size() ? m_barRow[index] : 0;
    const int rows = bar.lane < m_laneRows.size() ? m_laneRows[bar.lane] : 1;
    const qreal area = buckets ? content * 0.38 : content;
    const qreal rowHeight = area / rows;
    const qreal h = std::max<qreal>(2, std::min(rowHeight - 1, m_laneHeight * 0.5));
    const qreal y = top + row * rowHeight + (rowHeight - h) / 2;
    return QRectF(x0, y, x1 - x0, h);
}

void TimelineItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    QElapsedTimer timer;
    timer.start();
    updateMapping();
    if (m_snapshot.lanes.isEmpty() || m_plot.isEmpty() || m_xScale == 0) {
        painter->setPen(m_style.mutedText());
        painter->drawText(m_plot, Qt::AlignCenter | Qt::TextWordWrap,
                          QCoreApplication::translate(
                              "TimelineItem", "Nothing to show here: select users, a role or a job, or "
                                              "choose \"All\" to see the whole history."));
        m_lastPaintMicros = timer.nsecsElapsed() / 1000;
        return;
    }
    painter->save();
    paintLanes(painter);
    painter->setClipRect(m_plot.adjusted(-1, 0, 1, 0));
    paintJobs(painter);
    paintEvents(painter);
    paintNow(painter);
    paintCredentials(painter);
    paintFindings(painter);
    painter->restore();
    m_lastPaintMicros = timer.nsecsElapsed() / 1000;
}

void TimelineItem::paintLanes(QPainter *painter) const
{
    const QList<TimelineLane> &lanes = m_snapshot.lanes;
    QColor shade = m_style.laneShade();
    shade.setAlphaF(0.6f);
    const QFontMetricsF fm(painter->font());
    const bool drawLabels = m_laneHeight >= fm.height() * 0.9;
    for (int i = 0; i < lanes.size(); ++i) {
        const QRectF lane(m_plot.left(), m_y0 + i * m_laneHeight, m_plot.width(), m_laneHeight);
        if (i % 2 == 1)
            painter->fillRect(lane, shade);
        if (!drawLabels)
            continue;
        // Label left of the plot: a small glyph tells identity lanes (diamond) from job lanes (bar).
        const qreal cy = lane.center().y();
        const qreal gx = m_plot.left() - m_labelWidth - 4;
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(m_style.mutedText(), 1.2));
        painter->setBrush(Qt::NoBrush);
        if (lanes[i].section == TimelineLane::Section::Identity) {
            // A person: head and shoulders.
            painter->drawEllipse(QPointF(gx + 5, cy - 2.5), 2.2, 2.2);
            painter->drawArc(QRectF(gx + 0.5, cy + 1, 9, 8), 0, 180 * 16);
        } else {
            painter->drawRect(QRectF(gx, cy - 3, 10, 6));
        }
        const QRectF text(gx + 14, lane.top(), m_labelWidth - 14, m_laneHeight);
        painter->setPen(m_style.text());
        painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                          fm.elidedText(lanes[i].label, Qt::ElideMiddle, text.width()));
    }
    // Between identity and job lanes: a clear rule across labels and plot.
    const int identity = m_snapshot.identityLaneCount();
    if (identity > 0 && identity < lanes.size()) {
        const qreal y = m_y0 + identity * m_laneHeight;
        QColor rule = m_style.text();
        rule.setAlphaF(0.55f);
        painter->setPen(QPen(rule, 1.5));
        painter->drawLine(QPointF(m_plot.left() - m_labelWidth - 4, y), QPointF(m_plot.right(), y));
    }
}

void TimelineItem::paintJobs(QPainter *painter) const
{
    const qreal left = m_plot.left() - 2;
    const qreal right = m_plot.right() + 2;
    // Buckets first, without outlines (they are one pixel column wide), then single bars on top.
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QList<TimelineJobBar> &jobs = m_snapshot.jobs;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const TimelineJobBar &b = jobs[i];
        if (!b.isBucket())
            continue;
        const QRectF r = jobRect(i);
        if (r.right() < left || r.left() > right)
            continue;
        // Split by state in proportion, failures on top where they catch the eye: a column with one failure
        // among a hundred successes must not look all red.
        qreal y = r.bottom();
        for (Job::State state : {Job::State::Succeeded, Job::State::Unknown, Job::State::Cancelled,
                                 Job::State::Pending, Job::State::Running, Job::State::Failed}) {
            const int n = b.stateCounts[size_t(state)];
            if (n == 0)
                continue;
            const qreal part = r.height() * n / b.count;
            painter->fillRect(QRectF(r.left(), y - part, r.width(), part), m_style.jobColor(state));
            y -= part;
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen outline(m_style.outline(), 1);
    outline.setCosmetic(true);
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const TimelineJobBar &b = jobs[i];
        if (b.isBucket())
            continue;
        const QRectF r = jobRect(i);
        if (r.right() < left || r.left() > right)
            continue;
        painter->setPen(outline);
        painter->setBrush(m_style.jobColor(b.state));
        if (!b.openEnded) {
            painter->drawRect(r);
            continue;
        }
        // Open to the right: no right edge, a chevron at "now" says it is still going.
        painter->setPen(Qt::NoPen);
        painter->drawRect(r);
        painter->setPen(outline);
        painter->drawLine(r.topLeft(), r.topRight());
        painter->drawLine(r.bottomLeft(), r.bottomRight());
        painter->drawLine(r.topLeft(), r.bottomLeft());
        const qreal h = r.height() / 2;
        QPolygonF chevron({QPointF(r.right(), r.top() - 2), QPointF(r.right() + h + 2, r.center().y()),
                           QPointF(r.right(), r.bottom() + 2)});
        painter->setBrush(m_style.jobColor(b.state));
        painter->drawPolygon(chevron);
    }
}

void TimelineItem::paintEvents(QPainter *painter) const
{
    const qreal size = markerSize();
    const qreal left = m_plot.left() - size;
    const qreal right = m_plot.right() + size;
    std::array<QPainterPath, 8> paths;
    for (IdentityEvent::Kind k : TimelineStyle::eventKinds())
        paths[size_t(k)] = TimelineStyle::markerPath(k, size);
    const qreal logMax = std::log1p(std::max(2, m_maxEventCount));
    // Isolated events get their marker. Buckets, and events crowded closer than a marker's width, become
    // stems standing on the lane's bottom: taller for more events (log scale), split by kind in proportion
    // with the most significant kinds on top. An isolated bucket also gets its top kind's marker.
    struct Marker
    {
        QPointF at;
        IdentityEvent::Kind kind;
    };
    QList<Marker> markers;
    static const IdentityEvent::Kind stackOrder[] = {
        IdentityEvent::Kind::Updated,         IdentityEvent::Kind::Created,
        IdentityEvent::Kind::MembershipAdded, IdentityEvent::Kind::MembershipRemoved,
        IdentityEvent::Kind::RoleChanged,     IdentityEvent::Kind::Reactivated,
        IdentityEvent::Kind::Deactivated,     IdentityEvent::Kind::Deleted};
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QList<TimelineEventMark> &events = m_snapshot.events;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const TimelineEventMark &m = events[i];
        const qreal x0 = xOf(m.at);
        if (x0 < left || x0 > right)
            continue;
        const qreal w = m.isBucket() ? std::max<qreal>(2, xOf(m.lastAt) - x0 + 1) : 2;
        const bool prevFar = i == 0 || events[i - 1].lane != m.lane || xOf(events[i - 1].lastAt) < x0 - size;
        const bool nextFar =
            i + 1 == events.size() || events[i + 1].lane != m.lane || xOf(events[i + 1].at) > x0 + w + size;
        const bool isolated = prevFar && nextFar;
        if (!m.isBucket() && isolated) {
            markers << Marker{QPointF(x0, laneCentre(m.lane)), m.kind};
            continue;
        }
        const qreal bottom = m_y0 + (m.lane + 1) * m_laneHeight - std::min<qreal>(m_laneHeight * 0.1, 4);
        const qreal h = (m_laneHeight * 0.8 - size) * (0.25 + 0.75 * std::log1p(m.count) / logMax);
        const qreal x = m.isBucket() ? x0 : x0 - 1;
        if (!m.isBucket()) {
            painter->fillRect(QRectF(x, bottom - h, w, h), m_style.eventColor(m.kind));
        } else {
            qreal y = bottom;
            for (IdentityEvent::Kind k : stackOrder) {
                const int n = m.kindCounts[size_t(k)];
                if (n == 0)
                    continue;
                const qreal part = h * n / m.count;
                painter->fillRect(QRectF(x, y - part, w, part), m_style.eventColor(k));
                y -= part;
            }
        }
        if (isolated)
            markers << Marker{QPointF(x + w / 2, bottom - h - size / 2), m.kind};
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPen outline(m_style.outline(), 1);
    outline.setCosmetic(true);
    painter->setPen(outline);
    for (const Marker &marker : markers) {
        painter->setBrush(m_style.eventColor(marker.kind));
        painter->drawPath(paths[size_t(marker.kind)].translated(marker.at));
    }
}

void TimelineItem::paintNow(QPainter *painter) const
{
    const qreal x = xOf(m_snapshot.now);
    if (x < m_plot.left() || x > m_plot.right())
        return;
    QColor c = m_style.nowLine();
    c.setAlphaF(0.7f);
    painter->setPen(QPen(c, 1, Qt::DotLine));
    painter->drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
}

namespace {
constexpr qreal kFlagLeft = 2; // the pole's half width and its antialiased edge, left of the time's x
constexpr qreal kFlagTop = 1;  // the flag's outline above its top
} // namespace

const QPixmap &TimelineItem::flagPixmap(qreal height, bool acrossChart, qreal dpr) const
{
    FlagCache &cache = m_flags[acrossChart ? 1 : 0];
    if (cache.height == height && cache.dpr == dpr && !cache.pixmap.isNull())
        return cache.pixmap;
    const QSizeF size(kFlagLeft + 12, kFlagTop + height + 2);
    cache.pixmap = QPixmap((size * dpr).toSize());
    cache.pixmap.setDevicePixelRatio(dpr);
    cache.pixmap.fill(Qt::transparent);
    QPainter p(&cache.pixmap);
    p.setRenderHint(QPainter::Antialiasing, true);
    m_style.drawFindingFlag(&p, kFlagLeft, kFlagTop, kFlagTop + height, acrossChart);
    cache.height = height;
    cache.dpr = dpr;
    return cache.pixmap;
}

void TimelineItem::paintFindings(QPainter *painter) const
{
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    for (const TimelineFindingMark &f : m_snapshot.findings) {
        const qreal x = xOf(f.startedAt);
        if (x < m_plot.left() - 1 || x > m_plot.right() + 1)
            continue;
        const bool across = f.lane < 0;
        const qreal top = across ? m_plot.top() + 1 : m_y0 + f.lane * m_laneHeight + 1;
        const qreal bottom = across ? m_plot.bottom() : m_y0 + (f.lane + 1) * m_laneHeight - 1;
        painter->drawPixmap(QPointF(x - kFlagLeft, top - kFlagTop), flagPixmap(bottom - top, across, dpr));
    }
}

void TimelineItem::paintCredentials(QPainter *painter) const
{
    // Few per principal (its keys and tokens); at most one mark per pixel column and lane, as elsewhere.
    const qreal size = std::max<qreal>(9, std::min<qreal>(14, m_laneHeight * 0.6));
    int lastLane = -1;
    int lastColumn = std::numeric_limits<int>::min();
    for (const TimelineCredentialMark &m : m_snapshot.credentials) {
        const qreal x = xOf(m.at);
        if (m.lane < 0 || x < m_plot.left() - size || x > m_plot.right() + size)
            continue;
        if (m.lane == lastLane && int(x) == lastColumn)
            continue;
        lastLane = m.lane;
        lastColumn = int(x);
        // In the lower part of the lane, so that a job bar or an event marker at the same time stays visible.
        const qreal y = m_y0 + m.lane * m_laneHeight + m_laneHeight * 0.78;
        m_style.drawCredentialMark(painter, m.kind == TimelineCredentialMark::Kind::Created, QPointF(x, y),
                                   size);
    }
}

QPointF TimelineItem::jobPosition(qint64 jobId) const
{
    for (qsizetype i = 0; i < m_snapshot.jobs.size(); ++i) {
        if (m_snapshot.jobs[i].jobId == jobId) {
            const QRectF r = jobRect(i).intersected(m_plot);
            return r.isEmpty() ? QPointF() : r.center();
        }
    }
    return {};
}

TimelineItem::Hit TimelineItem::hitTest(QPointF pos) const
{
    Hit hit;
    if (m_laneHeight <= 0 || m_snapshot.lanes.isEmpty())
        return hit;
    const int lane = int(std::floor((pos.y() - m_y0) / m_laneHeight));
    if (lane < 0 || lane >= m_snapshot.lanes.size())
        return hit;
    if (pos.x() < m_plot.left()) {
        if (pos.x() >= m_plot.left() - m_labelWidth - 6)
            hit = {Hit::Kind::Lane, lane};
        return hit;
    }
    if (pos.x() > m_plot.right())
        return hit;
    // Findings' flags first (small, on top), then events, then single bars, then buckets.
    for (int i = 0; i < m_snapshot.findings.size(); ++i) {
        const TimelineFindingMark &f = m_snapshot.findings[i];
        if ((f.lane == lane || f.lane < 0) && std::abs(pos.x() - xOf(f.startedAt) - 3) <= 5 &&
            (f.lane >= 0 || pos.y() <= m_plot.top() + 10))
            return {Hit::Kind::Finding, i};
    }
    for (int i = 0; i < m_snapshot.credentials.size(); ++i) {
        const TimelineCredentialMark &m = m_snapshot.credentials[i];
        const qreal y = m_y0 + m.lane * m_laneHeight + m_laneHeight * 0.78;
        if (m.lane == lane && std::abs(pos.x() - xOf(m.at)) <= 6 && std::abs(pos.y() - y) <= 7)
            return {Hit::Kind::Credential, i};
    }
    const qreal reach = std::max<qreal>(4, markerSize() / 2 + 1);
    qreal best = reach + 1;
    for (int i = 0; i < m_snapshot.events.size(); ++i) {
        const TimelineEventMark &m = m_snapshot.events[i];
        if (m.lane != lane)
            continue;
        const qreal x0 = xOf(m.at);
        const qreal x1 = m.isBucket() ? std::max(x0 + 2, xOf(m.lastAt) + 1) : x0;
        const qreal d = pos.x() < x0 ? x0 - pos.x() : pos.x() > x1 ? pos.x() - x1 : 0;
        if (d < best) {
            best = d;
            hit = {Hit::Kind::Event, i};
        }
    }
    if (hit.kind != Hit::Kind::None)
        return hit;
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = int(m_snapshot.jobs.size()) - 1; i >= 0; --i) {
            const TimelineJobBar &b = m_snapshot.jobs[i];
            if (b.lane != lane || b.isBucket() != (pass == 1))
                continue;
            if (jobRect(i).adjusted(-2, -3, 2, 3).contains(pos))
                return {Hit::Kind::Job, i};
        }
    }
    return hit;
}

} // namespace Scimflow
