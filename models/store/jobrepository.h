#pragma once

#include "bulkstatement.h"
#include "job.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Scimflow {

/// The principal texts a stored job was last written with.
struct StoredJobPrincipals
{
    QString launcher;
    QString runAs;
    QString role;
};

/// A job's links to a user row and a service account row; 0 is no link.
struct JobLinks
{
    qint64 launcherUser = 0;
    qint64 runAsUser = 0;
    qint64 runAsAccount = 0;

    bool operator==(const JobLinks &) const = default;
};

/// The jobs table, on the caller's connection and inside the caller's transaction. Which principal links
/// to which row is decided by the caller (the principal resolver); this class only reads and writes.
class JobRepository
{
public:
    explicit JobRepository(QSqlDatabase db)
        : m_db(std::move(db))
        , m_setLauncher(m_db)
        , m_setLinks(m_db)
    {}

    /// A job's labels as the jobs table stores them: a JSON object, "{}" when there are none.
    static QString labelsJson(const QMap<QString, QString> &labels);
    /// The INSERT of a jobs row, with its values as rowValues() gives them.
    static const char *const kInsert;
    /// The values of a jobs row for \a job of \a source, in kInsert's order.
    static QVariantList rowValues(const QString &source, const Job &job,
                                  const StoredJobPrincipals &principals, const JobLinks &links, qint64 runId);

    /// The stored principals of every job of \a source, by external id.
    Result<QHash<QString, StoredJobPrincipals>> principalsOfSource(const QString &source) const;
    /// Inserts or updates \a job of \a source by its external id, with the given principals and links, as
    /// written by sync run \a runId.
    Status upsert(const QString &source, const Job &job, const StoredJobPrincipals &principals,
                  const JobLinks &links, qint64 runId);
    /// Sets the launcher of a stored job; false when \a source has no job \a externalId.
    Result<bool> setLauncher(const QString &source, const QString &externalId, const QString &launcher,
                             qint64 launcherUser);
    /// Calls \a visit with every job's id, launcher, run-as and current links.
    Status forEachLink(const std::function<void(qint64 id, const QString &launcher, const QString &runAs,
                                                const JobLinks &links)> &visit) const;
    Status setLinks(qint64 id, const JobLinks &links);

    /// For a first import (SQLite, an empty jobs table): drops the table's secondary indexes and returns
    /// their definitions, so that buildIndexes() makes each once from the written rows, a sort instead of an
    /// update per row. Nothing when the table has rows. Inside the caller's transaction, whose rollback
    /// restores them.
    Result<QStringList> dropIndexesIfEmpty();
    /// Makes the indexes dropIndexesIfEmpty() dropped.
    Status buildIndexes(const QStringList &definitions);

private:
    QSqlDatabase m_db;
    std::optional<BulkStatement> m_upsert; // prepared on the first upsert
    QSqlQuery m_setLauncher;
    QSqlQuery m_setLinks;
};

} // namespace Scimflow
