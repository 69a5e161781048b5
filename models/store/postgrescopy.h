#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace Scimflow::PostgresCopy {

/// Inserts \a values, rows of \a columns.size() values one after the other, into \a table with one
/// `COPY ... FROM STDIN` over the libpq connection underneath Qt's QPSQL driver. QPSQL sends every bound
/// value as text inside an EXECUTE for the server to parse; COPY streams the rows, several times faster for
/// the hundreds of thousands of rows of a first sync.
///
/// Values are written as they would be bound: a null QVariant or a null QString is NULL, numbers in decimal,
/// text as UTF-8. The connection must run no other statement at the time (a forward-only query's rows read to
/// the end). On an error nothing of the COPY is kept and the transaction it ran in is aborted, as after any
/// failed statement. On a connection that is not QPSQL's it is an error.
Status insert(const QSqlDatabase &db, const QString &table, const QStringList &columns,
              const QVariantList &values);

} // namespace Scimflow::PostgresCopy
