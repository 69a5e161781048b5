#include "timelineview.h"

#include "timelinechartview.h"
#include "timelineexport.h"
#include "timelineitem.h"
#include "timelinelegend.h"
#include "timelineloader.h"
#include "timelinestyle.h"
#include "timelinetext.h"
#include "timelineticks.h"

#include <QAction>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace Scimflow {

namespace {

constexpr Timestamp kMinSpan = 60 * 1000;            // one minute
constexpr Timestamp kMaxSpan = 20 * 366 * kMsPerDay; // twenty years
constexpr int kMinLaneHeight = 22;                   // pixels: a label and a marker fit
constexpr int kAxisHeight = 48;                      // pixels below the lanes for the time axis

QDateTime toDateTime(Timestamp t)
{
    return QDateTime::fromMSecsSinceEpoch(t);
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Timeline"));
    m_chart = new QChart;
    m_chart->setLocale(QLocale()); // axis labels in the interface language, not the system's
    m_chart->legend()->hide();
    m_chart->setBackgroundRoundness(0);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_timeAxis = new QDateTimeAxis;
    m_laneAxis = new QValueAxis;
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_laneAxis, Qt::AlignLeft);
    m_laneAxis->setVisible(false); // lanes are labelled by TimelineItem, which elides them
    // An invisible series ties the two axes together, so that QChart::mapToPosition has a domain to map with.
    m_anchor = new QLineSeries;
    m_anchor->append(0, 0);
    m_anchor->append(1, 1);
    m_anchor->setPen(Qt::NoPen);
    m_chart->addSeries(m_anchor);
    m_anchor->attachAxis(m_timeAxis);
    m_anchor->attachAxis(m_laneAxis);
    m_laneAxis->setRange(0, 1);

    m_chartView = new TimelineChartView(m_chart);
    m_chartView->setAccessibleName(tr("Timeline chart"));
    m_chartView->setAccessibleDescription(tr("Drag to pan, wheel to zoom, Shift-drag or right-drag to zoom "
                                             "into a range, click an item to select it."));
    m_item = new TimelineItem(m_chart, m_anchor);

