#pragma once

#include "result.h"
#include "timelineloader.h"
#include "timelinetypes.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QChart;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QScrollArea;
class QToolBar;
class QValueAxis;

namespace Scimflow {

class TimelineChartView;
class TimelineItem;
class TimelineLegend;

/// The timeline: lanes of identity events above lanes of job executions on one shared date-time axis, for
/// the current selection (users, a role's members, a job's principals) or for everything. It draws what a
/// TimelineLoader answers for the visible range and emits what the user clicks so that the main window can
/// select it in the linked views; it never reads the database itself.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    /// The loader that answers this view's requests (not owned). Setting one shows the last 7 days.
    void setLoader(TimelineLoader *loader);
    TimelineLoader *loader() const { return m_loader; }

    TimelineRange visibleRange() const { return m_range; }
    TimelineSelection selection() const { return m_selection; }
    /// The snapshot currently drawn.
    const TimelineSnapshot &snapshot() const;
    /// True while a request for the current range or selection has not been answered yet.
    bool isLoading() const;
    /// Principals shown at most; the rest are counted in the status line.
    void setMaxLanes(int lanes);
    QSize sizeHint() const override { return QSize(960, 380); }

    // For tests, the benchmark and the main window's screenshot path.
    QChart *chart() const { return m_chart; }
    TimelineChartView *chartView() const { return m_chartView; }
    TimelineItem *item() const { return m_item; }
    /// Where \a jobId's bar is drawn, in chart view viewport coordinates (null if not visible).
    QPoint jobViewportPosition(qint64 jobId) const;
    QAction *action(const QString &objectName) const;

public Q_SLOTS:
    void showOverview();
    void showUsers(const QList<qint64> &userIds);
    void showGroup(qint64 groupId);
    /// Shows the job's principals and scrolls to the job.
    void showJob(qint64 jobId);
    void showServiceAccounts(const QList<qint64> &accountIds);

    void revealJob(qint64 jobId);
    void revealUser(qint64 userId);
    void revealServiceAccount(qint64 accountId);
    /// Centres the visible range on \a t, keeping the zoom level.
    void revealTime(qint64 t);

    void setVisibleRange(qint64 from, qint64 to);
    /// The last \a span milliseconds up to now (with a little room after now).
    void showLast(qint64 span);
    void showAll();
    void zoomIn();
    void zoomOut();
    /// Zooms by \a factor (< 1 zooms in) around time \a centre.
    void zoomBy(double factor, qint64 centre);
    /// Moves the range by \a fraction of its width (negative: back in time).
    void panBy(double fraction);
    void nextFinding();
    void previousFinding();

    Status exportPng(const QString &path);
    Status exportSvg(const QString &path);

Q_SIGNALS:
    void jobActivated(qint64 jobId);
    void userActivated(qint64 userId);
    void serviceAccountActivated(qint64 accountId);
    void groupActivated(qint64 groupId);
    void identityEventActivated(qint64 eventId);
    void findingActivated(qint64 findingId);
    /// A key's creation or a key's or token's last use was clicked: credentials.id.
    void credentialActivated(qint64 credentialId);
    void visibleRangeChanged(qint64 from, qint64 to);
    /// A snapshot was drawn (after a range or selection change).
    void dataShown(quint64 serial);
    void loadFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void applyRange(TimelineRange range, bool request = true);
    void requestData(TimelineRequest::Reveal reveal = TimelineRequest::Reveal::None, qint64 revealId = 0);
    void select(const TimelineSelection &selection,
                TimelineRequest::Reveal reveal = TimelineRequest::Reveal::None, qint64 revealId = 0);
    void onLoaded(const TimelineSnapshot &snapshot);
    void onClicked(QPointF pos);
    void onHovered(QPointF pos, QPoint global);
    void updateAxisFormat();
    void updateLanes();
    void updateStatus();
    void applyPalette();
    void exportWithDialog(bool svg);
    /// Holds the chart's repaint until the answer for the newest request arrives (or 20 ms pass).
    void holdPaint();
    void releasePaint();
    int columns() const;
    TimelineRange clampRange(TimelineRange range) const;
    /// \a range widened to whole tick steps, so that the axis labels fall on round times.
    TimelineRange alignedRange(TimelineRange range) const;

    QPointer<TimelineLoader> m_loader;
    QToolBar *m_toolBar = nullptr;
    QScrollArea *m_scroll = nullptr;
    TimelineChartView *m_chartView = nullptr;
    QChart *m_chart = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_laneAxis = nullptr;
    QLineSeries *m_anchor = nullptr;
    TimelineItem *m_item = nullptr;
    TimelineLegend *m_legend = nullptr;
    QLabel *m_status = nullptr;

    TimelineSelection m_selection;
    TimelineRange m_range;
    TimelineRange m_panOrigin;
    int m_maxLanes = 40;
    quint64 m_requested = 0; // serial of the newest request
    quint64 m_shown = 0;     // serial of the snapshot drawn
    quint64 m_revealSerial = 0;
    bool m_wantAll = false;
    bool m_started = false;
    bool m_paintHeld = false;
    QTimer m_paintHold;
};

} // namespace Scimflow
