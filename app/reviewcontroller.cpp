#include "reviewcontroller.h"

#include "auditlog.h"
#include "consolesession.h"
#include "evidencepack.h"
#include "finding.h"
#include "fixdialog.h"
#include "fixplanner.h"
#include "osuser.h"
#include "remediationplandialog.h"
#include "remediationrun.h"
#include "reviewcampaigndialog.h"
#include "reviewitemmodel.h"
#include "reviewjob.h"
#include "reviewremediation.h"
#include "reviewrepository.h"
#include "reviewsignoff.h"
#include "reviewwindow.h"
#include "selectioncontext.h"
#include "store.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>

#include <algorithm>
#include <optional>

namespace Scimflow {

ReviewController::ReviewController(QWidget *mainWindow, Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_mainWindow(mainWindow)
    , m_workspace(workspace)
    , m_model(new ReviewItemModel(this))
    , m_open(new QAction(tr("&Access Review…"), mainWindow))
    , m_job(new ReviewJob(this))
{
    connect(m_job, &ReviewJob::progress, this, [this](int done, int total, const QString &stage) {
        if (!m_progress)
            return;
        m_progress->setLabelText(stage);
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    m_open->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    m_open->setStatusTip(
        tr("Run an access review campaign: decide on each access, sign off, revoke and export "
           "the evidence pack."));
    connect(m_open, &QAction::triggered, this, [this] {
        window()->show();
        window()->raise();
        window()->activateWindow();
        if (m_model->campaign().id == 0)
            showCampaign(0);
    });
    // Another database: the campaigns are its own.
    connect(workspace, &Workspace::opened, this, [this] {
        if (m_window && m_window->isVisible())
            showCampaign(0);
        else
            m_model->setCampaign({}, {});
    });
    connect(workspace, &Workspace::reviewsChangedElsewhere, this, &ReviewController::followOtherConsoles);
}

void ReviewController::followOtherConsoles()
{
    Store *store = m_workspace->store();
    if (!store || !m_window || !m_window->isVisible() || m_job->isRunning())
        return; // the window reads the campaigns again when it is shown
    const ReviewCampaign &shown = m_model->campaign();
    ReviewRepository repo(store->database());
    Result<QList<ReviewCampaign>> campaigns = repo.campaigns();
    Result<QList<ReviewItem>> items = shown.id ? repo.items(shown.id) : QList<ReviewItem>();
    if (!campaigns || !items)
        return; // the next change, or the next action, reports it
    const auto current = std::find_if(campaigns->cbegin(), campaigns->cend(),
                                      [&](const ReviewCampaign &c) { return c.id == shown.id; });
    if (current == campaigns->cend() || current->signedOff != shown.signedOff ||
        items->size() != m_model->items().size()) {
        showCampaign(current == campaigns->cend() ? 0 : shown.id);
        return;
    }
    // Only the rows that changed: the reviewer's place and selection stay.
    QList<ReviewItem> changed;
    for (const ReviewItem &it : std::as_const(*items)) {
        const ReviewItem *was = m_model->itemAt(m_model->rowOf(it.id));
        if (!was || was->decision != it.decision || was->justification != it.justification ||
            was->decidedBy != it.decidedBy || was->decidedAt != it.decidedAt ||
            was->assignee != it.assignee || was->remediation != it.remediation ||
            was->remediationMessage != it.remediationMessage)
            changed << it;
    }
    m_model->updateItems(changed);
    window()->setCampaigns(*campaigns, shown.id);
}

ReviewController::~ReviewController()
{
    delete m_window;
}

ReviewWindow *ReviewController::window()
{
    if (m_window)
        return m_window;
    m_window = new ReviewWindow(m_model, m_mainWindow);
    m_window->setWindowFlag(Qt::Window);
    m_window->setReviewer(currentOsUser());
    connect(m_window, &ReviewWindow::campaignChosen, this, &ReviewController::showCampaign);
    connect(m_window, &ReviewWindow::newCampaignRequested, this, [this] { createCampaign(0); });
    connect(m_window, &ReviewWindow::correctCampaignRequested, this, &ReviewController::createCampaign);
    connect(m_window, &ReviewWindow::decideRequested, this,
            [this](const QList<qint64> &ids, ReviewDecision d, const QString &justification) {
                decide(ids, int(d), justification);
            });
    connect(m_window, &ReviewWindow::assignRequested, this, &ReviewController::assign);
    connect(m_window, &ReviewWindow::signOffRequested, this, &ReviewController::signOff);
    connect(m_window, &ReviewWindow::remediateRequested, this, &ReviewController::remediate);
    connect(m_window, &ReviewWindow::remediatePlanRequested, this, &ReviewController::remediatePlan);
    connect(m_window, &ReviewWindow::exportRequested, this, &ReviewController::exportPack);
    connect(m_window, &ReviewWindow::currentItemChanged, this, &ReviewController::followItem);
    return m_window;
}

void ReviewController::showCampaign(qint64 campaignId)
{
    Store *store = m_workspace->store();
    if (!store) {
        m_model->setCampaign({}, {});
        return;
    }
    ReviewRepository repo(store->database());
    Result<QList<ReviewCampaign>> campaigns = repo.campaigns();
    if (!campaigns) {
        window()->showError(tr("Access Review"), campaigns.error().message);
        return;
    }
    if (campaignId == 0 && !campaigns->isEmpty())
        campaignId = campaigns->last().id;
    ReviewCampaign campaign;
    QList<ReviewItem> items;
    for (const ReviewCampaign &c : std::as_const(*campaigns)) {
        if (c.id == campaignId)
            campaign = c;
    }
    if (campaign.id) {
        Result<QList<ReviewItem>> loaded = repo.items(campaign.id);
        if (!loaded) {
            window()->showError(tr("Access Review"), loaded.error().message);
            return;
        }
        items = std::move(*loaded);
    }
    m_model->setCampaign(campaign, std::move(items));
    window()->setCampaigns(*campaigns, campaign.id);
    window()->step(0);
}

Status ReviewController::startDemoSession()
{
    Store *store = m_workspace->store();
    if (!store)
        return Error::make(Error::Kind::Internal, tr("No database is open."));
    ReviewRepository repo(store->database());
    ReviewCampaign spec;
    spec.name = tr("Q4 pipeline access");
    spec.scope.serviceAccounts = true;
    spec.periodTo = currentTimestamp();
    spec.periodFrom = spec.periodTo - 30 * kMsPerDay;
    spec.dueAt = spec.periodTo + 14 * kMsPerDay;
    spec.idleDays = 7;
    spec.reviewers = {currentOsUser(), QStringLiteral("security-team")};
    Result<ReviewCampaign> created = repo.create(spec);
    if (!created)
        return created.error();
    Result<int> decided =
        repo.decideRecommended(created->id, ReviewDecision::Revoke, QString(), currentOsUser());
    if (!decided)
        return decided.error();
    window()->setReviewer(currentOsUser());
    showCampaign(created->id);
    window()->step(3);
    return {};
}

void ReviewController::createCampaign(qint64 supersedes)
{
    Store *store = m_workspace->store();
    if (!store || m_job->isRunning())
        return;
    ReviewRepository repo(store->database());
    std::optional<ReviewCampaign> corrects;
    if (supersedes) {
        Result<ReviewCampaign> old = repo.campaign(supersedes);
        if (old)
            corrects = *old;
    }
    ReviewCampaignDialog dialog(currentTimestamp(), corrects ? &*corrects : nullptr, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The items come from the whole store (800k memberships in the large scenario): off the GUI thread,
    // in one transaction on the job's own connection, so Cancel (or a crash) leaves no campaign behind.
    watchJob(tr("New Campaign"), tr("Creating the campaign was cancelled; nothing was saved."),
             [this](const ReviewJobOutcome &outcome) {
                 showCampaign(outcome.campaign.id);
                 window()->statusBar()->showMessage(
                     tr("Campaign %1 created with %n item(s).", nullptr, outcome.campaign.items)
                         .arg(outcome.campaign.id),
                     10000);
             });
    m_job->startCreate(m_workspace->databasePath(), dialog.campaign());
}

void ReviewController::watchJob(const QString &title, const QString &cancelled,
                                const std::function<void(const ReviewJobOutcome &)> &done)
{
    auto *context = new QObject(this);
    connect(m_job, &ReviewJob::finished, context, [this, context, done](const ReviewJobOutcome &outcome) {
        m_job->disconnect(context); // one request, one answer
        context->deleteLater();
        closeProgress();
        done(outcome);
    });
    connect(m_job, &ReviewJob::failed, context, [this, context, title, cancelled](const Error &error) {
        m_job->disconnect(context);
        context->deleteLater();
        closeProgress();
        if (error.kind == Error::Kind::Cancelled)
            window()->statusBar()->showMessage(cancelled, 10000);
        else
            window()->showError(title, error.message);
    });
    showProgress(title, [this] { m_job->cancel(); });
}

QProgressDialog *ReviewController::showProgress(const QString &title, const std::function<void()> &cancel)
{
    closeProgress();
    m_progress = new QProgressDialog(window());
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setMinimumDuration(300);
    m_progress->setRange(0, 0);
    m_progress->setLabelText(tr("Starting…"));
    m_progress->setCancelButtonText(tr("Cancel"));
    connect(m_progress, &QProgressDialog::canceled, this, [this, cancel] {
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling…"));
        cancel();
    });
    return m_progress;
}

void ReviewController::closeProgress()
{
    if (!m_progress)
        return;
    m_progress->hide();
    m_progress->deleteLater();
    m_progress = nullptr;
}

void ReviewController::decide(const QList<qint64> &ids, int decision, const QString &justification)
{
    Store *store = m_workspace->store();
    if (!store)
        return;
    ReviewRepository repo(store->database());
    Result<int> done = repo.decide(m_model->campaign().id, ids, ReviewDecision(decision), justification,
                                   window()->reviewer());
    if (!done) {
        window()->showError(tr("Decide"), done.error().message);
        return;
    }
    refreshItems(ids);
}

void ReviewController::assign(const QList<qint64> &ids, const QString &reviewer)
{
    Store *store = m_workspace->store();
    if (!store)
        return;
    Result<int> done = ReviewRepository(store->database()).assign(m_model->campaign().id, ids, reviewer);
    if (!done) {
        window()->showError(tr("Assign"), done.error().message);
        return;
    }
    refreshItems(ids);
}

void ReviewController::refreshItems(const QList<qint64> &ids)
{
    ReviewRepository repo(m_workspace->store()->database());
    QList<ReviewItem> items;
    items.reserve(ids.size());
    for (qint64 id : ids) {
        if (Result<ReviewItem> it = repo.item(id))
            items << *it;
    }
    m_model->updateItems(items); // the window's campaign list counts them
}

void ReviewController::signOff(qint64 campaignId)
{
    Store *store = m_workspace->store();
    if (!store)
        return;
    Result<ReviewCampaign> signedOff =
        ReviewSignOff(store->database()).signOff(campaignId, window()->reviewer());
    if (!signedOff) {
        window()->showError(tr("Sign Off"), signedOff.error().message);
        return;
    }
    showCampaign(campaignId);
    QMessageBox::information(window(), tr("Signed Off"),
                             tr("Campaign %1 is signed off. Digest %2 is in audit entry %3.")
                                 .arg(campaignId)
                                 .arg(signedOff->digest)
                                 .arg(signedOff->signoffSeq));
}

void ReviewController::remediate(qint64 itemId)
{
    Store *store = m_workspace->store();
    if (!store)
        return;
    FixPlanner planner(store->database(), m_workspace->connectors());
    ReviewRemediation remediation(store->database(), planner);
    Result<QList<RemediationStep>> steps = remediation.plan(m_model->campaign().id);
    if (!steps) {
        window()->showError(tr("Apply Revocation"), steps.error().message);
        return;
    }
    const auto step = std::find_if(steps->cbegin(), steps->cend(),
                                   [itemId](const RemediationStep &s) { return s.itemId == itemId; });
    if (step == steps->cend())
        return;
    if (!step->hasAction) {
        if (Status s = remediation.recordNotSupported(*step); !s)
            window()->showError(tr("Apply Revocation"), s.error().message);
        refreshItems({itemId});
        window()->showError(
            tr("Apply Revocation"),
            tr("This revocation cannot be carried out from Scimflow: %1.").arg(step->unsupportedReason));
        return;
    }
    const ReviewItem *item = m_model->itemAt(m_model->rowOf(itemId));
    Finding subject;
    subject.rule = QStringLiteral("access-review");
    subject.subject = step->identity;
    subject.summary = tr("Revoke decision of access review \"%1\" (item %2): %3 loses %4. Justification: %5")
                          .arg(m_model->campaign().name)
                          .arg(itemId)
                          .arg(step->identity, step->access, item ? item->justification : QString());
    FixPlan plan = step->plan;
    if (!plan.isAvailable() && !m_workspace->fixesNote().isEmpty())
        plan.unavailableReason = m_workspace->fixesNote();
    auto *dialog = new FixDialog(subject, {plan}, m_workspace->executor(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->reasonEdit()->setText(tr("access review \"%1\", campaign %2, item %3")
                                      .arg(m_model->campaign().name)
                                      .arg(m_model->campaign().id)
                                      .arg(itemId));
    const RemediationStep recorded = *step;
    connect(dialog, &FixDialog::fixPerformed, this, [this, recorded](const FixOutcome &outcome) {
        Store *store = m_workspace->store();
        if (!store)
            return;
        FixPlanner planner(store->database(), m_workspace->connectors());
        if (Status s = ReviewRemediation(store->database(), planner).record(recorded, outcome); !s)
            window()->showError(tr("Apply Revocation"), s.error().message);
        refreshItems({recorded.itemId});
    });
    dialog->open();
}

void ReviewController::exportPack(qint64 campaignId)
{
    Store *store = m_workspace->store();
    if (!store || campaignId == 0 || m_job->isRunning())
        return;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString dir =
        QFileDialog::getExistingDirectory(window(), tr("Export Evidence Pack: Choose an Empty Folder"),
                                          QDir(base).filePath(QStringLiteral("review-%1").arg(campaignId)));
    if (dir.isEmpty())
        return;
    watchJob(
        tr("Export Evidence Pack"), tr("The export was cancelled; the folder was left as it was."),
        [this](const ReviewJobOutcome &outcome) {
            const EvidencePackVerification &verified = outcome.verification;
            QMessageBox::information(
                window(), tr("Export Evidence Pack"),
                verified.intact
                    ? tr("The evidence pack is in %1 (%2, digest %3). The auditor checks it with "
                         "scimflow review verify.")
                          .arg(QDir::toNativeSeparators(outcome.packDir), verified.status, verified.digest)
                    : tr("The pack in %1 does not verify: %2").arg(outcome.packDir, verified.problem));
        });
    m_job->startExport(m_workspace->databasePath(), campaignId, dir);
}

void ReviewController::remediatePlan(qint64 campaignId)
{
    Store *store = m_workspace->store();
    if (!store || campaignId == 0 || (m_run && m_run->isRunning()))
        return;
    const ReviewCampaign campaign = m_model->campaign();
    if (campaign.id != campaignId || !campaign.signedOff) {
        window()->showError(tr("Apply Remediation Plan"),
                            tr("Sign the campaign off first: the plan carries out its final decisions."));
        return;
    }
    FixPlanner planner(store->database(), m_workspace->connectors());
    Result<QList<RemediationStep>> steps = ReviewRemediation(store->database(), planner).plan(campaignId);
    if (!steps) {
        window()->showError(tr("Apply Remediation Plan"), steps.error().message);
        return;
    }
    if (steps->isEmpty()) {
        QMessageBox::information(window(), tr("Apply Remediation Plan"),
                                 tr("Every revocation of this campaign is applied already."));
        return;
    }
    QList<RemediationStep> plan = *steps;
    if (!m_workspace->fixesNote().isEmpty()) {
        for (RemediationStep &s : plan) {
            if (s.hasAction && !s.plan.isAvailable())
                s.unsupportedReason = m_workspace->fixesNote();
        }
    }
    RemediationPlanDialog dialog(campaign, plan, window());
    if (dialog.exec() != QDialog::Accepted)
        return;

    delete m_run;
    m_run = new RemediationRun(store->database(), m_workspace->executor(), this);
    QProgressDialog *progress = showProgress(tr("Apply Remediation Plan"), [this] {
        if (m_run)
            m_run->cancel();
    });
    progress->setLabelText(tr("Applying the revocations… Cancel stops after the current item."));
    connect(m_run, &RemediationRun::progress, this, [this](int done, int total) {
        if (!m_progress)
            return;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_run, &RemediationRun::itemFinished, this, [this](qint64 itemId) { refreshItems({itemId}); });
    connect(m_run, &RemediationRun::finished, this, [this](const RemediationSummary &summary) {
        closeProgress();
        const QString counts = tr("Applied: %1. Failed: %2. Not found: %3. Not supported: %4. Not tried: %5.")
                                   .arg(summary.applied)
                                   .arg(summary.failed)
                                   .arg(summary.notFound)
                                   .arg(summary.notSupported)
                                   .arg(summary.pending);
        const QString next = summary.failed || summary.pending
                                 ? tr("Each item shows its result. Apply the plan again to retry the failed "
                                      "items and carry out those not tried; applied ones are skipped.")
                                 : tr("Each item shows its result.");
        QMessageBox::information(window(), tr("Apply Remediation Plan"),
                                 (summary.cancelled ? tr("Cancelled.") + QLatin1Char(' ') : QString()) +
                                     counts + QLatin1Char(' ') + next);
    });
    m_run->start(plan, dialog.reason());
}

void ReviewController::followItem(qint64 itemId)
{
    const ReviewItem *item = m_model->itemAt(m_model->rowOf(itemId));
    ConsoleSession *session = m_workspace->session();
    if (!item || !session)
        return;
    EntityRef ref;
    if (item->userId)
        ref = {EntityKind::User, item->userId};
    else if (item->serviceAccountId)
        ref = {EntityKind::ServiceAccount, item->serviceAccountId};
    if (ref.isValid())
        session->selection()->setFocus(ref);
}

} // namespace Scimflow
