// The review model under QAbstractItemModelTester, and the review window driven from the keyboard: K, R and I
// decide, N and P move, a required justification is asked for, and a refused prompt decides nothing.

#include "remediationplandialog.h"
#include "reviewitemmodel.h"
#include "reviewrepository.h"
#include "reviewsignoff.h"
#include "reviewwindow.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace Scimflow;

namespace {

const Timestamp kAnchor = timestampFromIso(u"2026-11-28T12:00:00Z");

} // namespace

class TestReviewWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelPassesTheTester();
    void keyboardFlow();
    void wholePlanActionAndPreview();

private:
    // The window's intents carried out as the console's controller does.
    void wire(ReviewWindow &window, ReviewItemModel &model);

    std::unique_ptr<Store> m_store;
    ReviewCampaign m_campaign;
};

void TestReviewWindow::initTestCase()
{
    auto store = Store::open(QStringLiteral(":memory:"));
    QVERIFY(store);
    m_store = std::move(*store);
    QVERIFY(ScenarioImporter::write(*m_store, ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor)));
    ReviewCampaign spec;
    spec.name = QStringLiteral("keyboard");
    spec.periodFrom = kAnchor - 30 * kMsPerDay;
    spec.periodTo = kAnchor;
    spec.idleDays = 7;
    spec.scope.serviceAccounts = true;
    spec.reviewers = {QStringLiteral("alice"), QStringLiteral("bob")};
    Result<ReviewCampaign> c = ReviewRepository(m_store->database()).create(spec);
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    m_campaign = *c;
}

void TestReviewWindow::modelPassesTheTester()
{
    ReviewItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ReviewRepository repo(m_store->database());
    model.setCampaign(m_campaign, *repo.items(m_campaign.id));
    QCOMPARE(model.rowCount(), m_campaign.items);
    QCOMPARE(model.columnCount(), int(ReviewItemModel::ColumnCount));
    const ReviewItem first = *model.itemAt(0);
    QCOMPARE(model.index(0, ReviewItemModel::IdentityColumn).data().toString(), first.identity);
    QCOMPARE(model.index(0, 0).data(ReviewItemModel::ItemIdRole).toLongLong(), first.id);
    QVERIFY(
        model.index(0, ReviewItemModel::RecommendationColumn).data().toString().contains(QLatin1Char(':')));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ReviewItem decided = first;
    decided.decision = ReviewDecision::NeedsInfo;
    model.updateItems({decided});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed[0][0].toModelIndex().row(), 0);
    QCOMPARE(model.index(0, 0).data(ReviewItemModel::DecisionRole).toString(), QStringLiteral("needs-info"));
    model.setCampaign({}, {});
    QCOMPARE(model.rowCount(), 0);
}

void TestReviewWindow::wire(ReviewWindow &window, ReviewItemModel &model)
{
    connect(
        &window, &ReviewWindow::decideRequested, this,
        [this, &model, &window](const QList<qint64> &ids, ReviewDecision d, const QString &justification) {
            ReviewRepository repo(m_store->database());
            Result<int> done = repo.decide(model.campaign().id, ids, d, justification, window.reviewer());
            QVERIFY2(done, done ? "" : qPrintable(done.error().message));
            QList<ReviewItem> items;
            for (qint64 id : ids)
                items << *repo.item(id);
            model.updateItems(items);
        });
}

