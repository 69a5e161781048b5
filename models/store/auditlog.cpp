#include "auditlog.h"

#include "osuser.h"
#include "secretredactor.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

namespace {

const char kColumns[] = "seq, at, os_user, idp_identity, kind, action, target, request, reason, outcome, "
                        "coalesce(intent_seq, 0), prev_hash, hash";

AuditEntry entryFromQuery(const QSqlQuery &q, QString *badKind = nullptr)
{
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.at = q.value(1).toLongLong();
    e.osUser = q.value(2).toString();
    e.idpIdentity = q.value(3).toString();
    if (!auditKindFromName(q.value(4).toString(), &e.kind) && badKind)
        *badKind = q.value(4).toString();
    e.action = q.value(5).toString();
    e.target = q.value(6).toString();
    e.request = q.value(7).toString();
    e.reason = q.value(8).toString();
    e.outcome = q.value(9).toString();
    e.intentSeq = q.value(10).toLongLong();
    e.prevHash = q.value(11).toString();
    e.hash = q.value(12).toString();
    return e;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::AuditLog", text);
}

} // namespace

QString AuditLog::head() const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(headKey());
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Result<AuditEntry> AuditLog::append(AuditEntry entry)
{
    Transaction tx(m_db, Transaction::Lock::Immediate);
    if (!tx.isActive())
        return Error::make(Error::Kind::Database, tr("Cannot open a transaction on the audit log."));
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return sqlError(QStringLiteral("Cannot read the audit log"), q.lastError());
    QString last;
    qint64 lastSeq = 0;
    QString lastHash = AuditEntry::genesisHash();
    if (q.next()) {
        lastSeq = q.value(0).toLongLong();
        lastHash = q.value(1).toString();
        last = QStringLiteral("%1:%2").arg(lastSeq).arg(lastHash);
    }
    if (last != head())
        return Error::make(
            Error::Kind::Database,
            tr("The audit log does not end where its recorded head says (%1); it may have been "
               "tampered with. Run 'scimflow audit verify' before making changes.")
                .arg(head().isEmpty() ? tr("no head") : head()));
    entry.seq = lastSeq + 1;
    entry.at = entry.at ? entry.at : currentTimestamp();
    if (entry.osUser.isEmpty())
        entry.osUser = currentOsUser();
    entry.target = SecretRedactor::redact(entry.target);
    entry.request = SecretRedactor::redact(entry.request);
    entry.reason = SecretRedactor::redact(entry.reason);
    entry.outcome = SecretRedactor::redact(entry.outcome);
    entry.prevHash = lastHash;
    entry.hash = entry.computeHash();

    q.prepare(QStringLiteral("INSERT INTO audit_log(seq, at, os_user, idp_identity, kind, action, target, "
                             "request, reason, outcome, intent_seq, prev_hash, hash) "
                             "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QVariantList values{entry.seq,
                              entry.at,
                              sqlText(entry.osUser),
                              sqlText(entry.idpIdentity),
                              auditKindName(entry.kind),
                              sqlText(entry.action),
                              sqlText(entry.target),
                              sqlText(entry.request),
                              sqlText(entry.reason),
                              sqlText(entry.outcome),
                              entry.intentSeq ? QVariant(entry.intentSeq)
                                              : QVariant(QMetaType::fromType<qint64>()),
                              entry.prevHash,
                              entry.hash};
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot append to the audit log"), q.lastError());
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(headKey());
    q.addBindValue(QStringLiteral("%1:%2").arg(entry.seq).arg(entry.hash));
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot record the audit log head"), q.lastError());
    if (Status s = tx.commit(); !s)
        return s.error();
    return entry;
}

Result<AuditEntry> AuditLog::appendIntent(const QString &idpIdentity, const QString &action,
                                          const QString &target, const QString &request,
                                          const QString &reason)
{
    AuditEntry e;
    e.kind = AuditEntry::Kind::Intent;
    e.idpIdentity = idpIdentity;
    e.action = action;
    e.target = target;
    e.request = request;
    e.reason = reason;
    return append(e);
}

Result<AuditEntry> AuditLog::appendOutcome(const AuditEntry &intent, const QString &outcome)
{
    AuditEntry e;
    e.kind = AuditEntry::Kind::Outcome;
    e.idpIdentity = intent.idpIdentity;
    e.action = intent.action;
    e.target = intent.target;
    e.outcome = outcome;
    e.intentSeq = intent.seq;
    return append(e);
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 fromSeq) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM audit_log WHERE seq >= ? ORDER BY seq").arg(QLatin1String(kColumns)));
    q.addBindValue(fromSeq);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the audit log"), q.lastError());
    QList<AuditEntry> out;
    while (q.next())
        out << entryFromQuery(q);
    return out;
}

