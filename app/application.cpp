#include "application.h"

#include "connectioncontroller.h"
#include "consolesession.h"
#include "demoloader.h"
#include "findingsdock.h"
#include "jobcancelconnector.h"
#include "mainwindow.h"
#include "rbacmappingdialog.h"
#include "reportsdialog.h"
#include "scimfixconnector.h"
#include "store.h"
#include "timelinedock.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
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

/// Renders the window once the data is shown and exits: 0 when the PNG was written.
void takeScreenshot(MainWindow *window, const QString &file)
{
    // Let the views lay out the freshly loaded rows before grabbing.
    QTimer::singleShot(150, window, [window, file] {
        const QPixmap pixmap = window->grab();
        const bool saved = !pixmap.isNull() && pixmap.save(file, "PNG");
        if (!saved)
            QTextStream(stderr) << tr("error: cannot write the screenshot to %1").arg(file) << '\n';
        QCoreApplication::exit(saved ? 0 : 1);
    });
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
        parser.addOptions({demo, db, screenshot, language});
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

    QTextStream err(stderr);
    if (parser.isSet(demoOption) && parser.isSet(dbOption)) {
        err << tr("error: use either --demo or --db FILE, not both") << '\n';
        return 2;
    }
    const QString screenshot = parser.value(screenshotOption);
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
    if (!screenshot.isEmpty())
        QObject::connect(&session, &ConsoleSession::loaded, &window,
                         [&] { takeScreenshot(&window, screenshot); });

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
    QObject::connect(&connections, &ConnectionController::syncFailed, &window,
                     [&](const QString &message) { QMessageBox::warning(&window, tr("Sync"), message); });
    QObject::connect(&connections, &ConnectionController::synced, &window,
                     [&](const QString &databasePath, const QString &summary) {
                         window.setWindowTitle(tr("Scimflow — %1").arg(QFileInfo(databasePath).fileName()));
                         openDatabase(databasePath);
                         // Fixes now go to the identity provider just synced, not to the demo.
                         userFixes = std::make_unique<ScimFixConnector>(connections.scimClient(),
                                                                        connections.identity());
                         findings.setConnectors({userFixes.get()});
                         findings.recompute();
                         window.statusBar()->showMessage(summary);
                     });

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
    window.show();
    const int result = app.exec();
    return exitCode ? exitCode : result;
}

} // namespace Scimflow::Gui
