#pragma once
// The figures a bench hands to ./bench.sh, one line each:
//   RESULT <id> <value> <unit> [target <op> <limit>] [-- <note>]
// ./bench.sh compares the value with the limit and prints the verdict; a bench itself never decides.

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTextStream>

#include <algorithm>

namespace Scimflow::Bench {

inline void result(QTextStream &out, const QString &id, double value, const QString &unit,
                   const QString &op = {}, double limit = 0, const QString &note = {})
{
    out << "RESULT " << id << ' ' << QString::number(value, 'f', value < 10 ? 2 : 1) << ' ' << unit;
    if (!op.isEmpty())
        out << " target " << op << ' ' << limit;
    if (!note.isEmpty())
        out << " -- " << note;
    out << '\n';
    out.flush();
}

/// The p-th fraction (0.5: median, 0.9: p90) of \a samples, nearest rank.
inline double percentile(QList<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = qsizetype(p * double(samples.size()));
    return samples[std::clamp<qsizetype>(rank, 0, samples.size() - 1)];
}

inline double maxOf(const QList<double> &samples)
{
    return samples.isEmpty() ? 0 : *std::max_element(samples.begin(), samples.end());
}

inline QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0))
                                          : QString();
}

/// The process's peak resident set (VmHWM) in KiB, -1 when unknown.
inline qint64 peakRssKb()
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

/// Runs \a binary with \a arguments (offscreen unless QT_QPA_PLATFORM says otherwise, settings and data
/// under \a home) until it says its loaded rows are painted (SCIMFLOW_EXIT_AFTER_FIRST_PAINT); it has
/// exited when this returns. The seconds until it said so, or -1 with what it wrote to stderr in \a error.
inline double secondsUntilPainted(const QString &binary, const QStringList &arguments, const QString &home,
                                  QString *error)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("SCIMFLOW_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(binary, arguments);
    // Until the program says it painted; its exit afterwards waits for background work.
    QByteArray said;
    while (!said.contains("painted") && process.waitForReadyRead(120000))
        said += process.readAllStandardOutput();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!said.contains("painted") || !process.waitForFinished(120000) || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError());
        return -1;
    }
    return seconds;
}

} // namespace Scimflow::Bench
