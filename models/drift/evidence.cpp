#include "evidence.h"

#include <QJsonDocument>

namespace Scimflow::Evidence {

QJsonObject job(const DriftQueries::JobRow &j)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("job")},
        {QStringLiteral("id"), j.id},
        {QStringLiteral("source"), j.source},
        {QStringLiteral("externalId"), j.externalId},
        {QStringLiteral("name"), j.name},
        {QStringLiteral("state"), j.state},
        {QStringLiteral("startTime"), iso(j.startTime)},
        {QStringLiteral("endTime"), iso(j.endTime)},
        {QStringLiteral("launcher"), j.launcher},
        {QStringLiteral("runAs"), j.runAs},
        {QStringLiteral("role"), j.role},
    };
}

QJsonObject user(qint64 id, const QString &scimId, const QString &userName, bool active, Timestamp deletedAt)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("user")},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("scimId"), scimId},
                  {QStringLiteral("userName"), userName},
                  {QStringLiteral("active"), active}};
    if (deletedAt)
        o.insert(QStringLiteral("deletedAt"), iso(deletedAt));
    return o;
}

QJsonObject event(qint64 id, Timestamp at, const QString &kind, const QString &subject, const QString &actor,
                  const QString &details)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("event")},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("at"), iso(at)},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("subject"), subject},
                  {QStringLiteral("actor"), actor}};
    const QJsonDocument doc = QJsonDocument::fromJson(details.toUtf8());
    if (doc.isObject() && !doc.object().isEmpty())
        o.insert(QStringLiteral("details"), doc.object());
    return o;
}

QString iso(Timestamp t)
{
    return timestampToIso(t);
}

} // namespace Scimflow::Evidence
