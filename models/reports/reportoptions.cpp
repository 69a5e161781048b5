#include "reportoptions.h"

#include <QCoreApplication>

#include <algorithm>

namespace Scimflow {

namespace {

struct KindName
{
    ReportKind kind;
    const char *name;
    const char *title;
};

const KindName kKinds[] = {
    {ReportKind::AccessReview, "access-review", QT_TRANSLATE_NOOP("Scimflow::Reports", "Access review")},
    {ReportKind::Deprovisioning, "deprovisioning",
     QT_TRANSLATE_NOOP("Scimflow::Reports", "Deprovisioning timeliness")},
    {ReportKind::OrphanedCredentials, "orphaned-credentials",
     QT_TRANSLATE_NOOP("Scimflow::Reports", "Orphaned credentials")},
    {ReportKind::Gdpr, "gdpr", QT_TRANSLATE_NOOP("Scimflow::Reports", "GDPR processing and retention")},
};

const char *const kFormats[] = {"pdf", "csv", "json", "html"};

} // namespace

QString reportKindName(ReportKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return {};
}

bool reportKindFromName(QStringView name, ReportKind *kind)
{
    for (const KindName &k : kKinds) {
        if (name == QLatin1String(k.name)) {
            *kind = k.kind;
            return true;
        }
    }
    return false;
}

QString reportKindTitle(ReportKind kind)
{
    for (const KindName &k : kKinds) {
        if (k.kind == kind)
            return QCoreApplication::translate("Scimflow::Reports", k.title);
    }
    return {};
}

QString reportFormatName(ReportFormat format)
{
    return QString::fromLatin1(kFormats[int(format)]);
}

bool reportFormatFromName(QStringView name, ReportFormat *format)
{
    for (int i = 0; i < int(std::size(kFormats)); ++i) {
        if (name == QLatin1String(kFormats[i])) {
            *format = ReportFormat(i);
            return true;
        }
    }
    return false;
}

QString ReportScope::describe() const
{
    QStringList parts;
    if (!roles.isEmpty())
        parts << QCoreApplication::translate("Scimflow::Reports", "roles/groups %1")
                     .arg(roles.join(QLatin1String(", ")));
    if (!source.isEmpty())
        parts << QCoreApplication::translate("Scimflow::Reports", "pipeline source %1").arg(source);
    if (parts.isEmpty())
        return QCoreApplication::translate("Scimflow::Reports", "all identities and pipeline sources");
    return parts.join(QLatin1String("; "));
}

Timestamp ReportOptions::asOf() const
{
    const Timestamp now = generatedAt ? generatedAt : currentTimestamp();
    return to > 0 ? std::min(to, now) : now;
}

} // namespace Scimflow
