#include "changefeed.h"

#include "schema.h"
#include "store.h"

#include <QSqlDriver>
#include <QVariant>

namespace Scimflow {

bool followChangesElsewhere(const Store &store, QObject *context,
                            const std::function<void(const QString &table)> &changed)
{
    if (!store.isPostgres())
        return false;
    QSqlDriver *driver = store.database().driver();
    if (!driver->subscribeToNotification(Schema::changesChannel()))
        return false;
    QObject::connect(
        driver, &QSqlDriver::notification, context,
        [changed](const QString &, QSqlDriver::NotificationSource source, const QVariant &table) {
            if (source == QSqlDriver::OtherSource)
                changed(table.toString());
        });
    return true;
}

} // namespace Scimflow
