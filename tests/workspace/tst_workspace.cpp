#include "auditlog.h"
#include "connectioncontroller.h"
#include "console.h"
#include "consolesession.h"
#include "credentialmodel.h"
#include "credentialsandbox.h"
#include "findingsdock.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "fixdialog.h"
#include "fixplanner.h"
#include "identitymodel.h"
#include "jobmodel.h"
#include "mainwindow.h"
#include "pipelinesandbox.h"
#include "rbacmappingrepository.h"
#include "reportsdialog.h"
#include "reviewcontroller.h"
#include "reviewitemmodel.h"
#include "reviewrepository.h"
#include "reviewwindow.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "scimsandbox.h"
#include "store.h"
#include "syncscheduler.h"
#include "teamstoresettings.h"
#include "teststore.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Scimflow;

namespace {

/// One tenant: a simulated IdP and pipeline APIs on 127.0.0.1, the IdP and the pipelines with different
/// tokens. Its scenario has a GitHub run and a Dataflow job still running, both launched by principals the
/// IdP does not know, so that a cancel is offered for each.
struct Tenant
{
    QString name;
    QString idpToken;
    QString pipelineToken;
    Scenario scenario;
    SandboxServer server;
    std::unique_ptr<ScimSandbox> scim;
    std::unique_ptr<PipelineSandbox> pipelines;
    QString githubRun;
    QString dataflowJob;

    explicit Tenant(const QString &tenant)
        : name(tenant)
        , idpToken(tenant + QStringLiteral("-idp-t0ken-5f1c"))
        , pipelineToken(tenant + QStringLiteral("-pipelines-t0ken-a93e"))
        , scenario(ScenarioGenerator::generate(ScenarioSpec::demo(), currentTimestamp()))
    {
        for (Job &job : scenario.jobs) {
            const bool github = job.source == QLatin1String("github");
            QString &picked = github ? githubRun : dataflowJob;
            if (!picked.isEmpty() || job.isRunning())
                continue;
            picked = job.externalId;
            job.state = Job::State::Running;
            job.rawState = github ? QStringLiteral("in_progress") : QStringLiteral("JOB_STATE_RUNNING");
            job.endTime = 0;
            job.launcher = github ? QStringLiteral("outside-contractor-ci")
                                  : QStringLiteral("ext.backfill@partner-agency.example");
            if (github)
                job.runAs = job.launcher;
        }
        if (!server.listen(0))
            qFatal("cannot listen on 127.0.0.1");
        scim = std::make_unique<ScimSandbox>(server, scenario, idpToken);
        pipelines = std::make_unique<PipelineSandbox>(server, scenario, pipelineToken);
    }

    /// A saved profile of this tenant; its secrets are kept for the session (no keychain in tests).
    ConnectionProfile profile(bool withPipelines) const
    {
        ConnectionProfile p;
        p.name = name;
        p.scimUrl = scim->baseUrl().toString();
        p.secretRef = SecretStore::newReference(name);
        SecretStore::storeForSession(p.secretRef, idpToken);
        if (!withPipelines)
            return p;
        const QString pipelineRef = SecretStore::newReference(name + QStringLiteral(" pipelines"));
        SecretStore::storeForSession(pipelineRef, pipelineToken);
        PipelineSource dataflow;
        dataflow.name = name + QStringLiteral(" dataflow");
        dataflow.url = pipelines->baseUrl().toString();
        dataflow.project = pipelines->data().project();
        dataflow.location = pipelines->data().location();
        dataflow.secretRef = pipelineRef;
        PipelineSource github;
        github.kind = PipelineSource::Kind::Github;
        github.name = name + QStringLiteral(" ci");
        github.url = dataflow.url;
        github.repository = pipelines->data().repository();
        github.secretRef = pipelineRef;
        p.pipelineSources = {dataflow, github};
        return p;
    }

    /// The group whose memberships the test treats as privileged: every one is unrecorded after the first
    /// Sync Now, which follows an earlier run of the source that listed nobody (see priorRunOfTheSource).
    const Group &privilegedGroup() const
    {
        for (const Group &g : scenario.groups) {
            if (activeMembers(g).size() >= 2)
                return g;
        }
        qFatal("the demo scenario has no group with two active members");
    }