Result<QList<AuditEntry>> AuditLog::pendingIntents() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM audit_log i WHERE kind = 'intent' AND NOT EXISTS "
                           "(SELECT 1 FROM audit_log o WHERE o.kind = 'outcome' AND o.intent_seq = i.seq) "
                           "ORDER BY seq")
                .arg(QLatin1String(kColumns))))
        return sqlError(QStringLiteral("Cannot read the audit log"), q.lastError());
    QList<AuditEntry> out;
    while (q.next())
        out << entryFromQuery(q);
    return out;
}

AuditVerification AuditLog::verify(const QString &expectedHead) const
{
    AuditVerification v;
    auto fail = [&v](qint64 seq, const QString &problem) {
        v.intact = false;
        v.firstBadSeq = seq;
        v.problem = problem;
        return v;
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(QLatin1String(kColumns))))
        return fail(0, tr("The audit log cannot be read: %1").arg(q.lastError().text()));
    qint64 expectedSeq = 1;
    QString prevHash = AuditEntry::genesisHash();
    QHash<qint64, AuditEntry::Kind> kinds;
    QHash<qint64, QString> hashes;
    while (q.next()) {
        QString badKind;
        const AuditEntry e = entryFromQuery(q, &badKind);
        if (e.seq != expectedSeq)
            return fail(expectedSeq,
                        e.seq > expectedSeq
                            ? tr("Entry %1 is missing (the next entry is %2).").arg(expectedSeq).arg(e.seq)
                            : tr("Entry %1 is out of order.").arg(e.seq));
        if (!badKind.isEmpty())
            return fail(e.seq, tr("Entry %1 has an unknown kind '%2'.").arg(e.seq).arg(badKind));
        if (e.prevHash != prevHash)
            return fail(e.seq, tr("Entry %1 does not chain to entry %2 (previous hash differs): an entry was "
                                  "removed or altered.")
                                   .arg(e.seq)
                                   .arg(e.seq - 1));
        if (e.computeHash() != e.hash)
            return fail(e.seq, tr("Entry %1 was altered: its content does not match its hash.").arg(e.seq));
        if (e.kind == AuditEntry::Kind::Outcome &&
            kinds.value(e.intentSeq, AuditEntry::Kind::Note) != AuditEntry::Kind::Intent)
            return fail(e.seq, tr("Outcome entry %1 refers to %2, which is not an earlier intent entry.")
                                   .arg(e.seq)
                                   .arg(e.intentSeq));
        kinds.insert(e.seq, e.kind);
        hashes.insert(e.seq, e.hash);
        prevHash = e.hash;
        ++expectedSeq;
        ++v.entries;
    }
    const qint64 lastSeq = expectedSeq - 1;
    v.head = lastSeq ? QStringLiteral("%1:%2").arg(lastSeq).arg(prevHash) : QString();

    const QString recorded = head();
    auto checkHead = [&](const QString &headText, const QString &where) -> bool {
        const qint64 seq = headText.section(QLatin1Char(':'), 0, 0).toLongLong();
        const QString hash = headText.section(QLatin1Char(':'), 1);
        if (seq <= 0 || hash.size() != 64) {
            fail(lastSeq + 1, tr("The %1 head '%2' is malformed.").arg(where, headText));
            return false;
        }
        if (seq > lastSeq) {
            fail(lastSeq + 1,
                 tr("Entries %1 to %2 are missing: the log ends at %3 but the %4 head is entry %2.")
                     .arg(lastSeq + 1)
                     .arg(seq)
                     .arg(lastSeq)
                     .arg(where));
            return false;
        }
        if (hashes.value(seq) != hash) {
            fail(seq, tr("Entry %1 differs from the %2 head.").arg(seq).arg(where));
            return false;
        }
        return true;
    };
    if (recorded.isEmpty()) {
        if (lastSeq > 0)
            return fail(lastSeq, tr("The recorded head (meta %1) is missing although the log has %2 entries.")
                                     .arg(headKey())
                                     .arg(lastSeq));
    } else {
        if (!checkHead(recorded, tr("recorded")))
            return v;
        if (recorded != v.head)
            return fail(
                recorded.section(QLatin1Char(':'), 0, 0).toLongLong() + 1,
                tr("Entries after the recorded head %1 were added outside the audit log.").arg(recorded));
    }
    if (!expectedHead.isEmpty() && !checkHead(expectedHead, tr("expected")))
        return v;
    return v;
}

} // namespace Scimflow
