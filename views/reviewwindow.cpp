#include "reviewwindow.h"

#include "reviewitemmodel.h"
#include "reviewrules.h"
#include "tonedelegate.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace {

const char kColumnsKey[] = "reviewWindow/columns";
const char kGeometryKey[] = "reviewWindow/geometry";

} // namespace

namespace Scimflow {

/// The shown items: the text filter over every column, and the decision state chosen in the combo.
class ReviewItemFilter : public QSortFilterProxyModel
{
public:
    enum State { All, Undecided, Keep, Revoke, NeedsInfo, RecommendedRevoke, Mine };

    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setState(State state, const QString &reviewer)
    {
        m_state = state;
        m_reviewer = reviewer;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto *model = static_cast<const ReviewItemModel *>(sourceModel());
        const ReviewItem *it = model->itemAt(row);
        if (!it)
            return false;
        switch (m_state) {
        case All:
            break;
        case Undecided:
            if (it->decision != ReviewDecision::None)
                return false;
            break;
        case Keep:
            if (it->decision != ReviewDecision::Keep)
                return false;
            break;
        case Revoke:
            if (it->decision != ReviewDecision::Revoke)
                return false;
            break;
        case NeedsInfo:
            if (it->decision != ReviewDecision::NeedsInfo)
                return false;
            break;
        case RecommendedRevoke:
            if (it->recommendation != ReviewDecision::Revoke)
                return false;
            break;
        case Mine:
            if (it->assignee.compare(m_reviewer, Qt::CaseInsensitive) != 0)
                return false;
            break;
        }
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }

private:
    State m_state = All;
    QString m_reviewer;
};

ReviewWindow::ReviewWindow(ReviewItemModel *model, QWidget *parent)
    : QMainWindow(parent)
    , m_model(model)
    , m_proxy(new ReviewItemFilter(this))
{
    setWindowTitle(tr("Access Review"));
    setObjectName(QStringLiteral("reviewWindow"));
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ReviewItemModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    auto *top = new QHBoxLayout;
    m_campaigns = new QComboBox;
    m_campaigns->setAccessibleName(tr("Campaign"));
    m_campaigns->setMinimumContentsLength(40);
    m_campaignState = new QLabel;
    m_campaignState->setAccessibleName(tr("Campaign state"));
    m_reviewer = new QLineEdit;
    m_reviewer->setAccessibleName(tr("Reviewer deciding"));
    m_reviewer->setPlaceholderText(tr("your name or IdP identity"));
    m_reviewer->setMaximumWidth(220);
    top->addWidget(new QLabel(tr("Campaign:")));
    top->addWidget(m_campaigns, 1);
    top->addWidget(m_campaignState);
    top->addSpacing(12);
    top->addWidget(new QLabel(tr("Reviewer:")));
    top->addWidget(m_reviewer);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter items (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter items"));
    m_state = new QComboBox;
    m_state->setAccessibleName(tr("Show items"));
    m_state->addItems({tr("All items"), tr("Undecided"), tr("Kept"), tr("Revoked"), tr("Needs information"),
                       tr("Recommended for revoking"), tr("Assigned to me")});
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_state);
    layout->addLayout(filters);

    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Review items"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewItemModel::IdColumn, Qt::AscendingOrder);
    m_table->setItemDelegate(new ToneDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_evidence = new QTextBrowser;
    m_evidence->setAccessibleName(tr("Evidence of the current item"));
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(m_evidence);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    auto *bottom = new QHBoxLayout;
    m_progress = new QProgressBar;
    m_progress->setAccessibleName(tr("Items decided"));
    m_progress->setFixedWidth(
        m_progress->fontMetrics().horizontalAdvance(tr("%1 of %2 decided").arg(888888).arg(888888)) + 24);
    m_progressText = new QLabel;
    m_progressText->setAccessibleName(tr("Progress per reviewer"));
    m_progressText->setWordWrap(true);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_progressText, 1);
    layout->addLayout(bottom);
    setCentralWidget(central);

    buildActions();

    // Each column at least as wide as its title; then the columns and the window as the reviewer left them.
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, std::max(header->sectionSize(c), header->sectionSizeHint(c)));
    const QSettings settings;
    header->restoreState(settings.value(QLatin1String(kColumnsKey)).toByteArray());
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());

    connect(m_campaigns, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_campaignList.size())
            emit campaignChosen(m_campaignList[index].id);
    });
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_proxy->setState(ReviewItemFilter::State(index), reviewer()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                refresh();
                if (current.isValid())
                    emit currentItemChanged(currentItemId());
            });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ReviewWindow::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewWindow::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewWindow::refresh);
    resize(1280, 720);
    refresh();
}

