#include "commands.h"
#include "findingsfreshness.h"

#include "reportbuilder.h"
#include "reportexporter.h"
#include "store.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimeZone>

namespace Scimflow::Cli {

namespace {

// A date alone means a whole UTC day: --from 2026-11-01 --to 2026-11-30 covers all of November 30.
Timestamp parseDate(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        const QDate day = endOfDay ? date.addDays(1) : date;
        return day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    }
    return timestampFromIso(text);
}

bool parsePositive(const QString &text, int *value)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v <= 0)
        return false;
    *value = v;
    return true;
}

} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write a compliance report (access review, deprovisioning timeliness, orphaned credentials, GDPR) "
        "from a Scimflow database as PDF, CSV, JSON or HTML."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("report"), QStringLiteral("The command name."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file to read."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        QStringLiteral("access-review, deprovisioning, orphaned-credentials or gdpr."),
        QStringLiteral("KIND"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        QStringLiteral("Period start: YYYY-MM-DD (UTC) or an ISO 8601 time."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QStringLiteral("Period end: YYYY-MM-DD (the whole day, UTC) or an ISO 8601 time."),
        QStringLiteral("DATE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("pdf, csv, json or html."),
                                          QStringLiteral("FORMAT"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption slaOption(QStringLiteral("sla-hours"),
                                       QStringLiteral("Deprovisioning SLA in hours (default 24)."),
                                       QStringLiteral("N"), QStringLiteral("24"));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-days"),
        QStringLiteral("Service accounts unused this many days are orphaned (default 30)."),
        QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption rolesOption(
        QStringLiteral("roles"),
        QStringLiteral("Only identities with these pipeline roles or IdP groups (a,b)."),
        QStringLiteral("LIST"));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"), QStringLiteral("Only jobs of this pipeline source (e.g. dataflow)."),
        QStringLiteral("SOURCE"));
    parser.addOptions({dbOption, kindOption, fromOption, toOption, formatOption, outOption, slaOption,
                       idleOption, rolesOption, sourceOption});
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream out(stdout);
    for (const QCommandLineOption *required :
         {&dbOption, &kindOption, &fromOption, &toOption, &formatOption, &outOption}) {
        if (!parser.isSet(*required)) {
            err << "error: --" << required->names().constFirst() << ' ' << required->valueName()
                << " is required (see scimflow report --help)\n";
            return UsageError;
        }
    }
    ReportOptions options;
    if (!reportKindFromName(parser.value(kindOption), &options.kind)) {
        err << "error: unknown report kind '" << parser.value(kindOption)
            << "' (use access-review, deprovisioning, orphaned-credentials or gdpr)\n";
        return UsageError;
    }
    ReportFormat format = ReportFormat::Pdf;
    if (!reportFormatFromName(parser.value(formatOption), &format)) {
        err << "error: unknown format '" << parser.value(formatOption) << "' (use pdf, csv, json or html)\n";
        return UsageError;
    }
    options.from = parseDate(parser.value(fromOption), false);
    if (options.from == 0) {
        err << "error: --from is not a date (YYYY-MM-DD) or ISO 8601 time: " << parser.value(fromOption)
            << '\n';
        return UsageError;
    }
    options.to = parseDate(parser.value(toOption), true);
    if (options.to == 0) {
        err << "error: --to is not a date (YYYY-MM-DD) or ISO 8601 time: " << parser.value(toOption) << '\n';
        return UsageError;
    }
    if (options.to <= options.from) {
        err << "error: the period ends (" << parser.value(toOption) << ") before it starts ("
            << parser.value(fromOption) << ")\n";
        return UsageError;
    }
    if (!parsePositive(parser.value(slaOption), &options.slaHours)) {
        err << "error: --sla-hours takes a positive whole number of hours, not '" << parser.value(slaOption)
            << "'\n";
        return UsageError;
    }
    if (!parsePositive(parser.value(idleOption), &options.idleDays)) {
        err << "error: --idle-days takes a positive whole number of days, not '" << parser.value(idleOption)
            << "'\n";
        return UsageError;
    }
    if (parser.isSet(rolesOption)) {
        for (const QString &role : parser.value(rolesOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.scope.roles << role.trimmed();
        if (options.scope.roles.isEmpty()) {
            err << "error: --roles needs at least one role or group name\n";
            return UsageError;
        }
    }
    options.scope.source = parser.value(sourceOption).trimmed();

    const QString dbPath = parser.value(dbOption);
    if (!StoreLocation::existsOrIsRemote(dbPath)) {
        err << "error: database " << dbPath
            << " does not exist; run `scimflow sync` or `scimflow scenario` first\n";
        return Failure;
    }
    const QString outPath = parser.value(outOption);
    const QFileInfo outInfo(outPath);
    if (!outInfo.absoluteDir().exists()) {
        err << "error: the folder of " << outPath << " does not exist\n";
        return Failure;
    }

    QElapsedTimer timer;
    timer.start();
    auto store = Store::open(dbPath);
    if (!store) {
        err << "error: " << store.error().message << '\n';
        return Failure;
    }
    Result<ReportDocument> document = ReportBuilder::build(**store, options);
    if (!document) {
        err << "error: " << document.error().message << '\n';
        return Failure;
    }
    if (document->findingsStale)
        err << "warning: " << FindingsFreshness::of(**store).describe() << '\n';
    Result<QStringList> written = ReportExporter::write(*document, format, outPath);
    if (!written) {
        err << "error: " << written.error().message << '\n';
        return Failure;
    }
    QStringList counts;
    for (const ReportCount &c : document->summary)
        counts << QStringLiteral("%1=%2").arg(c.key).arg(c.value);
    out << reportKindName(options.kind) << ": " << counts.join(QLatin1Char(' ')) << " in " << timer.elapsed()
        << " ms -> " << written->join(QLatin1String(", ")) << '\n';
    return Success;
}

} // namespace Scimflow::Cli
