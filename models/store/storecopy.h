#pragma once

#include "result.h"

#include <QList>
#include <QString>

#include <functional>

namespace Scimflow {

class Store;

/// Rows of one table on both sides of a copy.
struct TableCount
{
    QString table;
    qint64 source = 0;
    qint64 target = 0;
};

/// Copies every table of one store into another, empty store at the same schema version (a local SQLite file
/// into the PostgreSQL team store): one transaction on the target, so a failure or a cancel leaves it empty.
/// Rows keep their ids; the target's identity sequences continue after the highest copied id.
class StoreCopy
{
public:
    /// \a progress gets the table being copied and the rows copied so far in it; returning false cancels.
    using Progress = std::function<bool(const QString &table, qint64 rows)>;

    /// Refuses a target that holds any row (its schema tables may exist: opening it created them).
    static Status checkTargetIsEmpty(const Store &target);
    static Result<QList<TableCount>> copy(const Store &source, Store &target, const Progress &progress = {});
    static Result<QList<TableCount>> count(const Store &source, const Store &target);
};

} // namespace Scimflow
