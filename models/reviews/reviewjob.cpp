#include "reviewjob.h"

#include "backgroundpool.h"
#include "reviewrepository.h"
#include "store.h"
#include "storelocation.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace Scimflow {

namespace {

Result<std::unique_ptr<Store>> openStore(const QString &path)
{
    if (!StoreLocation::existsOrIsRemote(path))
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Scimflow::ReviewJob",
                                        "The database %1 does not exist; sync or open a database first.")
                .arg(path));
    return Store::open(path); // this thread's own connection
}

} // namespace

ReviewJob::ReviewJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Scimflow::ReviewJobOutcome>();
    qRegisterMetaType<Scimflow::Error>();
}

ReviewJob::~ReviewJob()
{
    cancel();
    m_future.waitForFinished();
}

bool ReviewJob::isRunning() const
{
    return m_future.isRunning();
}

void ReviewJob::waitForFinished()
{
    m_future.waitForFinished();
}

void ReviewJob::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

bool ReviewJob::startCreate(const QString &databasePath, const ReviewCampaign &campaign)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<ReportCancel>();
    m_future = QtConcurrent::run(backgroundPool(), [this, databasePath, campaign, cancel = m_cancel] {
        runCreate(databasePath, campaign, cancel);
    });
    return true;
}

bool ReviewJob::startExport(const QString &databasePath, qint64 campaignId, const QString &dir)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<ReportCancel>();
    m_future = QtConcurrent::run(backgroundPool(), [this, databasePath, campaignId, dir, cancel = m_cancel] {
        runExport(databasePath, campaignId, dir, cancel);
    });
    return true;
}

void ReviewJob::runCreate(const QString &databasePath, const ReviewCampaign &campaign,
                          std::shared_ptr<ReportCancel> cancel)
{
    auto store = openStore(databasePath);
    if (!store) {
        emit failed(store.error());
        return;
    }
    const QString stage = tr("Generating the items from the store");
    const auto cancelled = [&cancel] { return cancel->isCancelled(); };
    Result<ReviewCampaign> created =
        ReviewRepository((*store)->database()).create(campaign, cancelled, [&](int done, int total) {
            emit progress(done, total, stage);
        });
    store->reset();
    if (!created) {
        emit failed(created.error());
        return;
    }
    ReviewJobOutcome outcome;
    outcome.campaign = *created;
    emit finished(outcome);
}

void ReviewJob::runExport(const QString &databasePath, qint64 campaignId, const QString &dir,
                          std::shared_ptr<ReportCancel> cancel)
{
    auto store = openStore(databasePath);
    if (!store) {
        emit failed(store.error());
        return;
    }
    const Status written = EvidencePack::write(
        (*store)->database(), campaignId, dir, cancel.get(),
        [&](int done, int total, const QString &stage) { emit progress(done, total, stage); });
    store->reset();
    if (!written) {
        emit failed(written.error());
        return;
    }
    emit progress(0, 0, tr("Verifying the pack"));
    ReviewJobOutcome outcome;
    outcome.packDir = dir;
    outcome.verification = EvidencePack::verify(dir);
    emit finished(outcome);
}

} // namespace Scimflow
