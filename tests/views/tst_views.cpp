#include "aboutdialog.h"
#include "columnchooser.h"
#include "consolesession.h"
#include "detailpane.h"
#include "driftanalyzer.h"
#include "evidencemodel.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "identitymodel.h"
#include "jobmodel.h"
#include "linkedtableproxy.h"
#include "mainwindow.h"
#include "rolemodel.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "selectioncontext.h"
#include "store.h"
#include "tablepane.h"
#include "timelinedock.h"

#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Scimflow;

namespace {
constexpr Timestamp kAnchor = 1795000000000LL;
}

/// Drives the real main window with mouse and keyboard over the demo scenario.
class TestViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Scenario m_scenario;
    QString m_dbPath;

    void clickRow(TablePane *pane, int row)
    {
        QTableView *table = pane->table();
        const QModelIndex index = table->model()->index(row, 0);
        table->scrollTo(index);
        const QRect rect = table->visualRect(index);
        QVERIFY(rect.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }
    int rowNamed(TablePane *pane, const QString &name)
    {
        const QAbstractItemModel *model = pane->table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == name)
                return r;
        }
        return -1;
    }
    QAction *actionNamed(QMenu *menu, const QString &text)
    {
        for (QAction *action : menu->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }
    void loadInto(ConsoleSession &session)
    {
        QSignalSpy loaded(&session, &ConsoleSession::loaded);
        session.reload();
        QVERIFY(loaded.wait(10000));
    }
    QString statusLabel(MainWindow &window, const QString &accessibleName)
    {
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (label->accessibleName() == accessibleName)
                return label->text();
        }
        return {};
    }
    QString statusCounts(MainWindow &window)
    {
        for (QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
            if (label->accessibleName() == QLatin1String("Row counts"))
                return label->text();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setApplicationVersion(QStringLiteral(SCIMFLOW_VERSION));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
        m_dbPath = m_dir.filePath("demo.db");
        m_scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        auto store = Store::open(m_dbPath);
        QVERIFY(store);
        QVERIFY(ScenarioImporter::write(**store, m_scenario).ok());
    }

    void clickingThroughTheLinkedViews()
    {
        ConsoleSession session;
        QVERIFY(session.open(m_dbPath).ok());
        MainWindow window(&session);
        window.setPersistSettings(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&session, &ConsoleSession::loaded);
        session.reload();
        QVERIFY(loaded.wait(10000));

        const int identities = int(m_scenario.users.size() + m_scenario.serviceAccounts.size());
        const int roles = int(m_scenario.groups.size());
        const int jobs = int(m_scenario.jobs.size());
        QCOMPARE(statusCounts(window), QStringLiteral("%1 of %1 identities, %2 of %2 roles, %3 of %3 jobs")
                                           .arg(identities)
                                           .arg(roles)
                                           .arg(jobs));

        // 1. A user: Roles narrows to her groups, Jobs to her jobs; the detail pane shows her.
        const int dana = rowNamed(window.identityPane(), QStringLiteral("dana.whitfield@example.com"));
        QVERIFY(dana >= 0);
        clickRow(window.identityPane(), dana);
        QCOMPARE(session.selection()->focus().kind, EntityKind::User);
        QStringList danaGroups;
        QString danaScim;
        for (const User &u : m_scenario.users) {
            if (u.userName == QLatin1String("dana.whitfield@example.com"))
                danaScim = u.scimId;
        }
        for (const Group &g : m_scenario.groups) {
            if (g.memberScimIds.contains(danaScim))
                danaGroups << g.displayName;
        }
        QCOMPARE(session.roleProxy()->rowCount(), int(danaGroups.size()));
        for (int r = 0; r < session.roleProxy()->rowCount(); ++r)
            QVERIFY(danaGroups.contains(session.roleProxy()->index(r, 0).data().toString()));
        const int danaJobs = session.jobProxy()->rowCount();
        QVERIFY(danaJobs > 0 && danaJobs < jobs);
        QCOMPARE(session.identityProxy()->rowCount(), identities); // the clicked view stays whole
        QCOMPARE(statusCounts(window), QStringLiteral("%1 of %1 identities, %2 of %3 roles, %4 of %5 jobs")
                                           .arg(identities)
                                           .arg(danaGroups.size())
                                           .arg(roles)
                                           .arg(danaJobs)
                                           .arg(jobs));
        QVERIFY(window.detailPane()->plainText().contains(QStringLiteral("dana.whitfield@example.com")));
        QVERIFY(window.detailPane()->plainText().contains(danaGroups.first()));

        // 2. A role (clicked in the narrowed Roles view): Identities shows its members and service accounts,
        //    Roles is whole again.
        const int roleRow = rowNamed(window.rolePane(), danaGroups.first());
        QVERIFY(roleRow >= 0);
        clickRow(window.rolePane(), roleRow);
        QCOMPARE(session.selection()->focus().kind, EntityKind::Group);
        QCOMPARE(session.roleProxy()->rowCount(), roles);
        const Group &group =
            *std::find_if(m_scenario.groups.begin(), m_scenario.groups.end(),
                          [&](const Group &g) { return g.displayName == danaGroups.first(); });
        int owned = 0;
        for (const ServiceAccount &sa : m_scenario.serviceAccounts)
            owned += sa.ownerGroupScimId == group.scimId ? 1 : 0;
        QCOMPARE(session.identityProxy()->rowCount(), int(group.memberScimIds.size()) + owned);
        QVERIFY(rowNamed(window.identityPane(), QStringLiteral("dana.whitfield@example.com")) >= 0);
        QCOMPARE(window.rolePane()->table()->currentIndex().data().toString(), danaGroups.first());

        // 3. A job: nothing narrows, its principals and their roles are highlighted.
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!session.selection()->hasFocus());
        QCOMPARE(session.identityProxy()->rowCount(), identities);
        clickRow(window.jobPane(), 0);
        QCOMPARE(session.selection()->focus().kind, EntityKind::Job);
        int highlighted = 0;
        for (int r = 0; r < session.identityProxy()->rowCount(); ++r)
            highlighted += session.identityProxy()->isHighlighted(r) ? 1 : 0;
        QVERIFY(highlighted >= 1);
        QCOMPARE(session.identityProxy()->rowCount(), identities);
        const int first = session.identityProxy()->firstHighlightedRow();
        QVERIFY(window.identityPane()->table()->viewport()->rect().intersects(
            window.identityPane()->table()->visualRect(session.identityProxy()->index(first, 0))));

        // 4. Ctrl+F focuses the filter of the view used last; typing filters it.
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), window.jobPane()->filterEdit());
        QTest::keyClicks(window.jobPane()->filterEdit(), QStringLiteral("RUNNING"));
        QVERIFY(session.jobProxy()->rowCount() > 0);
        QVERIFY(session.jobProxy()->rowCount() < jobs);
        for (int r = 0; r < session.jobProxy()->rowCount(); ++r)
            QCOMPARE(session.jobProxy()->index(r, JobModel::StateColumn).data().toString(),
                     QStringLiteral("Running"));
        QVERIFY(statusCounts(window).endsWith(
            QStringLiteral("%1 of %2 jobs").arg(session.jobProxy()->rowCount()).arg(jobs)));

        // 5. Escape clears the focus; clearing the filter shows every row.
        QTest::keyClick(window.jobPane()->filterEdit(), Qt::Key_Escape);
        QVERIFY(!session.selection()->hasFocus());
        window.jobPane()->filterEdit()->clear();
        QCOMPARE(statusCounts(window), QStringLiteral("%1 of %1 identities, %2 of %2 roles, %3 of %3 jobs")
                                           .arg(identities)
                                           .arg(roles)
                                           .arg(jobs));

        // 6. Clicking a header sorts the view.
        QHeaderView *header = window.identityPane()->table()->horizontalHeader();
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(IdentityModel::NameColumn) + 10, header->height() / 2));
        QCOMPARE(session.identityProxy()->sortColumn(), int(IdentityModel::NameColumn));
        const QString a = session.identityProxy()->index(0, 0).data().toString();
        const QString b = session.identityProxy()->index(1, 0).data().toString();
        QVERIFY(a.compare(b, Qt::CaseInsensitive) <= 0);
    }

    void layoutIsRestoredOnNextStart()
    {
        {
            ConsoleSession session;
            QVERIFY(session.open(m_dbPath).ok());
            MainWindow window(&session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.jobPane()->table()->sortByColumn(JobModel::LauncherColumn, Qt::AscendingOrder);
            window.jobPane()->table()->horizontalHeader()->resizeSection(JobModel::NameColumn, 333);
            // Within the offscreen platform's 800x800 screen: from Qt 6.8 on, restoreGeometry() shrinks a
            // window larger than its screen.
            window.resize(777, 555);
            window.close(); // saves
        }
        ConsoleSession session;
        QVERIFY(session.open(m_dbPath).ok());
        MainWindow window(&session);
        window.restoreSettings();
        QCOMPARE(window.jobPane()->table()->horizontalHeader()->sectionSize(JobModel::NameColumn), 333);
        QCOMPARE(window.jobPane()->table()->horizontalHeader()->sortIndicatorSection(),
                 int(JobModel::LauncherColumn));
        QCOMPARE(session.jobProxy()->sortColumn(), int(JobModel::LauncherColumn));
        QCOMPARE(session.jobProxy()->sortOrder(), Qt::AscendingOrder);
        QCOMPARE(window.size(), QSize(777, 555));
    }

    void copyRowsAsCsv()
    {
        ConsoleSession session;
        QVERIFY(session.open(m_dbPath).ok());
        MainWindow window(&session);
        window.setPersistSettings(false);
        QSignalSpy loaded(&session, &ConsoleSession::loaded);
        session.reload();
        QVERIFY(loaded.wait(10000));
        window.rolePane()->filterEdit()->setText(QStringLiteral("data-platform-admins"));
        const QStringList lines = window.rolePane()->rowsAsCsv(false).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(QStringLiteral("Role,Members,")));
        QVERIFY(lines.last().startsWith(QStringLiteral("data-platform-admins,")));
        // Values with commas are quoted.
        QVERIFY(window.rolePane()->rowsAsCsv(false).count('"') % 2 == 0);
    }

    void columnChooserIsRememberedAcrossRuns()
    {
        {
            ConsoleSession session;
            QVERIFY(session.open(m_dbPath).ok());
            MainWindow window(&session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QTableView *table = window.identityPane()->table();
            QHeaderView *header = table->horizontalHeader();
            QVERIFY(header->sectionsMovable());
            QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);
            ColumnChooser *chooser = ColumnChooser::of(table);
            QVERIFY(chooser);
            std::unique_ptr<QMenu> menu(chooser->createMenu(&window));
            const QString displayName =
                table->model()->headerData(IdentityModel::DisplayNameColumn, Qt::Horizontal).toString();
            QAction *toggle = actionNamed(menu.get(), displayName);
            QVERIFY(toggle);
            QVERIFY(toggle->isCheckable() && toggle->isChecked());
            toggle->trigger();
            QVERIFY(header->isSectionHidden(IdentityModel::DisplayNameColumn));
            // Hidden columns stay out of the CSV.
            QVERIFY(!window.identityPane()->rowsAsCsv(false).section('\n', 0, 0).contains(displayName));
            // Drag-and-drop order is kept too.
            header->moveSection(header->visualIndex(IdentityModel::KindColumn), 0);
            window.close(); // saves
        }
        ConsoleSession session;
        QVERIFY(session.open(m_dbPath).ok());
        MainWindow window(&session);
        window.setPersistSettings(false);
        window.restoreSettings();
        QHeaderView *header = window.identityPane()->table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(IdentityModel::DisplayNameColumn));
        QCOMPARE(header->logicalIndex(0), int(IdentityModel::KindColumn));

        // The last visible column cannot be hidden.
        for (int c = 1; c < header->count(); ++c)
            header->setSectionHidden(header->logicalIndex(c), true);
        std::unique_ptr<QMenu> menu(ColumnChooser::of(window.identityPane()->table())->createMenu(&window));
        const QString kind = window.identityPane()
                                 ->table()
                                 ->model()
                                 ->headerData(IdentityModel::KindColumn, Qt::Horizontal)
                                 .toString();
        QAction *last = actionNamed(menu.get(), kind);
        QVERIFY(last);
        QVERIFY(last->isChecked());
        QVERIFY(!last->isEnabled());
        QSettings().remove(QStringLiteral("views"));
    }

    void exportViewWritesTheShownRows()
    {
        ConsoleSession session;
        QVERIFY(session.open(m_dbPath).ok());
        MainWindow window(&session);
        window.setPersistSettings(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        loadInto(session);
        window.rolePane()->filterEdit()->setText(QStringLiteral("admins"));
        const int shown = session.roleProxy()->rowCount();
        QVERIFY(shown >= 2);
        clickRow(window.rolePane(), 0); // the view used last; one selected row exports the whole view
        QCOMPARE(window.exportTable(), window.rolePane()->table());

        const QString file = m_dir.filePath("roles.csv");
        // Ctrl+E asks for the file: answer the dialog, then read what was written.
        auto exportWithShortcut = [&]() -> QStringList {
            QFile::remove(file);
            window.activateWindow(); // the offscreen platform does not give it back after a dialog
            if (!QTest::qWaitForWindowActive(&window))
                return {};
            bool answered = false;
            // Runs inside the dialog's own event loop.
            QTimer::singleShot(0, this, [&] {
                if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                    dialog->selectFile(file);
                    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
                    answered = true;
                }
            });
            QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
            if (!answered)
                return {};
            QFile csv(file);
            if (!csv.open(QIODevice::ReadOnly))
                return {};
            return QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
        };
        QStringList lines = exportWithShortcut();
        QCOMPARE(lines.size(), shown + 1);
        QVERIFY(lines.first().startsWith(QStringLiteral("Role,")));
        for (int r = 0; r < shown; ++r)
            QVERIFY(lines[r + 1].startsWith(session.roleProxy()->index(r, 0).data().toString() + ','));

        // Several selected rows: only those.
        const QModelIndex second = session.roleProxy()->index(1, 0);
        QTest::mouseClick(window.rolePane()->table()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                          window.rolePane()->table()->visualRect(second).center());
        QCOMPARE(window.rolePane()->table()->selectionModel()->selectedRows().size(), 2);
        window.rolePane()->table()->setFocus();
        lines = exportWithShortcut();
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[1].startsWith(session.roleProxy()->index(0, 0).data().toString() + ','));
        QVERIFY(lines[2].startsWith(session.roleProxy()->index(1, 0).data().toString() + ','));
    }

    void contextMenuOpensTimelineAndFindings()
    {
        ConsoleSession session;
        QVERIFY(session.open(m_dbPath).ok());
        MainWindow window(&session);
        window.setPersistSettings(false);
        auto *timeline = new TimelineDock(&window);
        timeline->connectSelection(session.selection());
        window.addViewDock(timeline, Qt::BottomDockWidgetArea);
        FindingsModel findingsModel;
        auto *findingsDock = new QDockWidget(QStringLiteral("Findings"), &window);
        findingsDock->setObjectName(QStringLiteral("findingsDock"));
        auto *findings = new FindingsView(&findingsModel, session.selection());
        findingsDock->setWidget(findings);
        window.addViewDock(findingsDock, Qt::BottomDockWidgetArea);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        timeline->openDatabase(m_dbPath);
        loadInto(session);
        timeline->hide();
        findingsDock->hide();

        TablePane *pane = window.identityPane();
        const int dana = rowNamed(pane, QStringLiteral("dana.whitfield@example.com"));
        QVERIFY(dana >= 0);
        pane->table()->scrollTo(session.identityProxy()->index(dana, 0));
        const QPoint at = pane->table()->visualRect(session.identityProxy()->index(dana, 0)).center();
        const EntityRef ref = session.identityProxy()->refAt(dana);
        std::unique_ptr<QMenu> menu(pane->createContextMenu(at));
        QAction *open = actionNamed(menu.get(), QStringLiteral("Open in &Timeline"));
        QVERIFY(open && open->isEnabled());
        open->trigger();
        QCOMPARE(session.selection()->focus(), ref);
        QVERIFY(timeline->isVisible());
        QVERIFY(!findingsDock->isVisible());

        QAction *show = actionNamed(menu.get(), QStringLiteral("Show &Findings"));
        QVERIFY(show && show->isEnabled());
        show->trigger();
        QVERIFY(findingsDock->isVisible());
        QCOMPARE(findings->subject(), ref);

        // The status bar names the source the test data came from.
        QVERIFY2(statusLabel(window, QStringLiteral("Last sync per source"))
                     .contains(QStringLiteral("Scenario import")),
                 qPrintable(statusLabel(window, QStringLiteral("Last sync per source"))));
    }

    void evidenceRowSelectsWhatItNamesInTheLinkedViews()
    {
        QList<Finding> found;
        {
            auto store = Store::open(m_dbPath);
            QVERIFY(store);
            DriftSettings settings;
            settings.now = kAnchor;
            Result<QList<Finding>> analysed = DriftAnalyzer(**store, settings).analyse();
            QVERIFY(analysed);
            found = *analysed;
        }
        ConsoleSession session;
        QVERIFY(session.open(m_dbPath).ok());
        MainWindow window(&session);
        window.setPersistSettings(false);
        FindingsModel findingsModel;
        findingsModel.setFindings(found, kAnchor);
        auto *findingsDock = new QDockWidget(QStringLiteral("Findings"), &window);
        findingsDock->setObjectName(QStringLiteral("findingsDock"));
        auto *findings = new FindingsView(&findingsModel, session.selection());
        findingsDock->setWidget(findings);
        window.addViewDock(findingsDock, Qt::BottomDockWidgetArea);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        loadInto(session);

        // The ghost run: a job whose evidence names the person who had left.
        int ghost = -1;
        for (int r = 0; r < findings->proxy()->rowCount(); ++r) {
            if (findings->proxy()->index(r, FindingsModel::RuleColumn).data().toString() == "ghost-run")
                ghost = r;
        }
        QVERIFY(ghost >= 0);
        const QModelIndex finding = findings->proxy()->index(ghost, FindingsModel::SubjectColumn);
        findings->table()->scrollTo(finding);
        QTest::mouseClick(findings->table()->viewport(), Qt::LeftButton, {},
                          findings->table()->visualRect(finding).center());
        QCOMPARE(session.selection()->focus().kind, EntityKind::Job); // the finding's subject

        QTableView *evidence = findings->evidenceTable();
        const EntityRef dana{EntityKind::User, [&] {
                                 auto store = Store::open(m_dbPath);
                                 for (const User &u : (*store)->users()) {
                                     if (u.userName == QLatin1String("dana.whitfield@example.com"))
                                         return u.id;
                                 }
                                 return qint64(0);
                             }()};
        const int row = findings->evidenceModel()->rowLinkingTo(dana);
        QVERIFY(row >= 0);
        const QModelIndex who = findings->evidenceModel()->index(row, EvidenceModel::WhoColumn);
        QCOMPARE(who.data().toString(), QStringLiteral("dana.whitfield@example.com"));
        evidence->scrollTo(who);
        QTest::mouseClick(evidence->viewport(), Qt::LeftButton, {}, evidence->visualRect(who).center());

        // The click went through the shared selection: the Identities view selects Dana.
        QCOMPARE(session.selection()->focus(), dana);
        const QModelIndexList selected = window.identityPane()->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(session.identityProxy()->refAt(selected.first().row()), dana);

        // A row that names the job selects it in the Jobs view.
        int jobRow = -1;
        for (int r = 0; r < findings->evidenceModel()->rowCount(); ++r) {
            if (findings->evidenceModel()->linkAt(r).kind == EntityKind::Job)
                jobRow = r;
        }
        QVERIFY(jobRow >= 0);
        const QModelIndex job = findings->evidenceModel()->index(jobRow, EvidenceModel::WhatColumn);
        QTest::mouseClick(evidence->viewport(), Qt::LeftButton, {}, evidence->visualRect(job).center());
        const EntityRef jobRef = findings->evidenceModel()->linkAt(jobRow);
        QCOMPARE(session.selection()->focus(), jobRef);
        const QModelIndexList jobs = window.jobPane()->table()->selectionModel()->selectedRows();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(session.jobProxy()->refAt(jobs.first().row()), jobRef);
    }

    void ctrlEHasOneOwner()
    {
        ConsoleSession session;
        QVERIFY(session.open(m_dbPath).ok());
        MainWindow window(&session);
        window.setPersistSettings(false);
        auto *timeline = new TimelineDock(&window);
        window.addViewDock(timeline, Qt::BottomDockWidgetArea);
        FindingsModel findingsModel;
        auto *findingsDock = new QDockWidget(QStringLiteral("Findings"), &window);
        findingsDock->setObjectName(QStringLiteral("findingsDock"));
        findingsDock->setWidget(new FindingsView(&findingsModel, session.selection()));
        window.addViewDock(findingsDock, Qt::BottomDockWidgetArea);
        const QKeySequence ctrlE(Qt::CTRL | Qt::Key_E);
        QStringList owners;
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().contains(ctrlE))
                owners << action->text();
        }
        QCOMPARE(owners, QStringList{QStringLiteral("&Export View…")});
        // The timeline still exports PNG, from its Export menu.
        QVERIFY(timeline->findChild<QAction *>(QStringLiteral("exportPng")));

        // Focus in the timeline no longer switches File > Export View off.
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        timeline->widget()->setFocus();
        QAction *exportView = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcuts().contains(ctrlE))
                exportView = action;
        }
        QVERIFY(exportView && exportView->isEnabled());
    }

    void firstWindowIsSizedToTheScreen()
    {
        const QRect available(0, 30, 2560, 1410);
        const QRect first = MainWindow::firstWindowGeometry(available);
        QCOMPARE(first.size(), QSize(2176, 1198));
        QCOMPARE(first.center(), available.center());
        const QRect small(100, 0, 1280, 720);
        QCOMPARE(MainWindow::firstWindowGeometry(small).size(), QSize(1088, 612));
        QVERIFY(small.contains(MainWindow::firstWindowGeometry(small)));

        // A window with no saved geometry takes that place on its own screen.
        ConsoleSession session;
        QVERIFY(session.open(m_dbPath).ok());
        MainWindow window(&session);
        window.setPersistSettings(false);
        QVERIFY(window.screen());
        const QRect screen = window.screen()->availableGeometry();
        QCOMPARE(window.geometry(), MainWindow::firstWindowGeometry(screen));
    }

    void aboutDialogNamesVersionAndLicences()
    {
        AboutDialog dialog;
        const QString text = dialog.plainText();
        QVERIFY(text.contains(QStringLiteral("Scimflow " SCIMFLOW_VERSION)));
        QVERIFY(text.contains(QString::fromLatin1(qVersion())));
        for (const char *licence : {"MIT", "LGPLv3", "BSD 3-Clause", "public domain"})
            QVERIFY2(text.contains(QLatin1String(licence)), licence);
        QVERIFY(MainWindow::userGuideUrl().isValid());
    }

    void versionNeedsNoDisplay()
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            env.remove(QLatin1String(name));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SCIMFLOW_BINARY), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardOutput().contains(SCIMFLOW_VERSION));
    }

    void screenshotOptionWritesANonBlankPng()
    {
        QTemporaryDir home;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath("data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath("config"));
        process.setProcessEnvironment(env);
        const QString png = home.filePath("shot.png");
        process.start(QStringLiteral(SCIMFLOW_BINARY),
                      {QStringLiteral("--demo"), QStringLiteral("--screenshot"), png});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // Not blank: many distinct colours (text, headers, highlighted rows), and dark text pixels.
        QSet<QRgb> colours;
        int dark = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb p = image.pixel(x, y);
                colours.insert(p);
                dark += qGray(p) < 100 ? 1 : 0;
            }
        }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        QVERIFY(dark > 1000);
        // The demo database it loaded has the demo's rows.
        auto store = Store::open(home.filePath("data/Scimflow/scimflow/demo.db"));
        QVERIFY(store);
        QCOMPARE((*store)->count(QStringLiteral("jobs")), qint64(m_scenario.jobs.size()));
    }
};

QTEST_MAIN(TestViews)
#include "tst_views.moc"
