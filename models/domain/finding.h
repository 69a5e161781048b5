#pragma once

#include "timestamp.h"

#include <QJsonArray>
#include <QString>

namespace Scimflow {

/// One drift between the IdP and the pipelines, as a rule found it and as the findings table keeps it.
struct Finding
{
    enum class Severity { Info = 0, Low = 1, Medium = 2, High = 3, Critical = 4 };

    // What a rule fills in.
    QString rule; // rule id, e.g. "ghost-run"
    Severity severity = Severity::Medium;
    QString subjectKind;     // "user", "service-account", "group", "job", "principal", "source"
    qint64 subjectId = 0;    // local row id of the subject, 0 when it has none
    QString subject;         // readable: userName, service account email, job external id, principal, source
    QString subjectKey;      // stable identity of the subject (SCIM id, email, source:externalId, ...)
    QString detail;          // distinguishes several findings of one rule on one subject (e.g. the group)
    QString summary;         // one readable sentence
    Timestamp startedAt = 0; // when the drift began, where known
    QJsonArray evidence;     // rows and events that prove it

    // What the findings table adds.
    qint64 id = 0;
    QString fingerprint;
    Timestamp firstSeen = 0;
    Timestamp lastSeen = 0;
    Timestamp resolvedAt = 0;
    QString ackReason;
    QString ackBy;
    Timestamp ackUntil = 0;

    /// Stable across recomputations: SHA-256 (hex) of rule, subject kind, subject key and detail.
    static QString fingerprintOf(const QString &rule, const QString &subjectKind, const QString &subjectKey,
                                 const QString &detail);
    QString computeFingerprint() const { return fingerprintOf(rule, subjectKind, subjectKey, detail); }

    bool isResolved() const { return resolvedAt != 0; }
    /// Accepted risk that has not expired at \a now: listed, but not nagging.
    bool isAcknowledged(Timestamp now) const { return !ackBy.isEmpty() && ackUntil > now; }
};

QString severityName(Finding::Severity severity);
Finding::Severity severityFromName(QStringView name);

} // namespace Scimflow
