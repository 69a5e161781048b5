#include "connectiondatabase.h"

#include "store.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QVariantMap>

namespace Scimflow::ConnectionDatabase {

namespace {

const char kConnectionDatabasesKey[] = "workspace/connectionDatabases";

} // namespace

QString pathFor(const QString &homePath, const QString &connection)
{
    const QVariantMap remembered = QSettings().value(QLatin1String(kConnectionDatabasesKey)).toMap();
    const QString known = remembered.value(connection).toString();
    if (!known.isEmpty() && QFileInfo::exists(known))
        return known;
    QString homeOwner;
    if (QFileInfo::exists(homePath)) {
        if (auto store = Store::open(homePath))
            homeOwner = (*store)->metaValue(QStringLiteral("synced_connection"));
    }
    if (homeOwner.isEmpty() || homeOwner == connection)
        return homePath;
    QString slug = connection.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug = slug.mid(0, 60);
    return QFileInfo(homePath).absoluteDir().filePath(QStringLiteral("connection-%1.db").arg(slug));
}

void remember(const QString &connection, const QString &path)
{
    QSettings settings;
    QVariantMap remembered = settings.value(QLatin1String(kConnectionDatabasesKey)).toMap();
    remembered.insert(connection, path);
    settings.setValue(QLatin1String(kConnectionDatabasesKey), remembered);
}

} // namespace Scimflow::ConnectionDatabase