void ReviewWindow::buildActions()
{
    auto *bar = addToolBar(tr("Review"));
    bar->setObjectName(QStringLiteral("reviewToolBar"));
    auto make = [this](const QString &text, const QKeySequence &key, const QString &tip) {
        auto *a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setStatusTip(tip);
        a->setToolTip(
            key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        addAction(a);
        return a;
    };
    m_newCampaign = make(tr("&New Campaign…"), QKeySequence::New, tr("Create a campaign from the store"));
    m_correct = make(tr("&Correct in New Campaign…"), {},
                     tr("A signed campaign is corrected by a new one that "
                        "references it"));
    m_keep = make(tr("&Keep"), QKeySequence(Qt::Key_K), tr("Keep the access of the selected items"));
    m_revoke = make(tr("&Revoke"), QKeySequence(Qt::Key_R), tr("Revoke the access of the selected items"));
    m_needsInfo = make(tr("Needs &Info"), QKeySequence(Qt::Key_I), tr("Ask for more information"));
    m_next = make(tr("&Next Item"), QKeySequence(Qt::Key_N), tr("Move to the next item"));
    m_previous = make(tr("&Previous Item"), QKeySequence(Qt::Key_P), tr("Move to the previous item"));
    m_assign = make(tr("&Assign to…"), {}, tr("Assign the selected items to a reviewer"));
    m_signOff = make(tr("&Sign Off…"), QKeySequence(QStringLiteral("Ctrl+Shift+S")),
                     tr("Close the campaign: its decisions are hashed into the audit log"));
    m_remediate = make(tr("Apply &Revocation…"), QKeySequence(QStringLiteral("Ctrl+Shift+R")),
                       tr("Carry out the current item's revoke decision through the fix dialog"));
    m_applyPlan = make(tr("Apply Remediation &Plan…"), QKeySequence(QStringLiteral("Ctrl+Shift+P")),
                       tr("Carry out every revoke decision of the signed campaign that is not applied yet, "
                          "after one preview"));
    m_export = make(tr("&Export Evidence Pack…"), QKeySequence(QStringLiteral("Ctrl+Shift+E")),
                    tr("Write the PDF, decisions, audit entries and manifest for the auditor"));
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(find);
    for (QAction *a : {m_newCampaign, m_keep, m_revoke, m_needsInfo, m_previous, m_next, m_signOff,
                       m_remediate, m_applyPlan, m_export})
        bar->addAction(a);

    connect(m_newCampaign, &QAction::triggered, this, &ReviewWindow::newCampaignRequested);
    connect(m_correct, &QAction::triggered, this,
            [this] { emit correctCampaignRequested(currentCampaignId()); });
    connect(m_keep, &QAction::triggered, this, [this] { decide(ReviewDecision::Keep); });
    connect(m_revoke, &QAction::triggered, this, [this] { decide(ReviewDecision::Revoke); });
    connect(m_needsInfo, &QAction::triggered, this, [this] { decide(ReviewDecision::NeedsInfo); });
    connect(m_next, &QAction::triggered, this, [this] { step(1); });
    connect(m_previous, &QAction::triggered, this, [this] { step(-1); });
    connect(m_assign, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedItemIds();
        if (ids.isEmpty())
            return;
        bool ok = false;
        const QString who = QInputDialog::getItem(this, tr("Assign Items"),
                                                  tr("Assign %n item(s) to:", nullptr, int(ids.size())),
                                                  m_model->campaign().reviewers, 0, true, &ok);
        if (ok)
            emit assignRequested(ids, who.trimmed());
    });
    connect(m_signOff, &QAction::triggered, this, [this] {
        const ReviewCampaign &c = m_model->campaign();
        if (QMessageBox::question(
                this, tr("Sign Off"),
                tr("Sign off campaign \"%1\" as %2? Its %n decision(s) are hashed into the audit "
                   "log and can no longer be changed.",
                   nullptr, int(m_model->items().size()))
                    .arg(c.name, reviewer())) == QMessageBox::Yes)
            emit signOffRequested(c.id);
    });
    connect(m_remediate, &QAction::triggered, this, [this] {
        if (const qint64 id = currentItemId())
            emit remediateRequested(id);
    });
    connect(m_applyPlan, &QAction::triggered, this,
            [this] { emit remediatePlanRequested(currentCampaignId()); });
    connect(m_export, &QAction::triggered, this, [this] { emit exportRequested(currentCampaignId()); });
}