    QStringList activeMembers(const Group &group) const
    {
        QStringList out;
        for (const User &u : scenario.users) {
            if (u.active && group.memberScimIds.contains(u.scimId))
                out << u.scimId;
        }
        return out;
    }
};

/// A finding, one of its fixes, and where it goes.
struct Target
{
    QString fingerprint;
    FixPlan plan;
};

/// The first finding with an available fix of \a kind (for a job cancel, from \a source) through the
/// workspace's connectors.
Target findFix(Workspace &workspace, const FindingsModel &model, FixAction::Kind kind,
               const QString &source = QString(), const QString &userScimId = QString())
{
    FixPlanner planner(workspace.store()->database(), workspace.connectors());
    for (int row = 0; row < model.rowCount(); ++row) {
        const Finding finding = *model.findingAt(row);
        const Result<QList<FixPlan>> plans = planner.plansFor(finding);
        if (!plans)
            continue;
        for (const FixPlan &plan : *plans) {
            if (plan.action.kind != kind || !plan.isAvailable())
                continue;
            if (!source.isEmpty() && plan.action.jobSource != source)
                continue;
            if (!userScimId.isEmpty() && plan.action.userScimId != userScimId)
                continue;
            return Target{finding.fingerprint, plan};
        }
    }
    return {};
}

/// Clicks the first button of the next message box with \a objectName and keeps its text.
void answerNextMessageBox(const QString &objectName, QString *text, bool accept = true)
{
    QTimer::singleShot(0, qApp, [objectName, text, accept] {
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()), 10000);
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QCOMPARE(box->objectName(), objectName);
        if (text)
            *text = box->text() + QLatin1Char('\n') + box->informativeText() + QLatin1Char('\n') +
                    box->detailedText();
        QAbstractButton *button = box->buttons().first();
        for (QAbstractButton *b : box->buttons()) {
            const QMessageBox::ButtonRole role = box->buttonRole(b);
            if (accept ? role == QMessageBox::AcceptRole : role == QMessageBox::RejectRole)
                button = b;
        }
        button->click();
    });
}

} // namespace

