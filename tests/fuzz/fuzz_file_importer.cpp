// libFuzzer harness: the file importers end to end. The input is written to a file and imported as an
// OpenLineage file, a Cloud Audit Logs export and an RBAC mapping into an in-memory store; the store must
// stay consistent (SQLite's integrity check passes).
#include "pipelinefileimporter.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryFile>

#include <cstddef>
#include <cstdint>

using namespace Scimflow;

namespace {
// Never destroyed at exit: QtSql's connection registry may already be gone by then.
Store *g_store = nullptr;
int g_runs = 0;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A fresh database now and then keeps a long run's memory flat.
    if (!g_store || ++g_runs % 500 == 0) {
        delete g_store;
        Result<std::unique_ptr<Store>> opened = Store::open(QStringLiteral(":memory:"));
        if (!opened)
            __builtin_trap();
        g_store = opened->release();
    }
    QTemporaryFile file;
    if (!file.open())
        __builtin_trap();
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();
    PipelineFileImporter importer(*g_store);
    (void)importer.importOpenLineage(file.fileName());
    (void)importer.importAuditLogExport(file.fileName());
    (void)importer.importRbacMapping(file.fileName(), QStringLiteral("fuzz"));
    QSqlQuery check(g_store->database());
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next() ||
        check.value(0).toString() != QLatin1String("ok"))
        __builtin_trap();
    return 0;
}