    m_scroll = new QScrollArea;
    m_scroll->setWidget(m_chartView);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_toolBar = new QToolBar(tr("Timeline"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_legend = new TimelineLegend;
    m_status = new QLabel;
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Timeline status"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_status);
    buildActions();

    connect(m_chart, &QChart::plotAreaChanged, this, [this] {
        m_item->updateGeometry();
        updateAxisFormat();
        // A much wider plot needs more columns to keep one item per pixel.
        if (m_loader && m_item->snapshot().columns > 0 &&
            std::abs(columns() - m_item->snapshot().columns) > m_item->snapshot().columns / 10)
            requestData();
    });
    connect(m_chartView, &TimelineChartView::panStarted, this, [this] { m_panOrigin = m_range; });
    connect(m_chartView, &TimelineChartView::panned, this, [this](qreal dx) {
        const qreal width = std::max<qreal>(1, m_item->plotRect().width());
        const Timestamp dt = Timestamp(-dx * double(m_panOrigin.span()) / width);
        applyRange({m_panOrigin.from + dt, m_panOrigin.to + dt});
    });
    connect(m_chartView, &TimelineChartView::zoomRequested, this,
            [this](qreal factor, qreal x) { zoomBy(factor, m_item->timeAt(x)); });
    connect(m_chartView, &TimelineChartView::rubberBandSelected, this, [this](qreal x0, qreal x1) {
        setVisibleRange(m_item->timeAt(std::min(x0, x1)), m_item->timeAt(std::max(x0, x1)));
    });
    connect(m_chartView, &TimelineChartView::panStepRequested, this, &TimelineView::panBy);
    connect(m_chartView, &TimelineChartView::clicked, this, &TimelineView::onClicked);
    connect(m_chartView, &TimelineChartView::hovered, this, &TimelineView::onHovered);

    m_paintHold.setSingleShot(true);
    m_paintHold.setInterval(20);
    connect(&m_paintHold, &QTimer::timeout, this, &TimelineView::releasePaint);

    applyPalette();
    updateLanes();
    updateStatus();
}

TimelineView::~TimelineView() = default;

void TimelineView::buildActions()
{
    auto add = [this](const char *name, const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(key.isEmpty() ? text : tr("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_toolBar->addAction(
        add("last24h", tr("24 h"), QKeySequence(tr("Ctrl+1")), [this] { showLast(kMsPerDay); }));
    m_toolBar->addAction(
        add("last7d", tr("7 days"), QKeySequence(tr("Ctrl+2")), [this] { showLast(7 * kMsPerDay); }));
    m_toolBar->addAction(
        add("last30d", tr("30 days"), QKeySequence(tr("Ctrl+3")), [this] { showLast(30 * kMsPerDay); }));
    m_toolBar->addAction(add("all", tr("All"), QKeySequence(tr("Ctrl+0")), [this] { showAll(); }));
    m_toolBar->addSeparator();
    m_toolBar->addAction(add("zoomIn", tr("Zoom in"), QKeySequence::ZoomIn, [this] { zoomIn(); }));
    m_toolBar->addAction(add("zoomOut", tr("Zoom out"), QKeySequence::ZoomOut, [this] { zoomOut(); }));
    m_toolBar->addSeparator();
    m_toolBar->addAction(add("previousFinding", tr("\u25C0 Finding"), QKeySequence(tr("Shift+F3")),
                             [this] { previousFinding(); }));
    m_toolBar->addAction(
        add("nextFinding", tr("Finding \u25B6"), QKeySequence(tr("F3")), [this] { nextFinding(); }));
    action(QStringLiteral("previousFinding"))
        ->setToolTip(tr("Jump to the previous finding's start (Shift+F3)"));
    action(QStringLiteral("nextFinding"))->setToolTip(tr("Jump to the next finding's start (F3)"));
    m_toolBar->addSeparator();
    m_toolBar->addAction(
        add("overview", tr("Everything"), QKeySequence(tr("Ctrl+Shift+A")), [this] { showOverview(); }));
    action(QStringLiteral("overview"))
        ->setToolTip(tr("Aggregate lanes for all identities and jobs (Ctrl+Shift+A)"));

    auto *exportMenu = new QMenu(tr("Export"), this);
    // Ctrl+E belongs to File > Export View alone, so the raster export has no shortcut of its own.
    exportMenu->addAction(
        add("exportPng", tr("Export as PNG\u2026"), QKeySequence(), [this] { exportWithDialog(false); }));
    exportMenu->addAction(add("exportSvg", tr("Export as SVG\u2026"), QKeySequence(tr("Ctrl+Shift+E")),
                              [this] { exportWithDialog(true); }));
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export"));
    exportButton->setAccessibleName(tr("Export the visible timeline"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(exportButton);
    for (QAction *a : m_toolBar->actions()) {
        if (QWidget *w = m_toolBar->widgetForAction(a))
            w->setAccessibleName(a->text());
    }
}

QAction *TimelineView::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void TimelineView::setLoader(TimelineLoader *loader)
{
    if (m_loader)
        disconnect(m_loader, nullptr, this, nullptr);
    m_loader = loader;
    m_requested = m_shown = 0;
    releasePaint();
    if (!m_loader)
        return;
    connect(m_loader, &TimelineLoader::loaded, this, &TimelineView::onLoaded);
    connect(m_loader, &TimelineLoader::failed, this, [this](const QString &message) {
        releasePaint();
        m_status->setText(tr("The timeline could not be loaded: %1").arg(message));
        Q_EMIT loadFailed(message);
    });
    connect(m_loader, &TimelineLoader::indexReady, this, &TimelineView::updateStatus);
    if (!m_range.isValid())
        showLast(7 * kMsPerDay);
    else
        requestData();
}

const TimelineSnapshot &TimelineView::snapshot() const
{
    return m_item->snapshot();
}

bool TimelineView::isLoading() const
{
    return m_loader && m_shown < m_requested;
}

void TimelineView::setMaxLanes(int lanes)
{
    m_maxLanes = std::max(1, lanes);
    requestData();
}

QPoint TimelineView::jobViewportPosition(qint64 jobId) const
{
    const QPointF p = m_item->jobPosition(jobId);
    if (p.isNull())
        return {};
    return m_chartView->mapFromScene(m_chart->mapToScene(p));
}

// ---- selection ----------------------------------------------------------------------------------------

void TimelineView::select(const TimelineSelection &selection, TimelineRequest::Reveal reveal, qint64 revealId)
{
    m_selection = selection;
    requestData(reveal, revealId);
}

void TimelineView::showOverview()
{
    select(TimelineSelection::overview());
}

void TimelineView::showUsers(const QList<qint64> &userIds)
{
    select(userIds.isEmpty() ? TimelineSelection::overview() : TimelineSelection::users(userIds));
}

void TimelineView::showGroup(qint64 groupId)
{
    select(TimelineSelection::group(groupId));
}

void TimelineView::showJob(qint64 jobId)
{
    select(TimelineSelection::job(jobId), TimelineRequest::Reveal::Job, jobId);
}

void TimelineView::showServiceAccounts(const QList<qint64> &accountIds)
{
    select(accountIds.isEmpty() ? TimelineSelection::overview()
                                : TimelineSelection::serviceAccounts(accountIds));
}

void TimelineView::revealJob(qint64 jobId)
{
    requestData(TimelineRequest::Reveal::Job, jobId);
}

void TimelineView::revealUser(qint64 userId)
{
    requestData(TimelineRequest::Reveal::User, userId);
}

void TimelineView::revealServiceAccount(qint64 accountId)
{
    requestData(TimelineRequest::Reveal::ServiceAccount, accountId);
}

void TimelineView::revealTime(qint64 t)
{
    const Timestamp span = m_range.isValid() ? m_range.span() : 7 * kMsPerDay;
    applyRange({t - span / 2, t - span / 2 + span});
}

// ---- range --------------------------------------------------------------------------------------------

TimelineRange TimelineView::clampRange(TimelineRange r) const
{
    if (r.span() < kMinSpan) {
        const Timestamp mid = r.from + r.span() / 2;
        r = {mid - kMinSpan / 2, mid + kMinSpan / 2};
    }
    if (r.span() > kMaxSpan) {
        const Timestamp mid = r.from + r.span() / 2;
        r = {mid - kMaxSpan / 2, mid + kMaxSpan / 2};
    }
    return r;
}

void TimelineView::setVisibleRange(qint64 from, qint64 to)
{
    applyRange({from, to});
}

void TimelineView::applyRange(TimelineRange range, bool request)
{
    range = clampRange(range);
    if (range == m_range && !request)
        return;
    m_range = range;
    m_timeAxis->setRange(toDateTime(range.from), toDateTime(range.to));
    updateAxisFormat();
    m_item->setVisibleRange(range);
    Q_EMIT visibleRangeChanged(range.from, range.to);
    if (request)
        requestData();
}

void TimelineView::showLast(qint64 span)
{
    m_wantAll = false;
    const Timestamp now = m_loader ? m_loader->now() : currentTimestamp();
    // A little room after now, so running jobs show their end; snapped outwards to round tick times.
    applyRange(alignedRange({now - span, now + span / 40}));
}

void TimelineView::showAll()
{
    const TimelineRange extent = m_item->snapshot().extent;
    if (!extent.isValid() || !(m_item->snapshot().selection == m_selection)) {
        m_wantAll = true; // applied when the snapshot for this selection arrives
        requestData();
        return;
    }
    m_wantAll = false;
    const Timestamp pad = std::max<Timestamp>(extent.span() / 40, kMinSpan);
    applyRange(alignedRange({extent.from - pad, extent.to + pad}));
}

void TimelineView::zoomIn()
{
    zoomBy(0.5, m_range.from + m_range.span() / 2);
}

void TimelineView::zoomOut()
{
    zoomBy(2.0, m_range.from + m_range.span() / 2);
}

void TimelineView::zoomBy(double factor, qint64 centre)
{
    if (!m_range.isValid() || factor <= 0)
        return;
    const double share = double(centre - m_range.from) / double(m_range.span());
    const Timestamp span = Timestamp(double(m_range.span()) * factor);
    const Timestamp from = centre - Timestamp(share * double(span));
    applyRange({from, from + span});
}

void TimelineView::panBy(double fraction)
{
    const Timestamp dt = Timestamp(double(m_range.span()) * fraction);
    applyRange({m_range.from + dt, m_range.to + dt});
}

void TimelineView::nextFinding()
{
    const Timestamp centre = m_range.from + m_range.span() / 2;
    const Timestamp slack = std::max<Timestamp>(m_range.span() / 200, 1000);
    for (const TimelineFindingMark &f : m_item->snapshot().findings) {
        if (f.startedAt > centre + slack) {
            revealTime(f.startedAt);
            return;
        }
    }
    m_status->setText(tr("No later finding for this selection."));
}

void TimelineView::previousFinding()
{
    const Timestamp centre = m_range.from + m_range.span() / 2;
    const Timestamp slack = std::max<Timestamp>(m_range.span() / 200, 1000);
    const QList<TimelineFindingMark> &findings = m_item->snapshot().findings;
    for (auto it = findings.rbegin(); it != findings.rend(); ++it) {
        if (it->startedAt < centre - slack) {
            revealTime(it->startedAt);
            return;
        }
    }
    m_status->setText(tr("No earlier finding for this selection."));
}

// ---- data ---------------------------------------------------------------------------------------------

int TimelineView::columns() const
{
    const int w = int(m_chart->plotArea().width());
    return w > 50 ? w : 800;
}

void TimelineView::requestData(TimelineRequest::Reveal reveal, qint64 revealId)
{
    if (!m_loader || (!m_range.isValid() && reveal == TimelineRequest::Reveal::None))
        return;
    TimelineRequest r;
    r.selection = m_selection;
    r.range = m_range;
    r.columns = columns();
    r.maxLanes = m_maxLanes;
    r.reveal = reveal;
    r.revealId = revealId;
    m_requested = m_loader->request(r);
    if (reveal != TimelineRequest::Reveal::None)
        m_revealSerial = m_requested;
    holdPaint();
    updateStatus();
}

void TimelineView::holdPaint()
{
    // The answer usually comes within a few milliseconds: painting the old data at the new range first
    // would only delay the right picture by a whole repaint. Paint anyway once the frame budget is spent,
    // so that dragging stays fluid when answers are slow.
    if (m_paintHeld)
        return;
    m_paintHeld = true;
    m_chartView->setUpdatesEnabled(false);
    m_paintHold.start();
}

void TimelineView::releasePaint()
{
    if (!m_paintHeld)
        return;
    m_paintHeld = false;
    m_paintHold.stop();
    m_chartView->setUpdatesEnabled(true);
}

void TimelineView::onLoaded(const TimelineSnapshot &s)
{
    if (!(s.selection == m_selection) || s.serial <= m_shown)
        return; // an answer for a selection that is no longer shown, or older than the one drawn
    m_shown = s.serial;
    const bool lanesChanged =
        s.lanes.size() != m_item->snapshot().lanes.size() || !(s.selection == m_item->snapshot().selection);
    if (s.revealed && s.serial == m_revealSerial && s.serial == m_requested)
        applyRange(s.range, false);
    m_item->setSnapshot(s);
    if (lanesChanged)
        updateLanes();
    if (m_wantAll && s.extent.isValid()) {
        showAll();
        return;
    }
    if (s.serial == m_requested)
        releasePaint();
    updateStatus();
    Q_EMIT dataShown(s.serial);
}

// ---- input --------------------------------------------------------------------------------------------

void TimelineView::onClicked(QPointF pos)
{
    const TimelineItem::Hit hit = m_item->hitTest(pos);
    const TimelineSnapshot &s = m_item->snapshot();
    switch (hit.kind) {
    case TimelineItem::Hit::Kind::None:
        return;
    case TimelineItem::Hit::Kind::Event: {
        const TimelineEventMark &m = s.events[hit.index];
        if (m.isBucket()) {
            const Timestamp pad = std::max<Timestamp>((m.lastAt - m.at) / 4, kMinSpan);
            setVisibleRange(m.at - pad, m.lastAt + pad);
            return;
        }
        Q_EMIT identityEventActivated(m.eventId);
        if (m.userId)
            Q_EMIT userActivated(m.userId);
        else if (m.groupId)
            Q_EMIT groupActivated(m.groupId);
        return;
    }
    case TimelineItem::Hit::Kind::Job: {
        const TimelineJobBar &b = s.jobs[hit.index];
        if (b.isBucket()) {
            const Timestamp centre = b.start + (b.end - b.start) / 2;
            zoomBy(0.1, centre);
            return;
        }
        Q_EMIT jobActivated(b.jobId);
        return;
    }
    case TimelineItem::Hit::Kind::Finding:
        Q_EMIT findingActivated(s.findings[hit.index].findingId);
        return;
    case TimelineItem::Hit::Kind::Credential:
        Q_EMIT credentialActivated(s.credentials[hit.index].credentialId);
        return;
    case TimelineItem::Hit::Kind::Lane: {
        const TimelineLane &l = s.lanes[hit.index];
        if (l.subject == TimelineLane::Subject::User)
            Q_EMIT userActivated(l.subjectId);
        else if (l.subject == TimelineLane::Subject::ServiceAccount)
            Q_EMIT serviceAccountActivated(l.subjectId);
        else if (l.subject == TimelineLane::Subject::Group)
            Q_EMIT groupActivated(l.subjectId);
        return;
    }
    }
}

void TimelineView::onHovered(QPointF pos, QPoint global)
{
    const QString text = TimelineText::toolTip(m_item->snapshot(), m_item->hitTest(pos));
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(global, text, m_chartView->viewport());
}

// ---- presentation -------------------------------------------------------------------------------------

TimelineRange TimelineView::alignedRange(TimelineRange r) const
{
    return TimelineTicks::aligned(r, QFontMetrics(m_timeAxis->labelsFont()), columns());
}

void TimelineView::updateAxisFormat()
{
    if (!m_range.isValid())
        return;
    const TimelineTicks::Axis axis = TimelineTicks::axisFor(
        m_range, QFontMetrics(m_timeAxis->labelsFont()), std::max<qreal>(100, m_chart->plotArea().width()));
    m_timeAxis->setFormat(axis.format);
    m_timeAxis->setTickCount(axis.tickCount);
}

void TimelineView::updateLanes()
{
    const TimelineSnapshot &s = m_item->snapshot();
    const int lanes = int(s.lanes.size());
    m_laneAxis->setRange(0, std::max(1, lanes));
    // Lane labels get the room their text needs, within bounds, and the chart grows (and scrolls) rather
    // than squeezing lanes below a readable height.
    const QFontMetrics fm(font());
    int labelWidth = 80;
    for (const TimelineLane &l : s.lanes)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(l.label) + 22);
    labelWidth = std::min(labelWidth, 190);
    m_chart->setMargins(QMargins(labelWidth + 12, 8, 24, 2));
    m_item->setLabelWidth(labelWidth);
    m_chartView->setMinimumHeight(std::max(160, lanes * kMinLaneHeight + kAxisHeight + 16));
    m_item->updateGeometry();
}

void TimelineView::updateStatus()
{
    const TimelineSnapshot &s = m_item->snapshot();
    QStringList parts;
    if (!s.lanes.isEmpty()) {
        const int identity = s.identityLaneCount();
        parts << tr("%n identity lane(s)", nullptr, identity)
              << tr("%n job lane(s)", nullptr, int(s.lanes.size()) - identity);
    }
    if (s.omittedPrincipals > 0)
        parts
            << tr("%n more principal(s) not shown (limit %1)", nullptr, s.omittedPrincipals).arg(m_maxLanes);
    if (!s.findings.isEmpty())
        parts << tr("%n finding(s)", nullptr, int(s.findings.size()));
    if (m_range.isValid())
        parts << tr("%1 to %2").arg(TimelineText::time(m_range.from), TimelineText::time(m_range.to));
    if (isLoading())
        parts << tr("loading\u2026");
    m_status->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void TimelineView::applyPalette()
{
    const TimelineStyle style(palette());
    m_chart->setBackgroundBrush(style.background());
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_timeAxis->setLabelsBrush(style.text());
    m_timeAxis->setLinePen(QPen(style.mutedText(), 1));
    m_timeAxis->setGridLinePen(QPen(style.grid(), 1));
    m_timeAxis->setLabelsFont(font());
    m_chartView->setBackgroundBrush(style.background());
    m_item->setStyle(style);
    m_legend->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateAxisFormat();
}

void TimelineView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        updateAxisFormat();
    }
}

// ---- export -------------------------------------------------------------------------------------------

Status TimelineView::exportPng(const QString &path)
{
    return TimelineExport::toPng(path, m_chartView, m_legend, TimelineStyle(palette()).background());
}

Status TimelineView::exportSvg(const QString &path)
{
    return TimelineExport::toSvg(path, m_chartView, m_legend, TimelineStyle(palette()).background(),
                                 tr("Scimflow timeline"),
                                 tr("Identity events and job executions from %1 to %2")
                                     .arg(TimelineText::time(m_range.from), TimelineText::time(m_range.to)));
}

void TimelineView::exportWithDialog(bool svg)
{
    const QString filter = svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString path =
        QFileDialog::getSaveFileName(this, svg ? tr("Export timeline as SVG") : tr("Export timeline as PNG"),
                                     svg ? tr("timeline.svg") : tr("timeline.png"), filter);
    if (path.isEmpty())
        return;
    const Status s = svg ? exportSvg(path) : exportPng(path);
    if (!s)
        QMessageBox::warning(this, tr("Export failed"), s.error().message);
    else
        m_status->setText(tr("Exported to %1").arg(path));
}

} // namespace Scimflow
