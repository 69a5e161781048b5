#include "driftrule.h"

#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

Result<DriftContext> DriftContext::load(QSqlDatabase db, const DriftSettings &settings)
{
    DriftContext c;
    c.db = db;
    c.settings = settings;
    c.now = settings.now ? settings.now : currentTimestamp();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version, content FROM rbac_mappings ORDER BY version DESC LIMIT 1")))
        return sqlError(QStringLiteral("Cannot read the RBAC mapping"), q.lastError());
    if (q.next()) {
        c.mappingVersion = q.value(0).toLongLong();
        const QJsonObject root = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        for (const auto &v : root.value(QStringLiteral("privilegedGroups")).toArray())
            c.privilegedGroups << v.toString();
        const QJsonObject aliases = root.value(QStringLiteral("aliases")).toObject();
        for (auto it = aliases.begin(); it != aliases.end(); ++it)
            c.aliases.insert(it.key().toLower(), it.value().toString());
    }
    for (const QString &g : settings.extraPrivilegedGroups) {
        if (!c.privilegedGroups.contains(g))
            c.privilegedGroups << g;
    }
    c.privilegedGroups.removeAll(QString());
    return c;
}

} // namespace Scimflow
