#include "findingsmodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace Scimflow {

FindingsModel::FindingsModel(QObject *parent)
    : TableModel(ColumnCount, parent)
{}

void FindingsModel::setFindings(QList<Finding> findings, Timestamp now)
{
    beginResetModel();
    m_findings = std::move(findings);
    m_now = now;
    endResetModel();
}

const Finding *FindingsModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings[row] : nullptr;
}

int FindingsModel::rowOf(const QString &fingerprint) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings[i].fingerprint == fingerprint)
            return i;
    }
    return -1;
}

QString FindingsModel::statusOf(const Finding &f) const
{
    if (f.isResolved())
        return QStringLiteral("resolved");
    if (f.isAcknowledged(m_now))
        return QStringLiteral("acknowledged");
    return QStringLiteral("open");
}

QVariant FindingsModel::cell(int row, int column, int role) const
{
    const Finding &f = m_findings[row];
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn:
            // severityName() is the key in exports; this is its translated label.
            switch (f.severity) {
            case Finding::Severity::Info:
                return tr("info");
            case Finding::Severity::Low:
                return tr("low");
            case Finding::Severity::Medium:
                return tr("medium");
            case Finding::Severity::High:
                return tr("high");
            case Finding::Severity::Critical:
                return tr("critical");
            }
            return severityName(f.severity);
        case RuleColumn:
            return f.rule;
        case SubjectColumn:
            return f.subject;
        case FirstSeenColumn:
            return f.firstSeen ? QDateTime::fromMSecsSinceEpoch(f.firstSeen, QTimeZone::utc())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                               : QString();
        case StatusColumn: {
            const QString status = statusOf(f);
            if (status == QLatin1String("acknowledged"))
                return tr("acknowledged until %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(f.ackUntil, QTimeZone::utc())
                             .toString(QStringLiteral("yyyy-MM-dd")));
            return status == QLatin1String("resolved") ? tr("resolved") : tr("open");
        }
        case SummaryColumn:
            return f.summary;
        }
        return {};
    case Qt::ToolTipRole:
        return f.summary;
    case ToneRole:
        if (column == SeverityColumn && f.severity >= Finding::Severity::High && !f.isResolved())
            return int(f.severity == Finding::Severity::Critical ? Tone::Danger : Tone::Warning);
        if (f.isResolved() || f.isAcknowledged(m_now))
            return int(Tone::Muted);
        return {};
    case FingerprintRole:
        return f.fingerprint;
    case SeverityRole:
        return int(f.severity);
    case SubjectKindRole:
        return f.subjectKind;
    case SubjectIdRole:
        return f.subjectId;
    case EvidenceRole:
        return QString::fromUtf8(QJsonDocument(f.evidence).toJson(QJsonDocument::Indented));
    case StatusRole:
        return statusOf(f);
    case SortRole:
        switch (column) {
        case SeverityColumn:
            return int(f.severity);
        case FirstSeenColumn:
            return f.firstSeen;
        default:
            return cell(row, column, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant FindingsModel::headerCell(int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case SubjectColumn:
        return tr("Subject");
    case FirstSeenColumn:
        return tr("First seen (UTC)");
    case StatusColumn:
        return tr("Status");
    case SummaryColumn:
        return tr("Summary");
    }
    return {};
}

} // namespace Scimflow
