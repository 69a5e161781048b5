#include "findingsexport.h"

#include "csvwriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

QByteArray FindingsExport::toJson(const QList<Finding> &findings, Timestamp analysisTime,
                                  const QString &auditHead)
{
    QJsonArray array;
    for (const Finding &f : findings) {
        QJsonObject o{{QStringLiteral("fingerprint"), f.fingerprint},
                      {QStringLiteral("rule"), f.rule},
                      {QStringLiteral("severity"), severityName(f.severity)},
                      {QStringLiteral("subjectKind"), f.subjectKind},
                      {QStringLiteral("subjectId"), f.subjectId},
                      {QStringLiteral("subject"), f.subject},
                      {QStringLiteral("summary"), f.summary},
                      {QStringLiteral("startedAt"), timestampToIso(f.startedAt)},
                      {QStringLiteral("firstSeen"), timestampToIso(f.firstSeen)},
                      {QStringLiteral("lastSeen"), timestampToIso(f.lastSeen)},
                      {QStringLiteral("resolvedAt"), timestampToIso(f.resolvedAt)},
                      {QStringLiteral("evidence"), f.evidence}};
        if (f.ackBy.isEmpty()) {
            o.insert(QStringLiteral("acknowledged"), QJsonValue::Null);
        } else {
            o.insert(QStringLiteral("acknowledged"),
                     QJsonObject{{QStringLiteral("by"), f.ackBy},
                                 {QStringLiteral("reason"), f.ackReason},
                                 {QStringLiteral("until"), timestampToIso(f.ackUntil)},
                                 {QStringLiteral("active"), f.isAcknowledged(analysisTime)}});
        }
        array.append(o);
    }
    const QJsonObject root{{QStringLiteral("analysisTime"), timestampToIso(analysisTime)},
                           {QStringLiteral("auditHead"), auditHead},
                           {QStringLiteral("count"), int(findings.size())},
                           {QStringLiteral("findings"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray FindingsExport::toCsv(const QList<Finding> &findings, Timestamp now)
{
    const QStringList header{QStringLiteral("fingerprint"),
                             QStringLiteral("rule"),
                             QStringLiteral("severity"),
                             QStringLiteral("subject_kind"),
                             QStringLiteral("subject"),
                             QStringLiteral("summary"),
                             QStringLiteral("started_at"),
                             QStringLiteral("first_seen"),
                             QStringLiteral("last_seen"),
                             QStringLiteral("resolved_at"),
                             QStringLiteral("acknowledged_by"),
                             QStringLiteral("acknowledged_until"),
                             QStringLiteral("acknowledgement_active"),
                             QStringLiteral("acknowledgement_reason"),
                             QStringLiteral("evidence")};
    CsvWriter out;
    out.addRow(header);
    for (const Finding &f : findings) {
        out.addRow(
            {f.fingerprint, f.rule, severityName(f.severity), f.subjectKind, f.subject, f.summary,
             timestampToIso(f.startedAt), timestampToIso(f.firstSeen), timestampToIso(f.lastSeen),
             timestampToIso(f.resolvedAt), f.ackBy, timestampToIso(f.ackUntil),
             f.ackBy.isEmpty() ? QString()
                               : (f.isAcknowledged(now) ? QStringLiteral("yes") : QStringLiteral("expired")),
             f.ackReason, QString::fromUtf8(QJsonDocument(f.evidence).toJson(QJsonDocument::Compact))});
    }
    return out.toUtf8();
}

} // namespace Scimflow
