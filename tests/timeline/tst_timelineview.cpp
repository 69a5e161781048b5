#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"
#include "timelinechartview.h"
#include "timelineloader.h"
#include "timelineview.h"

#include <QAction>
#include <QChart>
#include <QDateTimeAxis>
#include <QFile>
#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;

qint64 idOf(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QDateTimeAxis *timeAxis(TimelineView &view)
{
    return qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).first());
}

Timestamp axisMin(TimelineView &view)
{
    return timeAxis(view)->min().toMSecsSinceEpoch();
}

Timestamp axisMax(TimelineView &view)
{
    return timeAxis(view)->max().toMSecsSinceEpoch();
}

/// Viewport position of (time, lane centre), through QChart::mapToPosition like the item itself.
QPoint viewportPos(TimelineView &view, Timestamp t, int lane)
{
    QChart *chart = view.chart();
    const int lanes = int(view.snapshot().lanes.size());
    const QPointF p = chart->mapToPosition(QPointF(qreal(t), lanes - lane - 0.5), chart->series().first());
    return view.chartView()->mapFromScene(chart->mapToScene(p));
}

void sendMouse(QWidget *w, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
               Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QMouseEvent e(type, QPointF(pos), QPointF(w->mapToGlobal(pos)), button, buttons, modifiers);
    QCoreApplication::sendEvent(w, &e);
}

} // namespace

