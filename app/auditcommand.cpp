#include "commands.h"

#include "auditlog.h"
#include "store.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Scimflow::Cli {

int runAudit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Verify or list the hash-chained audit log.\n"
        "  audit verify --db FILE [--head SEQ:HASH]   exit 0 if intact, 1 naming the first bad entry\n"
        "  audit list --db FILE [--format text|json]"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("audit"), QStringLiteral("The command name."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("verify or list."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Database file, or the team store (postgresql://…)."),
                                      QStringLiteral("LOCATION"));
    const QCommandLineOption headOption(
        QStringLiteral("head"),
        QStringLiteral("A chain head recorded elsewhere (e.g. in a report) to check as well."),
        QStringLiteral("SEQ:HASH"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("text or json (default text)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({dbOption, headOption, formatOption});
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("verify") && action != QLatin1String("list")) {
        err << "error: use 'audit verify --db FILE' or 'audit list --db FILE'\n";
        return UsageError;
    }
    if (!parser.isSet(dbOption)) {
        err << "error: --db FILE is required\n";
        return UsageError;
    }
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
    AuditLog log((*store)->database());

    if (action == QLatin1String("verify")) {
        const AuditVerification v = log.verify(parser.value(headOption));
        if (!v.intact) {
            err << "audit log BROKEN at entry " << v.firstBadSeq << ": " << v.problem << '\n';
            return Failure;
        }
        out << "audit log intact: " << v.entries << " entries";
        if (!v.head.isEmpty())
            out << ", head " << v.head;
        out << '\n';
        return Success;
    }

    Result<QList<AuditEntry>> entries = log.entries();
    if (!entries) {
        err << "error: " << entries.error().message << '\n';
        return Failure;
    }
    if (parser.value(formatOption) == QLatin1String("json")) {
        QJsonArray array;
        for (const AuditEntry &e : *entries) {
            array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                     {QStringLiteral("at"), timestampToIso(e.at)},
                                     {QStringLiteral("osUser"), e.osUser},
                                     {QStringLiteral("idpIdentity"), e.idpIdentity},
                                     {QStringLiteral("kind"), auditKindName(e.kind)},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("target"), e.target},
                                     {QStringLiteral("request"), e.request},
                                     {QStringLiteral("reason"), e.reason},
                                     {QStringLiteral("outcome"), e.outcome},
                                     {QStringLiteral("intentSeq"), e.intentSeq},
                                     {QStringLiteral("prevHash"), e.prevHash},
                                     {QStringLiteral("hash"), e.hash}});
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (entries->isEmpty())
        out << "The audit log is empty.\n";
    for (const AuditEntry &e : *entries) {
        out << e.seq << "  " << timestampToIso(e.at) << "  " << auditKindName(e.kind) << "  " << e.action
            << "  " << e.target << "  by " << e.osUser;
        if (!e.idpIdentity.isEmpty())
            out << " as " << e.idpIdentity;
        if (e.intentSeq)
            out << "  (closes " << e.intentSeq << ')';
        out << '\n';
        if (!e.reason.isEmpty())
            out << "    reason: " << e.reason << '\n';
        if (!e.request.isEmpty())
            out << "    request: " << e.request << '\n';
        if (!e.outcome.isEmpty())
            out << "    outcome: " << e.outcome << '\n';
        out << "    hash " << e.hash << '\n';
    }
    return Success;
}

} // namespace Scimflow::Cli
