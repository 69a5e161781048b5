#include "commands.h"

#include "evidencepack.h"
#include "reviewremediatecommand.h"
#include "reviewrepository.h"
#include "reviewrules.h"
#include "reviewsignoff.h"
#include "store.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimeZone>

namespace Scimflow::Cli {

namespace {

// A date alone means a whole UTC day: --to 2026-11-30 covers all of November 30.
Timestamp parseDate(const QString &text, bool endOfDay)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return (endOfDay ? date.addDays(1) : date).startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
    return timestampFromIso(text);
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

QJsonObject campaignSummary(const ReviewCampaign &c)
{
    QJsonArray reviewers;
    for (const QString &r : c.reviewers)
        reviewers.append(r);
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("status"), c.statusName()},
            {QStringLiteral("scope"), c.scope.describe()},
            {QStringLiteral("from"), timestampToIso(c.periodFrom)},
            {QStringLiteral("to"), timestampToIso(c.periodTo)},
            {QStringLiteral("due"), c.dueAt ? timestampToIso(c.dueAt) : QString()},
            {QStringLiteral("reviewers"), reviewers},
            {QStringLiteral("items"), c.items},
            {QStringLiteral("decided"), c.decided},
            {QStringLiteral("supersedes"), c.supersedes},
            {QStringLiteral("signedBy"), c.signedBy},
            {QStringLiteral("signedAt"), c.signedAt ? timestampToIso(c.signedAt) : QString()},
            {QStringLiteral("digest"), c.digest}};
}

bool parseId(const QString &text, qint64 *id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

} // namespace

