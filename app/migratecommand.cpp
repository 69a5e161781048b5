#include "commands.h"

#include "auditlog.h"
#include "store.h"
#include "storecopy.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace Scimflow::Cli {

int runMigrate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Copy a local database into the team store.\n"
        "  migrate --from FILE.db --to postgresql://user@host:port/db?sslmode=verify-full\n"
        "The target must be empty. The audit chain is verified before and after the copy; the row counts of\n"
        "every table are printed. The server's password comes from PGPASSWORD or ~/.pgpass."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("migrate"), QStringLiteral("The command name."));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("The local database file."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"), QStringLiteral("The team store (postgresql://…), or a new database file."),
        QStringLiteral("LOCATION"));
    parser.addOptions({fromOption, toOption});
    parser.process(arguments);

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (!parser.isSet(fromOption) || !parser.isSet(toOption)) {
        err << "error: use 'migrate --from FILE.db --to postgresql://user@host:port/db'\n";
        return UsageError;
    }
    const QString from = parser.value(fromOption);
    if (StoreLocation::isPostgresUrl(from)) {
        err << "error: --from is a local database file\n";
        return UsageError;
    }
    auto to = StoreLocation::parse(parser.value(toOption));
    if (!to) {
        err << "error: " << to.error().message << '\n';
        return UsageError;
    }
    if (!to->isPostgres() && QFile::exists(to->text())) {
        err << "error: " << to->text() << " exists; copy into a new file or an empty team store\n";
        return Failure;
    }
    if (Status s = Store::checkIsScimflowDatabase(from); !s) {
        err << "error: " << s.error().message << '\n';
        return Failure;
    }
    auto source = Store::open(from);
    if (!source) {
        err << "error: " << source.error().message << '\n';
        return Failure;
    }
    const AuditVerification before = AuditLog((*source)->database()).verify();
    if (!before.intact) {
        err << "error: the audit log of " << from << " is broken at entry " << before.firstBadSeq << ": "
            << before.problem << "\nNothing was copied.\n";
        return Failure;
    }
    auto target = Store::open(*to);
    if (!target) {
        err << "error: " << target.error().message << '\n';
        return Failure;
    }
    if (Status s = StoreCopy::checkTargetIsEmpty(**target); !s) {
        err << "error: " << s.error().message << '\n';
        return Failure;
    }

    QString current;
    auto counts = StoreCopy::copy(**source, **target, [&](const QString &table, qint64 rows) {
        if (table != current) {
            current = table;
            err << "copying " << table << '\n';
            err.flush();
        }
        Q_UNUSED(rows);
        return true;
    });
    if (!counts) {
        err << "error: " << counts.error().message << "\nThe target was left empty.\n";
        return Failure;
    }
    const AuditVerification after = AuditLog((*target)->database()).verify(before.head);
    if (!after.intact || after.entries != before.entries) {
        err << "error: the copied audit log does not verify: " << after.problem << '\n';
        return Failure;
    }

    out << QStringLiteral("%1  %2  %3\n")
               .arg(QStringLiteral("table"), -22)
               .arg(QStringLiteral("source"), 10)
               .arg(QStringLiteral("target"), 10);
    bool equal = true;
    for (const TableCount &c : *counts) {
        out << QStringLiteral("%1  %2  %3\n").arg(c.table, -22).arg(c.source, 10).arg(c.target, 10);
        equal = equal && c.source == c.target;
    }
    if (!equal) {
        err << "error: the row counts differ\n";
        return Failure;
    }
    out << "audit log intact before and after: " << after.entries << " entries";
    if (!after.head.isEmpty())
        out << ", head " << after.head;
    out << '\n';
    return Success;
}

} // namespace Scimflow::Cli
