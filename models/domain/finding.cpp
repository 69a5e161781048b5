#include "finding.h"

#include <QCryptographicHash>

namespace Scimflow {

QString Finding::fingerprintOf(const QString &rule, const QString &subjectKind, const QString &subjectKey,
                               const QString &detail)
{
    // Unit separators keep ("a", "bc") and ("ab", "c") apart.
    const QString text = rule + QChar(0x1f) + subjectKind + QChar(0x1f) + subjectKey + QChar(0x1f) + detail;
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString severityName(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Severity::Info:
        return QStringLiteral("info");
    case Finding::Severity::Low:
        return QStringLiteral("low");
    case Finding::Severity::Medium:
        return QStringLiteral("medium");
    case Finding::Severity::High:
        return QStringLiteral("high");
    case Finding::Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("medium");
}

Finding::Severity severityFromName(QStringView name)
{
    for (auto s : {Finding::Severity::Info, Finding::Severity::Low, Finding::Severity::Medium,
                   Finding::Severity::High, Finding::Severity::Critical}) {
        if (name == severityName(s))
            return s;
    }
    return Finding::Severity::Medium;
}

} // namespace Scimflow
