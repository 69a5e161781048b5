#include "findingrepository.h"

#include "store.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

namespace {
const char kColumns[] = "id, fingerprint, rule, severity, subject_kind, coalesce(subject_id, 0), subject, "
                        "summary, started_at, first_seen, last_seen, resolved_at, evidence, ack_reason, "
                        "ack_by, ack_until, subject_key, detail";
} // namespace

Result<FindingChanges> FindingRepository::save(const QList<Finding> &current, Timestamp now)
{
    Transaction tx(m_db, Transaction::Lock::Immediate); // reads the known findings, then writes
    if (!tx.isActive())
        return Error::make(Error::Kind::Database,
                           QStringLiteral("Cannot start a transaction on the findings"));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    struct Known
    {
        qint64 id;
        bool resolved;
    };
    QHash<QString, Known> known;
    if (!q.exec(QStringLiteral("SELECT id, fingerprint, resolved_at FROM findings")))
        return sqlError(QStringLiteral("Cannot read the findings"), q.lastError());
    while (q.next())
        known.insert(q.value(1).toString(), Known{q.value(0).toLongLong(), q.value(2).toLongLong() != 0});

    FindingChanges changes;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO findings(fingerprint, rule, severity, subject_kind, subject_id, subject, summary, "
        "started_at, first_seen, last_seen, resolved_at, evidence, subject_key, detail) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,0,?,?,?)"));
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE findings SET rule = ?, severity = ?, subject_kind = ?, subject_id = ?, "
                       "subject = ?, summary = ?, started_at = ?, last_seen = ?, resolved_at = 0, "
                       "evidence = ?, subject_key = ?, detail = ? WHERE id = ?"));
    QSet<QString> seen;
    seen.reserve(current.size());
    for (const Finding &f : current) {
        const QString fingerprint = f.fingerprint.isEmpty() ? f.computeFingerprint() : f.fingerprint;
        if (seen.contains(fingerprint))
            continue; // a rule reported the same subject twice: keep the first
        seen.insert(fingerprint);
        const QString evidence = QString::fromUtf8(QJsonDocument(f.evidence).toJson(QJsonDocument::Compact));
        const QVariant subjectId =
            f.subjectId ? QVariant(f.subjectId) : QVariant(QMetaType::fromType<qint64>());
        const auto it = known.constFind(fingerprint);
        if (it == known.constEnd()) {
            const QVariantList values{fingerprint,
                                      f.rule,
                                      int(f.severity),
                                      f.subjectKind,
                                      subjectId,
                                      sqlText(f.subject),
                                      sqlText(f.summary),
                                      f.startedAt,
                                      now,
                                      now,
                                      evidence,
                                      sqlText(f.subjectKey),
                                      sqlText(f.detail)};
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values[i]);
            if (!insert.exec())
                return sqlError(QStringLiteral("Cannot record a finding"), insert.lastError());
            ++changes.added;
        } else {
            const QVariantList values{f.rule,
                                      int(f.severity),
                                      f.subjectKind,
                                      subjectId,
                                      sqlText(f.subject),
                                      sqlText(f.summary),
                                      f.startedAt,
                                      now,
                                      evidence,
                                      sqlText(f.subjectKey),
                                      sqlText(f.detail),
                                      it->id};
            for (int i = 0; i < values.size(); ++i)
                update.bindValue(i, values[i]);
            if (!update.exec())
                return sqlError(QStringLiteral("Cannot update a finding"), update.lastError());
            ++(it->resolved ? changes.reopened : changes.continued);
        }
    }
    QSqlQuery resolve(m_db);
    resolve.prepare(QStringLiteral("UPDATE findings SET resolved_at = ? WHERE id = ?"));
    for (auto it = known.constBegin(); it != known.constEnd(); ++it) {
        if (it->resolved || seen.contains(it.key()))
            continue;
        resolve.bindValue(0, now);
        resolve.bindValue(1, it->id);
        if (!resolve.exec())
            return sqlError(QStringLiteral("Cannot resolve a finding"), resolve.lastError());
        ++changes.resolved;
    }
    // Every caller (console, command line) records when the findings were computed, with the findings.
    QSqlQuery stamp(m_db);
    stamp.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    stamp.addBindValue(computedAtKey());
    stamp.addBindValue(timestampToIso(currentTimestamp()));
    if (!stamp.exec())
        return sqlError(QStringLiteral("Cannot record when the findings were computed"), stamp.lastError());
    if (Status s = tx.commit(); !s)
        return s.error();
    return changes;
}

