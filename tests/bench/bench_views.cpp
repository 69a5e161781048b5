// The linked console on the large scenario (100k users, 5k groups, 200k jobs), as a user meets it: the whole
// console (tables, detail pane, Timeline and Findings docks), rows selected by a mouse click, filters typed
// key by key, and each figure taken when every view that follows the selection has answered and repainted.
// Also the program itself, cold: `scimflow --db large` from process start to its loaded rows painted, with
// its peak memory.
// Usage: bench_views --db FILE   (./bench.sh passes a fresh copy of its cached large scenario)

#include "benchresult.h"
#include "console.h"
#include "consolesession.h"
#include "findingsdock.h"
#include "identitymodel.h"
#include "jobmodel.h"
#include "linkedtableproxy.h"
#include "mainwindow.h"
#include "rolemodel.h"
#include "selectioncontext.h"
#include "tablepane.h"
#include "timelinechartview.h"
#include "timelinedock.h"
#include "timelineview.h"
#include "workspace.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

using namespace Scimflow;
using namespace Scimflow::Bench;

namespace {

QTextStream out(stdout);

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// The program cold: process start -> large database loaded -> rows painted (the first-paint probe says so,
/// then exits). Returns the wall time in ms; \a peakKb gets the child's peak resident set over its whole
/// life, the findings recompute that follows the load included.
double coldOpen(const QString &path, const QString &settingsHome, qint64 *peakKb)
{
    QString error;
    const double seconds = Bench::secondsUntilPainted(QStringLiteral(SCIMFLOW_BINARY),
                                                      {QStringLiteral("--db"), path}, settingsHome, &error);
    if (seconds < 0) {
        out << "error: scimflow --db did not paint: " << error << '\n';
        return -1;
    }
    const double wall = seconds * 1000;
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    *peakKb = usage.ru_maxrss; // KiB on Linux; the only child so far
    return wall;
}

/// Waits until every view that follows the selection has answered (the timeline's query is the slow one)
/// and the pending repaints are done.
void settle(QApplication &app, TimelineView *timeline)
{
    app.processEvents();
    QElapsedTimer t;
    t.start();
    // Waits in the event loop until the answer arrives, as the program does: a polling loop would take a
    // core from the timeline's worker thread on a two-core machine. The timer only bounds each wait.
    QTimer wake;
    wake.start(50);
    while (timeline->isLoading() && t.elapsed() < 60000)
        app.processEvents(QEventLoop::WaitForMoreEvents);
    app.processEvents();
    timeline->chartView()->viewport()->repaint();
}

/// Clicks \a row of \a pane with the mouse (scrolled into view first, outside the time), then waits as
/// settle() does. Returns the ms from the click to the repainted views.
double clickRow(QApplication &app, TablePane *pane, int row, TimelineView *timeline)
{
    QTableView *table = pane->table();
    const QModelIndex index = pane->proxy()->index(row, 0);
    table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    app.processEvents();
    const QPoint at = table->visualRect(index).center();
    QElapsedTimer t;
    t.start();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, at);
    settle(app, timeline);
    return msSince(t);
}

/// The identity table's row showing the identity model's row \a sourceRow (people first, then accounts).
int proxyRow(ConsoleSession *session, int sourceRow)
{
    return session->identityProxy()->mapFromSource(session->identities()->index(sourceRow, 0)).row();
}

/// Clears the focus so that the next click selects from the whole tables again, and lets the views settle.
void clearFocus(QApplication &app, ConsoleSession *session, TimelineView *timeline)
{
    session->selection()->clearFocus();
    settle(app, timeline);
}

void selection(const QString &id, const QString &what, const QList<double> &samples, double limit)
{
    out << QStringLiteral("  %1 median %2 ms, p90 %3 ms, max %4 ms over %5 clicks\n")
               .arg(what, -48)
               .arg(percentile(samples, 0.5), 0, 'f', 1)
               .arg(percentile(samples, 0.9), 0, 'f', 1)
               .arg(maxOf(samples), 0, 'f', 1)
               .arg(samples.size());
    result(
        out, id, maxOf(samples), QStringLiteral("ms"), QStringLiteral("<="), limit,
        QStringLiteral("max of %1, median %2").arg(samples.size()).arg(percentile(samples, 0.5), 0, 'f', 1));
}

} // namespace

