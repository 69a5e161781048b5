#pragma once

#include "reviewcampaign.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace Scimflow {

class ReviewItemModel;
class ReviewItemFilter;

/// An access review session: the campaigns, the current campaign's items (filter, sort, bulk decide on a
/// filtered selection, context menu), the current item's evidence and recommendation, K/R/I to decide and
/// N/P to move, per-reviewer progress, sign-off, remediation and the evidence pack. Emits intents only;
/// the review controller carries them out.
class ReviewWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit ReviewWindow(ReviewItemModel *model, QWidget *parent = nullptr);

    void setCampaigns(const QList<ReviewCampaign> &campaigns, qint64 current);
    qint64 currentCampaignId() const;
    void setReviewer(const QString &reviewer);
    QString reviewer() const;

    /// The item the keyboard is on (0: none).
    qint64 currentItemId() const;
    /// The selected items among the shown rows (the current one when nothing else is selected).
    QList<qint64> selectedItemIds() const;
    /// Every item the filter shows, in view order.
    QList<qint64> shownItemIds() const;
    /// Moves to the next (+1) or previous (-1) shown item.
    void step(int delta);
    /// Decides on the selection: prompts for a justification where ReviewRules requires one.
    void decide(ReviewDecision decision);
    /// Refreshes the evidence pane and the progress after the model changed.
    void refresh();
    /// A refused intent, in words the reviewer can act on.
    void showError(const QString &title, const QString &message);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *stateFilter() const { return m_state; }
    QComboBox *campaignCombo() const { return m_campaigns; }
    QTextBrowser *evidence() const { return m_evidence; }
    QLabel *progressLabel() const { return m_progressText; }
    QAction *keepAction() const { return m_keep; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *needsInfoAction() const { return m_needsInfo; }
    QAction *signOffAction() const { return m_signOff; }
    QAction *applyPlanAction() const { return m_applyPlan; }
    /// Answers the justification prompt in tests (returns the text, or a null string for Cancel).
    void setJustificationPrompt(std::function<QString(const QString &question)> prompt)
    {
        m_prompt = std::move(prompt);
    }

signals:
    void campaignChosen(qint64 campaignId);
    void newCampaignRequested();
    void correctCampaignRequested(qint64 campaignId);
    void decideRequested(const QList<qint64> &itemIds, Scimflow::ReviewDecision decision,
                         const QString &justification);
    void assignRequested(const QList<qint64> &itemIds, const QString &reviewer);
    void signOffRequested(qint64 campaignId);
    void remediateRequested(qint64 itemId);
    /// Apply every pending revocation of the (signed) campaign, after one preview.
    void remediatePlanRequested(qint64 campaignId);
    void exportRequested(qint64 campaignId);
    /// The keyboard moved to another item: the linked views and the timeline follow it.
    void currentItemChanged(qint64 itemId);

protected:
    /// Remembers the columns and the window's place for the next time it is shown.
    void hideEvent(QHideEvent *event) override;

private:
    void buildActions();
    void showContextMenu(const QPoint &pos);
    void updateActions();
    QString evidenceHtml(const ReviewItem &item) const;
    QString askJustification(const QString &question);

    ReviewItemModel *m_model;
    ReviewItemFilter *m_proxy;
    QComboBox *m_campaigns;
    QLineEdit *m_reviewer;
    QLineEdit *m_filter;
    QComboBox *m_state;
    QTableView *m_table;
    QTextBrowser *m_evidence;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QLabel *m_campaignState;
    QAction *m_newCampaign = nullptr;
    QAction *m_correct = nullptr;
    QAction *m_keep = nullptr;
    QAction *m_revoke = nullptr;
    QAction *m_needsInfo = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_signOff = nullptr;
    QAction *m_remediate = nullptr;
    QAction *m_applyPlan = nullptr;
    QAction *m_export = nullptr;
    static QString campaignLabel(const ReviewCampaign &campaign);

    QList<ReviewCampaign> m_campaignList;
    std::function<QString(const QString &)> m_prompt;
};

} // namespace Scimflow
