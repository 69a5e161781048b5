#include "principalreads.h"

#include "store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

Status readPrincipals(const Store &store, const PrincipalVisitor &visit)
{
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, user_name, email, emails, external_id, deleted_at FROM users ORDER BY id")))
        return sqlError(QStringLiteral("Cannot read users for correlation"), q.lastError());
    while (q.next()) {
        QStringList emails{q.value(2).toString()};
        const QByteArray list = q.value(3).toByteArray();
        if (list.size() > 2) { // "[]" is the common case; skip the JSON parse for it
            for (const QJsonValue &v : QJsonDocument::fromJson(list).array())
                emails << v.toString();
        }
        visit.user(q.value(0).toLongLong(), q.value(1).toString(), emails, q.value(4).toString(),
                   q.value(5).toLongLong() != 0);
    }
    if (!q.exec(QStringLiteral("SELECT id, email FROM service_accounts")))
        return sqlError(QStringLiteral("Cannot read service accounts for correlation"), q.lastError());
    while (q.next())
        visit.serviceAccount(q.value(0).toLongLong(), q.value(1).toString());
    return {};
}

} // namespace Scimflow