class TestTimelineView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        auto store = Store::open(m_path);
        QVERIFY(store);
        m_store = std::move(*store);
        const Scenario s = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        QVERIFY(ScenarioImporter::write(*m_store, s).ok());
        m_dana = idOf(*m_store,
                      QStringLiteral("SELECT id FROM users WHERE user_name = 'dana.whitfield@example.com'"));
        m_marcus = idOf(
            *m_store, QStringLiteral("SELECT id FROM users WHERE user_name = 'marcus.oyelaran@example.com'"));
        QVERIFY(m_dana && m_marcus);
    }

    void init()
    {
        m_loader = std::make_unique<TimelineLoader>(m_path);
        m_loader->setNow(kAnchor);
        m_view = std::make_unique<TimelineView>();
        m_view->resize(1200, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setLoader(m_loader.get());
        QTRY_VERIFY(!m_view->isLoading());
    }

    void cleanup()
    {
        m_view.reset();
        m_loader.reset();
    }

    void startsOnTheLastWeekOfTheOverview()
    {
        QCOMPARE(m_view->snapshot().selection.kind, TimelineSelection::Kind::Overview);
        QCOMPARE(m_view->snapshot().identityLaneCount(), 3);
        // The last 7 days and a little room after now, widened to whole tick steps.
        QVERIFY(axisMin(*m_view) <= kAnchor - 7 * kMsPerDay);
        QVERIFY(axisMax(*m_view) >= kAnchor + 7 * kMsPerDay / 40);
        QVERIFY(axisMax(*m_view) - axisMin(*m_view) <= 9 * kMsPerDay);
        QVERIFY(!m_view->snapshot().jobs.isEmpty());
    }

    void selectingUsersShowsTheirLanes()
    {
        m_view->showUsers({m_dana, m_marcus});
        QTRY_VERIFY(!m_view->isLoading());
        const TimelineSnapshot &s = m_view->snapshot();
        QCOMPARE(s.lanes.size(), 4);
        QCOMPARE(s.identityLaneCount(), 2);
        QStringList labels;
        for (const TimelineLane &l : s.lanes) {
            QVERIFY(l.subjectId == m_dana || l.subjectId == m_marcus);
            labels << l.label;
        }
        QCOMPARE(labels, QStringList({QStringLiteral("dana.whitfield"), QStringLiteral("marcus.oyelaran"),
                                      QStringLiteral("dana.whitfield"), QStringLiteral("marcus.oyelaran")}));
        m_view->showUsers({});
        QTRY_VERIFY(!m_view->isLoading());
        QCOMPARE(m_view->snapshot().selection.kind, TimelineSelection::Kind::Overview);
    }

    void clickingABarEmitsTheJobId()
    {
        m_view->showUsers({m_dana});
        m_view->setVisibleRange(kAnchor - 7 * kMsPerDay, kAnchor + kMsPerDay);
        QTRY_VERIFY(!m_view->isLoading());
        const TimelineSnapshot &s = m_view->snapshot();
        const TimelineJobBar *stream = nullptr;
        for (const TimelineJobBar &b : s.jobs) {
            if (b.openEnded && b.name.startsWith(QLatin1String("orders-stream")))
                stream = &b;
        }
        QVERIFY(stream);
        QSignalSpy spy(m_view.get(), &TimelineView::jobActivated);
        const QPoint pos =
            viewportPos(*m_view, stream->start + (stream->end - stream->start) / 2, stream->lane);
        QTest::mouseClick(m_view->chartView()->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(0).toLongLong(), stream->jobId);

        // An empty spot selects nothing.
        QTest::mouseClick(m_view->chartView()->viewport(), Qt::LeftButton, {},
                          viewportPos(*m_view, kAnchor - 6 * kMsPerDay, stream->lane));
        QCOMPARE(spy.size(), 1);
    }

    void hoverShowsWhoWhatWhenAndSource()
    {
        m_view->showUsers({m_dana});
        m_view->setVisibleRange(kAnchor - 7 * kMsPerDay, kAnchor + kMsPerDay);
        QTRY_VERIFY(!m_view->isLoading());
        QWidget *viewport = m_view->chartView()->viewport();
        sendMouse(viewport, QEvent::MouseMove, viewportPos(*m_view, kAnchor - kMsPerDay, 1), Qt::NoButton,
                  Qt::NoButton);
        QTRY_VERIFY(QToolTip::isVisible());
        QString text = QToolTip::text();
        QVERIFY2(text.contains(QLatin1String("orders-stream")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("still running")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("dana.whitfield@example.com")), qPrintable(text));

        sendMouse(viewport, QEvent::MouseMove, viewportPos(*m_view, kAnchor - 3 * kMsPerDay, 0), Qt::NoButton,
                  Qt::NoButton);
        QTRY_VERIFY(QToolTip::text().contains(QLatin1String("Deactivated")));
        text = QToolTip::text();
        QVERIFY2(text.contains(QLatin1String("source: idp")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("okta-provisioning")), qPrintable(text)); // who did it
    }

    void clickingAnEventEmitsTheIdentity()
    {
        m_view->showUsers({m_dana});
        m_view->setVisibleRange(kAnchor - 7 * kMsPerDay, kAnchor + kMsPerDay);
        QTRY_VERIFY(!m_view->isLoading());
        QSignalSpy users(m_view.get(), &TimelineView::userActivated);
        QSignalSpy events(m_view.get(), &TimelineView::identityEventActivated);
        QTest::mouseClick(m_view->chartView()->viewport(), Qt::LeftButton, {},
                          viewportPos(*m_view, kAnchor - 3 * kMsPerDay, 0));
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().at(0).toLongLong(), m_dana);
        QCOMPARE(events.size(), 1);
        QVERIFY(events.first().at(0).toLongLong() > 0);
    }

    void presetButtonsSetTheAxisRange()
    {
        // Each preset covers its span up to a little after now, widened to whole tick steps (at most one
        // step on each side) so that the axis labels fall on round times.
        const struct
        {
            const char *action;
            Timestamp span;
            Timestamp maxStep;
        } presets[] = {{"last24h", kMsPerDay, 3 * kMsPerHour},
                       {"last7d", 7 * kMsPerDay, kMsPerDay},
                       {"last30d", 30 * kMsPerDay, 7 * kMsPerDay}};
        for (const auto &p : presets) {
            m_view->action(QLatin1String(p.action))->trigger();
            QVERIFY2(axisMin(*m_view) <= kAnchor - p.span, p.action);
            QVERIFY2(axisMin(*m_view) > kAnchor - p.span - p.maxStep, p.action);
            QVERIFY2(axisMax(*m_view) >= kAnchor + p.span / 40, p.action);
            QVERIFY2(axisMax(*m_view) < kAnchor + p.span / 40 + p.maxStep, p.action);
            // Round ticks: the axis divides the range into whole steps.
            const Timestamp span = axisMax(*m_view) - axisMin(*m_view);
            QVERIFY2(span % (timeAxis(*m_view)->tickCount() - 1) == 0, p.action);
            QVERIFY2(span / (timeAxis(*m_view)->tickCount() - 1) % (60 * 1000) == 0, p.action);
        }
        m_view->action(QStringLiteral("all"))->trigger();
        QTRY_VERIFY(!m_view->isLoading());
        QTRY_VERIFY(axisMax(*m_view) - axisMin(*m_view) >
                    300 * kMsPerDay); // users created up to 2 years back
        QVERIFY(axisMin(*m_view) <= m_view->snapshot().extent.from);
        QVERIFY(axisMax(*m_view) >= kAnchor);
    }

    void wheelZoomsAroundTheCursor()
    {
        m_view->setVisibleRange(kAnchor - 10 * kMsPerDay, kAnchor);
        QTRY_VERIFY(!m_view->isLoading());
        QWidget *viewport = m_view->chartView()->viewport();
        const QPoint pos = viewportPos(*m_view, kAnchor - 2 * kMsPerDay, 0);
        QWheelEvent wheel(QPointF(pos), QPointF(viewport->mapToGlobal(pos)), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport, &wheel);
        const Timestamp span = axisMax(*m_view) - axisMin(*m_view);
        QVERIFY(qAbs(span - 8 * kMsPerDay) < kMsPerHour); // one notch: 20 % closer
        // The time under the cursor stays where it was (within a pixel's worth of time).
        const Timestamp pixel = span / 800;
        const Timestamp share = (kAnchor - 2 * kMsPerDay - axisMin(*m_view)) * 100 / span;
        QVERIFY2(qAbs(share - 80) <= 1, qPrintable(QString::number(share)));
        QVERIFY(pixel > 0);
        m_view->action(QStringLiteral("zoomOut"))->trigger();
        QCOMPARE(axisMax(*m_view) - axisMin(*m_view), 2 * span);
    }

    void dragPansAndShiftDragZooms()
    {
        m_view->setVisibleRange(kAnchor - 10 * kMsPerDay, kAnchor);
        QTRY_VERIFY(!m_view->isLoading());
        QWidget *viewport = m_view->chartView()->viewport();
        const QPoint a = viewportPos(*m_view, kAnchor - 6 * kMsPerDay, 0);
        const QPoint b = viewportPos(*m_view, kAnchor - 4 * kMsPerDay, 0);
        // Dragging from a to b moves the content right by two days: the range moves two days back.
        sendMouse(viewport, QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, (a + b) / 2, Qt::NoButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseMove, b, Qt::NoButton, Qt::LeftButton);
        sendMouse(viewport, QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton);
        QVERIFY(qAbs(axisMin(*m_view) - (kAnchor - 12 * kMsPerDay)) < kMsPerHour);
        QVERIFY(qAbs(axisMax(*m_view) - (kAnchor - 2 * kMsPerDay)) < kMsPerHour);
        QTRY_VERIFY(!m_view->isLoading());

        // Shift-drag from a to b zooms into the two days between them.
        const QPoint c = viewportPos(*m_view, kAnchor - 9 * kMsPerDay, 0);
        const QPoint d = viewportPos(*m_view, kAnchor - 7 * kMsPerDay, 0);
        sendMouse(viewport, QEvent::MouseButtonPress, c, Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
        sendMouse(viewport, QEvent::MouseMove, d, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
        sendMouse(viewport, QEvent::MouseButtonRelease, d, Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
        QVERIFY(qAbs(axisMin(*m_view) - (kAnchor - 9 * kMsPerDay)) < kMsPerHour);
        QVERIFY(qAbs(axisMax(*m_view) - (kAnchor - 7 * kMsPerDay)) < kMsPerHour);
        QTRY_VERIFY(!m_view->isLoading());
        QCOMPARE(m_view->snapshot().range.from, axisMin(*m_view));
    }

    void revealingAJobScrollsToIt()
    {
        const qint64 job = idOf(
            *m_store,
            QStringLiteral("SELECT id FROM jobs WHERE run_as_user_id = %1 AND end_time = 0").arg(m_dana));
        m_view->setVisibleRange(kAnchor - 60 * kMsPerDay, kAnchor - 59 * kMsPerDay);
        m_view->showJob(job);
        QTRY_VERIFY(!m_view->isLoading());
        QVERIFY(axisMin(*m_view) <= kAnchor - 5 * kMsPerDay);
        QVERIFY(axisMax(*m_view) >= kAnchor);
        QCOMPARE(m_view->snapshot().selection, TimelineSelection::job(job));
        QVERIFY(!m_view->jobViewportPosition(job).isNull());
    }

    void jumpsBetweenFindings()
    {
        QSqlQuery q(m_store->database());
        for (int days : {3, 8}) {
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO findings(fingerprint, rule, severity, subject_kind, subject, "
                               "summary, started_at, first_seen, last_seen) VALUES('f%1', 'rule', 2, "
                               "'principal', 'x', 'y', %2, %2, %2)")
                    .arg(days)
                    .arg(kAnchor - days * kMsPerDay)));
        }
        m_loader->reload();
        m_view->setVisibleRange(kAnchor - 21 * kMsPerDay, kAnchor - 19 * kMsPerDay);
        QTRY_VERIFY(!m_view->isLoading());
        QTRY_COMPARE(m_view->snapshot().findings.size(), 2);
        m_view->action(QStringLiteral("nextFinding"))->trigger();
        QCOMPARE((axisMin(*m_view) + axisMax(*m_view)) / 2, kAnchor - 8 * kMsPerDay);
        m_view->nextFinding();
        QCOMPARE((axisMin(*m_view) + axisMax(*m_view)) / 2, kAnchor - 3 * kMsPerDay);
        m_view->previousFinding();
        QCOMPARE((axisMin(*m_view) + axisMax(*m_view)) / 2, kAnchor - 8 * kMsPerDay);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM findings")));
    }

    void exportsPngAndSvgThatAreNotBlank()
    {
        m_view->showUsers({m_dana, m_marcus});
        QTRY_VERIFY(!m_view->isLoading());
        const QString png = m_dir.filePath(QStringLiteral("timeline.png"));
        const QString svg = m_dir.filePath(QStringLiteral("timeline.svg"));
        QVERIFY(m_view->exportPng(png).ok());
        QVERIFY(m_view->exportSvg(svg).ok());

        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));

        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.startsWith("<?xml") || text.contains("<svg"));
        QVERIFY(text.count("<path") + text.count("<rect") + text.count("<polygon") > 20);
        QVERIFY(text.contains("dana.whitfield")); // lane labels are text in the drawing
    }

    void failsCleanlyOnExportToAMissingFolder()
    {
        QVERIFY(!m_view->exportPng(m_dir.filePath(QStringLiteral("missing/x.png"))).ok());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TimelineLoader> m_loader;
    std::unique_ptr<TimelineView> m_view;
    qint64 m_dana = 0;
    qint64 m_marcus = 0;
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
