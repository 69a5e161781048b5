#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QProgressDialog;
class QWidget;

namespace Scimflow {

class RemediationRun;
class ReviewItemModel;
class ReviewJob;
struct ReviewJobOutcome;
class ReviewWindow;
class Workspace;
struct ReviewItem;

/// Runs access review sessions in the console: opens the review window on the workspace's database, carries
/// out its intents through the review repository (create, decide, assign, sign off), applies revocations
/// through the fix dialog and writes evidence packs. The linked views and the timeline follow the current
/// item through the workspace's selection.
class ReviewController : public QObject
{
    Q_OBJECT
public:
    ReviewController(QWidget *mainWindow, Workspace *workspace, QObject *parent = nullptr);
    ~ReviewController() override;

    /// Tools > Access Review… (Ctrl+Shift+A).
    QAction *openAction() const { return m_open; }
    /// The review window, created on first use.
    ReviewWindow *window();
    ReviewItemModel *model() const { return m_model; }
    /// Creates campaigns and writes evidence packs off the GUI thread.
    ReviewJob *job() const { return m_job; }

    /// Shows campaign \a campaignId (0: the newest).
    void showCampaign(qint64 campaignId);
    /// Creates a campaign over the last 30 days of the open database (memberships and service accounts,
    /// shared between the OS user and "security-team"), decides its recommended revocations and shows it:
    /// the `review` screenshot of the demo.
    Status startDemoSession();

private:
    /// Another console changed review data: the campaign list and the items shown follow, the current item
    /// stays.
    void followOtherConsoles();
    void createCampaign(qint64 supersedes);
    void decide(const QList<qint64> &ids, int decision, const QString &justification);
    void assign(const QList<qint64> &ids, const QString &reviewer);
    void signOff(qint64 campaignId);
    void remediate(qint64 itemId);
    void remediatePlan(qint64 campaignId);
    void exportPack(qint64 campaignId);
    /// A window-modal progress dialog whose Cancel calls \a cancel.
    /// Shows the job's progress under \a title with Cancel, and answers its one outcome: \a done, a
    /// status-bar message \a cancelled, or an error dialog.
    void watchJob(const QString &title, const QString &cancelled,
                  const std::function<void(const ReviewJobOutcome &)> &done);
    QProgressDialog *showProgress(const QString &title, const std::function<void()> &cancel);
    void closeProgress();
    void followItem(qint64 itemId);
    void refreshItems(const QList<qint64> &ids);

    QWidget *m_mainWindow;
    Workspace *m_workspace;
    ReviewItemModel *m_model;
    QPointer<ReviewWindow> m_window;
    QAction *m_open;
    ReviewJob *m_job;
    RemediationRun *m_run = nullptr;
    QPointer<QProgressDialog> m_progress;
};

} // namespace Scimflow
