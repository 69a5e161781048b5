#include "mainwindow.h"

#include "consolesession.h"
#include "detailpane.h"
#include "jobmodel.h"
#include "linkedtableproxy.h"
#include "selectioncontext.h"
#include "tablepane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

namespace Scimflow {

namespace {
const char kGeometryKey[] = "mainWindow/geometry";
const char kStateKey[] = "mainWindow/state";
const char kMainSplitterKey[] = "mainWindow/mainSplitter";
const char kTopSplitterKey[] = "mainWindow/topSplitter";
const char kHeaderKey[] = "views/%1/header";
const int kStateVersion = 1;
} // namespace

MainWindow::MainWindow(ConsoleSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_detailPane(new DetailPane)
    , m_detailDock(new QDockWidget(tr("Details"), this))
    , m_mainSplitter(new QSplitter(Qt::Vertical, this))
    , m_topSplitter(new QSplitter(Qt::Horizontal, m_mainSplitter))
    , m_focusLabel(new QLabel(this))
    , m_countsLabel(new QLabel(this))
    , m_loadingLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setWindowTitle(tr("Scimflow"));
    setObjectName(QStringLiteral("mainWindow"));
    SelectionContext *selection = m_session->selection();
    m_identityPane = new TablePane(tr("Identities"), m_session->identityProxy(), selection, m_topSplitter);
    m_rolePane = new TablePane(tr("Roles"), m_session->roleProxy(), selection, m_topSplitter);
    m_jobPane = new TablePane(tr("Jobs"), m_session->jobProxy(), selection, m_mainSplitter);
    m_identityPane->setObjectName(QStringLiteral("identitiesPane"));
    m_rolePane->setObjectName(QStringLiteral("rolesPane"));
    m_jobPane->setObjectName(QStringLiteral("jobsPane"));
    m_topSplitter->addWidget(m_identityPane);
    m_topSplitter->addWidget(m_rolePane);
    m_topSplitter->setStretchFactor(0, 5);
    m_topSplitter->setStretchFactor(1, 4);
    m_mainSplitter->addWidget(m_topSplitter);
    m_mainSplitter->addWidget(m_jobPane);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    m_topSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    m_detailDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailDock->setWidget(m_detailPane);
    m_detailDock->setMinimumWidth(220);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    resizeDocks({m_detailDock}, {270}, Qt::Horizontal);
    setDockNestingEnabled(true);

    m_countsLabel->setAccessibleName(tr("Row counts"));
    m_focusLabel->setAccessibleName(tr("Current focus"));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_loadingLabel->hide();
    statusBar()->addWidget(m_loadingLabel);
    statusBar()->addWidget(m_progress);
    statusBar()->addWidget(m_focusLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);

    createMenus();
    // Newest runs first until the user picks another order (restoreSettings() brings that back).
    m_jobPane->table()->sortByColumn(JobModel::StartedColumn, Qt::DescendingOrder);

    connect(m_session, &ConsoleSession::loadProgress, this, &MainWindow::onLoadProgress);
    connect(m_session, &ConsoleSession::loaded, this, &MainWindow::onLoaded);
    connect(m_session, &ConsoleSession::loadFailed, this, &MainWindow::onLoadFailed);
    connect(selection, &SelectionContext::focusChanged, this, &MainWindow::onFocusChanged);
    for (LinkedTableProxy *proxy :
         {m_session->identityProxy(), m_session->roleProxy(), m_session->jobProxy()})
        connect(proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    m_focusTracking = connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        for (TablePane *pane : {m_identityPane, m_rolePane, m_jobPane}) {
            if (now && pane->isAncestorOf(now))
                m_lastPane = pane;
        }
    });
    onFocusChanged({});
    updateCounts();
    resize(1400, 860);
}

MainWindow::~MainWindow()
{
    // Focus moves while child widgets are destroyed; the panes must not be looked at by then.
    disconnect(m_focusTracking);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
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
        for (TablePane *pane : {m_identityPane, m_rolePane, m_jobPane})
            pane->filterEdit()->clear();
    });
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
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
    m_viewMenu->addSeparator(); // docks added later (timeline, findings) go below

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Scimflow"), this, [this] {
        QMessageBox::about(this, tr("About Scimflow"),
                           tr("<b>Scimflow %1</b><p>Shows where identities in the identity provider and the "
                              "identities data pipelines run as have drifted apart.</p><p>MIT licence. Built "
                              "with Qt %2.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::addViewDock(QDockWidget *dock, Qt::DockWidgetArea area)
{
    addDockWidget(area, dock);
    m_viewMenu->addAction(dock->toggleViewAction());
}

TablePane *MainWindow::currentPane() const
{
    if (m_lastPane && m_lastPane->isVisible())
        return m_lastPane;
    for (TablePane *pane : {m_identityPane, m_rolePane, m_jobPane}) {
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
    return tr("%1, %2, %3")
        .arg(part(m_session->identityProxy(), tr("%1 of %2 identities")),
             part(m_session->roleProxy(), tr("%1 of %2 roles")),
             part(m_session->jobProxy(), tr("%1 of %2 jobs")));
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
        for (TablePane *pane : {m_identityPane, m_rolePane, m_jobPane})
            pane->fitColumns();
    }
    updateCounts();
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
    for (TablePane *pane : {m_identityPane, m_rolePane, m_jobPane}) {
        const QByteArray state =
            settings.value(QString::fromLatin1(kHeaderKey).arg(pane->objectName())).toByteArray();
        if (!state.isEmpty()) {
            pane->restoreHeaderState(state);
            m_headersRestored = true;
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
    for (TablePane *pane : {m_identityPane, m_rolePane, m_jobPane})
        settings.setValue(QString::fromLatin1(kHeaderKey).arg(pane->objectName()), pane->saveHeaderState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistSettings)
        saveSettings();
    event->accept();
}

} // namespace Scimflow
