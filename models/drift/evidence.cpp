#include "evidence.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace Scimflow::Evidence {

QString jobColumns()
{
    return QStringLiteral("j.id, j.source, j.external_id, j.name, j.state, j.start_time, j.end_time, "
                          "j.launcher, j.run_as, j.role");
}

QJsonObject job(const QSqlQuery &q, int o)
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("job")},
        {QStringLiteral("id"), q.value(o).toLongLong()},
        {QStringLiteral("source"), q.value(o + 1).toString()},
        {QStringLiteral("externalId"), q.value(o + 2).toString()},
        {QStringLiteral("name"), q.value(o + 3).toString()},
        {QStringLiteral("state"), q.value(o + 4).toString()},
        {QStringLiteral("startTime"), iso(q.value(o + 5).toLongLong())},
        {QStringLiteral("endTime"), iso(q.value(o + 6).toLongLong())},
        {QStringLiteral("launcher"), q.value(o + 7).toString()},
        {QStringLiteral("runAs"), q.value(o + 8).toString()},
        {QStringLiteral("role"), q.value(o + 9).toString()},
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
