#include "mainwindow.h"

#include "aboutdialog.h"
#include "consolesession.h"
#include "credentialmodel.h"
#include "detailpane.h"
#include "displayformat.h"
#include "findingsview.h"
#include "jobmodel.h"
#include "linkedtableproxy.h"
#include "selectioncontext.h"
#include "tablecsv.h"
#include "tablepane.h"
#include "timestamp.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>

#include <algorithm>

namespace Scimflow {

namespace {
const char kGeometryKey[] = "mainWindow/geometry";
const char kStateKey[] = "mainWindow/state";
const char kMainSplitterKey[] = "mainWindow/mainSplitter";
const char kTopSplitterKey[] = "mainWindow/topSplitter";
const char kBottomSplitterKey[] = "mainWindow/bottomSplitter";
const char kHeaderKey[] = "views/%1/header";
const char kExportDirKey[] = "mainWindow/exportDir";
const int kStateVersion = 1;
const char kOnlineUserGuide[] = "https://github.com/scimflow/scimflow#readme";

/// A sync_runs source as the user knows it.
QString sourceName(const QString &source)
{
    if (source == QLatin1String("scim"))
        return MainWindow::tr("IdP");
    if (source == QLatin1String("okta"))
        return MainWindow::tr("Okta");
    if (source == QLatin1String("graph"))
        return MainWindow::tr("Entra ID");
    if (source == QLatin1String("dataflow"))
        return MainWindow::tr("Dataflow");
    if (source == QLatin1String("github"))
        return MainWindow::tr("GitHub");
    if (source == QLatin1String("openlineage"))
        return MainWindow::tr("OpenLineage");
    if (source == QLatin1String("scenario"))
        return MainWindow::tr("Scenario import");
    if (source.startsWith(QLatin1String("target:")))
        return MainWindow::tr("target %1").arg(source.mid(7));
    if (source.startsWith(QLatin1String("gcp-iam:")))
        return MainWindow::tr("GCP keys %1").arg(source.mid(8));
    if (source.startsWith(QLatin1String("github-tokens:")))
        return MainWindow::tr("GitHub tokens %1").arg(source.mid(14));
    return source;
}

QString sourceDescription(const QString &source)
{
    if (source == QLatin1String("scim"))
        return MainWindow::tr("Identity provider (SCIM 2.0)");
    if (source == QLatin1String("okta"))
        return MainWindow::tr("Identity provider (Okta API and System Log)");
    if (source == QLatin1String("graph"))
        return MainWindow::tr("Identity provider (Microsoft Graph and directory audits)");
    if (source == QLatin1String("github"))
        return MainWindow::tr("GitHub Actions");
    if (source.startsWith(QLatin1String("target:")))
        return MainWindow::tr("SCIM provisioning target %1").arg(source.mid(7));
    if (source.startsWith(QLatin1String("gcp-iam:")))
        return MainWindow::tr("Google Cloud service accounts and keys of project %1").arg(source.mid(8));
    if (source.startsWith(QLatin1String("github-tokens:")))
        return MainWindow::tr("GitHub fine-grained tokens of organisation %1").arg(source.mid(14));
    return sourceName(source);
}
} // namespace

MainWindow::MainWindow(ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_detailPane(new DetailPane)
    , m_detailDock(new QDockWidget(tr("Details"), this))
    , m_mainSplitter(new QSplitter(Qt::Vertical, this))
    , m_topSplitter(new QSplitter(Qt::Horizontal, m_mainSplitter))
    , m_bottomSplitter(new QSplitter(Qt::Horizontal, m_mainSplitter))
    , m_focusLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_syncLabel(new QLabel(this))
    , m_loadingLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Scimflow"));
    setObjectName(QStringLiteral("mainWindow"));
    SelectionContext *selection = m_session->selection();
    m_identityPane = new TablePane(tr("Identities"), m_session->identityProxy(), selection, m_topSplitter);
    m_rolePane = new TablePane(tr("Roles"), m_session->roleProxy(), selection, m_topSplitter);
    m_jobPane = new TablePane(tr("Jobs"), m_session->jobProxy(), selection, m_bottomSplitter);
    m_credentialPane =
        new TablePane(tr("Credentials"), m_session->credentialProxy(), selection, m_bottomSplitter);
    m_identityPane->setObjectName(QStringLiteral("identitiesPane"));
    m_rolePane->setObjectName(QStringLiteral("rolesPane"));
    m_jobPane->setObjectName(QStringLiteral("jobsPane"));
    m_credentialPane->setObjectName(QStringLiteral("credentialsPane"));
    m_topSplitter->addWidget(m_identityPane);
    m_topSplitter->addWidget(m_rolePane);
    m_topSplitter->setStretchFactor(0, 5);
    m_topSplitter->setStretchFactor(1, 4);
    m_bottomSplitter->addWidget(m_jobPane);
    m_bottomSplitter->addWidget(m_credentialPane);
    m_bottomSplitter->setStretchFactor(0, 3);
    m_bottomSplitter->setStretchFactor(1, 2);
    m_mainSplitter->addWidget(m_topSplitter);
    m_mainSplitter->addWidget(m_bottomSplitter);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    m_topSplitter->setChildrenCollapsible(false);
    m_bottomSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    m_detailDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailDock->setAccessibleName(tr("Details"));
    m_detailDock->setWidget(m_detailPane);
    m_detailDock->setMinimumWidth(220);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    resizeDocks({m_detailDock}, {270}, Qt::Horizontal);
    setDockNestingEnabled(true);

    m_countsLabel->setAccessibleName(tr("Row counts"));
    m_focusLabel->setAccessibleName(tr("Current focus"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_syncLabel->setAccessibleName(tr("Last sync per source"));
    m_loadingLabel->setAccessibleName(tr("Loading state"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_loadingLabel->hide();
    statusBar()->addWidget(m_loadingLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_focusLabel, 1);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_countsLabel);

    createMenus();
    // Newest runs first until the user picks another order (restoreSettings() brings that back).
    m_jobPane->table()->sortByColumn(JobModel::StartedColumn, Qt::DescendingOrder);
    // Oldest credentials first: the ones rotation is overdue for.
    m_credentialPane->table()->sortByColumn(CredentialModel::AgeColumn, Qt::DescendingOrder);

    connect(m_session, &ConsoleSession::loadProgress, this, &MainWindow::onLoadProgress);
    connect(m_session, &ConsoleSession::loaded, this, &MainWindow::onLoaded);
    connect(m_session, &ConsoleSession::loadFailed, this, &MainWindow::onLoadFailed);
    connect(selection, &SelectionContext::focusChanged, this, &MainWindow::onFocusChanged);
    for (LinkedTableProxy *proxy : {m_session->identityProxy(), m_session->roleProxy(), m_session->jobProxy(),
                                    m_session->credentialProxy()})
        connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    for (TablePane *pane : panes()) {
        connect(pane, &TablePane::timelineRequested, this, &MainWindow::openInTimeline);
        connect(pane, &TablePane::findingsRequested, this, &MainWindow::showFindings);
    }
    connect(m_detailPane, &DetailPane::timelineRequested, this, &MainWindow::openInTimeline);
    connect(m_detailPane, &DetailPane::findingsRequested, this, &MainWindow::showFindings);
    m_focusTracking = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (TablePane *pane : panes()) {
            if (now && pane->isAncestorOf(now)) {
                m_lastPane = pane;
                m_lastTable = pane->table();
            }
        }
        for (QWidget *w = now; w; w = w->parentWidget()) {
            if (auto *findings = qobject_cast<FindingsView *>(w))
                m_lastTable = findings->table();
        }
    });
    onFocusChanged({});
    updateCounts();
    updateLastSync();
    fitToScreen();
}

QRect MainWindow::firstWindowGeometry(const QRect &available)
{
    // Large enough for the three views and the details beside them, with the desktop still in sight.
    const QSize size(available.width() * 85 / 100, available.height() * 85 / 100);
    return QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter, size, available);
}

void MainWindow::fitToScreen()
{
    const QScreen *shownOn = screen() ? screen() : QGuiApplication::primaryScreen();
    if (shownOn)
        setGeometry(firstWindowGeometry(shownOn->availableGeometry()));
}

MainWindow::~MainWindow()
{
    // Focus moves while child widgets are destroyed; the panes must not be looked at by then.
    disconnect(m_focusTracking);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction *exportAction = file->addAction(tr("&Export View…"), this, &MainWindow::exportView);
    m_exportAction = exportAction;
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(
        tr("Write the rows of the view used last (or its selected rows, when several) to a CSV file"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find =
        edit->addAction(tr("&Filter current view"), this, [this] { currentPane()->focusFilter(); });
    find->setShortcut(QKeySequence::Find);
    m_clearFocusAction =
        edit->addAction(tr("&Clear focus"), m_session->selection(), &SelectionContext::clearFocus);
    m_clearFocusAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_clearFocusAction->setToolTip(tr("Clear the focus: every view shows all its rows again (Esc)"));
    QAction *clearFilters = edit->addAction(tr("Clear all &filters"), this, [this] {
        for (TablePane *pane : panes())
            pane->filterEdit()->clear();
    });
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    clearFilters->setToolTip(tr("Empty the filter line of every view (Ctrl+Shift+F)"));

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->addAction(m_clearFocusAction);
    toolBar->addAction(clearFilters);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const struct
    {
        TablePane *pane;
        QString text;
        QKeySequence shortcut;
    } panes[] = {
        {m_identityPane, tr("&Identities"), QKeySequence(Qt::ALT | Qt::Key_1)},
        {m_rolePane, tr("&Roles"), QKeySequence(Qt::ALT | Qt::Key_2)},
        {m_jobPane, tr("&Jobs"), QKeySequence(Qt::ALT | Qt::Key_3)},
        // Alt+4 is Details and Alt+5 onwards the docks.
        {m_credentialPane, tr("&Credentials"), QKeySequence(Qt::ALT | Qt::Key_0)},
    };
    for (const auto &p : panes) {
        QAction *toggle = m_viewMenu->addAction(p.text);
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setShortcut(p.shortcut);
        TablePane *pane = p.pane;
        connect(toggle, &QAction::toggled, pane, &QWidget::setVisible);
    }
    m_viewMenu->addSeparator();
    QAction *details = m_detailDock->toggleViewAction();
    details->setText(tr("&Details"));
    details->setShortcut(QKeySequence(Qt::ALT | Qt::Key_4));
    m_viewMenu->addAction(details);
    m_viewMenu->addAction(toolBar->toggleViewAction());
    QAction *statusBarToggle = m_viewMenu->addAction(tr("&Status bar"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, statusBar(), &QWidget::setVisible);
    QAction *nextPane = m_viewMenu->addAction(tr("&Next Pane"), this, [this] { moveFocusToPane(1); });
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    QAction *previousPane =
        m_viewMenu->addAction(tr("&Previous Pane"), this, [this] { moveFocusToPane(-1); });
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_viewMenu->addSeparator(); // docks added later (timeline, findings) go below

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide =
        help->addAction(tr("&User Guide"), this, [] { QDesktopServices::openUrl(userGuideUrl()); });
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("Open the user guide (the README)"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Scimflow"), this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QUrl MainWindow::userGuideUrl()
{
    // Installed next to the binary's prefix (/usr/bin -> /usr/share/doc), also in an unpacked package.
    const QStringList candidates = {
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../share/doc/scimflow/README.md")),
        QStringLiteral("/usr/share/doc/scimflow/README.md"),
    };
    for (const QString &path : candidates) {
        if (QFileInfo::exists(path))
            return QUrl::fromLocalFile(QFileInfo(path).canonicalFilePath());
    }
    return QUrl(QString::fromLatin1(kOnlineUserGuide));
}

void MainWindow::moveFocusToPane(int step)
{
    // F6 / Shift+F6 move through the views and the visible docks, for keyboard-only use.
    QList<QWidget *> targets;
    for (TablePane *pane : panes()) {
        if (pane->isVisible())
            targets << pane->table();
    }
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock->isVisible() && dock->widget())
            targets << dock->widget();
    }
    if (targets.isEmpty())
        return;
    int current = -1;
    for (int i = 0; i < targets.size(); ++i) {
        if (QApplication::focusWidget() && (targets[i] == QApplication::focusWidget() ||
                                            targets[i]->isAncestorOf(QApplication::focusWidget())))
            current = i;
    }
    const int next = int((current + step + targets.size()) % targets.size());
    QWidget *target = targets[next];
    if (auto *dock = qobject_cast<QDockWidget *>(target->parentWidget()))
        dock->raise();
    target->setFocus(Qt::TabFocusReason);
    if (!target->hasFocus()) // a container: give the focus to its first focusable child
        target->nextInFocusChain()->setFocus(Qt::TabFocusReason);
}

QDockWidget *MainWindow::viewDock(const QString &objectName) const
{
    for (QDockWidget *dock : m_viewDocks) {
        if (dock->objectName() == objectName)
            return dock;
    }
    return nullptr;
}

void MainWindow::openInTimeline(const EntityRef &ref)
{
    if (ref.isValid())
        m_session->selection()->setFocus(ref);
    if (QDockWidget *dock = viewDock(QStringLiteral("timelineDock"))) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::showFindings(const EntityRef &ref)
{
    QDockWidget *dock = viewDock(QStringLiteral("findingsDock"));
    if (!dock)
        return;
    if (auto *view = qobject_cast<FindingsView *>(dock->widget())) {
        const EntityDetails details = m_session->details(ref);
        view->showSubject(ref, details.isEmpty() ? QString() : details.title);
    }
    dock->show();
    dock->raise();
}

QTableView *MainWindow::exportTable() const
{
    if (m_lastTable && m_lastTable->isVisible())
        return m_lastTable;
    return currentPane()->table();
}

QString MainWindow::exportTo(QTableView *table, const QString &fileName, int *rowsWritten) const
{
    const bool selectedOnly = TableCsv::selectedRowCount(table) > 1;
    const QString csv = TableCsv::rows(table, selectedOnly);
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
    file.write(csv.toUtf8());
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
    if (rowsWritten)
        *rowsWritten = int(csv.count(QLatin1Char('\n'))) - 1;
    return {};
}

void MainWindow::exportView()
{
    QTableView *table = exportTable();
    QSettings settings;
    QString dir = settings.value(QLatin1String(kExportDirKey)).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = table->accessibleName().toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export %1").arg(table->accessibleName()),
                                                          QDir(dir).filePath(name + QStringLiteral(".csv")),
                                                          tr("CSV files (*.csv)"));
    if (fileName.isEmpty())
        return;
    settings.setValue(QLatin1String(kExportDirKey), QFileInfo(fileName).absolutePath());
    int rows = 0;
    if (const QString error = exportTo(table, fileName, &rows); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Export View"), error);
        return;
    }
    statusBar()->showMessage(
        tr("Wrote %n row(s) to %1", nullptr, rows).arg(QDir::toNativeSeparators(fileName)), 6000);
}

QString MainWindow::lastSyncText() const
{
    QList<SyncRun> runs = m_session->lastSyncRuns();
    if (runs.isEmpty())
        return tr("Never synced");
    // The identity provider first, the pipeline sources and SCIM targets after it.
    std::stable_partition(runs.begin(), runs.end(), [](const SyncRun &run) {
        return run.source == QLatin1String("scim") || run.source == QLatin1String("okta") ||
               run.source == QLatin1String("graph");
    });
    const QString today = DisplayFormat::timestamp(currentTimestamp()).left(10);
    QStringList parts;
    for (const SyncRun &run : runs) {
        QString when = run.finishedAt ? DisplayFormat::timestamp(run.finishedAt) : tr("never");
        if (when.startsWith(today))
            when = when.mid(11); // today: the time is enough
        parts << tr("%1 %2").arg(sourceName(run.source), when);
    }
    return tr("Last sync (UTC): %1").arg(parts.join(QStringLiteral(" · ")));
}

QString MainWindow::lastSyncToolTip() const
{
    const QList<SyncRun> &runs = m_session->lastSyncRuns();
    QStringList lines{tr("Last successful sync per source:")};
    for (const SyncRun &run : runs)
        lines << tr("%1: %2").arg(sourceDescription(run.source),
                                  run.finishedAt ? tr("%1 UTC").arg(DisplayFormat::timestamp(run.finishedAt))
                                                 : tr("never (every sync failed)"));
    if (runs.isEmpty())
        lines << tr("none yet: Connection > Sync Now (F5) fetches the data");
    return lines.join(QLatin1Char('\n'));
}

void MainWindow::updateLastSync()
{
    m_syncLabel->setText(lastSyncText());
    m_syncLabel->setToolTip(lastSyncToolTip());
    m_syncLabel->setAccessibleDescription(m_syncLabel->toolTip());
}

void MainWindow::addViewDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    m_viewDocks << dock;
    if (dock->accessibleName().isEmpty())
        dock->setAccessibleName(dock->windowTitle());
    QAction *toggle = dock->toggleViewAction();
    // Alt+1 … Alt+4 are the built-in views; the docks follow in the order they are added.
    if (m_viewDocks.size() <= 5)
        toggle->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_4 + m_viewDocks.size())));
    connect(toggle, &QAction::triggered, dock, [dock](bool shown) {
        if (!shown)
            return;
        dock->raise();
        if (dock->widget())
            dock->widget()->setFocus(Qt::ShortcutFocusReason);
    });
    m_viewMenu->addAction(toggle);
}

