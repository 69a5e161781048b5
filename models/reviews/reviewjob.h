#pragma once

#include "evidencepack.h"
#include "reportoptions.h"
#include "result.h"
#include "reviewcampaign.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace Scimflow {

/// What a finished review job produced: the created campaign, or the written pack and how it verified.
struct ReviewJobOutcome
{
    ReviewCampaign campaign;
    QString packDir;
    EvidencePackVerification verification;
};

/// Creates a campaign or writes an evidence pack off the GUI thread, with its own database connection.
/// progress/finished/failed are emitted from the worker: connected to a receiver on the job's thread (the
/// default connection) they arrive there, queued. cancel() stops the work and keeps nothing of it (no
/// campaign, no pack folder): a cancelled job fails with Error::Kind::Cancelled.
class ReviewJob : public QObject
{
    Q_OBJECT

public:
    explicit ReviewJob(QObject *parent = nullptr);
    ~ReviewJob() override; // cancels and waits: the worker never outlives the job

    /// Creates \a campaign in \a databasePath; false while another request runs.
    bool startCreate(const QString &databasePath, const ReviewCampaign &campaign);
    /// Writes the pack of \a campaignId into \a dir, then verifies it; false while another request runs.
    bool startExport(const QString &databasePath, qint64 campaignId, const QString &dir);
    bool isRunning() const;
    /// Waits for the running request (tests and shutdown).
    void waitForFinished();

public slots:
    void cancel();

signals:
    void progress(int done, int total, const QString &stage);
    void finished(const Scimflow::ReviewJobOutcome &outcome);
    void failed(const Scimflow::Error &error);

private:
    void runCreate(const QString &databasePath, const ReviewCampaign &campaign,
                   std::shared_ptr<ReportCancel> cancel);
    void runExport(const QString &databasePath, qint64 campaignId, const QString &dir,
                   std::shared_ptr<ReportCancel> cancel);

    QFuture<void> m_future;
    std::shared_ptr<ReportCancel> m_cancel;
};

} // namespace Scimflow
