#include "commands.h"

#include "auditlog.h"
#include "driftanalyzer.h"
#include "findingsexport.h"
#include "findingsfreshness.h"
#include "osuser.h"
#include "store.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Scimflow::Cli {

namespace {

const QString kLastRunKey = QStringLiteral("drift.last_run");

void printText(QTextStream &out, const QList<Finding> &findings, Timestamp now)
{
    if (findings.isEmpty()) {
        out << "No open findings.\n";
        return;
    }
    for (const Finding &f : findings) {
        out << severityName(f.severity).toUpper() << "  " << f.rule << "  " << f.subjectKind << ' '
            << f.subject << "  first seen " << timestampToIso(f.firstSeen);
        if (f.isResolved())
            out << "  resolved " << timestampToIso(f.resolvedAt);
        if (f.isAcknowledged(now))
            out << "  acknowledged by " << f.ackBy << " until " << timestampToIso(f.ackUntil);
        out << "\n    " << f.summary << "\n    fingerprint " << f.fingerprint << ", " << f.evidence.size()
            << " evidence rows\n";
    }
}

} // namespace

int runFindings(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print the drift findings of a database (computing them "
                                                    "first if they never were), or acknowledge one."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("findings"), QStringLiteral("The command name."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("text, json or csv (default text)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption recomputeOption(QStringLiteral("recompute"),
                                             QStringLiteral("Run the drift rules again before printing."));
    const QCommandLineOption allOption(QStringLiteral("all"), QStringLiteral("Include resolved findings."));
    const QCommandLineOption nowOption(
        QStringLiteral("now"), QStringLiteral("Analysis time as ISO 8601 (default: the current time)."),
        QStringLiteral("TIME"));
    const QCommandLineOption orphanOption(
        QStringLiteral("orphaned-after-days"),
        QStringLiteral("Idle days before a service account is orphaned (7)."), QStringLiteral("N"));
    const QCommandLineOption staleOption(QStringLiteral("stale-after-hours"),
                                         QStringLiteral("Hours before a source's last sync is stale (24)."),
                                         QStringLiteral("N"));
    const QCommandLineOption privilegedOption(QStringLiteral("privileged-group"),
                                              QStringLiteral("Another privileged group (repeatable)."),
                                              QStringLiteral("NAME"));
    const QCommandLineOption ackOption(
        QStringLiteral("acknowledge"),
        QStringLiteral("Accept the risk of the finding with this fingerprint."),
        QStringLiteral("FINGERPRINT"));
    const QCommandLineOption reasonOption(
        QStringLiteral("reason"), QStringLiteral("Why (with --acknowledge)."), QStringLiteral("TEXT"));
    const QCommandLineOption untilOption(QStringLiteral("until"),
                                         QStringLiteral("Expiry as ISO 8601 (with --acknowledge)."),
                                         QStringLiteral("TIME"));
    parser.addOptions({dbOption, formatOption, recomputeOption, allOption, nowOption, orphanOption,
                       staleOption, privilegedOption, ackOption, reasonOption, untilOption});
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(dbOption)) {
        err << "error: --db FILE is required\n";
        return UsageError;
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json") &&
        format != QLatin1String("csv")) {
        err << "error: --format takes text, json or csv\n";
        return UsageError;
    }
    DriftSettings settings;
    if (parser.isSet(nowOption)) {
        settings.now = timestampFromIso(parser.value(nowOption));
        if (!settings.now) {
            err << "error: --now is not an ISO 8601 time: " << parser.value(nowOption) << '\n';
            return UsageError;
        }
    }
    bool ok = true;
    if (parser.isSet(orphanOption))
        settings.orphanedAfterDays = parser.value(orphanOption).toInt(&ok);
    if (ok && parser.isSet(staleOption))
        settings.staleSyncAfterHours = parser.value(staleOption).toInt(&ok);
    if (!ok || settings.orphanedAfterDays < 0 || settings.staleSyncAfterHours < 0) {
        err << "error: thresholds take non-negative integers\n";
        return UsageError;
    }
    settings.extraPrivilegedGroups = parser.values(privilegedOption);

    const QString path = parser.value(dbOption);
    if (!StoreLocation::existsOrIsRemote(path)) {
        err << "error: " << path << " does not exist\n";
        return Failure;
    }
    auto store = Store::open(path);
    if (!store) {
        err << "error: " << store.error().message << '\n';
        return Failure;
    }
    DriftAnalyzer analyzer(**store, settings);
    const Timestamp now = settings.now ? settings.now : currentTimestamp();

    if (parser.isSet(ackOption)) {
        const Timestamp until = timestampFromIso(parser.value(untilOption));
        if (!parser.isSet(reasonOption) || until == 0) {
            err << "error: --acknowledge needs --reason TEXT and --until TIME (ISO 8601)\n";
            return UsageError;
        }
        const QString fingerprint = parser.value(ackOption);
        const QString author = currentOsUser();
        if (Status s =
                analyzer.repository().acknowledge(fingerprint, parser.value(reasonOption), author, until);
            !s) {
            err << "error: " << s.error().message << '\n';
            return Failure;
        }
        AuditEntry note;
        note.action = QStringLiteral("acknowledge-finding");
        note.target = QStringLiteral("finding/") + fingerprint;
        note.reason = parser.value(reasonOption);
        note.outcome = QStringLiteral("acknowledged until ") + timestampToIso(until);
        if (Result<AuditEntry> logged = AuditLog((*store)->database()).append(note); !logged) {
            err << "error: acknowledged, but the audit log refused the entry: " << logged.error().message
                << '\n';
            return Failure;
        }
        out << "Acknowledged " << fingerprint << " until " << timestampToIso(until) << '\n';
        return Success;
    }

    if (parser.isSet(recomputeOption) || (*store)->metaValue(kLastRunKey).isEmpty()) {
        Result<FindingChanges> changes = analyzer.recompute();
        if (!changes) {
            err << "error: " << changes.error().message << '\n';
            return Failure;
        }
        if (Status s = (*store)->setMetaValue(kLastRunKey, QString::number(analyzer.lastAnalysisTime()));
            !s) {
            err << "error: " << s.error().message << '\n';
            return Failure;
        }
        err << "Findings recomputed: " << changes->added << " new, " << changes->continued << " still open, "
            << changes->reopened << " reopened, " << changes->resolved << " resolved.\n";
    }
    Result<QList<Finding>> findings = analyzer.repository().load(parser.isSet(allOption));
    if (!findings) {
        err << "error: " << findings.error().message << '\n';
        return Failure;
    }
    const Timestamp analysisTime = (*store)->metaValue(kLastRunKey).toLongLong();
    const FindingsFreshness freshness = FindingsFreshness::of(**store);
    if (freshness.isStale())
        err << "warning: " << freshness.describe() << '\n';
    if (format == QLatin1String("json")) {
        QJsonObject root =
            QJsonDocument::fromJson(
                FindingsExport::toJson(*findings, analysisTime, AuditLog((*store)->database()).head()))
                .object();
        root.insert(QStringLiteral("findingsComputedAt"),
                    freshness.computedAt ? QJsonValue(timestampToIso(freshness.computedAt))
                                         : QJsonValue(QJsonValue::Null));
        root.insert(QStringLiteral("findingsStale"), freshness.isStale());
        out << QString::fromUtf8(QJsonDocument(root).toJson());
    } else if (format == QLatin1String("csv")) {
        if (!freshness.isStale())
            err << freshness.describe() << '\n'; // stdout stays pure CSV
        out.flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return Failure;
        stdoutFile.write(FindingsExport::toCsv(*findings, now));
    } else {
        out << freshness.describe() << '\n';
        printText(out, *findings, now);
    }
    return Success;
}

} // namespace Scimflow::Cli