QList<TablePane *> MainWindow::panes() const
{
    return {m_identityPane, m_rolePane, m_jobPane, m_credentialPane};
}

TablePane *MainWindow::currentPane() const
{
    if (m_lastPane && m_lastPane->isVisible())
        return m_lastPane;
    for (TablePane *pane : panes()) {
        if (pane->isVisible())
            return pane;
    }
    return m_identityPane;
}

QString MainWindow::countsText() const
{
    auto part = [](const LinkedTableProxy *proxy, const QString &pattern) {
        return pattern.arg(QLocale().toString(proxy->rowCount()),
                           QLocale().toString(proxy->sourceRowCount()));
    };
    const QString counts = tr("%1, %2, %3")
                               .arg(part(m_session->identityProxy(), tr("%1 of %2 identities")),
                                    part(m_session->roleProxy(), tr("%1 of %2 roles")),
                                    part(m_session->jobProxy(), tr("%1 of %2 jobs")));
    // A database without a credential inventory does not mention it.
    if (m_session->credentialProxy()->sourceRowCount() == 0)
        return counts;
    return tr("%1, %2").arg(counts, part(m_session->credentialProxy(), tr("%1 of %2 credentials")));
}

void MainWindow::updateCounts()
{
    m_countsLabel->setText(countsText());
}

