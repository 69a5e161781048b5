#pragma once

#include "timestamp.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Scimflow {

/// What a campaign reviews: pipeline roles and IdP groups (memberships granting a role), service accounts
/// and credentials. Empty roles and groups with memberships on means every membership granting a role.
struct ReviewScope
{
    QStringList roles;
    QStringList groups;
    bool memberships = true;
    bool serviceAccounts = false;
    bool credentials = false;

    QString toJson() const;
    static ReviewScope fromJson(const QString &json);
    QString describe() const;
};

/// A reviewer's decision on one item.
enum class ReviewDecision { None, Keep, Revoke, NeedsInfo };
QString reviewDecisionName(ReviewDecision decision); // "", "keep", "revoke", "needs-info"
bool reviewDecisionFromName(QStringView name, ReviewDecision *decision);

/// One (identity, access) pair under review, with the evidence and recommendation frozen at creation.
struct ReviewItem
{
    enum class Kind { Membership, ServiceAccount, Credential };

    qint64 id = 0;
    qint64 campaignId = 0;
    Kind kind = Kind::Membership;
    qint64 userId = 0;
    qint64 groupId = 0;
    qint64 serviceAccountId = 0;
    qint64 credentialId = 0;
    QString identity; // userName, service account email, or the credential's owner
    QString access;   // group name, owning group, or the credential's name
    QString roles;    // pipeline roles the access grants, comma separated
    bool privileged = false;
    QString idpStatus; // "active", "inactive", "deleted"; for accounts "enabled"/"disabled"
    Timestamp lastUsedAt = 0;
    QString lastJob;
    int jobsInPeriod = 0;
    int openFindings = 0;
    ReviewDecision recommendation = ReviewDecision::Keep; // Keep or Revoke
    QString reason;                                       // code: inactive-user, open-findings, unused, ...
    QString assignee;
    ReviewDecision decision = ReviewDecision::None;
    QString justification;
    QString decidedBy;
    Timestamp decidedAt = 0;
    QString remediation; // "", "applied", "failed", "not-found", "not-supported"
    QString remediationMessage;
    qint64 remediationSeq = 0;

    /// Days between the last use and \a asOf; -1 when never used.
    int daysSinceUse(Timestamp asOf) const;
};

QString reviewItemKindName(ReviewItem::Kind kind); // "membership", "service-account", "credential"
bool reviewItemKindFromName(QStringView name, ReviewItem::Kind *kind);

/// A periodic access review: scope, period, reviewers and due date; open until signed off.
struct ReviewCampaign
{
    qint64 id = 0;
    QString name;
    ReviewScope scope;
    Timestamp periodFrom = 0;
    Timestamp periodTo = 0;
    Timestamp dueAt = 0;
    QStringList reviewers;
    int idleDays = 30;
    Timestamp createdAt = 0;
    QString createdBy;
    qint64 supersedes = 0; // the signed campaign this one corrects
    bool signedOff = false;
    Timestamp signedAt = 0;
    QString signedBy;
    QString digest;
    qint64 signoffSeq = 0;
    // Counts, filled by the repository's listing.
    int items = 0;
    int decided = 0;

    QString statusName() const { return signedOff ? QStringLiteral("signed") : QStringLiteral("open"); }
};

} // namespace Scimflow
