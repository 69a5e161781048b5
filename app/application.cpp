#include "application.h"

#include "apptheme.h"
#include "connectioncontroller.h"
#include "consolesession.h"
#include "demoloader.h"
#include "findingsdock.h"
#include "firstpaintprobe.h"
#include "jobcancelconnector.h"
#include "mainwindow.h"
#include "rbacmappingdialog.h"
#include "reportsdialog.h"
#include "scimfixconnector.h"
#include "settingsconnectionspage.h"
#include "settingsdialog.h"
#include "store.h"
#include "syncscheduler.h"
#include "tablepane.h"
#include "timelinedock.h"
#include "uilanguage.h"
#include "viewscreenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace Scimflow::Gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::Gui", text);
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/scimflow.db");
}

/// A database counts as configured once it holds a connection profile; until then the demo opens.
bool isConfigured(const QString &path)
{
    if (!QFileInfo::exists(path))
        return false;
    auto store = Store::open(path);
    return store && (*store)->count(QStringLiteral("connection_profiles")) > 0;
}

struct Options
{
    Q_DECLARE_TR_FUNCTIONS(Scimflow::Gui)

public:
    QCommandLineOption demo{QStringLiteral("demo"),
                            tr("Open the built-in demo (the default until a connection is configured). Its "
                               "database is rebuilt on each start.")};
    QCommandLineOption db{QStringLiteral("db"),
                          tr("Open the database FILE (default: %1).").arg(defaultDatabasePath()),
                          QStringLiteral("FILE")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        tr("Render the main window to the PNG FILE once the data is loaded, then exit."),
        QStringLiteral("FILE")};
    QCommandLineOption screenshotView{QStringLiteral("screenshot-view"),
                                      tr("With --screenshot: render VIEW instead of the main window (%1).")
                                          .arg(ViewScreenshot::viewNames().join(QLatin1String(", "))),
                                      QStringLiteral("VIEW"), QStringLiteral("main")};
    QCommandLineOption language{
        QStringLiteral("language"),
        tr("Show the console in LANGUAGE (en, de or fr) instead of the language chosen "
           "in Settings or, failing that, the system's."),
        QStringLiteral("LANGUAGE")};

    void addTo(QCommandLineParser &parser, const QStringList &commandSummaries) const
    {
        parser.setApplicationDescription(tr("Scimflow console: linked users, roles and pipeline jobs, and "
                                            "where they have drifted apart.\n\n"
                                            "Commands (scimflow <command> --help):\n%1")
                                             .arg(commandSummaries.join(QLatin1Char('\n'))));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, db, screenshot, screenshotView, language});
    }
};

