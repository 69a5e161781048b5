#include "credentialmodel.h"

#include "displayformat.h"

#include <limits>

namespace Scimflow {

namespace {

/// Keys and tokens without an expiry sort after every dated one; accounts (no expiry at all) first.
qint64 expirySortKey(const CredentialRow &row)
{
    if (row.kind == CredentialRow::Kind::ServiceAccount)
        return -1;
    return row.expiresAt ? row.expiresAt : std::numeric_limits<qint64>::max();
}

int statusRank(const CredentialRow &row)
{
    return row.disabled ? 2 : row.expired ? 1 : 0;
}

} // namespace

CredentialModel::CredentialModel(QObject *parent)
    : CompactRowsModel(ColumnCount, parent)
{}

TextRef CredentialRow::*CredentialModel::textField(int column) const
{
    switch (column) {
    case NameColumn:
        return &CredentialRow::name;
    case OwnerColumn:
        return &CredentialRow::owner;
    case SourceColumn:
        return &CredentialRow::source;
    }
    return nullptr;
}

QVariant CredentialModel::cell(int rowIndex, int column, int role) const
{
    const CredentialRow &row = rowAt(rowIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case KindColumn:
            return DisplayFormat::credentialKind(row.kind);
        case AgeColumn:
            return row.ageDays >= 0 ? QVariant(row.ageDays) : QVariant();
        case ExpiresColumn:
            if (row.kind == CredentialRow::Kind::ServiceAccount)
                return {};
            return row.expiresAt ? DisplayFormat::timestamp(row.expiresAt) : tr("never");
        case LastUsedColumn:
            if (!row.lastUsedAt)
                return {};
            return row.isGcp() ? DisplayFormat::day(row.lastUsedAt)
                               : DisplayFormat::timestamp(row.lastUsedAt);
        case StatusColumn:
            return DisplayFormat::credentialStatus(row);
        }
        break;
    case Qt::ToolTipRole:
        if (column == LastUsedColumn && row.isGcp())
            return row.lastUsedAt ? tr("Last authentication on %1 (UTC). Google Cloud reports the day only.")
                                        .arg(DisplayFormat::day(row.lastUsedAt))
                                  : tr("No authentication recorded in Policy Analyzer's observation period.");
        if (column == LastUsedColumn)
            return row.lastUsedAt ? tr("Last used %1 UTC").arg(DisplayFormat::timestamp(row.lastUsedAt))
                                  : tr("No use recorded by GitHub.");
        if (column == ExpiresColumn && row.kind != CredentialRow::Kind::ServiceAccount && !row.expiresAt)
            return row.isGcp() ? tr("Never expires (valid until 9999-12-31)") : tr("Never expires");
        if (column == AgeColumn && row.ageDays >= 0)
            return tr("%n day(s) since it was created", nullptr, row.ageDays);
        return cell(rowIndex, column, Qt::DisplayRole);
    case SortRole:
        switch (column) {
        case KindColumn:
            return int(row.kind);
        case AgeColumn:
            return row.ageDays;
        case ExpiresColumn:
            return expirySortKey(row);
        case LastUsedColumn:
            return row.lastUsedAt;
        case StatusColumn:
            return statusRank(row);
        }
        break;
    case ToneRole:
        if (column == StatusColumn && row.disabled)
            return int(Tone::Muted);
        if (column == StatusColumn && row.expired)
            return int(Tone::Warning);
        if (column == ExpiresColumn && row.kind != CredentialRow::Kind::ServiceAccount && !row.expiresAt &&
            !row.disabled)
            return int(Tone::Warning);
        return {};
    case CredentialKindRole:
        return int(row.kind);
    case LastUsedRole:
        return row.lastUsedAt;
    }
    return CompactRowsModel::cell(rowIndex, column, role);
}

QVariant CredentialModel::headerCell(int column, int role) const
{
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case AgeColumn:
            return tr("Days since the key was created (validAfterTime) or the token was granted");
        case ExpiresColumn:
            return tr(
                "When the key or token stops working (UTC); \"never\" for a key valid until 9999-12-31");
        case LastUsedColumn:
            return tr("Last authentication (UTC). Google Cloud (Policy Analyzer) reports the day only; "
                      "GitHub the time of the last use.");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name or id");
    case OwnerColumn:
        return tr("Owner");
    case SourceColumn:
        return tr("Project or organisation");
    case AgeColumn:
        return tr("Age (days)");
    case ExpiresColumn:
        return tr("Expires (UTC)");
    case LastUsedColumn:
        return tr("Last used (UTC; GCP: day)");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

int CredentialModel::compareValues(int column, const CredentialRow &a, const CredentialRow &b) const
{
    switch (column) {
    case KindColumn:
        return compare(int(a.kind), int(b.kind));
    case AgeColumn:
        return compare(a.ageDays, b.ageDays);
    case ExpiresColumn:
        return compare(expirySortKey(a), expirySortKey(b));
    case LastUsedColumn:
        return compare(a.lastUsedAt, b.lastUsedAt);
    case StatusColumn:
        return compare(statusRank(a), statusRank(b));
    }
    return 0;
}

} // namespace Scimflow
