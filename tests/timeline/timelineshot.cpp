// Renders the demo scenario's timeline to PNG files in light and dark palettes, for looking at it:
//   timelineshot OUTPUT_DIR
// Not a test: it asserts nothing. The GUI tests live in tst_timelineview.cpp.
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"
#include "timelineloader.h"
#include "timelineview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    p.setColor(QPalette::WindowText, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1E));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xE8, 0xE8, 0xE8));
    p.setColor(QPalette::PlaceholderText, QColor(0xA0, 0xA0, 0xA0));
    return p;
}

bool waitFor(TimelineView &view)
{
    QElapsedTimer t;
    t.start();
    while ((view.isLoading() || view.snapshot().lanes.isEmpty()) && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QCoreApplication::processEvents();
    return !view.isLoading();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QTextStream out(stdout);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::currentPath();
    QTemporaryDir tmp;
    const QString dbPath = tmp.filePath(QStringLiteral("demo.db"));
    {
        auto store = Store::open(dbPath);
        if (!store)
            return 1;
        const Scenario s = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        if (!ScenarioImporter::write(**store, s))
            return 1;
        // Two findings so that their flags show up (the drift rules fill this table in the real console).
        QSqlQuery q((*store)->database());
        q.exec(QStringLiteral(
                   "INSERT INTO findings(fingerprint, rule, severity, subject_kind, subject_id, subject, "
                   "summary, started_at, first_seen, last_seen) SELECT 'ghost', 'ghost-run', 3, 'user', id, "
                   "user_name, 'job still running as a deactivated user', %1, %1, %1 FROM users WHERE "
                   "user_name LIKE 'dana.whitfield%'")
                   .arg(kAnchor - 3 * kMsPerDay));
        q.exec(QStringLiteral(
                   "INSERT INTO findings(fingerprint, rule, severity, subject_kind, subject_id, subject, "
                   "summary, started_at, first_seen, last_seen) SELECT 'post', 'post-deprovisioning-start', "
                   "3, 'user', id, user_name, 'job started after deactivation', %1, %1, %1 FROM users WHERE "
                   "user_name LIKE 'marcus.oyelaran%'")
                   .arg(kAnchor - 2 * kMsPerDay));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("qt_sql_default_connection"));
    const QPalette light = QApplication::palette();
    for (bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : light);
        TimelineLoader loader(dbPath);
        loader.setNow(kAnchor);
        TimelineView view;
        view.resize(1280, 640);
        view.setLoader(&loader);
        view.show();
        const QString suffix = dark ? QStringLiteral("-dark.png") : QStringLiteral("-light.png");
        auto shoot = [&](const QString &name) {
            waitFor(view);
            const QString path = dir + QLatin1Char('/') + name + suffix;
            const Status s = view.exportPng(path);
            out << (s ? path : s.error().message) << '\n';
        };
        view.showOverview();
        shoot(QStringLiteral("timeline-overview-7d"));
        view.showAll();
        waitFor(view);
        shoot(QStringLiteral("timeline-overview-all"));
        QList<qint64> users;
        {
            auto store = Store::open(dbPath);
            QSqlQuery q((*store)->database());
            q.exec(QStringLiteral(
                "SELECT id FROM users WHERE user_name LIKE 'dana.whitfield%' OR user_name LIKE "
                "'marcus.oyelaran%' OR user_name LIKE 'priya.raman%' ORDER BY id"));
            while (q.next())
                users << q.value(0).toLongLong();
        }
        view.showUsers(users);
        view.showLast(14 * kMsPerDay);
        shoot(QStringLiteral("timeline-users-14d"));
        view.showGroup(3); // data-engineering
        shoot(QStringLiteral("timeline-group"));
    }
    return 0;
}
