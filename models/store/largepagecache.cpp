#include "largepagecache.h"

#include "sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace Scimflow {

LargePageCache::LargePageCache(const QSqlDatabase &db)
    : m_db(db)
{
    if (Sql::isPostgres(m_db))
        return;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
        m_cacheWas = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("PRAGMA mmap_size")) && q.next())
        m_mapWas = q.value(0).toLongLong();
    q.exec(QStringLiteral("PRAGMA cache_size = -262144"));   // KiB: 256 MB at most, used as needed
    q.exec(QStringLiteral("PRAGMA mmap_size = 1073741824")); // best effort: ignored without mmap
}

LargePageCache::~LargePageCache()
{
    if (Sql::isPostgres(m_db))
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheWas));
    q.exec(QStringLiteral("PRAGMA mmap_size = %1").arg(m_mapWas));
}

} // namespace Scimflow