Result<QList<Finding>> FindingRepository::query(const QString &where, const QVariantList &binds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM findings %2 ORDER BY severity DESC, rule, subject, id")
                  .arg(QLatin1String(kColumns), where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot read the findings"), q.lastError());
    QList<Finding> out;
    while (q.next()) {
        Finding f;
        f.id = q.value(0).toLongLong();
        f.fingerprint = q.value(1).toString();
        f.rule = q.value(2).toString();
        f.severity = Finding::Severity(std::clamp(q.value(3).toInt(), 0, 4));
        f.subjectKind = q.value(4).toString();
        f.subjectId = q.value(5).toLongLong();
        f.subject = q.value(6).toString();
        f.summary = q.value(7).toString();
        f.startedAt = q.value(8).toLongLong();
        f.firstSeen = q.value(9).toLongLong();
        f.lastSeen = q.value(10).toLongLong();
        f.resolvedAt = q.value(11).toLongLong();
        f.evidence = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).array();
        f.ackReason = q.value(13).toString();
        f.ackBy = q.value(14).toString();
        f.ackUntil = q.value(15).toLongLong();
        f.subjectKey = q.value(16).toString();
        f.detail = q.value(17).toString();
        out << f;
    }
    return out;
}

Result<QList<Finding>> FindingRepository::load(bool includeResolved) const
{
    return query(includeResolved ? QString() : QStringLiteral("WHERE resolved_at = 0"), {});
}

Result<Finding> FindingRepository::byFingerprint(const QString &fingerprint) const
{
    Result<QList<Finding>> found = query(QStringLiteral("WHERE fingerprint = ?"), {fingerprint});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(Error::Kind::NotFound, QCoreApplication::translate(
                                                      "Drift", "No finding has the fingerprint %1; recompute "
                                                               "the findings and copy it from the list.")
                                                      .arg(fingerprint));
    return found->first();
}

Status FindingRepository::acknowledge(const QString &fingerprint, const QString &reason,
                                      const QString &author, Timestamp until)
{
    if (reason.trimmed().isEmpty() || author.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           QCoreApplication::translate("Drift", "An acknowledgement needs a reason and an "
                                                                "author; enter both and try again."));
    if (until <= 0)
        return Error::make(Error::Kind::InvalidInput,
                           QCoreApplication::translate("Drift", "An acknowledgement needs an expiry date; "
                                                                "accepted risks are reviewed again."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE findings SET ack_reason = ?, ack_by = ?, ack_until = ? WHERE fingerprint = ?"));
    q.addBindValue(reason.trimmed());
    q.addBindValue(author.trimmed());
    q.addBindValue(until);
    q.addBindValue(fingerprint);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot acknowledge the finding"), q.lastError());
    if (q.numRowsAffected() != 1) {
        Result<Finding> existing = byFingerprint(fingerprint);
        return existing
                   ? Error::make(Error::Kind::Database, QStringLiteral("The acknowledgement was not stored"))
                   : existing.error();
    }
    return {};
}

Status FindingRepository::clearAcknowledgement(const QString &fingerprint)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE findings SET ack_reason = '', ack_by = '', ack_until = 0 WHERE fingerprint = ?"));
    q.addBindValue(fingerprint);
    if (!q.exec())
        return sqlError(QStringLiteral("Cannot clear the acknowledgement"), q.lastError());
    return {};
}

} // namespace Scimflow
