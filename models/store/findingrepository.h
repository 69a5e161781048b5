#pragma once

#include "finding.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace Scimflow {

/// What one recomputation changed in the findings table.
struct FindingChanges
{
    int added = 0;     // fingerprints never seen before
    int reopened = 0;  // seen before, resolved, present again (first_seen is kept)
    int continued = 0; // still present
    int resolved = 0;  // no longer found: resolved_at set
};

/// The findings table: keeps first_seen/last_seen/resolved_at across recomputations and holds
/// acknowledgements (accepted risk), which recomputation never touches.
class FindingRepository
{
public:
    explicit FindingRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    /// The meta key save() records the time of computation under (read back by FindingsFreshness).
    static QString computedAtKey() { return QStringLiteral("findings_computed_at"); }

    /// Replaces the open findings by \a current (fingerprints filled) in one transaction, stamped \a now, and
    /// records the time of computation in meta (computedAtKey()).
    Result<FindingChanges> save(const QList<Finding> &current, Timestamp now);

    /// Findings in severity order (highest first), then rule and subject; resolved ones only if asked.
    Result<QList<Finding>> load(bool includeResolved = false) const;
    Result<Finding> byFingerprint(const QString &fingerprint) const;

    /// Accepts the risk of a finding until \a until. The reason and author are required.
    Status acknowledge(const QString &fingerprint, const QString &reason, const QString &author,
                       Timestamp until);
    Status clearAcknowledgement(const QString &fingerprint);

private:
    Result<QList<Finding>> query(const QString &where, const QVariantList &binds) const;

    QSqlDatabase m_db;
};

} // namespace Scimflow