void TestReviewWindow::keyboardFlow()
{
    ReviewRepository repo(m_store->database());
    ReviewItemModel model;
    model.setCampaign(m_campaign, *repo.items(m_campaign.id));
    ReviewWindow window(&model);
    wire(window, model);
    window.setReviewer(QStringLiteral("alice"));
    QStringList asked;
    QString answer;
    window.setJustificationPrompt([&](const QString &question) {
        asked << question;
        return answer;
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTableView *table = window.table();
    table->setFocus();
    window.step(0);
    QCOMPARE(window.currentItemId(), model.itemAt(0)->id);

    // N and P move; the evidence pane follows.
    QTest::keyClick(table, Qt::Key_N);
    const qint64 second = model.itemAt(1)->id;
    QCOMPARE(window.currentItemId(), second);
    QVERIFY(window.evidence()->toPlainText().contains(model.itemAt(1)->identity));
    QTest::keyClick(table, Qt::Key_P);
    QCOMPARE(window.currentItemId(), model.itemAt(0)->id);

    // Find the first item recommended for revoking and one recommended for keeping, in view order.
    int revokeRow = -1, keepRow = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        const ReviewItem *it = model.itemAt(r);
        if (revokeRow < 0 && it->recommendation == ReviewDecision::Revoke)
            revokeRow = r;
        if (keepRow < 0 && it->recommendation == ReviewDecision::Keep && !it->privileged)
            keepRow = r;
    }
    QVERIFY(revokeRow >= 0 && keepRow >= 0);

    // R on a revoke recommendation: decided without a prompt, and the keyboard moves on.
    table->selectionModel()->setCurrentIndex(table->model()->index(revokeRow, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const qint64 revokeId = model.itemAt(revokeRow)->id;
    QTest::keyClick(table, Qt::Key_R);
    QCOMPARE(model.itemAt(revokeRow)->decision, ReviewDecision::Revoke);
    QCOMPARE(model.itemAt(revokeRow)->decidedBy, QStringLiteral("alice"));
    QVERIFY(asked.isEmpty());
    QVERIFY(window.currentItemId() != revokeId);

    // K against the recommendation asks for a justification; Cancel decides nothing.
    table->selectionModel()->setCurrentIndex(table->model()->index(revokeRow, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    answer = QString();
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(model.itemAt(revokeRow)->decision, ReviewDecision::Revoke);
    QCOMPARE(window.currentItemId(), revokeId);
    answer = QStringLiteral("break-glass account, reviewed by the CISO");
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(model.itemAt(revokeRow)->decision, ReviewDecision::Keep);
    QCOMPARE(model.itemAt(revokeRow)->justification, answer);

    // K on a keep recommendation: no prompt. I asks what information is needed.
    table->selectionModel()->setCurrentIndex(table->model()->index(keepRow, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(model.itemAt(keepRow)->decision, ReviewDecision::Keep);
    table->selectionModel()->setCurrentIndex(table->model()->index(keepRow, 0),
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    answer = QStringLiteral("who owns the nightly export?");
    QTest::keyClick(table, Qt::Key_I);
    QCOMPARE(asked.size(), 3);
    QCOMPARE(model.itemAt(keepRow)->decision, ReviewDecision::NeedsInfo);

    // Bulk: filter to the revoke recommendations, select every shown row, R.
    window.stateFilter()->setCurrentIndex(5); // recommended for revoking
    const QList<qint64> shown = window.shownItemIds();
    QVERIFY(shown.size() > 1);
    table->selectAll();
    QCOMPARE(window.selectedItemIds().size(), shown.size());
    QTest::keyClick(table, Qt::Key_R);
    for (qint64 id : shown) {
        const ReviewItem *it = model.itemAt(model.rowOf(id));
        QCOMPARE(it->decision, ReviewDecision::Revoke);
    }
    // Typing in the filter is not taken for a decision.
    window.filterEdit()->setFocus();
    QTest::keyClicks(window.filterEdit(), QStringLiteral("kri"));
    QCOMPARE(window.filterEdit()->text(), QStringLiteral("kri"));
}

// *Apply Remediation Plan…* is offered on a signed campaign with revocations not applied yet, and its one
// preview lists every change, with Apply only after a reason and the confirmation.
void TestReviewWindow::wholePlanActionAndPreview()
{
    ReviewRepository repo(m_store->database());
    ReviewCampaign spec;
    spec.name = QStringLiteral("plan");
    spec.periodFrom = kAnchor - 30 * kMsPerDay;
    spec.periodTo = kAnchor;
    spec.idleDays = 7;
    spec.scope.serviceAccounts = true;
    Result<ReviewCampaign> c = repo.create(spec);
    QVERIFY(c);
    QVERIFY(repo.decideRecommended(c->id, ReviewDecision::Revoke, QString(), QStringLiteral("bob")));
    QVERIFY(
        repo.decideRecommended(c->id, ReviewDecision::Keep, QStringLiteral("used"), QStringLiteral("bob")));

    ReviewItemModel model;
    ReviewWindow window(&model);
    model.setCampaign(*repo.campaign(c->id), *repo.items(c->id));
    window.setCampaigns(*repo.campaigns(), c->id);
    QVERIFY(!window.applyPlanAction()->isEnabled()); // open: decisions may still change
    QVERIFY(ReviewSignOff(m_store->database()).signOff(c->id, QStringLiteral("carol")));
    model.setCampaign(*repo.campaign(c->id), *repo.items(c->id));
    window.setCampaigns(*repo.campaigns(), c->id);
    QVERIFY(window.applyPlanAction()->isEnabled());
    QSignalSpy requested(&window, &ReviewWindow::remediatePlanRequested);
    window.applyPlanAction()->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), c->id);

    QList<RemediationStep> steps;
    const QList<ReviewItem> items = *repo.items(c->id);
    for (const ReviewItem &it : items) {
        if (it.decision != ReviewDecision::Revoke)
            continue;
        RemediationStep s;
        s.itemId = it.id;
        s.identity = it.identity;
        s.access = it.access;
        s.hasAction = it.kind == ReviewItem::Kind::Membership;
        if (s.hasAction) {
            s.plan.title = QStringLiteral("Remove %1 from %2").arg(it.identity, it.access);
            s.plan.request.method = QStringLiteral("PATCH");
            s.plan.request.url = QUrl(QStringLiteral("http://127.0.0.1:1/scim/v2/Groups/%1").arg(it.groupId));
        } else {
            s.unsupportedReason = QStringLiteral("not in the Google Cloud IAM inventory");
        }
        steps << s;
    }
    QVERIFY(steps.size() > 1);
    RemediationPlanDialog dialog(*repo.campaign(c->id), steps);
    QCOMPARE(dialog.changes()->topLevelItemCount(), int(steps.size()));
    for (int i = 0; i < steps.size(); ++i) {
        const QTreeWidgetItem *row = dialog.changes()->topLevelItem(i);
        QCOMPARE(row->text(0), QString::number(steps[i].itemId));
        QCOMPARE(row->text(1), steps[i].identity);
        if (steps[i].hasAction)
            QVERIFY(row->text(4).startsWith(QLatin1String("PATCH http://127.0.0.1:1/")));
        else
            QVERIFY(row->text(3).contains(steps[i].unsupportedReason));
    }
    QVERIFY(!dialog.reason().isEmpty()); // names the campaign
    QVERIFY(!dialog.applyButton()->isEnabled());
    QTest::mouseClick(dialog.confirmCheck(), Qt::LeftButton, {},
                      QPoint(5, dialog.confirmCheck()->height() / 2));
    QVERIFY(dialog.confirmCheck()->isChecked());
    QVERIFY(dialog.applyButton()->isEnabled());
    dialog.reasonEdit()->clear();
    QVERIFY(!dialog.applyButton()->isEnabled());
    QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("CHG-1234"));
    QVERIFY(dialog.applyButton()->isEnabled());
    QCOMPARE(dialog.reason(), QStringLiteral("CHG-1234"));
}

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
