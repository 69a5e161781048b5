#include "consolesession.h"
#include "linkedtableproxy.h"
#include "mainwindow.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "selectioncontext.h"
#include "store.h"
#include "tablepane.h"
#include "timelinechartview.h"
#include "timelinedock.h"
#include "timelineloader.h"
#include "timelineview.h"

#include <QChart>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

namespace {
constexpr Timestamp kAnchor = 1795000000000LL;
}

/// The timeline docked in the real main window, linked through the console's selection context.
class TestTimelineDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        m_path = m_dir.filePath(QStringLiteral("demo.db"));
        auto store = Store::open(m_path);
        QVERIFY(store);
        QVERIFY(ScenarioImporter::write(**store, ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor))
                    .ok());
        QSqlQuery q((*store)->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM users WHERE user_name = 'dana.whitfield@example.com'")));
        QVERIFY(q.next());
        m_dana = q.value(0).toLongLong();
    }

    void selectingAUserShowsHerLanesAndClickingABarSelectsTheJob()
    {
        ConsoleSession session;
        QVERIFY(session.open(m_path).ok());
        MainWindow window(&session);
        window.setPersistSettings(false);
        auto *dock = new TimelineDock(&window);
        dock->connectSelection(session.selection());
        window.addViewDock(dock, Qt::BottomDockWidgetArea);
        window.resize(1400, 1000);
        window.resizeDocks({dock}, {420}, Qt::Vertical);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        dock->openDatabase(m_path);
        dock->loader()->setNow(kAnchor);
        TimelineView *view = dock->view();
        view->showLast(7 * kMsPerDay);
        QSignalSpy loaded(&session, &ConsoleSession::loaded);
        session.reload();
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY(!view->isLoading());
        QCOMPARE(view->snapshot().selection.kind, TimelineSelection::Kind::Overview);

        // Selecting Dana in the Identities view gives the timeline her two lanes.
        TablePane *identities = window.identityPane();
        const int row = identities->proxy()->rowOfRef({EntityKind::User, m_dana});
        QVERIFY(row >= 0);
        const QModelIndex index = identities->table()->model()->index(row, 0);
        identities->table()->scrollTo(index);
        QTest::mouseClick(identities->table()->viewport(), Qt::LeftButton, {},
                          identities->table()->visualRect(index).center());
        QCOMPARE(session.selection()->focus(), (EntityRef{EntityKind::User, m_dana}));
        QTRY_VERIFY(!view->isLoading());
        QTRY_COMPARE(view->snapshot().lanes.size(), 2);
        for (const TimelineLane &l : view->snapshot().lanes)
            QCOMPARE(l.subjectId, m_dana);

        // Clicking her still-running stream selects that job in the Jobs view.
        const TimelineJobBar *stream = nullptr;
        for (const TimelineJobBar &b : view->snapshot().jobs) {
            if (b.openEnded)
                stream = &b;
        }
        QVERIFY(stream);
        const qint64 jobId = stream->jobId;
        QChart *chart = view->chart();
        const TimelineRange visible = view->visibleRange();
        const Timestamp t = std::max(stream->start, visible.from) +
                            (std::min(stream->end, visible.to) - std::max(stream->start, visible.from)) / 2;
        const QPointF p =
            chart->mapToPosition(QPointF(qreal(t), 2 - stream->lane - 0.5), chart->series().first());
        QTest::mouseClick(view->chartView()->viewport(), Qt::LeftButton, {},
                          view->chartView()->mapFromScene(chart->mapToScene(p)));
        const EntityRef job{EntityKind::Job, jobId};
        QCOMPARE(session.selection()->focus(), job);
        QTableView *jobs = window.jobPane()->table();
        QTRY_VERIFY(jobs->currentIndex().isValid());
        QCOMPARE(window.jobPane()->proxy()->refAt(jobs->currentIndex().row()), job);

        // ... and the timeline follows the new focus: the job's principals, scrolled to the job.
        QTRY_COMPARE(view->snapshot().selection, TimelineSelection::job(jobId));
        QTRY_VERIFY(!view->isLoading());
        QVERIFY(!view->jobViewportPosition(jobId).isNull());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_dana = 0;
};

QTEST_MAIN(TestTimelineDock)
#include "tst_timelinedock.moc"
