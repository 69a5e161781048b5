#include "driftrule.h"

#include "rbacmappingtables.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

Result<DriftContext> DriftContext::load(QSqlDatabase db, const DriftSettings &settings)
{
    DriftContext c;
    c.db = db;
    c.settings = settings;
    c.now = settings.now ? settings.now : currentTimestamp();
    Result<RbacMappingVersionRow> mapping = RbacMappingTables::current(db);
    if (!mapping)
        return mapping.error();
    c.mappingVersion = mapping->version;
    const QJsonObject root = QJsonDocument::fromJson(mapping->content.toUtf8()).object(); // none: empty
    for (const auto &v : root.value(QStringLiteral("privilegedGroups")).toArray())
        c.privilegedGroups << v.toString();
    const QJsonObject aliases = root.value(QStringLiteral("aliases")).toObject();
    for (auto it = aliases.begin(); it != aliases.end(); ++it)
        c.aliases.insert(it.key().toLower(), it.value().toString());
    for (const QString &g : settings.extraPrivilegedGroups) {
        if (!c.privilegedGroups.contains(g))
            c.privilegedGroups << g;
    }
    c.privilegedGroups.removeAll(QString());
    return c;
}

} // namespace Scimflow