QString ReviewWindow::campaignLabel(const ReviewCampaign &c)
{
    return tr("%1: %2 (%3/%4 decided, %5)")
        .arg(c.id)
        .arg(c.name)
        .arg(c.decided)
        .arg(c.items)
        .arg(c.signedOff ? tr("signed") : tr("open"));
}

void ReviewWindow::setCampaigns(const QList<ReviewCampaign> &campaigns, qint64 current)
{
    m_campaignList = campaigns;
    const QSignalBlocker block(m_campaigns);
    m_campaigns->clear();
    int index = -1;
    for (int i = 0; i < campaigns.size(); ++i) {
        const ReviewCampaign &c = campaigns[i];
        m_campaigns->addItem(campaignLabel(c));
        if (c.id == current)
            index = i;
    }
    m_campaigns->setCurrentIndex(index);
    updateActions();
}

qint64 ReviewWindow::currentCampaignId() const
{
    return m_model->campaign().id;
}

void ReviewWindow::setReviewer(const QString &reviewer)
{
    m_reviewer->setText(reviewer);
}

QString ReviewWindow::reviewer() const
{
    return m_reviewer->text().trimmed();
}

qint64 ReviewWindow::currentItemId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ReviewItemModel::ItemIdRole).toLongLong() : 0;
}

QList<qint64> ReviewWindow::selectedItemIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << index.data(ReviewItemModel::ItemIdRole).toLongLong();
    if (ids.isEmpty() && currentItemId())
        ids << currentItemId();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<qint64> ReviewWindow::shownItemIds() const
{
    QList<qint64> ids;
    ids.reserve(m_proxy->rowCount());
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        ids << m_proxy->index(r, 0).data(ReviewItemModel::ItemIdRole).toLongLong();
    return ids;
}

void ReviewWindow::step(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? std::clamp(current.row() + delta, 0, rows - 1) : 0;
    const QModelIndex target = m_proxy->index(row, current.isValid() ? current.column() : 0);
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    m_table->scrollTo(target);
}

QString ReviewWindow::askJustification(const QString &question)
{
    if (m_prompt)
        return m_prompt(question);
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Justification"), question, QLineEdit::Normal, {}, &ok);
    return ok ? text : QString();
}

void ReviewWindow::decide(ReviewDecision decision)
{
    if (m_model->campaign().signedOff || reviewer().isEmpty()) {
        if (reviewer().isEmpty())
            showError(tr("Decide"), tr("Enter your name or IdP identity as the reviewer first."));
        return;
    }
    const QList<qint64> ids = selectedItemIds();
    if (ids.isEmpty())
        return;
    int needing = 0;
    for (qint64 id : ids) {
        const ReviewItem *it = m_model->itemAt(m_model->rowOf(id));
        needing += it && ReviewRules::needsJustification(*it, decision);
    }
    QString justification;
    if (needing > 0 || decision == ReviewDecision::NeedsInfo) {
        const QString question =
            decision == ReviewDecision::NeedsInfo
                ? tr("What information is needed?")
                : tr("%n of the selected item(s) need a justification (privileged access kept, or a decision "
                     "against the recommendation). Justification:",
                     nullptr, needing);
        justification = askJustification(question);
        if (justification.isNull() || (needing > 0 && justification.trimmed().isEmpty()))
            return; // cancelled: nothing decided
    }
    const bool single = ids.size() == 1;
    emit decideRequested(ids, decision, justification);
    if (single)
        step(1);
}

