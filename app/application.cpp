#include "application.h"

#include "apptheme.h"
#include "console.h"
#include "consolesession.h"
#include "consolesettings.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "store.h"
#include "tablepane.h"
#include "teamstoresettings.h"
#include "uilanguage.h"
#include "viewscreenshot.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
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

    const ConsoleSettings settings = ConsoleSettings::load();
    AppTheme::apply(settings.theme);

    QTextStream err(stderr);
    if (parser.isSet(options.demo) && parser.isSet(options.db)) {
        err << tr("error: use either --demo or --db FILE, not both") << '\n';
        return 2;
    }
    const QString screenshot = parser.value(options.screenshot);
    const QString screenshotView = parser.value(options.screenshotView);
    if (!ViewScreenshot::viewNames().contains(screenshotView)) {
        err << tr("error: --screenshot-view takes one of: %1")
                   .arg(ViewScreenshot::viewNames().join(QLatin1String(", ")))
            << '\n';
        return 2;
    }
    // Connections are saved in the user's own database: --db FILE, or the default one.
    const QString dbPath = parser.value(options.db);
    const QString home = dbPath.isEmpty() ? defaultDatabasePath() : dbPath;
    const bool demo = parser.isSet(options.demo) || (dbPath.isEmpty() && !isConfigured(home));
    if (!demo)
        QDir().mkpath(QFileInfo(home).absolutePath());

    Workspace workspace(home);
    Console console(&workspace, settings);
    MainWindow *window = console.window();
    if (screenshot.isEmpty())
        window->restoreSettings();
    else
        window->setPersistSettings(
            false); // screenshots show the default layout and leave the saved one alone

    int exitCode = 0;
    auto fail = [&](const QString &message) {
        err << tr("error: %1").arg(message) << '\n';
        if (!screenshot.isEmpty()) {
            exitCode = 1;
            QCoreApplication::exit(1);
            return;
        }
        window->statusBar()->showMessage(message);
    };
    QObject::connect(&workspace, &Workspace::failed, window, fail);
    QObject::connect(workspace.session(), &ConsoleSession::loadFailed, window, fail);
    ViewScreenshot shot(window, workspace.session(), console.findings(), screenshotView, screenshot);
    shot.setReviews(console.reviews());
    if (!screenshot.isEmpty()) {
        QObject::connect(workspace.session(), &ConsoleSession::loaded, &shot, &ViewScreenshot::start);
        // Unattended: the keychain is not asked for, so nothing waits for an answer.
        workspace.setUnlockConfirmation([](const QString &) { return false; });
    }

    // The remembered team store, when Settings > Connections says to open it at start and the command line
    // did not choose what to show.
    const QString teamStore = TeamStoreSettings::toOpenAtStart(
        settings.openTeamStoreAtStart, TeamStoreSettings::rememberedLocation(),
        parser.isSet(options.demo) || !dbPath.isEmpty() || !screenshot.isEmpty());

    // Once the window is up, so that questions (unlock a connection's secrets) have a parent to show over.
    const auto openDefault = [&] {
        if (demo) {
            workspace.openDemo();
            return;
        }
        const QString path = !dbPath.isEmpty() || workspace.activeConnection().isEmpty()
                                 ? home
                                 : workspace.databaseFor(workspace.activeConnection());
        if (!QFileInfo::exists(path)) { // a new database, empty until its first sync
            if (auto created = Store::open(path); !created) {
                fail(created.error().message);
                return;
            }
        }
        if (Status opened = workspace.open(path, Workspace::OpenMode::AskToUnlock); !opened)
            fail(opened.error().message);
    };
    QTimer::singleShot(0, &workspace, [&] {
        if (teamStore.isEmpty())
            openDefault();
        else
            console.openTeamStoreAtStart(teamStore, openDefault);
    });
    std::unique_ptr<FirstPaintProbe> probe;
    if (FirstPaintProbe::isRequested())
        probe =
            std::make_unique<FirstPaintProbe>(workspace.session(), window->jobPane()->table()->viewport());
    window->show();
    const int result = app.exec();
    return exitCode ? exitCode : result;
}

} // namespace Scimflow::Gui
