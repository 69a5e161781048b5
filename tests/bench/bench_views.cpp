// Measures the linked console on the large scenario (100k users, 5k groups, 200k jobs):
//   opening the database to a usable window, a selection change updating the other views, a filter
//   keystroke over 100k identities, and peak memory.
// Usage: bench_views [--db FILE]   (default: a cached large database in the temp folder, built once)

#include "consolesession.h"
#include "identitymodel.h"
#include "jobmodel.h"
#include "linkedtableproxy.h"
#include "mainwindow.h"
#include "rolemodel.h"
#include "selectioncontext.h"
#include "tablepane.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Scimflow;

namespace {

QTextStream out(stdout);

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// CPU time of the whole process in ms: on a shared machine wall time also counts other processes' turns.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/// Wall-clock and CPU time of one operation.
class Clock
{
public:
    Clock() { restart(); }
    void restart()
    {
        m_cpu = cpuMs();
        m_wall.start();
    }
    double wall() const { return ms(m_wall); }
    double cpu() const { return cpuMs() - m_cpu; }

private:
    QElapsedTimer m_wall;
    double m_cpu = 0;
};

struct Stats
{
    QList<double> samples; // wall
    QList<double> cpu;
    void add(const Clock &clock)
    {
        samples << clock.wall();
        cpu << clock.cpu();
    }
    static double medianOf(QList<double> s)
    {
        std::sort(s.begin(), s.end());
        return s.isEmpty() ? 0 : s[s.size() / 2];
    }
    double median() const { return medianOf(samples); }
    double max() const { return samples.isEmpty() ? 0 : *std::max_element(samples.begin(), samples.end()); }
};

void report(const char *what, const Stats &stats, double target)
{
    out << QStringLiteral("  %1 median %2 ms (cpu %3 ms), max %4 ms (target < %5 ms) %6\n")
               .arg(QLatin1String(what), -44)
               .arg(stats.median(), 0, 'f', 1)
               .arg(Stats::medianOf(stats.cpu), 0, 'f', 1)
               .arg(stats.max(), 0, 'f', 1)
               .arg(target)
               .arg(stats.max() < target ? QStringLiteral("ok") : QStringLiteral("OVER"));
    out.flush();
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0))
                                          : QString();
}

qint64 peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool ensureLargeDatabase(const QString &path)
{
    if (QFile::exists(path))
        return true;
    out << "Building the large scenario into " << path << " (once, about 35 s)...\n";
    out.flush();
    const QString partial = path + QStringLiteral(".partial");
    QFile::remove(partial);
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    // A fixed anchor keeps the cached database the same on every run.
    process.start(QStringLiteral(SCIMFLOW_BINARY),
                  {QStringLiteral("scenario"), QStringLiteral("--db"), partial, QStringLiteral("--scenario"),
                   QStringLiteral("large"), QStringLiteral("--anchor"),
                   QStringLiteral("2026-11-28T12:00:00Z")});
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        return false;
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(partial + QLatin1String(suffix));
    return QFile::rename(partial, path);
}

