#include "scenariodata.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

qint64 Scenario::membershipCount() const
{
    qint64 n = 0;
    for (const Group &g : groups)
        n += g.memberScimIds.size();
    return n;
}

QByteArray Scenario::rbacMappingJson() const
{
    QJsonObject groupsObject;
    for (auto it = groupRoles.begin(); it != groupRoles.end(); ++it)
        groupsObject.insert(it.key(), QJsonArray::fromStringList(it.value()));

    QHash<QString, QString> groupNames;
    for (const Group &g : groups)
        groupNames.insert(g.scimId, g.displayName);
    QJsonArray accounts;
    for (const ServiceAccount &sa : serviceAccounts) {
        QJsonObject o{{QStringLiteral("email"), sa.email}, {QStringLiteral("role"), sa.expectedRole}};
        if (!sa.ownerGroupScimId.isEmpty())
            o.insert(QStringLiteral("owner"), groupNames.value(sa.ownerGroupScimId));
        accounts.append(o);
    }
    QJsonObject aliases;
    for (auto it = principalAliases.begin(); it != principalAliases.end(); ++it)
        aliases.insert(it.key(), it.value());

    const QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("groups"), groupsObject},
        {QStringLiteral("serviceAccounts"), accounts},
        {QStringLiteral("privilegedGroups"), QJsonArray::fromStringList(privilegedGroups)},
        {QStringLiteral("aliases"), aliases},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Scimflow
