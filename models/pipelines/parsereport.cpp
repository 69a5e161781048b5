#include "parsereport.h"

#include <QCoreApplication>

namespace Scimflow {

void ParseReport::skip(const QString &where, const QString &why, const ParseLimits &limits)
{
    ++skipped;
    if (problems.size() < limits.maxProblems)
        problems << where + QStringLiteral(": ") + why;
}

void ParseReport::merge(const ParseReport &other, const ParseLimits &limits)
{
    accepted += other.accepted;
    skipped += other.skipped;
    duplicates += other.duplicates;
    for (const QString &p : other.problems) {
        if (problems.size() >= limits.maxProblems)
            break;
        problems << p;
    }
}

QString ParseReport::summary() const
{
    QString text =
        QCoreApplication::translate("ParseReport", "%1 accepted, %2 skipped").arg(accepted).arg(skipped);
    if (duplicates)
        text += QCoreApplication::translate("ParseReport", ", %1 duplicates dropped").arg(duplicates);
    if (!problems.isEmpty()) {
        const QStringList shown = problems.mid(0, 3);
        text += QStringLiteral(" (") + shown.join(QStringLiteral("; ")) +
                (problems.size() > 3 ? QStringLiteral("; ...") : QString()) + QLatin1Char(')');
    }
    return text;
}

} // namespace Scimflow
