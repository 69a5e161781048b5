// Appends notes to a store's audit log: `audit_appender LOCATION COUNT LABEL`. Two of these run at once in
// tst_audit to show that concurrent appends from two processes keep one chain.
#include "auditlog.h"
#include "store.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Scimflow;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    auto store = Store::open(args[1]);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    AuditLog log((*store)->database());
    const int count = args[2].toInt();
    for (int i = 0; i < count; ++i) {
        AuditEntry note;
        note.action = QStringLiteral("acknowledge-finding");
        note.target = QStringLiteral("finding/%1-%2").arg(args[3]).arg(i);
        note.reason = QStringLiteral("concurrent append");
        if (auto appended = log.append(note); !appended) {
            std::fprintf(stderr, "%s\n", qPrintable(appended.error().message));
            return 1;
        }
    }
    return 0;
}
