#include "acknowledgedialog.h"
#include "driftanalyzer.h"
#include "evidencemodel.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "fixdialog.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "selectioncontext.h"
#include "store.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;

/// A service behind the FixConnector interface that applies every fix after an event-loop turn.
class FakeService : public FixConnector
{
public:
    QSet<QString> done;
    bool supports(const FixAction &) const override { return true; }
    QString identity() const override { return QStringLiteral("console-client"); }
    FixRequest describe(const FixAction &action) const override
    {
        FixRequest r;
        r.method = QStringLiteral("PATCH");
        r.url = QUrl(QStringLiteral("http://127.0.0.1:1/scim/v2/") + action.target());
        r.headers = {{"Authorization", "Bearer [redacted]"}, {"If-Match", "W/\"7\""}};
        r.body = "{\"Operations\":[{\"op\":\"remove\",\"path\":\"members\"}]}";
        return r;
    }
    void perform(const FixAction &action, std::function<void(FixResult)> callback) override
    {
        done.insert(action.target());
        QTimer::singleShot(0, [callback] {
            FixResult r;
            r.status = FixResult::Status::Succeeded;
            r.httpStatus = 204;
            callback(r);
        });
    }
    void readBack(const FixAction &action, std::function<void(ResourceState)> callback) override
    {
        ResourceState s;
        s.readOk = true;
        s.effectApplied = done.contains(action.target());
        s.summary = s.effectApplied ? QStringLiteral("not a member") : QStringLiteral("member");
        QTimer::singleShot(0, [callback, s] { callback(s); });
    }
};

struct Demo
{
    std::unique_ptr<Store> store;
    QList<Finding> findings;
};

Demo demo()
{
    Demo d;
    auto opened = Store::open(QStringLiteral(":memory:"));
    if (!opened)
        qFatal("%s", qPrintable(opened.error().message));
    d.store = std::move(opened).value();
    if (!ScenarioImporter::write(*d.store, ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor)))
        qFatal("import failed");
    DriftSettings settings;
    settings.now = kAnchor;
    DriftAnalyzer analyzer(*d.store, settings);
    if (!analyzer.recompute())
        qFatal("recompute failed");
    d.findings = *analyzer.repository().load();
    return d;
}

int rowOfRule(const QList<Finding> &findings, const char *rule)
{
    for (int i = 0; i < findings.size(); ++i) {
        if (findings[i].rule == QLatin1String(rule))
            return i;
    }
    return -1;
}

} // namespace

class TestFindingsViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelPassesTheTesterAndShowsTheFindings()
    {
        const Demo d = demo();
        FindingsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings(d.findings, kAnchor);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
        const int ghost = rowOfRule(d.findings, "ghost-run");
        QCOMPARE(model.index(ghost, FindingsModel::SeverityColumn).data().toString(),
                 QStringLiteral("critical"));
        QCOMPARE(
            model.index(ghost, FindingsModel::SubjectColumn).data(FindingsModel::SubjectKindRole).toString(),
            QStringLiteral("job"));
        QVERIFY(
            model.index(ghost, 0).data(FindingsModel::EvidenceRole).toString().contains("dana.whitfield"));
        QCOMPARE(model.rowOf(d.findings[ghost].fingerprint), ghost);
        model.setFindings({}, kAnchor);
        QCOMPARE(model.rowCount(), 0);
    }

    void viewFiltersSelectsAndFocuses()
    {
        Demo d = demo();
        d.findings[rowOfRule(d.findings, "orphaned-credential")].ackBy = QStringLiteral("ops");
        d.findings[rowOfRule(d.findings, "orphaned-credential")].ackUntil = kAnchor + kMsPerDay;
        d.findings[rowOfRule(d.findings, "unknown-principal")].resolvedAt = kAnchor;
        FindingsModel model;
        model.setFindings(d.findings, kAnchor);
        SelectionContext selection;
        FindingsView view(&model, &selection);
        view.show();
        QCOMPARE(view.proxy()->rowCount(), 4); // acknowledged and resolved ones hidden
        QTest::mouseClick(view.showClosedCheck(), Qt::LeftButton);
        QCOMPARE(view.proxy()->rowCount(), 6);
        QTest::keyClicks(view.filterEdit(), QStringLiteral("PRIYA"));
        QCOMPARE(view.proxy()->rowCount(), 1);

        QSignalSpy fix(&view, &FindingsView::fixRequested);
        QVERIFY(!view.fixButton()->isEnabled());
        const QModelIndex index = view.proxy()->index(0, FindingsModel::SubjectColumn);
        QTest::mouseClick(view.table()->viewport(), Qt::LeftButton, {},
                          view.table()->visualRect(index).center());
        const Finding &priya = d.findings[rowOfRule(d.findings, "privileged-drift")];
        QCOMPARE(view.currentFingerprint(), priya.fingerprint);
        QCOMPARE(selection.focus(), (EntityRef{EntityKind::User, priya.subjectId}));
        // The evidence reads as rows; the raw JSON is one toggle away.
        QVERIFY(view.evidenceTable()->isVisibleTo(&view));
        QVERIFY(!view.evidenceJsonView()->isVisibleTo(&view));
        QVERIFY(view.evidenceModel()->rowCount() > 0);
        bool namesTheGroup = false;
        for (int r = 0; r < view.evidenceModel()->rowCount(); ++r)
            namesTheGroup |= view.evidenceModel()
                                 ->index(r, EvidenceModel::WhatColumn)
                                 .data()
                                 .toString()
                                 .contains("data-platform-admins");
        QVERIFY(namesTheGroup);
        QVERIFY(!view.evidenceModel()->index(0, EvidenceModel::WhatColumn).data().toString().startsWith('{'));
        QTest::mouseClick(view.showJsonCheck(), Qt::LeftButton);
        QVERIFY(view.evidenceJsonView()->isVisibleTo(&view));
        QVERIFY(!view.evidenceTable()->isVisibleTo(&view));
        QVERIFY(view.evidenceJsonView()->toPlainText().contains("\"group\": \"data-platform-admins\""));
        QTest::mouseClick(view.showJsonCheck(), Qt::LeftButton);
        QVERIFY(view.evidenceTable()->isVisibleTo(&view));
        QVERIFY(view.fixButton()->isEnabled());
        QTest::mouseClick(view.fixButton(), Qt::LeftButton);
        QCOMPARE(fix.count(), 1);
        QCOMPARE(fix.first().first().toString(), priya.fingerprint);
    }

    void fixDialogPreviewsConfirmsAndApplies()
    {
        const Demo d = demo();
        const Finding priya = d.findings[rowOfRule(d.findings, "privileged-drift")];
        FakeService service;
        FixPlanner planner(d.store->database(), {&service});
        AuditLog log(d.store->database());
        FixExecutor executor(log, {&service});
        FixDialog dialog(priya, *planner.plansFor(priya), &executor);
        dialog.show();
        QCOMPARE(dialog.planCombo()->count(), 1);
        QVERIFY(dialog.preview()->toPlainText().startsWith(
            QLatin1String("PATCH http://127.0.0.1:1/scim/v2/group/")));
        QVERIFY(dialog.preview()->toPlainText().contains(QLatin1String("Authorization: Bearer [redacted]")));
        QVERIFY(dialog.effectLabel()->text().contains(QLatin1String("data-platform-admins")));

        QVERIFY(!dialog.applyButton()->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("CHG-1234 moved to Marketing"));
        QVERIFY(!dialog.applyButton()->isEnabled()); // not yet confirmed
        QTest::mouseClick(dialog.confirmCheck(), Qt::LeftButton);
        QVERIFY(dialog.applyButton()->isEnabled());
        QSignalSpy performed(&dialog, &FixDialog::fixPerformed);
        QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.confirmationLabel()->text().startsWith(QLatin1String("Confirmed")));
        QCOMPARE(performed.count(), 1);
        QVERIFY2(dialog.outcomeLabel()->text().startsWith(QLatin1String("Done")),
                 qPrintable(dialog.outcomeLabel()->text()));
        QVERIFY(!dialog.applyButton()->isEnabled()); // confirmation is asked again before another request

        const QList<AuditEntry> entries = *log.entries();
        QCOMPARE(entries.size(), 3); // intent, outcome, confirmation note
        QCOMPARE(entries[0].reason, QStringLiteral("CHG-1234 moved to Marketing"));
        QCOMPARE(entries[1].intentSeq, 1);
        QVERIFY(log.verify().intact);
    }

    void fixDialogWithoutFixesExplainsWhatToDo()
    {
        const Demo d = demo();
        const Finding orphan = d.findings[rowOfRule(d.findings, "orphaned-credential")];
        FixDialog dialog(orphan, {}, nullptr);
        QVERIFY(!dialog.planCombo()->isEnabled());
        QVERIFY(dialog.effectLabel()->text().contains(QLatin1String("acknowledge")));
        QVERIFY(!dialog.applyButton()->isEnabled());
    }

    void acknowledgeDialogNeedsAReason()
    {
        AcknowledgeDialog dialog(QStringLiteral("summary"), kAnchor);
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("migration until January"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.reason(), QStringLiteral("migration until January"));
        QVERIFY(dialog.until() > kAnchor + 29 * kMsPerDay);
        QVERIFY(dialog.until() < kAnchor + 32 * kMsPerDay);
    }
};

QTEST_MAIN(TestFindingsViews)
#include "tst_findingsviews.moc"
