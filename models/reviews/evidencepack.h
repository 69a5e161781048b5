#pragma once

#include "reportdocument.h"
#include "result.h"
#include "reviewcampaign.h"

#include <QSqlDatabase>

#include <functional>

namespace Scimflow {

/// What `review verify` found in an evidence pack.
struct EvidencePackVerification
{
    bool intact = false;
    QString firstMismatch; // the first file (or "digest") that does not match; empty when intact
    QString problem;       // readable
    QString digest;        // the campaign digest the manifest records
    QString status;        // "signed" or "in progress"
    int files = 0;
};

/// The auditor's evidence pack of a campaign: a folder with campaign.pdf, decisions.csv, decisions.json,
/// audit.json and manifest.json (SHA-256 of every file, the campaign digest, the audit chain head).
class EvidencePack
{
public:
    using Progress = std::function<void(int done, int total, const QString &stage)>;

    static QStringList fileNames(); // in the order the manifest lists them

    /// Writes the pack of campaign \a campaignId into \a dir (created if missing; existing pack files are
    /// replaced). An open campaign's pack says "in progress" and carries no sign-off. The files are written
    /// into a temporary folder beside \a dir and moved in at the end, the manifest last: a cancelled
    /// (\a cancel, an Error::Kind::Cancelled) or failed export leaves \a dir as it was.
    static Status write(QSqlDatabase db, qint64 campaignId, const QString &dir,
                        const ReportCancel *cancel = nullptr, const Progress &progress = {});
    /// Checks every file against the manifest, then the digest against the decisions (and, for a signed
    /// campaign, against its sign-off audit entry).
    static EvidencePackVerification verify(const QString &dir);

    /// The PDF's content: summary, per-reviewer progress, decisions with justifications, sign-off and
    /// remediation results.
    static ReportDocument document(const ReviewCampaign &campaign, const QList<ReviewItem> &items,
                                   const AuditChainHead &head);
};

} // namespace Scimflow