void ReviewWindow::refresh()
{
    const ReviewCampaign &c = m_model->campaign();
    int decided = 0;
    struct Progress
    {
        int assigned = 0, decided = 0;
    };
    QMap<QString, Progress> byReviewer;
    for (const ReviewItem &it : m_model->items()) {
        Progress &p = byReviewer[it.assignee];
        ++p.assigned;
        if (it.decision == ReviewDecision::Keep || it.decision == ReviewDecision::Revoke) {
            ++decided;
            ++p.decided;
        }
    }
    // The campaign list's count for the campaign shown follows its items here: counting them in the
    // database after every decision took longer than the decision on a large campaign.
    for (int i = 0; i < m_campaignList.size(); ++i) {
        ReviewCampaign &listed = m_campaignList[i];
        if (listed.id == c.id && listed.decided != decided) {
            listed.decided = decided;
            m_campaigns->setItemText(i, campaignLabel(listed));
        }
    }
    m_progress->setRange(0, std::max(1, int(m_model->items().size())));
    m_progress->setValue(decided);
    m_progress->setFormat(tr("%1 of %2 decided").arg(decided).arg(m_model->items().size()));
    QStringList parts;
    for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it)
        parts << tr("%1: %2/%3")
                     .arg(it.key().isEmpty() ? tr("unassigned") : it.key())
                     .arg(it->decided)
                     .arg(it->assigned);
    m_progressText->setText(parts.join(QStringLiteral(" · ")));
    if (c.id == 0)
        m_campaignState->setText(tr("no campaign: create one with New Campaign (Ctrl+N)"));
    else if (c.signedOff)
        m_campaignState->setText(
            tr("signed off by %1 on %2")
                .arg(c.signedBy, QDateTime::fromMSecsSinceEpoch(c.signedAt, QTimeZone::utc())
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    else if (c.dueAt)
        m_campaignState->setText(tr("open, due %1")
                                     .arg(QDateTime::fromMSecsSinceEpoch(c.dueAt - 1, QTimeZone::utc())
                                              .toString(QStringLiteral("yyyy-MM-dd"))));
    else
        m_campaignState->setText(tr("open"));

    const ReviewItem *current = m_model->itemAt(m_model->rowOf(currentItemId()));
    m_evidence->setHtml(current ? evidenceHtml(*current) : tr("<p>Select an item to see its evidence.</p>"));
    updateActions();
}

QString ReviewWindow::evidenceHtml(const ReviewItem &it) const
{
    const ReviewCampaign &c = m_model->campaign();
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    auto time = [](Timestamp ts) {
        return QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(it.identity.toHtmlEscaped());
    html += row(tr("Access"), it.access + (it.privileged ? tr(" (privileged)") : QString()));
    html += row(tr("Pipeline roles"), it.roles);
    html += row(tr("Status"), it.idpStatus);
    html += row(tr("Last job"),
                it.lastUsedAt ? tr("%1 at %2").arg(it.lastJob, time(it.lastUsedAt)) : tr("never"));
    html += row(tr("Jobs in the period"), QString::number(it.jobsInPeriod));
    html += row(tr("Open findings"), QString::number(it.openFindings));
    html += row(tr("Reviewer"), it.assignee);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(it.recommendation == ReviewDecision::Revoke ? tr("Recommended: revoke.")
                                                                 : tr("Recommended: keep."),
                     ReviewRules::reasonText(it, c).toHtmlEscaped());
    if (it.decision != ReviewDecision::None) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(tr("Decision: %1").arg(reviewDecisionName(it.decision)).toHtmlEscaped(),
                         tr("by %1 on %2").arg(it.decidedBy, time(it.decidedAt)).toHtmlEscaped());
        if (!it.justification.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(tr("Justification: %1").arg(it.justification).toHtmlEscaped());
    } else if (ReviewRules::needsJustification(it, ReviewDecision::Keep)) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("Keeping this access needs a justification.").toHtmlEscaped());
    }
    if (!it.remediation.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Remediation: %1 %2").arg(it.remediation, it.remediationMessage).toHtmlEscaped());
    html += QStringLiteral("<p style='color:gray'>%1</p>")
                .arg(tr("K keep · R revoke · I needs info · N/P next/previous").toHtmlEscaped());
    return html;
}

void ReviewWindow::updateActions()
{
    const ReviewCampaign &c = m_model->campaign();
    const bool open = c.id != 0 && !c.signedOff;
    for (QAction *a : {m_keep, m_revoke, m_needsInfo, m_assign, m_signOff})
        a->setEnabled(open);
    m_correct->setEnabled(c.signedOff);
    m_export->setEnabled(c.id != 0);
    const ReviewItem *current = m_model->itemAt(m_model->rowOf(currentItemId()));
    m_remediate->setEnabled(current && current->decision == ReviewDecision::Revoke &&
                            current->remediation != QLatin1String("applied"));
    const QList<ReviewItem> &items = m_model->items();
    m_applyPlan->setEnabled(
        c.signedOff && std::any_of(items.cbegin(), items.cend(), [](const ReviewItem &it) {
            return it.decision == ReviewDecision::Revoke && it.remediation != QLatin1String("applied");
        }));
}

void ReviewWindow::showContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_keep);
    menu.addAction(m_revoke);
    menu.addAction(m_needsInfo);
    menu.addSeparator();
    QAction *selectShown = menu.addAction(tr("Select All Shown (%n)", nullptr, int(m_proxy->rowCount())));
    connect(selectShown, &QAction::triggered, m_table, &QTableView::selectAll);
    menu.addAction(m_assign);
    menu.addSeparator();
    menu.addAction(m_remediate);
    menu.addAction(m_applyPlan);
    menu.addAction(m_correct);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void ReviewWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void ReviewWindow::hideEvent(QHideEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(kColumnsKey), m_table->horizontalHeader()->saveState());
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    QMainWindow::hideEvent(event);
}

} // namespace Scimflow