void MainWindow::onLoadProgress(int done, int total)
{
    m_loadingLabel->setText(tr("Loading %1…").arg(m_session->databasePath()));
    m_loadingLabel->show();
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->show();
}

void MainWindow::onLoaded()
{
    m_progress->hide();
    m_loadingLabel->hide();
    if (!m_headersRestored) {
        for (TablePane *pane : panes())
            pane->fitColumns();
    }
    updateCounts();
    updateLastSync();
    if (m_session->identityProxy()->sourceRowCount() == 0 && m_session->jobProxy()->sourceRowCount() == 0)
        statusBar()->showMessage(tr("%1 holds no identities or jobs yet: start with --demo, or import a "
                                    "scenario with \"scimflow scenario\".")
                                     .arg(m_session->databasePath()));
    else
        statusBar()->showMessage(tr("Loaded %1").arg(m_session->databasePath()), 4000);
}

void MainWindow::onLoadFailed(const QString &message)
{
    m_progress->hide();
    m_loadingLabel->setText(tr("Loading failed: %1").arg(message));
    m_loadingLabel->show();
}

void MainWindow::onFocusChanged(const EntityRef &focus)
{
    m_clearFocusAction->setEnabled(focus.isValid());
    const EntityDetails details = m_session->details(focus);
    m_detailPane->showDetails(details);
    if (!focus.isValid() || details.isEmpty())
        m_focusLabel->setText(tr("No focus: select a row to link the views"));
    else
        m_focusLabel->setText(tr("Focus: %1 (%2) — Esc clears").arg(details.title, details.subtitle));
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray(), kStateVersion);
    m_mainSplitter->restoreState(settings.value(QLatin1String(kMainSplitterKey)).toByteArray());
    m_topSplitter->restoreState(settings.value(QLatin1String(kTopSplitterKey)).toByteArray());
    m_bottomSplitter->restoreState(settings.value(QLatin1String(kBottomSplitterKey)).toByteArray());
    for (TablePane *pane : panes()) {
        const QByteArray state =
            settings.value(QString::fromLatin1(kHeaderKey).arg(pane->objectName())).toByteArray();
        if (!state.isEmpty()) {
            pane->restoreHeaderState(state);
            m_headersRestored = true;
        }
    }
    for (QDockWidget *dock : m_viewDocks) {
        for (QTableView *table : dock->findChildren<QTableView *>()) {
            if (table->objectName().isEmpty())
                continue;
            const QByteArray state =
                settings.value(QString::fromLatin1(kHeaderKey).arg(table->objectName())).toByteArray();
            if (!state.isEmpty())
                table->horizontalHeader()->restoreState(state);
        }
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState(kStateVersion));
    settings.setValue(QLatin1String(kMainSplitterKey), m_mainSplitter->saveState());
    settings.setValue(QLatin1String(kTopSplitterKey), m_topSplitter->saveState());
    settings.setValue(QLatin1String(kBottomSplitterKey), m_bottomSplitter->saveState());
    for (TablePane *pane : panes())
        settings.setValue(QString::fromLatin1(kHeaderKey).arg(pane->objectName()), pane->saveHeaderState());
    for (QDockWidget *dock : m_viewDocks) {
        for (QTableView *table : dock->findChildren<QTableView *>()) {
            if (!table->objectName().isEmpty())
                settings.setValue(QString::fromLatin1(kHeaderKey).arg(table->objectName()),
                                  table->horizontalHeader()->saveState());
        }
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistSettings)
        saveSettings();
    event->accept();
}

} // namespace Scimflow
