#include "findingsmodel.h"

#include <QColor>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace Scimflow {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
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

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::statusOf(const Finding &f) const
{
    if (f.isResolved())
        return QStringLiteral("resolved");
    if (f.isAcknowledged(m_now))
        return QStringLiteral("acknowledged");
    return QStringLiteral("open");
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
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
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn && f.severity >= Finding::Severity::High && !f.isResolved())
            return QColor(f.severity == Finding::Severity::Critical ? 0xb00020 : 0xb35900);
        if (f.isResolved() || f.isAcknowledged(m_now))
            return QColor(0x707070);
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
        switch (index.column()) {
        case SeverityColumn:
            return int(f.severity);
        case FirstSeenColumn:
            return f.firstSeen;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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