/// --help and --version print and exit without a display, so they run under a QCoreApplication.
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--help-all" || arg == "--version" ||
            arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int run(int &argc, char **argv, const QStringList &commandSummaries)
{
    const Options options;
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        options.addTo(parser, commandSummaries);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("scimflow"), QIcon(QStringLiteral(":/icons/scimflow.svg"))));
    // http_proxy / https_proxy / no_proxy (and the desktop's proxy settings) apply to every request.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QCommandLineParser parser;
    options.addTo(parser, commandSummaries);
    parser.process(app);
    // Before any window exists, so that every widget is built with the translated strings.
    const QString override =
        parser.isSet(options.language) ? parser.value(options.language) : UiLanguage::configured();
    const QString language = UiLanguage::choose(override, QLocale::system().uiLanguages());
    if (!UiLanguage::install(app, language) ||
        (!override.isEmpty() && !override.startsWith(language, Qt::CaseInsensitive)))
        QTextStream(stderr) << tr("warning: the console is not translated into %1; it is shown in English")
                                   .arg(override.isEmpty() ? language : override)
                            << '\n';
    const QCommandLineOption &demoOption = options.demo;
    const QCommandLineOption &dbOption = options.db;
    const QCommandLineOption &screenshotOption = options.screenshot;

    const ConsoleSettings settings = ConsoleSettings::load();
    AppTheme::apply(settings.theme);

    QTextStream err(stderr);
    if (parser.isSet(demoOption) && parser.isSet(dbOption)) {
        err << tr("error: use either --demo or --db FILE, not both") << '\n';
        return 2;
    }
    const QString screenshot = parser.value(screenshotOption);
    const QString screenshotView = parser.value(options.screenshotView);
    if (!ViewScreenshot::viewNames().contains(screenshotView)) {
        err << tr("error: --screenshot-view takes one of: %1")
                   .arg(ViewScreenshot::viewNames().join(QLatin1String(", ")))
            << '\n';
        return 2;
    }
    bool demo = parser.isSet(demoOption);
    QString path = parser.value(dbOption);
    if (!demo && path.isEmpty()) {
        path = defaultDatabasePath();
        demo = !isConfigured(path);
    }
    if (demo)
        path = DemoLoader::defaultPath();
    else
        QDir().mkpath(QFileInfo(path).absolutePath());

    ConsoleSession session;
    MainWindow window(&session);
    // Added before restoreSettings() so that the dock's saved place is restored too.
    auto *timeline = new TimelineDock(&window);
    timeline->connectSelection(session.selection());
    window.addViewDock(timeline, Qt::BottomDockWidgetArea);
    window.resizeDocks({timeline}, {360}, Qt::Vertical);
    FindingsDock findings(&window, &session);
    // Beside the timeline, the findings table needs about half the width to show its columns.
    if (auto *findingsDock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock")))
        window.resizeDocks({timeline, findingsDock}, {1, 1}, Qt::Horizontal);
    // Finding flags on the timeline follow every recompute.
    QObject::connect(&findings, &FindingsDock::findingsChanged, timeline, &TimelineDock::reload);
    findings.setSettings(settings.driftSettings());
    if (screenshot.isEmpty()) {
        window.restoreSettings();
    } else {
        // Screenshots show the default layout and leave the user's saved layout alone.
        window.setPersistSettings(false);
    }
    // Before Help, which stays last by convention.
    auto *reports = new QMenu(tr("&Reports"), &window);
    const QList<QAction *> menus = window.menuBar()->actions();
    window.menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), reports);
    reports->addAction(ReportsDialog::createAction(&window, [path] { return path; }));
    // Connections always go to the user's own database, also while the demo is shown.
    ConnectionController connections(&window, demo ? defaultDatabasePath() : path);
    auto *connectionMenu = new QMenu(tr("&Connection"), &window);
    window.menuBar()->insertMenu(reports->menuAction(), connectionMenu);
    connectionMenu->addAction(connections.connectAction());
    connectionMenu->addAction(connections.syncAction());
    connections.setDriftSettings(settings.driftSettings());
    SyncScheduler syncSchedule(&window, &connections, demo ? defaultDatabasePath() : path);
    syncSchedule.setDemoShown(demo);
    syncSchedule.setIntervalMinutes(settings.syncIntervalMinutes);
    auto *tools = new QMenu(tr("&Tools"), &window);
    window.menuBar()->insertMenu(window.menuBar()->actions().last(), tools); // after Reports, before Help
    QAction *settingsAction = tools->addAction(tr("&Settings…"));
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    settingsAction->setShortcuts(
        preferences.isEmpty() ? QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+,"))} : preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsAction->setStatusTip(tr("Language, theme, periodic sync, drift thresholds, report defaults and "
                                    "saved connections."));
    QObject::connect(settingsAction, &QAction::triggered, &window, [&] {
        SettingsDialog dialog(demo ? defaultDatabasePath() : path, &window);
        SettingsConnectionsPage *page = dialog.connectionsPage();
        QObject::connect(
            page, &SettingsConnectionsPage::editRequested, &dialog,
            [&](const ConnectionProfile &profile) { connections.editProfile(profile, &dialog); });
        QObject::connect(page, &SettingsConnectionsPage::connectRequested, &dialog,
                         [&] { connections.newProfile(&dialog); });
        QObject::connect(&connections, &ConnectionController::profileSaved, page,
                         &SettingsConnectionsPage::reload);
        QObject::connect(&dialog, &SettingsDialog::applied, &window, [&](const ConsoleSettings &applied) {
            syncSchedule.setIntervalMinutes(applied.syncIntervalMinutes);
            connections.setDriftSettings(applied.driftSettings());
            findings.setSettings(applied.driftSettings());
            findings.recompute();
        });
        dialog.exec();
    });
    window.setWindowTitle(demo ? tr("Scimflow — demo") : tr("Scimflow — %1").arg(QFileInfo(path).fileName()));

    int exitCode = 0;
    auto fail = [&](const QString &message) {
        err << tr("error: %1").arg(message) << '\n';
        if (!screenshot.isEmpty()) {
            exitCode = 1;
            QCoreApplication::exit(1);
            return;
        }
        window.statusBar()->showMessage(message);
    };
    QString shownPath;
    auto openDatabase = [&](const QString &databasePath) {
        shownPath = databasePath;
        if (Status opened = session.open(databasePath); !opened) {
            fail(opened.error().message);
            return;
        }
        timeline->openDatabase(databasePath);
        session.reload();
    };
    QObject::connect(&session, &ConsoleSession::loadFailed, &window,
                     [&](const QString &message) { fail(message); });
    ViewScreenshot shot(&window, &session, &findings, screenshotView, screenshot);
    if (!screenshot.isEmpty())
        QObject::connect(&session, &ConsoleSession::loaded, &shot, &ViewScreenshot::start);

    connectionMenu->addSeparator();
    QAction *mappingAction = connectionMenu->addAction(tr("RBAC &Mapping…"));
    mappingAction->setStatusTip(tr("Edit which pipeline roles IdP groups and service accounts map to."));
    QObject::connect(mappingAction, &QAction::triggered, &window, [&] {
        if (shownPath.isEmpty())
            return; // still loading
        auto store = Store::open(shownPath);
        if (!store) {
            QMessageBox::warning(&window, tr("RBAC mapping"), store.error().message);
            return;
        }
        RbacMappingDialog dialog(**store, qEnvironmentVariable("USER"), &window);
        bool saved = false;
        QObject::connect(&dialog, &RbacMappingDialog::mappingSaved, &dialog, [&saved] { saved = true; });
        dialog.exec();
        if (saved) { // service accounts, roles and job links changed
            session.reload();
            findings.recompute();
        }
    });

    std::unique_ptr<ScimFixConnector> userFixes;
    QObject::connect(&connections, &ConnectionController::syncFailed, &window, [&](const QString &message) {
        // A periodic sync runs unattended: its failure goes to the status bar and the sync indicator.
        if (syncSchedule.isPeriodicRun())
            window.statusBar()->showMessage(message);
        else
            QMessageBox::warning(&window, tr("Sync"), message);
    });
    QObject::connect(&connections, &ConnectionController::synced, &window,
                     [&](const QString &databasePath, const QString &summary) {
                         window.setWindowTitle(tr("Scimflow — %1").arg(QFileInfo(databasePath).fileName()));
                         syncSchedule.setDemoShown(false);
                         openDatabase(databasePath);
                         // Fixes now go to the identity provider just synced, not to the demo.
                         userFixes = std::make_unique<ScimFixConnector>(connections.scimClient(),
                                                                        connections.identity());
                         findings.setConnectors({userFixes.get()});
                         findings.recompute();
                         window.statusBar()->showMessage(summary);
                     });

    // Received OpenLineage runs: the shown database reloads once the burst is over.
    QTimer lineageReload;
    lineageReload.setSingleShot(true);
    lineageReload.setInterval(1000);
    QObject::connect(&lineageReload, &QTimer::timeout, &window, [&] {
        openDatabase(shownPath);
        findings.recompute();
    });
    QObject::connect(&connections, &ConnectionController::jobsReceived, &window,
                     [&](const QString &databasePath, int runs) {
                         window.statusBar()->showMessage(
                             QCoreApplication::translate("Scimflow::Gui", "Received %n OpenLineage run(s).",
                                                         nullptr, runs),
                             5000);
                         if (databasePath == shownPath)
                             lineageReload.start();
                     });
    auto *receiving = new QLabel(&window);
    window.statusBar()->addPermanentWidget(receiving);
    auto showReceivers = [&connections, receiving] {
        const QStringList listening = connections.lineageIntake()->listening();
        receiving->setVisible(!listening.isEmpty());
        receiving->setText(tr("Receiving OpenLineage: %1").arg(listening.join(QStringLiteral(", "))));
    };
    showReceivers();
    QObject::connect(connections.lineageIntake(), &OpenLineageIntake::listeningChanged, receiving,
                     showReceivers);
    QObject::connect(
        connections.lineageIntake(), &OpenLineageIntake::failed, &window,
        [&](const QString &message) { QMessageBox::warning(&window, tr("OpenLineage"), message); });

    DemoLoader demoLoader;
    std::unique_ptr<ScimFixConnector> demoFixes;
    std::unique_ptr<JobCancelConnector> demoCancels;
    if (demo) {
        QObject::connect(&demoLoader, &DemoLoader::phaseChanged, &window,
                         [&](const QString &phase) { window.statusBar()->showMessage(phase); });
        QObject::connect(&demoLoader, &DemoLoader::finished, &window, openDatabase);
        QObject::connect(&demoLoader, &DemoLoader::failed, &window,
                         [&](const QString &message) { fail(message); });
        window.statusBar()->showMessage(tr("Preparing the demo data…"));
        demoLoader.start(path);
        if (ScimClient *client = demoLoader.scimClient()) {
            demoFixes = std::make_unique<ScimFixConnector>(client, tr("demo API token"));
            demoCancels =
                std::make_unique<JobCancelConnector>(demoLoader.httpClient(), demoLoader.dataflowUrl(),
                                                     demoLoader.dataflowUrl(), tr("demo API token"));
            findings.setConnectors({demoFixes.get(), demoCancels.get()});
        }
    } else {
        openDatabase(path);
    }
    std::unique_ptr<FirstPaintProbe> probe;
    if (FirstPaintProbe::isRequested())
        probe = std::make_unique<FirstPaintProbe>(&session, window.jobPane()->table()->viewport());
    window.show();
    const int result = app.exec();
    return exitCode ? exitCode : result;
}

} // namespace Scimflow::Gui
