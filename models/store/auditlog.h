#pragma once

#include "auditentry.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>

namespace Scimflow {

/// What verification found. intact is false when any entry was edited, removed or added out of chain.
struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;
    qint64 firstBadSeq = 0; // the first entry that fails (for a truncated tail: the first missing seq)
    QString problem;        // readable, names the entry and what is wrong
    QString head;           // "<seq>:<hash>" of the last entry, as verified
};

/// The append-only, hash-chained audit log in the audit_log table. Every append is chained to the
/// previous entry and records the new chain head in meta (key audit.head, "<seq>:<hash>") in the same
/// transaction, so a removed tail is detected too. Verification never relies on the table's triggers.
///
/// Limits: whoever can write the database file can rewrite the whole chain and the head consistently;
/// the chain proves integrity relative to a head kept elsewhere (reports print it; verify --head checks
/// a recorded one). A tail removed together with a matching rewrite of audit.head is only detected
/// against such an external head.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    static QString headKey() { return QStringLiteral("audit.head"); }

    /// Appends an entry: seq, at, prev_hash and hash are assigned; text fields are redacted as a backstop.
    /// Refuses to append to a log whose last entry does not match the recorded head (it would hide the
    /// damage): verify first.
    Result<AuditEntry> append(AuditEntry entry);
    Result<AuditEntry> appendIntent(const QString &idpIdentity, const QString &action, const QString &target,
                                    const QString &request, const QString &reason);
    Result<AuditEntry> appendOutcome(const AuditEntry &intent, const QString &outcome);

    Result<QList<AuditEntry>> entries(qint64 fromSeq = 1) const;
    /// Intent entries that no outcome entry closes (a fix interrupted between request and outcome).
    Result<QList<AuditEntry>> pendingIntents() const;

    /// Walks the whole chain. \a expectedHead ("<seq>:<hash>", e.g. from a report) is checked in addition
    /// to the head recorded in meta.
    AuditVerification verify(const QString &expectedHead = {}) const;
    /// The head recorded in meta ("<seq>:<hash>"), empty for an empty log.
    QString head() const;

private:
    QSqlDatabase m_db;
};

} // namespace Scimflow