/// The workspace through the console's windows: two saved connections, each synced with Sync Now into its
/// own database, every fix kind applied through the fix dialog against the tenant's simulated servers,
/// switching connections from the Connection menu, and opening a database synced by a saved connection.
class TestWorkspace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Tenant> m_production;
    std::unique_ptr<Tenant> m_staging;
    QString m_home;

    /// A console as on a start-up, showing nothing yet.
    std::unique_ptr<Console> makeConsole(Workspace &workspace)
    {
        auto console = std::make_unique<Console>(&workspace, ConsoleSettings());
        console->window()->setPersistSettings(false);
        DriftSettings drift;
        drift.extraPrivilegedGroups = {m_production->privilegedGroup().displayName};
        workspace.setDriftSettings(drift);
        console->window()->show();
        return console;
    }

    /// An earlier successful run of the IdP source in \a database that listed nobody (the app had no users
    /// assigned yet): the baseline is behind us, so the memberships the next sync finds are changes the
    /// snapshots saw with no record of who made them: privileged drift, with its fixes.
    static void priorRunOfTheSource(const QString &database)
    {
        auto store = Store::open(database);
        QVERIFY(store.ok());
        if ((*store)->lastSuccessfulRun(QStringLiteral("scim")).id)
            return;
        const Result<qint64> run =
            (*store)->beginSyncRun(QStringLiteral("scim"), QStringLiteral("incremental"));
        QVERIFY(run.ok());
        QVERIFY((*store)->finishSyncRun(*run, QStringLiteral("ok"), QString(), QString()).ok());
    }

    /// Sync Now, then the findings of the synced database shown.
    void syncNow(Console &console)
    {
        QSignalSpy synced(console.connections(), &ConnectionController::synced);
        QSignalSpy failed(console.connections(), &ConnectionController::syncFailed);
        console.connections()->syncAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !synced.isEmpty() || !failed.isEmpty(); }, 60000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        // The synced database is loaded again, and its findings recomputed once.
        QSignalSpy recomputed(console.findings(), &FindingsDock::recomputed);
        QVERIFY(recomputed.wait(60000));
    }

    /// Applies \a target's fix through the fix dialog: select the finding, Fix…, pick the plan, give a
    /// reason, confirm, Apply.
    FixOutcome applyThroughDialog(Console &console, const Target &target, QString *confirmation = nullptr)
    {
        FindingsView *view = console.findings()->view();
        view->selectFingerprint(target.fingerprint);
        if (!view->fixButton()->isEnabled())
            qFatal("Fix… is disabled on the finding");
        QTest::mouseClick(view->fixButton(), Qt::LeftButton);
        FixDialog *dialog = console.findings()->fixDialog();
        if (!dialog)
            qFatal("no fix dialog");
        const int index = dialog->planCombo()->findText(target.plan.title);
        if (index < 0)
            qFatal("the plan is not offered: %s", qPrintable(target.plan.title));
        dialog->planCombo()->setCurrentIndex(index);
        QSignalSpy performed(dialog, &FixDialog::fixPerformed);
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("leaver clean-up, ticket OPS-42"));
        dialog->confirmCheck()->setChecked(true);
        if (!QTest::qWaitFor([&] { return dialog->applyButton()->isEnabled(); }, 15000))
            qFatal("Apply stays disabled: %s", qPrintable(dialog->outcomeLabel()->text()));
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        if (!performed.wait(30000) && performed.isEmpty())
            qFatal("the fix never finished: %s", qPrintable(dialog->outcomeLabel()->text()));
        const FixOutcome outcome = performed.first().first().value<FixOutcome>();
        if (confirmation) {
            // The dialog reads the resource again and says what the server has now.
            (void)QTest::qWaitFor( // on time-out the label's text says what happened
                [&] {
                    const QString text = dialog->confirmationLabel()->text();
                    return !text.isEmpty() && !text.endsWith(QStringLiteral("…"));
                },
                15000);
            *confirmation = dialog->confirmationLabel()->text();
        }
        dialog->close();
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ScimflowWorkspaceTest"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_production = std::make_unique<Tenant>(QStringLiteral("production"));
        m_staging = std::make_unique<Tenant>(QStringLiteral("staging"));
        m_home = m_dir.filePath(QStringLiteral("scimflow.db"));
        auto store = Store::open(m_home);
        QVERIFY(store.ok());
        QVERIFY(ConnectionProfiles::save(**store, m_production->profile(true)).ok());
        QVERIFY(ConnectionProfiles::save(**store, m_staging->profile(false)).ok());
    }

    // Two consoles on one team store: an acknowledgement the other console writes (an audit entry) reloads
    // this one's views, with a word in the status bar.
    void aTeamStoreReloadsOnAnotherConsolesChange()
    {
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        {
            auto seeded = Store::open(location);
            QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().message));
            QVERIFY(ScenarioImporter::write(
                **seeded, ScenarioGenerator::generate(ScenarioSpec::demo(), currentTimestamp())));
        }
        Workspace workspace(m_home);
        auto console = makeConsole(workspace);
        QVERIFY(console->openDatabaseFile(location));
        QCOMPARE(workspace.databasePath(), location);
        QVERIFY(console->window()->windowTitle().contains(location));
        QTRY_VERIFY_WITH_TIMEOUT(workspace.session()->isLoaded(), 20000);
        QSignalSpy status(&workspace, &Workspace::statusMessage);
        QSignalSpy opened(workspace.session(), &ConsoleSession::loaded);

        auto other = Store::open(location); // the other console
        QVERIFY(other.ok());
        AuditEntry note;
        note.action = QStringLiteral("acknowledge-finding");
        note.target = QStringLiteral("finding/shared");
        QVERIFY(AuditLog((*other)->database()).append(note));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(status.cbegin(), status.cend(),
                                             [](const QList<QVariant> &args) {
                                                 return args.value(0).toString().contains(
                                                     QLatin1String("team store has changed"));
                                             }),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
    }

    // A reviewer deciding on another console: the open review window shows the decision in place, and the
    // main views do not reload for it.
    void anotherReviewersDecisionShowsInTheReviewWindow()
    {
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        auto other = Store::open(location); // the other console
        QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
        QVERIFY(ScenarioImporter::write(
            **other, ScenarioGenerator::generate(ScenarioSpec::demo(), currentTimestamp())));
        ReviewRepository theirs((*other)->database());
        ReviewCampaign spec;
        spec.name = QStringLiteral("shared review");
        spec.periodTo = currentTimestamp();
        spec.periodFrom = spec.periodTo - 30 * kMsPerDay;
        spec.scope.memberships = false;
        spec.scope.serviceAccounts = true;
        Result<ReviewCampaign> campaign = theirs.create(spec);
        QVERIFY2(campaign, campaign ? "" : qPrintable(campaign.error().message));

        Workspace workspace(m_home);
        auto console = makeConsole(workspace);
        QVERIFY(console->openDatabaseFile(location));
        QTRY_VERIFY_WITH_TIMEOUT(workspace.session()->isLoaded(), 20000);
        ReviewController *reviews = console->reviews();
        reviews->openAction()->trigger();
        QTRY_VERIFY(reviews->window()->isVisible());
        QCOMPARE(reviews->model()->campaign().id, campaign->id);
        const ReviewItem first = *reviews->model()->itemAt(0);
        QCOMPARE(first.decision, ReviewDecision::None);
        QSignalSpy reloaded(workspace.session(), &ConsoleSession::loaded);
        QSignalSpy changed(reviews->model(), &QAbstractItemModel::dataChanged);

        QVERIFY(theirs.decide(campaign->id, {first.id}, first.recommendation, QStringLiteral("seen in use"),
                              QStringLiteral("bob")));
        QTRY_COMPARE_WITH_TIMEOUT(reviews->model()->itemAt(0)->decision, first.recommendation, 10000);
        QCOMPARE(reviews->model()->itemAt(0)->decidedBy, QStringLiteral("bob"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reloaded.size(), 0);
    }

    // Open at start: the remembered team store is opened; when it cannot be, the console says why and opens
    // what it would have opened otherwise.
    void theTeamStoreOpensAtStartOrFallsBack()
    {
        SCIMFLOW_REQUIRE_POSTGRES_DATABASE(location);
        QVERIFY(Store::open(location).ok()); // created, still without data
        {
            Workspace workspace(m_home);
            auto console = makeConsole(workspace);
            bool fellBack = false;
            console->openTeamStoreAtStart(location, [&] { fellBack = true; });
            QTRY_COMPARE_WITH_TIMEOUT(workspace.databasePath(), location, 20000);
            QVERIFY(!fellBack);
            QCOMPARE(TeamStoreSettings::rememberedLocation(), location);
        }

        const QString unreachable = QStringLiteral("postgresql://nobody@127.0.0.1:9/none?connect_timeout=2");
        Store::setSessionPassword(unreachable, QStringLiteral("never-shown"));
        Workspace workspace(m_home);
        auto console = makeConsole(workspace);
        bool fellBack = false;
        console->openTeamStoreAtStart(unreachable, [&] { fellBack = true; });
        QTRY_VERIFY_WITH_TIMEOUT(fellBack, 20000);
        auto *box = console->window()->findChild<QMessageBox *>(QStringLiteral("teamStoreAtStartError"));
        QVERIFY(box);
        QVERIFY(box->text().contains(unreachable));
        QVERIFY(box->detailedText().contains(QLatin1String("Cannot connect to the team store")));
        QVERIFY(!box->detailedText().contains(QLatin1String("never-shown")));
        QVERIFY(workspace.databasePath().isEmpty());                 // the team store was not shown
        QCOMPARE(TeamStoreSettings::rememberedLocation(), location); // a failed open changes nothing
        box->close();
        Store::setSessionPassword(unreachable, {});
    }

    void theConnectionMenuListsTheSavedConnections()
    {
        Workspace workspace(m_home);
        auto console = makeConsole(workspace);
        QAction *production = console->connectionAction(QStringLiteral("production"));
        QAction *staging = console->connectionAction(QStringLiteral("staging"));
        QVERIFY(production && staging);
        QVERIFY(console->connectionMenu()->actions().contains(production));
        QVERIFY(production->isCheckable() && staging->isCheckable());
        QCOMPARE(workspace.activeConnection(), QStringLiteral("production")); // the first by name
        QVERIFY(QSettings().value("workspace/activeConnection").toString().isEmpty() ||
                QSettings().value("workspace/activeConnection").toString() == QLatin1String("production"));
    }

    void appliesEveryFixKindThroughTheGui()
    {
        Workspace workspace(m_home);
        auto console = makeConsole(workspace);
        console->connectionAction(QStringLiteral("production"))->trigger();
        QCOMPARE(workspace.activeConnection(), QStringLiteral("production"));
        QVERIFY(console->connectionAction(QStringLiteral("production"))->isChecked());
        priorRunOfTheSource(console->connections()->syncDatabasePath());
        syncNow(*console);
        QCOMPARE(QFileInfo(workspace.databasePath()).canonicalFilePath(),
                 QFileInfo(m_home).canonicalFilePath());
        QCOMPARE(workspace.syncedConnection(), QStringLiteral("production"));
        QCOMPARE(workspace.store()->metaValue("synced_connection"), QStringLiteral("production"));
        QVERIFY(console->window()->windowTitle().contains(QStringLiteral("production")));
        // The IdP, Dataflow and GitHub connectors of the connection just synced.
        QTRY_COMPARE_WITH_TIMEOUT(workspace.connectors().size(), 3, 10000);
        QTRY_VERIFY(workspace.session()->jobs()->rowCount() > 0);

        const FindingsModel &model = *console->findings()->model();
        const Group &group = m_production->privilegedGroup();
        const QString leaver = m_production->activeMembers(group).at(0);
        const QString mover = m_production->activeMembers(group).at(1);

        const Target deactivate = findFix(workspace, model, FixAction::Kind::DeactivateUser, {}, leaver);
        QVERIFY2(!deactivate.fingerprint.isEmpty(), "no deactivation offered");
        QVERIFY(deactivate.plan.request.url.toString().startsWith(m_production->scim->baseUrl().toString()));
        QVERIFY(m_production->scim->user(leaver)->active);
        FixOutcome outcome = applyThroughDialog(*console, deactivate);
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);
        QVERIFY(!m_production->scim->user(leaver)->active);

        const Target removal = findFix(workspace, model, FixAction::Kind::RemoveMembership, {}, mover);
        QVERIFY2(!removal.fingerprint.isEmpty(), "no membership removal offered");
        QVERIFY(m_production->scim->group(group.scimId)->memberScimIds.contains(mover));
        outcome = applyThroughDialog(*console, removal);
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);
        QVERIFY(!m_production->scim->group(group.scimId)->memberScimIds.contains(mover));

        const Target dataflow =
            findFix(workspace, model, FixAction::Kind::CancelJob, QStringLiteral("dataflow"));
        QVERIFY2(!dataflow.fingerprint.isEmpty(), "no Dataflow cancel offered");
        QVERIFY(
            dataflow.plan.request.url.toString().startsWith(m_production->pipelines->baseUrl().toString()));
        outcome = applyThroughDialog(*console, dataflow);
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);

        const Target github = findFix(workspace, model, FixAction::Kind::CancelJob, QStringLiteral("github"));
        QVERIFY2(!github.fingerprint.isEmpty(), "no GitHub cancel offered");
        QCOMPARE(github.plan.request.method, QStringLiteral("POST"));
        outcome = applyThroughDialog(*console, github);
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);
        const QByteArray run =
            m_production->pipelines->data()
                .getGithubRun(m_production->pipelines->data().repository(), github.plan.action.jobExternalId)
                .body;
        QVERIFY2(run.contains("\"cancelled\""), run.constData());

        // Each fix is in the audit log as an intent with its outcome; no token in it.
        const QList<AuditEntry> entries = *workspace.auditLog()->entries();
        const auto intents = std::count_if(entries.cbegin(), entries.cend(), [](const AuditEntry &e) {
            return e.kind == AuditEntry::Kind::Intent;
        });
        QCOMPARE(intents, 4);
        QVERIFY(workspace.auditLog()->pendingIntents()->isEmpty());
        for (const AuditEntry &e : entries) {
            QVERIFY(!e.request.contains(m_production->idpToken));
            QVERIFY(!e.request.contains(m_production->pipelineToken));
        }
    }

    void switchingConnectionsSwitchesFixesReportsAndViews()
    {
        Workspace workspace(m_home);
        auto console = makeConsole(workspace);
        console->connectionAction(QStringLiteral("production"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(workspace.connectors().size(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.session()->isLoaded(), 20000);
        const int productionJobs = workspace.session()->jobs()->rowCount();
        QVERIFY(productionJobs > 0);
        console->reportsAction()->trigger();
        ReportsDialog *reports = console->reportsDialog();
        QVERIFY(reports);
        QCOMPARE(reports->databasePath(), workspace.databasePath());

        // Staging: its own database, synced from its own IdP; nothing of production's follows it.
        console->connectionAction(QStringLiteral("staging"))->trigger();
        QCOMPARE(workspace.activeConnection(), QStringLiteral("staging"));
        QVERIFY(console->connectionAction(QStringLiteral("staging"))->isChecked());
        QVERIFY(!console->connectionAction(QStringLiteral("production"))->isChecked());
        QCOMPARE(QSettings().value("workspace/activeConnection").toString(), QStringLiteral("staging"));
        const QString stagingPath = workspace.databasePath();
        QVERIFY(stagingPath != QFileInfo(m_home).absoluteFilePath());
        QCOMPARE(console->connections()->syncDatabasePath(), stagingPath);
        priorRunOfTheSource(stagingPath);
        syncNow(*console);
        QCOMPARE(workspace.databasePath(), stagingPath);
        QCOMPARE(workspace.syncedConnection(), QStringLiteral("staging"));
        QVERIFY(console->window()->windowTitle().contains(QStringLiteral("staging")));
        QTRY_COMPARE_WITH_TIMEOUT(workspace.connectors().size(), 1, 10000); // staging has no pipeline sources
        QTRY_VERIFY(workspace.session()->isLoaded());
        QCOMPARE(workspace.session()->jobs()->rowCount(), 0);
        QVERIFY(workspace.session()->identities()->rowCount() > 0);
        // The open Reports dialog reads staging's database now, and so does a new one.
        QCOMPARE(reports->databasePath(), stagingPath);
        console->reportsAction()->trigger();
        QCOMPARE(console->reportsDialog()->databasePath(), stagingPath);
        // Fixes go to staging's IdP.
        const Target staged =
            findFix(workspace, *console->findings()->model(), FixAction::Kind::RemoveMembership);
        QVERIFY2(!staged.fingerprint.isEmpty(), "no membership removal offered on staging");
        QVERIFY(staged.plan.request.url.toString().startsWith(m_staging->scim->baseUrl().toString()));

        // Back to production: its database, its jobs and its three connectors.
        console->connectionAction(QStringLiteral("production"))->trigger();
        QCOMPARE(QFileInfo(workspace.databasePath()).canonicalFilePath(),
                 QFileInfo(m_home).canonicalFilePath());
        QTRY_COMPARE_WITH_TIMEOUT(workspace.connectors().size(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(workspace.session()->jobs()->rowCount(), productionJobs, 20000);
        QCOMPARE(reports->databasePath(), workspace.databasePath());
        // Names and paths only: no secret in the settings.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY2(written.contains("activeConnection=production"), written.constData());
        for (const QString &token :
             {m_production->idpToken, m_production->pipelineToken, m_staging->idpToken})
            QVERIFY(!written.contains(token.toUtf8()));
    }

    void openingADatabaseSyncedByASavedConnectionOffersItsFixes()
    {
        // As after a restart that showed the staging tenant: production's database is opened from the file.
        QSettings().setValue("workspace/activeConnection", QStringLiteral("staging"));
        Workspace workspace(m_home);
        auto console = makeConsole(workspace);
        QCOMPARE(workspace.activeConnection(), QStringLiteral("staging"));
        QString question;
        answerNextMessageBox(QStringLiteral("unlockConnection"), &question);
        QVERIFY(console->openDatabaseFile(m_home));
        QVERIFY2(question.contains(QStringLiteral("production")), qPrintable(question));
        QCOMPARE(workspace.activeConnection(), QStringLiteral("production"));
        QVERIFY(console->connectionAction(QStringLiteral("production"))->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(workspace.connectors().size(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(console->findings()->model()->rowCount() > 0, 20000);
        // Sync Now now syncs production into the database just opened.
        QCOMPARE(console->connections()->activeConnection(), QStringLiteral("production"));
        QCOMPARE(console->connections()->syncDatabasePath(), workspace.databasePath());

        // Declining the keychain keeps the findings and says why nothing can be fixed.
        answerNextMessageBox(QStringLiteral("unlockConnection"), nullptr, false);
        QVERIFY(console->openDatabaseFile(m_home));
        QVERIFY(workspace.connectors().isEmpty());
        QVERIFY(workspace.fixesNote().contains(QStringLiteral("production")));
    }

    void theDemoOffersItsFixesLikeAConnection()
    {
        Workspace workspace(m_home);
        auto console = makeConsole(workspace);
        QSignalSpy failed(&workspace, &Workspace::failed);
        workspace.openDemo();
        QTRY_VERIFY_WITH_TIMEOUT(workspace.isDemo() || !failed.isEmpty(), 60000);
        QVERIFY(failed.isEmpty());
        QVERIFY(console->window()->windowTitle().contains(QStringLiteral("demo")));
        QVERIFY(console->syncSchedule()->isDemoShown());
        // The simulated IdP, its SCIM target, Dataflow, GitHub and the credential APIs (IAM, GitHub tokens),
        // through the same connectors as a saved connection's.
        QTRY_COMPARE_WITH_TIMEOUT(workspace.connectors().size(), 5, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(console->findings()->model()->rowCount() > 0, 20000);
        const Target cancel = findFix(workspace, *console->findings()->model(), FixAction::Kind::CancelJob,
                                      QStringLiteral("dataflow"));
        QVERIFY2(!cancel.fingerprint.isEmpty(), "the demo offers no Dataflow cancel");

        // The deactivation that never reached the target "aws" is fixed there by hand: preview, reason,
        // intent and outcome in the audit log, and a re-read that confirms it.
        Target stillActive;
        {
            FixPlanner planner(workspace.store()->database(), workspace.connectors());
            const FindingsModel &model = *console->findings()->model();
            for (int row = 0; row < model.rowCount(); ++row) {
                const Finding finding = *model.findingAt(row);
                if (finding.rule != QLatin1String("provisioning-drift"))
                    continue;
                const Result<QList<FixPlan>> plans = planner.plansFor(finding);
                for (const FixPlan &plan : plans ? *plans : QList<FixPlan>()) {
                    if (plan.action.scimTarget == QLatin1String("aws") &&
                        plan.action.kind == FixAction::Kind::DeactivateUser &&
                        plan.action.userName == QLatin1String("dana.whitfield@example.com"))
                        stillActive = Target{finding.fingerprint, plan};
                }
            }
        }
        QVERIFY2(!stillActive.fingerprint.isEmpty(), "the demo offers no fix in its SCIM target");
        // The status bar's freshness line lists the target beside the IdP and the pipeline sources.
        QVERIFY2(console->window()->lastSyncText().contains(QStringLiteral("target aws")),
                 qPrintable(console->window()->lastSyncText()));
        QVERIFY2(stillActive.plan.isAvailable(), qPrintable(stillActive.plan.unavailableReason));
        QString confirmation;
        const FixOutcome outcome = applyThroughDialog(*console, stillActive, &confirmation);
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);
        QVERIFY2(confirmation.startsWith(QStringLiteral("Confirmed")), qPrintable(confirmation));
        const QList<AuditEntry> entries = *workspace.auditLog()->entries();
        const auto onTarget = [&](AuditEntry::Kind kind) {
            return std::count_if(entries.cbegin(), entries.cend(), [&](const AuditEntry &e) {
                return e.kind == kind && e.request.contains(QStringLiteral("/aws/scim/v2/Users/"));
            });
        };
        QCOMPARE(onTarget(AuditEntry::Kind::Intent), 1);
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [&](const AuditEntry &e) {
            return e.kind == AuditEntry::Kind::Outcome && e.intentSeq == outcome.intentSeq &&
                   e.outcome.startsWith(QStringLiteral("succeeded"));
        }));
        QVERIFY(workspace.auditLog()->pendingIntents()->isEmpty());
        // No saved connection is checked while the demo is shown; Sync Now still syncs the active one.
        QVERIFY(!console->connectionAction(QStringLiteral("production"))->isChecked());
        QVERIFY(!console->connectionAction(QStringLiteral("staging"))->isChecked());
    }

    void aConnectionsCredentialSourcesAreSyncedAndFixed()
    {
        // A tenant whose saved connection also holds a Google Cloud project and a GitHub organisation, served
        // by the credential APIs on the tenant's own 127.0.0.1 server.
        Tenant cloud(QStringLiteral("cloud"));
        const QString iamToken = QStringLiteral("cloud-iam-t0ken-77d2");
        CredentialSandbox credentials(cloud.server, CredentialSandboxData::fromScenario(cloud.scenario),
                                      iamToken);
        const auto [privateKey, publicKey] = CredentialSandbox::generateAppKey();
        credentials.registerApp(QStringLiteral("31337"), publicKey);
        ConnectionProfile profile = cloud.profile(false);
        CredentialSource gcp;
        gcp.project = credentials.data().project();
        gcp.iamUrl = gcp.policyAnalyzerUrl = credentials.baseUrl().toString();
        gcp.secretRef = SecretStore::newReference(QStringLiteral("cloud/credentials/gcp"));
        SecretStore::storeForSession(gcp.secretRef, iamToken);
        CredentialSource github;
        github.kind = CredentialSource::Kind::Github;
        github.organisation = credentials.data().organisation();
        github.appId = QStringLiteral("31337");
        github.githubUrl = credentials.baseUrl().toString();
        github.secretRef = SecretStore::newReference(QStringLiteral("cloud/credentials/github"));
        SecretStore::storeForSession(github.secretRef, QString::fromUtf8(privateKey));
        profile.credentialSources = {gcp, github};
        const QString home = m_dir.filePath(QStringLiteral("cloud.db"));
        {
            auto store = Store::open(home);
            QVERIFY(store.ok());
            QVERIFY(ConnectionProfiles::save(**store, profile).ok());
            // The mapping file a real set-up provides: its login aliases correlate token owners to people.
            QVERIFY(RbacMappingRepository::save(**store, QString::fromUtf8(cloud.scenario.rbacMappingJson()),
                                                QStringLiteral("test"))
                        .ok());
        }

        Workspace workspace(home);
        auto console = makeConsole(workspace);
        QCOMPARE(workspace.profiles().value(0).credentialSources.size(), 2); // kept with the profile
        console->connectionAction(QStringLiteral("cloud"))->trigger();
        syncNow(*console);
        // Sync Now read the inventory of both sources; it is in the database and in the Credentials view.
        QVERIFY(workspace.store()->lastSuccessfulRun(QStringLiteral("gcp-iam:") + gcp.project).id);
        QVERIFY(
            workspace.store()->lastSuccessfulRun(QStringLiteral("github-tokens:") + github.organisation).id);
        QTRY_VERIFY_WITH_TIMEOUT(workspace.session()->credentials()->rowCount() > 0, 10000);
        // The IdP and one connector per credential source.
        QTRY_COMPARE_WITH_TIMEOUT(workspace.connectors().size(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(console->findings()->model()->rowCount() > 0, 20000);

        // The 400-day-old key is disabled from the Findings view: preview, reason, intent and outcome,
        // re-read.
        const Target disable = findFix(workspace, *console->findings()->model(), FixAction::Kind::DisableKey);
        QVERIFY2(!disable.fingerprint.isEmpty(), "no key disable offered");
        QVERIFY(disable.plan.request.url.toString().startsWith(credentials.baseUrl().toString()));
        QString confirmation;
        FixOutcome outcome = applyThroughDialog(*console, disable, &confirmation);
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);
        QVERIFY2(confirmation.startsWith(QStringLiteral("Confirmed")), qPrintable(confirmation));
        QVERIFY2(credentials.data().changes().join(QLatin1Char('\n')).contains(QStringLiteral(":disable")),
                 qPrintable(credentials.data().changes().join(QLatin1Char('\n'))));

        // The departed user's token is revoked through the GitHub App.
        const Target revoke = findFix(workspace, *console->findings()->model(), FixAction::Kind::RevokeToken);
        QVERIFY2(!revoke.fingerprint.isEmpty(), "no token revocation offered");
        outcome = applyThroughDialog(*console, revoke);
        QCOMPARE(outcome.result.status, FixResult::Status::Succeeded);

        const QList<AuditEntry> entries = *workspace.auditLog()->entries();
        const auto intents = std::count_if(entries.cbegin(), entries.cend(), [](const AuditEntry &e) {
            return e.kind == AuditEntry::Kind::Intent;
        });
        QCOMPARE(intents, 2);
        QVERIFY(workspace.auditLog()->pendingIntents()->isEmpty());
        for (const AuditEntry &e : entries) {
            QVERIFY(!e.request.contains(iamToken));
            QVERIFY(!e.request.contains(QStringLiteral("PRIVATE KEY")));
        }
    }

    void aFileThatIsNotAScimflowDatabaseIsRefused()
    {
        Workspace workspace(m_home);
        auto console = makeConsole(workspace);
        console->connectionAction(QStringLiteral("production"))->trigger();
        const QString shown = workspace.databasePath();
        const QString notes = m_dir.filePath(QStringLiteral("notes.db"));
        {
            QFile file(notes);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a database\n");
        }
        QString error;
        answerNextMessageBox(QStringLiteral("openDatabaseError"), &error);
        QVERIFY(!console->openDatabaseFile(notes));
        QVERIFY2(error.contains(QStringLiteral("notes.db")), qPrintable(error));
        QCOMPARE(workspace.databasePath(), shown);
        QFile file(notes);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a database\n"));

        // An SQLite file of another program is refused too, and not migrated into a Scimflow database.
        const QString music = m_dir.filePath(QStringLiteral("music.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("music"));
            db.setDatabaseName(music);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE songs(title TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("music"));
        const QByteArray before = [&] {
            QFile f(music);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        answerNextMessageBox(QStringLiteral("openDatabaseError"), &error);
        QVERIFY(!console->openDatabaseFile(music));
        QVERIFY2(error.contains(QStringLiteral("not one written by Scimflow")), qPrintable(error));
        QFile after(music);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);
        QCOMPARE(workspace.databasePath(), shown);
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
