#include "sqldialect.h"

#include <QStringList>

namespace Scimflow::Sql {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

QString nocase(const QSqlDatabase &db, const QString &expr)
{
    return isPostgres(db) ? QStringLiteral("lower(%1)").arg(expr) : expr + QStringLiteral(" COLLATE NOCASE");
}

QString equalsNocase(const QSqlDatabase &db, const QString &a, const QString &b)
{
    return isPostgres(db) ? QStringLiteral("lower(%1) = lower(%2)").arg(a, b)
                          : QStringLiteral("%1 = %2 COLLATE NOCASE").arg(a, b);
}

QString groupConcat(const QSqlDatabase &db, const QString &expr, const QString &separator)
{
    return QStringLiteral("%1(%2, '%3')")
        .arg(isPostgres(db) ? QStringLiteral("string_agg") : QStringLiteral("group_concat"), expr, separator);
}

QString greatest(const QSqlDatabase &db, const QString &a, const QString &b)
{
    return QStringLiteral("%1(%2, %3)")
        .arg(isPostgres(db) ? QStringLiteral("greatest") : QStringLiteral("max"), a, b);
}

QString joinInOrder(const QSqlDatabase &db)
{
    return isPostgres(db) ? QStringLiteral("JOIN") : QStringLiteral("CROSS JOIN");
}

QString idList(const QList<qint64> &ids, qsizetype from, qsizetype count)
{
    QStringList parts;
    const qsizetype end = count < ids.size() - from ? from + count : ids.size();
    parts.reserve(end - from);
    for (qsizetype i = from; i < end; ++i)
        parts << QString::number(ids[i]);
    return parts.join(QLatin1Char(','));
}

} // namespace Scimflow::Sql
