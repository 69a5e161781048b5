// Timeline redraw on the large scenario (1M identity events and jobs), run by ./bench.sh timeline:
//   QT_QPA_PLATFORM=offscreen bench_timeline --db FILE [--steps N]
// Each step is real input on the chart: a wheel notch (zoom) or one mouse move of a drag (pan). The figure is
// what the user waits for: from the event to the loader's answer for the new range applied and the chart
// repainted with it.
#include "benchresult.h"
#include "store.h"
#include "timelinechartview.h"
#include "timelineitem.h"
#include "timelineloader.h"
#include "timelineview.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <functional>

using namespace Scimflow;
using namespace Scimflow::Bench;

namespace {

struct Figures
{
    QList<double> totalMs;
    QList<double> answerMs; // until the loader's answer for the new range was applied
    QList<double> paintMs;  // the whole viewport repaint (chart, axes and the timeline item)
};

bool settle(TimelineView &view, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    // Waits in the event loop until the answer arrives, as the program does: a polling loop would take a
    // core from the timeline's worker thread on a two-core machine. The timer only bounds each wait.
    QTimer wake;
    wake.start(50);
    while (view.isLoading() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return !view.isLoading();
}

double step(TimelineView &view, const std::function<void()> &change, Figures &f)
{
    QElapsedTimer t;
    t.start();
    change();
    settle(view);
    const double answer = double(t.nsecsElapsed()) / 1e6;
    view.chartView()->viewport()->repaint();
    const double total = double(t.nsecsElapsed()) / 1e6;
    f.totalMs << total;
    f.answerMs << answer;
    f.paintMs << total - answer;
    return total;
}

/// One wheel notch (120 units; negative zooms out) at \a at in the chart's viewport.
void wheel(TimelineView &view, int notches, QPoint at)
{
    QWidget *viewport = view.chartView()->viewport();
    QWheelEvent event(QPointF(at), QPointF(viewport->mapToGlobal(at)), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

void mouse(TimelineView &view, QEvent::Type type, QPoint at)
{
    QWidget *viewport = view.chartView()->viewport();
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    const Qt::MouseButtons buttons = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, QPointF(at), QPointF(viewport->mapToGlobal(at)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

void report(QTextStream &out, const QString &id, const QString &name, const Figures &f)
{
    out << QString::asprintf("%-44s median %6.1f ms  p90 %6.1f ms  (answer %5.1f, repaint %5.1f)\n",
                             qPrintable(name), percentile(f.totalMs, 0.5), percentile(f.totalMs, 0.9),
                             percentile(f.answerMs, 0.5), percentile(f.paintMs, 0.5));
    result(out, id + QStringLiteral(".median"), percentile(f.totalMs, 0.5), QStringLiteral("ms"),
           QStringLiteral("<="), 16);
    result(out, id + QStringLiteral(".p90"), percentile(f.totalMs, 0.9), QStringLiteral("ms"),
           QStringLiteral("<="), 25);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("database with the large scenario"), QStringLiteral("file"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("steps per figure"),
                                         QStringLiteral("n"), QStringLiteral("40"));
    parser.addOptions({dbOption, stepsOption});
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int steps = std::max(3, parser.value(stepsOption).toInt());
    if (!QFile::exists(path)) {
        out << "No database at '" << path << "'. ./bench.sh timeline makes one, or: scimflow scenario --db "
            << "FILE --scenario large\n";
        return 2;
    }

    Timestamp anchor = 0;
    qint64 events = 0, jobs = 0, bigGroup = 0, busyUser = 0;
    {
        auto store = Store::open(path);
        if (!store) {
            out << store.error().message << '\n';
            return 1;
        }
        anchor = (*store)->metaValue(QStringLiteral("scenario.anchor")).toLongLong();
        events = (*store)->count(QStringLiteral("identity_events"));
        jobs = (*store)->count(QStringLiteral("jobs"));
        QSqlQuery q((*store)->database());
        q.exec(QStringLiteral(
            "SELECT group_id FROM memberships GROUP BY group_id ORDER BY count(*) DESC LIMIT 1"));
        if (q.next())
            bigGroup = q.value(0).toLongLong();
        q.exec(
            QStringLiteral("SELECT launcher_user_id FROM jobs WHERE launcher_user_id IS NOT NULL GROUP BY 1 "
                           "ORDER BY count(*) DESC LIMIT 1"));
        if (q.next())
            busyUser = q.value(0).toLongLong();
    }
    if (!anchor)
        anchor = currentTimestamp();
    out << "store: " << path << ", " << events << " identity events, " << jobs << " jobs\n";

    TimelineLoader loader(path);
    loader.setNow(anchor);
    qint64 indexMs = -1, indexBytes = 0;
    QObject::connect(&loader, &TimelineLoader::indexReady, [&](qint64, qint64, qint64 ms, qint64 bytes) {
        indexMs = ms;
        indexBytes = bytes;
    });
    TimelineView view;
    view.resize(1280, 720);
    view.show();
    view.setLoader(&loader);
    QElapsedTimer first;
    first.start();
    settle(view);
    view.chartView()->viewport()->repaint();
    out << "index built off the GUI thread in " << indexMs << " ms (" << indexBytes / (1024 * 1024)
        << " MiB); first view after " << first.elapsed() << " ms; plot " << view.snapshot().columns
        << " columns wide\n\n";
    result(out, QStringLiteral("timeline.first_view"), double(first.elapsed()), QStringLiteral("ms"), {}, 0,
           QStringLiteral("index built in %1 ms").arg(indexMs));

    const QRect plot = view.chartView()->viewport()->rect();
    const QPoint middle = plot.center();
    // Zoom by wheel notches in and out around the middle, then pan by a drag left and right across a third
    // of the plot, each mouse move a step.
    auto zoomAndPan = [&](const QString &id, const QString &name) {
        Figures zoom, pan;
        for (int i = 0; i < steps; ++i)
            step(
                view, [&] { wheel(view, i % 2 ? -1 : 1, middle); }, zoom);
        mouse(view, QEvent::MouseButtonPress, middle);
        settle(view);
        QPoint at = middle;
        const int dx = std::max(4, plot.width() / 3 / std::max(1, steps / 2));
        for (int i = 0; i < steps; ++i) {
            at.rx() += i < steps / 2 ? dx : -dx;
            step(
                view, [&] { mouse(view, QEvent::MouseMove, at); }, pan);
        }
        mouse(view, QEvent::MouseButtonRelease, at);
        settle(view);
        report(out, id + QStringLiteral(".zoom"), name + QStringLiteral(": wheel zoom"), zoom);
        report(out, id + QStringLiteral(".pan"), name + QStringLiteral(": drag pan"), pan);
    };

    view.setVisibleRange(anchor - 30 * kMsPerDay, anchor);
    settle(view);
    zoomAndPan(QStringLiteral("timeline.all_30d"), QStringLiteral("everyone, 30 days"));
    view.showAll();
    settle(view);
    zoomAndPan(QStringLiteral("timeline.all_full"), QStringLiteral("everyone, full range"));
    if (bigGroup) {
        view.showGroup(bigGroup);
        settle(view);
        view.setVisibleRange(anchor - 30 * kMsPerDay, anchor);
        settle(view);
        out << "\nlargest role: " << view.snapshot().lanes.size() << " lanes, "
            << view.snapshot().omittedPrincipals << " principals left out\n";
        zoomAndPan(QStringLiteral("timeline.role_30d"), QStringLiteral("largest role, 30 days"));
    }
    if (busyUser) {
        view.showUsers({busyUser});
        settle(view);
        view.setVisibleRange(anchor - 30 * kMsPerDay, anchor);
        settle(view);
        zoomAndPan(QStringLiteral("timeline.launcher_30d"), QStringLiteral("busiest launcher, 30 days"));
    }
    return 0;
}
