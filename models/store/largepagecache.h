#pragma once

#include <QSqlDatabase>

namespace Scimflow {

/// A page cache for one large write transaction on a SQLite connection, and the file mapped for its reads,
/// both back as they were when the scope ends. With SQLite's default 2 MB, the pages of a write of a few
/// hundred thousand rows into indexed tables spill into the WAL while the transaction runs, and every page
/// read after that searches the WAL index and comes from disk again. Does nothing on PostgreSQL, whose
/// shared buffers are the server's.
class LargePageCache
{
public:
    explicit LargePageCache(const QSqlDatabase &db);
    ~LargePageCache();
    LargePageCache(const LargePageCache &) = delete;
    LargePageCache &operator=(const LargePageCache &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_cacheWas = -2000;
    qint64 m_mapWas = 0;
};

} // namespace Scimflow
