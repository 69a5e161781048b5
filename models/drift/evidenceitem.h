#pragma once

#include "timestamp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Scimflow {

/// One evidence row of a finding as a person reads it: who, what, when and where it was seen, and the
/// entity it points to (a user, service account, group or job) where there is one. Built from the JSON
/// rows the rules store (Evidence), for the Findings view and the reports alike.
struct EvidenceItem
{
    QString who;
    QString what;
    Timestamp when = 0; // 0: not known
    QString source;
    QString linkKind; // "user", "service-account", "group", "job"; empty: nothing to link to
    qint64 linkId = 0;

    static EvidenceItem fromJson(const QJsonObject &row);
    static QList<EvidenceItem> fromEvidence(const QJsonArray &evidence);
    /// "who: what (when UTC, source)" on one line, for the reports and plain-text copies.
    QString toLine() const;
    /// A time as the evidence tables show it: "2026-11-28 14:03", "" for 0.
    static QString timeText(Timestamp when);
};

} // namespace Scimflow
