#include "reviewcontroller.h"

#include "auditlog.h"
#include "consolesession.h"
#include "evidencepack.h"
#include "finding.h"
#include "fixdialog.h"
#include "fixplanner.h"
#include "reviewcampaigndialog.h"
#include "reviewitemmodel.h"
#include "reviewremediation.h"
#include "reviewrepository.h"
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
#include <QStandardPaths>

#include <algorithm>
#include <optional>

namespace Scimflow {

ReviewController::ReviewController(QWidget *mainWindow, Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_mainWindow(mainWindow)
    , m_workspace(workspace)
    , m_model(new ReviewItemModel(this))
    , m_open(new QAction(tr("&Access Review…"), mainWindow))
{
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
    m_window->setReviewer(AuditLog::currentOsUser());
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
    spec.reviewers = {AuditLog::currentOsUser(), QStringLiteral("security-team")};
    Result<ReviewCampaign> created = repo.create(spec);
    if (!created)
        return created.error();
    Result<int> decided =
        repo.decideRecommended(created->id, ReviewDecision::Revoke, QString(), AuditLog::currentOsUser());
    if (!decided)
        return decided.error();
    window()->setReviewer(AuditLog::currentOsUser());
    showCampaign(created->id);
    window()->step(3);
    return {};
}

void ReviewController::reloadCampaigns(qint64 current)
{
    Store *store = m_workspace->store();
    if (!store)
        return;
    Result<QList<ReviewCampaign>> campaigns = ReviewRepository(store->database()).campaigns();
    if (campaigns)
        window()->setCampaigns(*campaigns, current);
}

void ReviewController::createCampaign(qint64 supersedes)
{
    Store *store = m_workspace->store();
    if (!store)
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
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ReviewCampaign> created = repo.create(dialog.campaign());
    QApplication::restoreOverrideCursor();
    if (!created) {
        window()->showError(tr("New Campaign"), created.error().message);
        return;
    }
    showCampaign(created->id);
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
    m_model->updateItems(items);
    // The combo's counts; cheap (one aggregate query per campaign).
    reloadCampaigns(m_model->campaign().id);
}

void ReviewController::signOff(qint64 campaignId)
{
    Store *store = m_workspace->store();
    if (!store)
        return;
    Result<ReviewCampaign> signedOff =
        ReviewRepository(store->database()).signOff(campaignId, window()->reviewer());
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
    if (!store || campaignId == 0)
        return;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString dir =
        QFileDialog::getExistingDirectory(window(), tr("Export Evidence Pack: Choose an Empty Folder"),
                                          QDir(base).filePath(QStringLiteral("review-%1").arg(campaignId)));
    if (dir.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = EvidencePack::write(store->database(), campaignId, dir);
    const EvidencePackVerification verified =
        written ? EvidencePack::verify(dir) : EvidencePackVerification{};
    QApplication::restoreOverrideCursor();
    if (!written) {
        window()->showError(tr("Export Evidence Pack"), written.error().message);
        return;
    }
    QMessageBox::information(
        window(), tr("Export Evidence Pack"),
        verified.intact ? tr("The evidence pack is in %1 (%2, digest %3). The auditor checks it with "
                             "scimflow review verify.")
                              .arg(QDir::toNativeSeparators(dir), verified.status, verified.digest)
                        : tr("The pack in %1 does not verify: %2").arg(dir, verified.problem));
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