int main(int argc, char **argv)
{
    // Settings and the home database in a folder of their own: the bench must not read the user's.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ScimflowBench"));
    const QStringList args = app.arguments();
    const qsizetype dbArg = args.indexOf(QStringLiteral("--db"));
    if (dbArg < 0 || dbArg + 1 >= args.size()) {
        out << "usage: bench_views --db FILE (a large scenario: scimflow scenario --db FILE --scenario "
               "large)\n";
        return 2;
    }
    const QString path = args[dbArg + 1];
    out << "bench_views on " << path << " (" << QThread::idealThreadCount() << " cores, load average "
        << loadAverage() << ")\n";

    // 1. The program, cold, to a usable window: first, while this process has started no other.
    qint64 childPeakKb = 0;
    const double cold = coldOpen(path, home.filePath(QStringLiteral("cold")), &childPeakKb);
    if (cold < 0)
        return 1;
    out << QStringLiteral("  %1 %2 ms, peak memory %3 MB\n")
               .arg(QStringLiteral("scimflow --db large -> rows painted"), -48)
               .arg(cold, 0, 'f', 0)
               .arg(double(childPeakKb) / 1024.0, 0, 'f', 0);
    result(out, QStringLiteral("views.open_large"), cold, QStringLiteral("ms"), QStringLiteral("<="), 1000,
           QStringLiteral("process start to painted rows"));
    result(out, QStringLiteral("views.open_large_peak_rss"), double(childPeakKb) / 1024.0,
           QStringLiteral("MB"), QStringLiteral("<="), 350);

    // 2. The same database in this process's console, with every dock.
    Workspace workspace(home.filePath(QStringLiteral("home.db")));
    workspace.setUnlockConfirmation([](const QString &) { return false; });
    Console console(&workspace, ConsoleSettings());
    MainWindow *window = console.window();
    window->setPersistSettings(false);
    window->resize(1600, 1000);
    window->show();
    ConsoleSession *session = workspace.session();
    TimelineView *timeline = console.timeline()->view();
    QElapsedTimer open;
    open.start();
    QSignalSpy loaded(session, &ConsoleSession::loaded);
    if (Status s = workspace.open(path, Workspace::OpenMode::AskToUnlock); !s) {
        out << "error: " << s.error().message << '\n';
        return 1;
    }
    if (!loaded.wait(120000)) {
        out << "error: loading did not finish\n";
        return 1;
    }
    settle(app, timeline);
    window->repaint();
    out << QStringLiteral("  %1 %2 ms\n")
               .arg(QStringLiteral("open in a running console -> usable"), -48)
               .arg(msSince(open), 0, 'f', 0);
    out << "  rows: " << session->identities()->rowCount() << " identities, " << session->roles()->rowCount()
        << " roles, " << session->jobs()->rowCount() << " jobs\n";
    // The findings recompute that follows an open runs on a worker; the figures below are taken after it.
    QSignalSpy recomputed(console.findings(), &FindingsDock::recomputed);
    recomputed.wait(120000);
    settle(app, timeline);

    // 3. Selections by a click: one view -> the others narrowed or highlighted, the timeline answered.
    QRandomGenerator rng(42);
    QList<double> users, accounts, roles, jobs;
    const int people = session->identities()->personCount();
    for (int i = 0; i < 15; ++i) {
        clearFocus(app, session, timeline);
        users << clickRow(app, window->identityPane(), proxyRow(session, rng.bounded(people)), timeline);
        clearFocus(app, session, timeline);
        roles << clickRow(app, window->rolePane(), rng.bounded(session->roleProxy()->rowCount()), timeline);
        clearFocus(app, session, timeline);
        jobs << clickRow(app, window->jobPane(), rng.bounded(session->jobProxy()->rowCount()), timeline);
    }
    const int serviceAccounts = session->identities()->rowCount() - people;
    for (int i = 0; i < 10 && serviceAccounts > 0; ++i) {
        clearFocus(app, session, timeline);
        accounts << clickRow(app, window->identityPane(),
                             proxyRow(session, people + rng.bounded(serviceAccounts)), timeline);
    }
    // The worst cases: the five largest roles (thousands of members, tens of thousands of jobs).
    QList<double> largest;
    window->rolePane()->table()->sortByColumn(RoleModel::MembersColumn, Qt::DescendingOrder);
    app.processEvents();
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 5; ++i) {
            clearFocus(app, session, timeline);
            largest << clickRow(app, window->rolePane(), i, timeline);
        }
    }
    out << "  (largest role: " << session->roleProxy()->index(0, RoleModel::MembersColumn).data().toInt()
        << " members)\n";
    selection(QStringLiteral("views.select_user"), QStringLiteral("click a user"), users, 50);
    selection(QStringLiteral("views.select_service_account"), QStringLiteral("click a service account"),
              accounts, 50);
    selection(QStringLiteral("views.select_role"), QStringLiteral("click a role"), roles, 50);
    selection(QStringLiteral("views.select_largest_role"), QStringLiteral("click one of the 5 largest roles"),
              largest, 50);
    selection(QStringLiteral("views.select_job"), QStringLiteral("click a job"), jobs, 50);
    clearFocus(app, session, timeline);

    // 4. Filter keystrokes over 100k identities (typing, then deleting), each until the table repainted.
    QList<double> keys;
    QLineEdit *filter = window->identityPane()->filterEdit();
    filter->setFocus();
    const QString typed = QStringLiteral("anna.m");
    for (QChar c : typed) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(filter, c.toLatin1());
        app.processEvents();
        window->identityPane()->table()->viewport()->repaint();
        keys << msSince(t);
    }
    const int matches = session->identityProxy()->rowCount();
    for (int i = 0; i < typed.size(); ++i) {
        QElapsedTimer t;
        t.start();
        QTest::keyClick(filter, Qt::Key_Backspace);
        app.processEvents();
        window->identityPane()->table()->viewport()->repaint();
        keys << msSince(t);
    }
    out << "  (\"" << typed << "\" matched " << matches << " identities)\n";
    selection(QStringLiteral("views.filter_keystroke"),
              QStringLiteral("filter keystroke over 100k identities"), keys, 30);

    // Sorting (no target; for reference).
    QElapsedTimer sort;
    sort.start();
    window->identityPane()->table()->sortByColumn(IdentityModel::NameColumn, Qt::AscendingOrder);
    app.processEvents();
    result(out, QStringLiteral("views.sort_identities"), msSince(sort), QStringLiteral("ms"), {}, 0,
           QStringLiteral("100k by name"));
    sort.restart();
    window->jobPane()->table()->sortByColumn(JobModel::LauncherColumn, Qt::AscendingOrder);
    app.processEvents();
    result(out, QStringLiteral("views.sort_jobs"), msSince(sort), QStringLiteral("ms"), {}, 0,
           QStringLiteral("200k by launcher"));
    out << "  load average at the end: " << loadAverage() << '\n';
    return 0;
}
