// The review model under QAbstractItemModelTester, and the review window driven from the keyboard: K, R and I
// decide, N and P move, a required justification is asked for, and a refused prompt decides nothing.

#include "reviewitemmodel.h"
#include "reviewrepository.h"
#include "reviewwindow.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>
#include <QTextBrowser>
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

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