int runReview(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Access review campaigns: scope, decide, sign off and hand the auditor a verifiable evidence pack.\n"
        "  review create --db FILE --name NAME [--roles a,b] [--groups g1,g2] [--service-accounts]\n"
        "                [--credentials] [--no-memberships] [--from DATE --to DATE] [--due DATE]\n"
        "                [--reviewers a,b] [--idle-days N] [--supersedes ID]\n"
        "  review list   --db FILE [--format text|json]\n"
        "  review decide --db FILE --campaign ID (--item ID[,ID] | --all-recommended)\n"
        "                --decision keep|revoke|needs-info --reason TEXT --reviewer NAME\n"
        "  review signoff --db FILE --campaign ID --reviewer NAME\n"
        "  review export --db FILE --campaign ID --out DIR\n"
        "  review remediate --db FILE --campaign ID [--connection NAME] [--reason TEXT --yes]\n"
        "                prints the plan of a signed campaign; with --yes applies it through the fixes\n"
        "  review verify DIR        exit 0 if intact, 1 naming the first file that does not match"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("review"), QStringLiteral("The command name."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("create, list, decide, signoff, export, remediate or verify."));
    auto option = [](const char *name, const char *help, const char *value = nullptr) {
        return value ? QCommandLineOption(QLatin1String(name), QLatin1String(help), QLatin1String(value))
                     : QCommandLineOption(QLatin1String(name), QLatin1String(help));
    };
    const QCommandLineOption db = option("db", "Database file.", "FILE");
    const QCommandLineOption name = option("name", "Campaign name.", "NAME");
    const QCommandLineOption roles =
        option("roles", "Only memberships granting these pipeline roles.", "LIST");
    const QCommandLineOption groups = option("groups", "Only memberships of these IdP groups.", "LIST");
    const QCommandLineOption serviceAccounts = option("service-accounts", "Review service accounts too.");
    const QCommandLineOption credentials = option("credentials", "Review keys and tokens too.");
    const QCommandLineOption noMemberships = option("no-memberships", "Do not review group memberships.");
    const QCommandLineOption from = option("from", "Period start: YYYY-MM-DD (UTC) or ISO 8601.", "DATE");
    const QCommandLineOption to = option("to", "Period end: YYYY-MM-DD (the whole day) or ISO 8601.", "DATE");
    const QCommandLineOption due = option("due", "Due date: YYYY-MM-DD or ISO 8601.", "DATE");
    const QCommandLineOption reviewers =
        option("reviewers", "Reviewers (names or IdP identities), a,b.", "LIST");
    const QCommandLineOption idleDays =
        option("idle-days", "Access unused this many days is recommended for revoking (default 30).", "N");
    const QCommandLineOption supersedes =
        option("supersedes", "The signed campaign this one corrects.", "ID");
    const QCommandLineOption format = option("format", "text or json (default text).", "FORMAT");
    const QCommandLineOption campaign = option("campaign", "Campaign id.", "ID");
    const QCommandLineOption item = option("item", "Item id(s), a,b.", "ID");
    const QCommandLineOption allRecommended =
        option("all-recommended", "Every undecided item whose recommendation is the decision.");
    const QCommandLineOption decision = option("decision", "keep, revoke or needs-info.", "DECISION");
    const QCommandLineOption reason = option("reason", "The justification.", "TEXT");
    const QCommandLineOption reviewer = option("reviewer", "Who decides or signs off.", "NAME");
    const QCommandLineOption out = option("out", "Folder for the evidence pack.", "DIR");
    const QCommandLineOption connection = option(
        "connection",
        "Saved connection whose fixes remediate (default: the one the database was synced from).", "NAME");
    const QCommandLineOption yes = option("yes", "Apply the remediation plan (without it, only print it).");
    parser.addOptions({db,          name,           roles,      groups, serviceAccounts,
                       credentials, noMemberships,  from,       to,     due,
                       reviewers,   idleDays,       supersedes, format, campaign,
                       item,        allRecommended, decision,   reason, reviewer,
                       out,         connection,     yes});
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream cout(stdout);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    static const QStringList actions{QStringLiteral("create"), QStringLiteral("list"),
                                     QStringLiteral("decide"), QStringLiteral("signoff"),
                                     QStringLiteral("export"), QStringLiteral("remediate"),
                                     QStringLiteral("verify")};
    if (!actions.contains(action)) {
        err << "error: use review create|list|decide|signoff|export|remediate|verify (see scimflow review "
               "--help)\n";
        return UsageError;
    }

    if (action == QLatin1String("verify")) {
        const QString dir = positional.value(1);
        if (dir.isEmpty()) {
            err << "error: review verify DIR: name the evidence pack's folder\n";
            return UsageError;
        }
        const EvidencePackVerification v = EvidencePack::verify(dir);
        if (!v.intact) {
            err << "evidence pack BROKEN: " << v.firstMismatch << ": " << v.problem << '\n';
            return Failure;
        }
        cout << "evidence pack intact: " << v.files << " files, campaign " << v.status << ", digest "
             << v.digest << '\n';
        return Success;
    }

    auto require = [&](const QCommandLineOption &o) {
        if (parser.isSet(o) && !parser.value(o).trimmed().isEmpty())
            return true;
        err << "error: review " << action << " needs --" << o.names().constFirst();
        if (!o.valueName().isEmpty())
            err << ' ' << o.valueName();
        err << " (see scimflow review --help)\n";
        return false;
    };
    if (!require(db))
        return UsageError;
    const QString dbPath = parser.value(db);
    if (!StoreLocation::existsOrIsRemote(dbPath)) {
        err << "error: database " << dbPath
            << " does not exist; run `scimflow sync` or `scimflow scenario` first\n";
        return Failure;
    }
    auto store = Store::open(dbPath);
    if (!store) {
        err << "error: " << store.error().message << '\n';
        return Failure;
    }
    ReviewRepository repo((*store)->database());

    if (action == QLatin1String("list")) {
        Result<QList<ReviewCampaign>> list = repo.campaigns();
        if (!list) {
            err << "error: " << list.error().message << '\n';
            return Failure;
        }
        if (parser.value(format) == QLatin1String("json")) {
            QJsonArray array;
            for (const ReviewCampaign &c : std::as_const(*list))
                array.append(campaignSummary(c));
            cout << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Success;
        }
        if (parser.isSet(format) && parser.value(format) != QLatin1String("text")) {
            err << "error: unknown format '" << parser.value(format) << "' (use text or json)\n";
            return UsageError;
        }
        if (list->isEmpty())
            cout << "No review campaigns.\n";
        for (const ReviewCampaign &c : std::as_const(*list)) {
            cout << c.id << "  " << c.name << "  " << c.statusName() << "  " << c.decided << '/' << c.items
                 << " decided  " << timestampToIso(c.periodFrom).left(10) << ".."
                 << timestampToIso(c.periodTo - 1).left(10);
            if (c.dueAt)
                cout << "  due " << timestampToIso(c.dueAt - 1).left(10); // dueAt is the end of that day
            if (c.signedOff)
                cout << "  signed by " << c.signedBy << " digest " << c.digest;
            cout << '\n';
        }
        return Success;
    }

    if (action == QLatin1String("create")) {
        if (!require(name))
            return UsageError;
        ReviewCampaign c;
        c.name = parser.value(name);
        c.scope.roles = splitList(parser.value(roles));
        c.scope.groups = splitList(parser.value(groups));
        c.scope.memberships = !parser.isSet(noMemberships);
        c.scope.serviceAccounts = parser.isSet(serviceAccounts);
        c.scope.credentials = parser.isSet(credentials);
        c.reviewers = splitList(parser.value(reviewers));
        c.periodTo = parser.isSet(to) ? parseDate(parser.value(to), true) : currentTimestamp();
        c.periodFrom =
            parser.isSet(from) ? parseDate(parser.value(from), false) : c.periodTo - 90 * kMsPerDay;
        if (c.periodFrom == 0 || c.periodTo == 0) {
            err << "error: --from and --to take a date (YYYY-MM-DD) or an ISO 8601 time\n";
            return UsageError;
        }
        if (parser.isSet(due)) {
            c.dueAt = parseDate(parser.value(due), true);
            if (c.dueAt == 0) {
                err << "error: --due is not a date (YYYY-MM-DD) or ISO 8601 time: " << parser.value(due)
                    << '\n';
                return UsageError;
            }
        }
        if (parser.isSet(idleDays)) {
            bool ok = false;
            c.idleDays = parser.value(idleDays).toInt(&ok);
            if (!ok || c.idleDays <= 0) {
                err << "error: --idle-days takes a positive whole number of days\n";
                return UsageError;
            }
        }
        if (parser.isSet(supersedes) && !parseId(parser.value(supersedes), &c.supersedes)) {
            err << "error: --supersedes takes a campaign id\n";
            return UsageError;
        }
        Result<ReviewCampaign> created = repo.create(c);
        if (!created) {
            err << "error: " << created.error().message << '\n';
            return created.error().kind == Error::Kind::InvalidInput ? UsageError : Failure;
        }
        cout << "campaign " << created->id << ": " << created->items << " items\n";
        return Success;
    }

    if (!require(campaign))
        return UsageError;
    qint64 campaignId = 0;
    if (!parseId(parser.value(campaign), &campaignId)) {
        err << "error: --campaign takes a campaign id (see scimflow review list)\n";
        return UsageError;
    }

    if (action == QLatin1String("decide")) {
        if (!require(decision) || !require(reason) || !require(reviewer))
            return UsageError;
        ReviewDecision d = ReviewDecision::None;
        if (!reviewDecisionFromName(parser.value(decision), &d) || d == ReviewDecision::None) {
            err << "error: --decision takes keep, revoke or needs-info\n";
            return UsageError;
        }
        if (parser.isSet(item) == parser.isSet(allRecommended)) {
            err << "error: review decide needs either --item ID or --all-recommended\n";
            return UsageError;
        }
        Result<int> done = 0;
        if (parser.isSet(allRecommended)) {
            done = repo.decideRecommended(campaignId, d, parser.value(reason), parser.value(reviewer));
        } else {
            QList<qint64> ids;
            for (const QString &text : splitList(parser.value(item))) {
                qint64 id = 0;
                if (!parseId(text, &id)) {
                    err << "error: --item takes item ids, not '" << text << "'\n";
                    return UsageError;
                }
                ids << id;
            }
            done = repo.decide(campaignId, ids, d, parser.value(reason), parser.value(reviewer));
        }
        if (!done) {
            err << "error: " << done.error().message << '\n';
            return Failure;
        }
        cout << "decided " << *done << " item(s): " << reviewDecisionName(d) << '\n';
        return Success;
    }

    if (action == QLatin1String("signoff")) {
        if (!require(reviewer))
            return UsageError;
        Result<ReviewCampaign> signedOff =
            ReviewSignOff((*store)->database()).signOff(campaignId, parser.value(reviewer));
        if (!signedOff) {
            err << "error: " << signedOff.error().message << '\n';
            return Failure;
        }
        cout << "campaign " << signedOff->id << " signed off by " << signedOff->signedBy << ": digest "
             << signedOff->digest << ", audit entry " << signedOff->signoffSeq << '\n';
        return Success;
    }

    if (action == QLatin1String("remediate")) {
        const int code = remediateCampaign(**store, campaignId, parser.value(connection).trimmed(),
                                           parser.value(reason), parser.isSet(yes), cout, err);
        cout.flush();
        return code;
    }

    // export
    if (!require(out))
        return UsageError;
    if (Status written = EvidencePack::write((*store)->database(), campaignId, parser.value(out)); !written) {
        err << "error: " << written.error().message << '\n';
        return Failure;
    }
    cout << "evidence pack of campaign " << campaignId << " -> " << parser.value(out) << '\n';
    return Success;
}

} // namespace Scimflow::Cli