/// Makes \a row current in \a pane as a click would, then lets every view update and repaint.
Clock selectRow(QApplication &app, TablePane *pane, int row)
{
    Clock clock;
    pane->table()->selectionModel()->setCurrentIndex(
        pane->proxy()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    app.processEvents();
    return clock;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ScimflowBench"));
    QString path = QDir::temp().filePath(QStringLiteral("scimflow-views-large.db"));
    const QStringList args = app.arguments();
    if (const int i = int(args.indexOf(QStringLiteral("--db"))); i > 0 && i + 1 < args.size())
        path = args[i + 1];
    if (!ensureLargeDatabase(path)) {
        out << "error: cannot build the large scenario database\n";
        return 1;
    }
    out << "bench_views on " << path << " (" << QThread::idealThreadCount() << " cores, load average "
        << loadAverage() << ")\n";

    // 1. Opening the database to a usable window: loaded tables shown and painted.
    Clock open;
    ConsoleSession session;
    if (Status s = session.open(path); !s) {
        out << "error: " << s.error().message << '\n';
        return 1;
    }
    MainWindow window(&session);
    window.setPersistSettings(false);
    window.show();
    QSignalSpy loaded(&session, &ConsoleSession::loaded);
    session.reload();
    if (!loaded.wait(60000)) {
        out << "error: loading did not finish\n";
        return 1;
    }
    const double loadedMs = open.wall();
    window.repaint();
    app.processEvents();
    const double usableMs = open.wall();
    out << QStringLiteral("  %1 %2 ms to loaded models, %3 ms to a painted window (cpu %4 ms on all threads) "
                          "(target < 1500 ms) %5\n")
               .arg(QStringLiteral("open database -> usable window"), -44)
               .arg(loadedMs, 0, 'f', 0)
               .arg(usableMs, 0, 'f', 0)
               .arg(open.cpu(), 0, 'f', 0)
               .arg(usableMs < 1500 ? QStringLiteral("ok") : QStringLiteral("OVER"));
    out << "  rows: " << session.identities()->rowCount() << " identities, " << session.roles()->rowCount()
        << " roles, " << session.jobs()->rowCount() << " jobs\n";
    out.flush();

    // 2. Selection changes: one view -> the other two narrowed or highlighted, repainted.
    QRandomGenerator rng(42);
    Stats users, roles, jobs, accounts;
    for (int i = 0; i < 20; ++i) {
        session.selection()->clearFocus();
        app.processEvents();
        users.add(selectRow(app, window.identityPane(), rng.bounded(session.identities()->personCount())));
        session.selection()->clearFocus();
        app.processEvents();
        roles.add(selectRow(app, window.rolePane(), rng.bounded(session.roleProxy()->rowCount())));
        session.selection()->clearFocus();
        app.processEvents();
        jobs.add(selectRow(app, window.jobPane(), rng.bounded(session.jobProxy()->rowCount())));
        session.selection()->clearFocus();
        app.processEvents();
        accounts.add(selectRow(
            app, window.identityPane(),
            session.identities()->personCount() +
                rng.bounded(session.identities()->rowCount() - session.identities()->personCount())));
    }
    report("select a user -> roles + jobs", users, 50);
    report("select a service account -> roles + jobs", accounts, 50);
    report("select a role -> identities + jobs", roles, 50);
    report("select a job -> highlight identities + roles", jobs, 50);
    // Worst cases: the five largest roles (thousands of members, tens of thousands of jobs).
    Stats largest;
    window.rolePane()->table()->sortByColumn(RoleModel::MembersColumn, Qt::DescendingOrder);
    app.processEvents();
    for (int i = 0; i < 5; ++i) {
        session.selection()->clearFocus();
        app.processEvents();
        largest.add(selectRow(app, window.rolePane(), i));
    }
    out << "  (largest role: " << session.roleProxy()->index(0, RoleModel::MembersColumn).data().toInt()
        << " members)\n";
    report("select one of the 5 largest roles", largest, 50);
    session.selection()->clearFocus();
    app.processEvents();

    // 3. Filter keystrokes over 100k identities (typing, then deleting).
    Stats keys;
    QLineEdit *filter = window.identityPane()->filterEdit();
    filter->setFocus();
    const QString typed = QStringLiteral("anna.m");
    for (QChar c : typed) {
        Clock clock;
        QTest::keyClick(filter, c.toLatin1());
        app.processEvents();
        keys.add(clock);
    }
    const int matches = session.identityProxy()->rowCount();
    for (int i = 0; i < typed.size(); ++i) {
        Clock clock;
        QTest::keyClick(filter, Qt::Key_Backspace);
        app.processEvents();
        keys.add(clock);
    }
    report("filter keystroke over 100k identities", keys, 50);
    out << "  (\"" << typed << "\" matched " << matches << " identities)\n";

    // Sorting 100k identities by name (not a target; for reference).
    QElapsedTimer sort;
    sort.start();
    window.identityPane()->table()->sortByColumn(IdentityModel::NameColumn, Qt::AscendingOrder);
    app.processEvents();
    out << QStringLiteral("  %1 %2 ms\n")
               .arg(QStringLiteral("sort 100k identities by name"), -44)
               .arg(ms(sort), 0, 'f', 1);
    sort.restart();
    window.jobPane()->table()->sortByColumn(JobModel::LauncherColumn, Qt::AscendingOrder);
    app.processEvents();
    out << QStringLiteral("  %1 %2 ms\n")
               .arg(QStringLiteral("sort 200k jobs by launcher"), -44)
               .arg(ms(sort), 0, 'f', 1);

    // 5. The whole program, cold: process start -> large database loaded -> window rendered to a PNG.
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        const QString png = QDir::temp().filePath(QStringLiteral("bench-views-shot.png"));
        QElapsedTimer t;
        t.start();
        process.start(QStringLiteral(SCIMFLOW_BINARY),
                      {QStringLiteral("--db"), path, QStringLiteral("--screenshot"), png});
        process.waitForFinished(60000);
        out << QStringLiteral("  %1 %2 ms (exit %3; includes a 150 ms settle delay before the grab)\n")
                   .arg(QStringLiteral("scimflow --db large --screenshot, wall"), -44)
                   .arg(ms(t), 0, 'f', 0)
                   .arg(process.exitCode());
        QFile::remove(png);
    }

    out << "  load average at the end: " << loadAverage() << '\n';

    // 4. Peak memory of the whole process.
    const qint64 peak = peakKb();
    out << QStringLiteral("  %1 %2 MB (target < 400 MB) %3\n")
               .arg(QStringLiteral("peak memory (VmHWM)"), -44)
               .arg(double(peak) / 1024.0, 0, 'f', 0)
               .arg(peak < 400 * 1024 ? QStringLiteral("ok") : QStringLiteral("OVER"));
    return 0;
}
