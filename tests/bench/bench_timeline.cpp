// Timeline redraw benchmark on a large store (not a CTest test: it prints figures).
//   scimflow scenario --db /tmp/large-timeline.db --scenario large     (once, ~35 s)
//   QT_QPA_PLATFORM=offscreen bench_timeline [--db FILE] [--steps N]
// Each step changes the visible range the way a user does (wheel zoom, drag pan, full-range view), then waits
// until the loader answered for the new range and the chart repainted with it: the figure is what the user
// waits for, query plus paint.
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

#include <algorithm>
#include <functional>

using namespace Scimflow;

namespace {

struct Figures
{
    QList<double> totalMs;
    QList<double> answerMs; // until the loader's answer for the new range was applied
    QList<double> paintMs;  // the whole viewport repaint (chart, axes and the timeline item)
};

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))];
}

bool settle(TimelineView &view, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (view.isLoading() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
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

void report(QTextStream &out, const char *name, const Figures &f, double target)
{
    const double median = percentile(f.totalMs, 0.5);
    out << QString::asprintf(
        "%-44s median %6.1f ms  p90 %6.1f ms  (answer %5.1f, repaint %5.1f)  target < %3.0f ms  "
        "%s\n",
        name, median, percentile(f.totalMs, 0.9), percentile(f.answerMs, 0.5), percentile(f.paintMs, 0.5),
        target, median < target ? "ok" : "MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("database with the large scenario"),
                                      QStringLiteral("file"), QStringLiteral("/tmp/large-timeline.db"));
    const QCommandLineOption stepsOption(QStringLiteral("steps"), QStringLiteral("steps per figure"),
                                         QStringLiteral("n"), QStringLiteral("40"));
    parser.addOptions({dbOption, stepsOption});
    parser.addHelpOption();
    parser.process(app);
    const QString path = parser.value(dbOption);
    const int steps = std::max(3, parser.value(stepsOption).toInt());
    if (!QFile::exists(path)) {
        out << "No database at " << path << ". Create it once with:\n  scimflow scenario --db " << path
            << " --scenario large\n";
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

    const Timestamp centre = anchor - 15 * kMsPerDay;
    auto zoomAndPan = [&](const char *zoomName, const char *panName) {
        Figures zoom, pan;
        view.setVisibleRange(anchor - 30 * kMsPerDay, anchor);
        settle(view);
        for (int i = 0; i < steps; ++i)
            step(
                view, [&] { view.zoomBy(i % 2 ? 1.25 : 0.8, centre); }, zoom);
        for (int i = 0; i < steps; ++i)
            step(
                view, [&] { view.panBy(i % 4 < 2 ? 0.1 : -0.1); }, pan);
        report(out, zoomName, zoom, 30);
        report(out, panName, pan, 30);
    };

    view.showOverview();
    settle(view);
    zoomAndPan("overview, 30 days: zoom step", "overview, 30 days: pan step");
    {
        Figures all;
        view.showAll();
        settle(view);
        const TimelineRange full = view.visibleRange();
        for (int i = 0; i < steps; ++i) {
            // Alternate between two full-range views so that every step queries again.
            const Timestamp shift = i % 2 ? full.span() / 100 : 0;
            step(
                view, [&] { view.setVisibleRange(full.from - shift, full.to); }, all);
        }
        report(out, "overview, full range (all events and jobs)", all, 100);
        Figures zoom;
        for (int i = 0; i < steps; ++i)
            step(
                view, [&] { view.zoomBy(i % 2 ? 1.25 : 0.8, full.from + full.span() / 2); }, zoom);
        report(out, "overview, full range: zoom step", zoom, 30);
    }
    if (bigGroup) {
        view.showGroup(bigGroup);
        settle(view);
        out << "\nlargest role: " << view.snapshot().lanes.size() << " lanes, "
            << view.snapshot().omittedPrincipals << " principals left out\n";
        zoomAndPan("role members, 30 days: zoom step", "role members, 30 days: pan step");
    }
    if (busyUser) {
        view.showUsers({busyUser});
        settle(view);
        zoomAndPan("busiest launcher, 30 days: zoom step", "busiest launcher, 30 days: pan step");
    }
    return 0;
}
