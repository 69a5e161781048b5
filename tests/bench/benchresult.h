#pragma once
// The figures a bench hands to ./bench.sh, one line each:
//   RESULT <id> <value> <unit> [target <op> <limit>] [-- <note>]
// ./bench.sh compares the value with the limit and prints the verdict; a bench itself never decides.

#include <QFile>
#include <QList>
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

} // namespace Scimflow::Bench
