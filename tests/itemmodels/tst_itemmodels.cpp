#include "consoleloader.h"
#include "displayformat.h"
#include "evidencemodel.h"
#include "identitymodel.h"
#include "jobmodel.h"
#include "linkedtableproxy.h"
#include "linkresolver.h"
#include "rolemodel.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "selectioncontext.h"
#include "store.h"
#include "textarena.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;

QSet<QString> namesOf(const LinkedTableProxy &proxy, const QHash<qint64, QString> &names)
{
    QSet<QString> out;
    for (int r = 0; r < proxy.rowCount(); ++r)
        out.insert(names.value(proxy.refAt(r).id));
    return out;
}

} // namespace

/// The demo scenario, and what its linking means computed from the scenario itself (not from the store).
class TestItemModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Scenario m_scenario;
    std::unique_ptr<Store> m_store;
    ConsoleData m_data;
    // Store row id -> readable key, from the whole-table reads.
    QHash<qint64, QString> m_userNames, m_groupNames, m_accountEmails, m_jobExternalIds;
    QHash<QString, qint64> m_userIds, m_groupIds, m_accountIds;

    // Scenario-side resolution of principals, as the importer's rules describe them.
    QHash<QString, QString> m_loginToUser; // lower-case login/email/alias -> userName
    QHash<QString, QString> m_scimToUser;  // scim id -> userName
    QHash<QString, QString> m_groupScimToName;

    QString userOfPrincipal(const QString &principal) const
    {
        return m_loginToUser.value(principal.toLower());
    }
    QStringList groupsOfUser(const QString &userName) const
    {
        QStringList out;
        for (const Group &g : m_scenario.groups) {
            for (const QString &m : g.memberScimIds) {
                if (m_scimToUser.value(m) == userName)
                    out << g.displayName;
            }
        }
        return out;
    }
    QString ownerOfAccount(const QString &email) const
    {
        for (const ServiceAccount &sa : m_scenario.serviceAccounts) {
            if (sa.email.compare(email, Qt::CaseInsensitive) == 0)
                return m_groupScimToName.value(sa.ownerGroupScimId);
        }
        return {};
    }
    bool isAccount(const QString &principal) const
    {
        for (const ServiceAccount &sa : m_scenario.serviceAccounts) {
            if (sa.email.compare(principal, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }

    struct Linked
    {
        std::unique_ptr<IdentityModel> identities = std::make_unique<IdentityModel>();
        std::unique_ptr<RoleModel> roles = std::make_unique<RoleModel>();
        std::unique_ptr<JobModel> jobs = std::make_unique<JobModel>();
        LinkedTableProxy identityProxy, roleProxy, jobProxy;
        SelectionContext context;
    };
    std::unique_ptr<Linked> makeLinked()
    {
        auto l = std::make_unique<Linked>();
        auto data = ConsoleLoader::loadAll(m_store->path());
        if (!data)
            return nullptr;
        l->identities->setTable(std::move(data->identities));
        l->roles->setTable(std::move(data->roles));
        l->jobs->setTable(std::move(data->jobs));
        l->identityProxy.setSourceModel(l->identities.get());
        l->roleProxy.setSourceModel(l->roles.get());
        l->jobProxy.setSourceModel(l->jobs.get());
        l->context.setResolver(LinkResolver(*m_store, data->jobLinks));
        for (LinkedTableProxy *p : {&l->identityProxy, &l->roleProxy, &l->jobProxy})
            p->setSelectionContext(&l->context);
        return l;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        auto store = Store::open(m_dir.filePath("demo.db"));
        QVERIFY(store);
        m_store = std::move(*store);
        QVERIFY(ScenarioImporter::write(*m_store, m_scenario).ok());
        for (const User &u : m_store->users()) {
            m_userNames.insert(u.id, u.userName);
            m_userIds.insert(u.userName, u.id);
        }
        for (const Group &g : m_store->groups()) {
            m_groupNames.insert(g.id, g.displayName);
            m_groupIds.insert(g.displayName, g.id);
        }
        for (const ServiceAccount &sa : m_store->serviceAccounts()) {
            m_accountEmails.insert(sa.id, sa.email);
            m_accountIds.insert(sa.email, sa.id);
        }
        for (const Job &j : m_store->jobs())
            m_jobExternalIds.insert(j.id, j.externalId);

        for (const User &u : m_scenario.users) {
            m_loginToUser.insert(u.userName.toLower(), u.userName);
            m_loginToUser.insert(u.email.toLower(), u.userName);
            m_scimToUser.insert(u.scimId, u.userName);
        }
        for (auto it = m_scenario.principalAliases.begin(); it != m_scenario.principalAliases.end(); ++it)
            m_loginToUser.insert(it.key().toLower(), it.value());
        for (const Group &g : m_scenario.groups)
            m_groupScimToName.insert(g.scimId, g.displayName);

        auto data = ConsoleLoader::loadAll(m_store->path());
        QVERIFY(data);
        m_data = std::move(*data);
    }

    void loadersReadEveryRow()
    {
        QCOMPARE(qsizetype(m_data.identities.rows.size()),
                 m_scenario.users.size() + m_scenario.serviceAccounts.size());
        QCOMPARE(qsizetype(m_data.roles.rows.size()), m_scenario.groups.size());
        QCOMPARE(qsizetype(m_data.jobs.rows.size()), m_scenario.jobs.size());
        QCOMPARE(m_data.identities.search.rowCount(), int(m_data.identities.rows.size()));
        // Keys ascend, so rowOfKey() can binary-search.
        for (size_t i = 1; i < m_data.identities.rows.size(); ++i)
            QVERIFY(m_data.identities.rows[i - 1].ref().key() < m_data.identities.rows[i].ref().key());
    }

    void asyncLoadMatchesSynchronousLoad()
    {
        ConsoleLoadJob job(m_store->path());
        QSignalSpy finished(&job, &ConsoleLoadJob::finished);
        QSignalSpy progress(&job, &ConsoleLoadJob::progress);
        job.start();
        QVERIFY(finished.wait(10000));
        // One part per table: identities, roles, jobs, credentials.
        QCOMPARE(progress.last().at(0).toInt(), 4);
        QCOMPARE(progress.last().at(1).toInt(), 4);
        auto data = job.takeData();
        QVERIFY(data);
        QCOMPARE(data->identities.rows.size(), m_data.identities.rows.size());
        QCOMPARE(data->roles.rows.size(), m_data.roles.rows.size());
        QCOMPARE(data->jobs.rows.size(), m_data.jobs.rows.size());
        QCOMPARE(data->credentials.rows.size(), m_data.credentials.rows.size());
        QVERIFY(data->jobLinks);
        QVERIFY(!m_data.jobLinks->jobsOf(m_userIds.values(), {}).isEmpty());
        QCOMPARE(data->jobLinks->jobsOf(m_userIds.values(), m_accountIds.values()),
                 m_data.jobLinks->jobsOf(m_userIds.values(), m_accountIds.values()));
    }

    void jobLinkIndexNamesEachJobOnceInOrder()
    {
        JobLinkIndex index;
        index.add(5, 1, 1, 0);  // launched and run as user 1
        index.add(3, 2, 1, 10); // launched by 2, run as 1 and as account 10
        index.add(7, 0, 0, 10); // run as account 10 only
        index.add(4, 2, 0, 0);
        index.finish();
        QCOMPARE(index.jobsOf({1}, {}), (QList<qint64>{3, 5}));
        QCOMPARE(index.jobsOf({1, 2}, {10}), (QList<qint64>{3, 4, 5, 7}));
        QCOMPARE(index.jobsOf({}, {10}), (QList<qint64>{3, 7}));
        QCOMPARE(index.jobsOf({9}, {11}), QList<qint64>());
    }

    void asyncLoadReportsAMissingTable()
    {
        // A database without the console's tables (not a Scimflow database) must fail, not hang.
        QTemporaryDir dir;
        const QString path = dir.filePath("other.db");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        ConsoleLoadJob job(path);
        QSignalSpy failed(&job, &ConsoleLoadJob::failed);
        job.start();
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().at(0).value<Error>().message.isEmpty());
    }

    void modelsPassTheModelTester()
    {
        IdentityModel identities;
        RoleModel roles;
        JobModel jobs;
        QAbstractItemModelTester t1(&identities, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&roles, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto data = ConsoleLoader::loadAll(m_store->path());
        QVERIFY(data);
        identities.setTable(std::move(data->identities));
        roles.setTable(std::move(data->roles));
        jobs.setTable(std::move(data->jobs));
        QCOMPARE(identities.rowCount(), int(m_data.identities.rows.size()));
        QCOMPARE(identities.personCount(), int(m_scenario.users.size()));
        identities.setTable({}); // reset to empty and back
        QCOMPARE(identities.rowCount(), 0);
    }

    void asyncLoadBringsTheLastSyncPerSource()
    {
        // The status bar's freshness line comes with the tables, off the GUI thread.
        ConsoleLoadJob job(m_store->path());
        QSignalSpy finished(&job, &ConsoleLoadJob::finished);
        job.start();
        QVERIFY(finished.wait(10000));
        const QList<SyncRun> runs = job.takeData()->lastSyncRuns;
        QCOMPARE(runs.size(), m_store->lastSuccessfulRuns().size());
        QVERIFY(!runs.isEmpty());
        QCOMPARE(runs.first().source, QStringLiteral("scenario"));
        QVERIFY(runs.first().finishedAt > 0);
        QCOMPARE(m_data.lastSyncRuns.size(), runs.size());
    }

    void modelsAnswerTonesNotColours()
    {
        IdentityModel identities;
        RoleModel roles;
        JobModel jobs;
        auto data = ConsoleLoader::loadAll(m_store->path());
        QVERIFY(data);
        identities.setTable(std::move(data->identities));
        roles.setTable(std::move(data->roles));
        jobs.setTable(std::move(data->jobs));
        const int dana =
            identities.rowOfRef({EntityKind::User, m_userIds.value("dana.whitfield@example.com")});
        QVERIFY(dana >= 0); // inactive in the demo
        const QModelIndex danaName = identities.index(dana, IdentityModel::NameColumn);
        QCOMPARE(danaName.data(TableModel::ToneRole).toInt(), int(TableModel::Tone::Warning));
        QVERIFY(!danaName.data(Qt::ForegroundRole).isValid());
        int privileged = 0;
        for (int r = 0; r < roles.rowCount(); ++r) {
            const QModelIndex cell = roles.index(r, RoleModel::PrivilegedColumn);
            QCOMPARE(cell.data(TableModel::ToneRole).isValid(),
                     cell.data(RoleModel::PrivilegedRole).toBool());
            QVERIFY(!cell.data(Qt::ForegroundRole).isValid());
            privileged += cell.data(RoleModel::PrivilegedRole).toBool();
        }
        QVERIFY(privileged > 0);
        int failed = 0;
        for (int r = 0; r < jobs.rowCount(); ++r) {
            const QModelIndex state = jobs.index(r, JobModel::StateColumn);
            if (Job::State(state.data(JobModel::StateRole).toInt()) == Job::State::Failed) {
                QCOMPARE(state.data(TableModel::ToneRole).toInt(), int(TableModel::Tone::Danger));
                ++failed;
            }
            QVERIFY(!jobs.index(r, JobModel::NameColumn).data(TableModel::ToneRole).isValid());
        }
        QVERIFY(failed > 0);
    }

    void evidenceModelReadsEveryRowType()
    {
        EvidenceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonArray evidence{
            QJsonObject{{"type", "job"},
                        {"id", 42},
                        {"source", "dataflow"},
                        {"name", "nightly-export"},
                        {"state", "running"},
                        {"startTime", "2026-11-28T14:03:00.000Z"},
                        {"launcher", "dana.whitfield@example.com"},
                        {"runAs", "etl@example.iam"},
                        {"role", "dataflow.admin"}},
            QJsonObject{{"type", "user"},
                        {"id", 7},
                        {"userName", "dana.whitfield@example.com"},
                        {"active", false},
                        {"deprovisionedAt", "2026-11-27T09:00:00.000Z"},
                        {"deprovisioning", "deactivated"}},
            QJsonObject{{"type", "membership"}, {"groupId", 3}, {"group", "data-platform-admins"}},
            QJsonObject{
                {"type", "event"},
                {"id", 9},
                {"at", "2026-11-26T08:00:00.000Z"},
                {"kind", "updated"},
                {"subject", "priya@example.com"},
                {"actor", "hr-sync"},
                {"details", QJsonObject{{"department", QJsonObject{{"old", "Data"}, {"new", "Sales"}}}}}},
            QJsonObject{{"type", "novel"}, {"answer", 42}},
        };
        model.setEvidence(evidence);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(EvidenceModel::ColumnCount));
        QCOMPARE(model.headerData(EvidenceModel::WhoColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Who"));

        QCOMPARE(model.index(0, EvidenceModel::WhoColumn).data().toString(),
                 QStringLiteral("dana.whitfield@example.com"));
        QVERIFY(model.index(0, EvidenceModel::WhatColumn).data().toString().contains("nightly-export"));
        QCOMPARE(model.index(0, EvidenceModel::WhenColumn).data().toString(),
                 QStringLiteral("2026-11-28 14:03"));
        QCOMPARE(model.index(0, EvidenceModel::SourceColumn).data().toString(), QStringLiteral("Dataflow"));
        QCOMPARE(model.linkAt(0), (EntityRef{EntityKind::Job, 42}));
        QCOMPARE(model.index(0, EvidenceModel::WhoColumn).data(TableModel::ToneRole).toInt(),
                 int(TableModel::Tone::Link));

        QVERIFY(model.index(1, EvidenceModel::WhatColumn).data().toString().contains("deactivated"));
        QCOMPARE(model.index(1, EvidenceModel::WhenColumn).data().toString(),
                 QStringLiteral("2026-11-27 09:00"));
        QCOMPARE(model.linkAt(1), (EntityRef{EntityKind::User, 7}));
        QCOMPARE(model.rowLinkingTo({EntityKind::User, 7}), 1);

        QVERIFY(model.index(2, EvidenceModel::WhatColumn).data().toString().contains("data-platform-admins"));
        QCOMPARE(model.linkAt(2), (EntityRef{EntityKind::Group, 3}));

        // An audit-log event names its actor and the change, and links nowhere.
        QCOMPARE(model.index(3, EvidenceModel::WhoColumn).data().toString(), QStringLiteral("hr-sync"));
        QVERIFY2(model.index(3, EvidenceModel::WhatColumn).data().toString().contains("Data → Sales"),
                 qPrintable(model.index(3, EvidenceModel::WhatColumn).data().toString()));
        QVERIFY(!model.linkAt(3).isValid());
        QVERIFY(!model.index(3, EvidenceModel::WhoColumn).data(TableModel::ToneRole).isValid());

        // A row type this build does not know keeps its fields.
        QVERIFY(model.index(4, EvidenceModel::WhatColumn).data().toString().contains("42"));
        QCOMPARE(model.index(4, EvidenceModel::SourceColumn).data().toString(), QStringLiteral("novel"));

        // The one-line text the reports use says the same.
        QCOMPARE(model.items().at(0).toLine(),
                 QStringLiteral("dana.whitfield@example.com: Job nightly-export (running), runs as "
                                "etl@example.iam, role dataflow.admin (2026-11-28 14:03 UTC, Dataflow)"));
        model.setEvidence({});
        QCOMPARE(model.rowCount(), 0);
    }

    void displayTextsComeFromTheRows()
    {
        IdentityModel identities;
        auto data = ConsoleLoader::loadAll(m_store->path());
        identities.setTable(std::move(data->identities));
        const int dana =
            identities.rowOfRef({EntityKind::User, m_userIds.value("dana.whitfield@example.com")});
        QVERIFY(dana >= 0);
        QCOMPARE(identities.index(dana, IdentityModel::NameColumn).data().toString(),
                 QStringLiteral("dana.whitfield@example.com"));
        QCOMPARE(identities.index(dana, IdentityModel::StatusColumn).data().toString(),
                 DisplayFormat::identityStatus(IdentityRow::Status::Inactive));
        QCOMPARE(identities.index(dana, IdentityModel::KindColumn).data().toString(),
                 DisplayFormat::identityKind(EntityKind::User));
        const int legacy =
            identities.rowOfRef({EntityKind::ServiceAccount,
                                 m_accountIds.value("legacy-export@scimflow-demo.iam.gserviceaccount.com")});
        QVERIFY(legacy >= 0);
        QCOMPARE(identities.index(legacy, IdentityModel::KindColumn).data().toString(),
                 DisplayFormat::identityKind(EntityKind::ServiceAccount));
        QCOMPARE(identities.index(legacy, IdentityModel::OwnerColumn).data().toString(), QString());
        // The hand-made formatter agrees with QDateTime (leap days, month ends, before 1970).
        for (qint64 ms :
             {1795000000000LL, 951782400000LL, 951868799000LL, 1704067199999LL, -86400000LL, 1LL}) {
            const QString expected = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc())
                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            QCOMPARE(DisplayFormat::timestamp(ms), expected);
        }
        QCOMPARE(DisplayFormat::timestamp(0), QString());
    }

    void privilegedGroupsComeFromTheMapping()
    {
        RoleModel roles;
        auto data = ConsoleLoader::loadAll(m_store->path());
        roles.setTable(std::move(data->roles));
        QSet<QString> privileged;
        for (int r = 0; r < roles.rowCount(); ++r) {
            if (roles.index(r, 0).data(RoleModel::PrivilegedRole).toBool())
                privileged.insert(roles.index(r, RoleModel::NameColumn).data().toString());
        }
        QCOMPARE(privileged,
                 QSet<QString>(m_scenario.privilegedGroups.begin(), m_scenario.privilegedGroups.end()));
        const int admins = roles.rowOfRef({EntityKind::Group, m_groupIds.value("data-platform-admins")});
        QCOMPARE(roles.index(admins, RoleModel::MembersColumn).data().toInt(),
                 int(std::find_if(m_scenario.groups.begin(), m_scenario.groups.end(), [](const Group &g) {
                         return g.displayName == QLatin1String("data-platform-admins");
                     })->memberScimIds.size()));
    }

    void textFilterMatchesVisibleColumnsIgnoringCase_data()
    {
        QTest::addColumn<int>("model");
        QTest::addColumn<QString>("needle");
        QTest::newRow("identity name") << 0 << "WHITFIELD";
        QTest::newRow("identity kind") << 0 << "service acc";
        QTest::newRow("identity status") << 0 << "inactive";
        QTest::newRow("identity created date") << 0 << "2026-";
        QTest::newRow("no identity") << 0 << "no-such-text";
        QTest::newRow("role pipeline role") << 1 << "dataflow.viewer";
        QTest::newRow("job run-as") << 2 << "marketing-sync";
        QTest::newRow("job state") << 2 << "RUNNING";
        QTest::newRow("job source") << 2 << "github";
    }
    void textFilterMatchesVisibleColumnsIgnoringCase()
    {
        QFETCH(int, model);
        QFETCH(QString, needle);
        auto linked = makeLinked();
        QVERIFY(linked);
        LinkedTableProxy *proxy = model == 0   ? &linked->identityProxy
                                  : model == 1 ? &linked->roleProxy
                                               : &linked->jobProxy;
        QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CompactTableModel *source = proxy->compactSource();
        // Expected: asked cell by cell through data(), the slow way the proxy avoids.
        QSet<quint64> expected;
        for (int r = 0; r < source->rowCount(); ++r) {
            for (int c = 0; c < source->columnCount(); ++c) {
                if (source->index(r, c).data().toString().contains(needle, Qt::CaseInsensitive)) {
                    expected.insert(source->refAt(r).key());
                    break;
                }
            }
        }
        proxy->setFilterText(needle);
        QSet<quint64> actual;
        for (int r = 0; r < proxy->rowCount(); ++r)
            actual.insert(proxy->refAt(r).key());
        QCOMPARE(actual, expected);
        if (needle == QLatin1String("WHITFIELD"))
            QCOMPARE(proxy->rowCount(), 1);
        proxy->setFilterText(QString());
        QCOMPARE(proxy->rowCount(), source->rowCount());
    }

    void sortsByColumnBothWays()
    {
        auto linked = makeLinked();
        LinkedTableProxy &proxy = linked->jobProxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(JobModel::LauncherColumn, Qt::AscendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r) {
            const QString a = proxy.index(r - 1, JobModel::LauncherColumn).data().toString();
            const QString b = proxy.index(r, JobModel::LauncherColumn).data().toString();
            QVERIFY2(a.compare(b, Qt::CaseInsensitive) <= 0, qPrintable(a + " > " + b));
        }
        proxy.sort(JobModel::StartedColumn, Qt::DescendingOrder);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, 0).data(JobModel::StartTimeRole).toLongLong() >=
                    proxy.index(r, 0).data(JobModel::StartTimeRole).toLongLong());
        // Sorting survives filtering and narrowing.
        proxy.setFilterText(QStringLiteral("dataflow"));
        QVERIFY(proxy.rowCount() > 0);
        for (int r = 1; r < proxy.rowCount(); ++r)
            QVERIFY(proxy.index(r - 1, 0).data(JobModel::StartTimeRole).toLongLong() >=
                    proxy.index(r, 0).data(JobModel::StartTimeRole).toLongLong());
        // Persistent indexes follow their row through a sort.
        const QPersistentModelIndex kept = proxy.index(3, 0);
        const EntityRef keptRef = proxy.refAt(3);
        proxy.sort(JobModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.refAt(kept.row()), keptRef);
        proxy.sort(-1);
        QCOMPARE(proxy.refAt(0).id, m_data.jobs.rows.front().id);
    }

    void selectingAUserNarrowsRolesAndJobs_data()
    {
        QTest::addColumn<QString>("userName");
        QTest::newRow("deactivated, job still running as her") << "dana.whitfield@example.com";
        QTest::newRow("admin whose department changed") << "priya.raman@example.com";
        QTest::newRow("clean leaver") << "tom.becker@example.com";
    }
    void selectingAUserNarrowsRolesAndJobs()
    {
        QFETCH(QString, userName);
        auto linked = makeLinked();
        QAbstractItemModelTester t1(&linked->roleProxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&linked->jobProxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_userIds.contains(userName));
        linked->context.setFocus({EntityKind::User, m_userIds.value(userName)});

        const QStringList groups = groupsOfUser(userName);
        QVERIFY(!groups.isEmpty());
        QSet<QString> expectedJobs;
        for (const Job &j : m_scenario.jobs) {
            const bool own = userOfPrincipal(j.launcher) == userName || userOfPrincipal(j.runAs) == userName;
            const bool viaAccount = isAccount(j.runAs) && groups.contains(ownerOfAccount(j.runAs));
            if (own || viaAccount)
                expectedJobs.insert(j.externalId);
        }
        QVERIFY(linked->roleProxy.isNarrowed());
        QCOMPARE(namesOf(linked->roleProxy, m_groupNames), QSet<QString>(groups.begin(), groups.end()));
        QCOMPARE(namesOf(linked->jobProxy, m_jobExternalIds), expectedJobs);
        // The view the user selects in stays whole.
        QVERIFY(!linked->identityProxy.isNarrowed());
        QCOMPARE(linked->identityProxy.rowCount(), linked->identities->rowCount());

        linked->context.clearFocus();
        QVERIFY(!linked->roleProxy.isNarrowed());
        QCOMPARE(linked->jobProxy.rowCount(), linked->jobs->rowCount());
    }

    void selectingAServiceAccountNarrowsToItsOwnerAndRuns_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("owner");
        QTest::newRow("wrong role") << "marketing-sync@scimflow-demo.iam.gserviceaccount.com"
                                    << "marketing-data";
        QTest::newRow("orphaned") << "legacy-export@scimflow-demo.iam.gserviceaccount.com"
                                  << "";
    }
    void selectingAServiceAccountNarrowsToItsOwnerAndRuns()
    {
        QFETCH(QString, email);
        QFETCH(QString, owner);
        auto linked = makeLinked();
        QVERIFY(m_accountIds.contains(email));
        QCOMPARE(ownerOfAccount(email), owner);
        linked->context.setFocus({EntityKind::ServiceAccount, m_accountIds.value(email)});
        QSet<QString> expectedJobs;
        for (const Job &j : m_scenario.jobs) {
            if (j.runAs.compare(email, Qt::CaseInsensitive) == 0)
                expectedJobs.insert(j.externalId);
        }
        QVERIFY(!expectedJobs.isEmpty());
        QCOMPARE(namesOf(linked->roleProxy, m_groupNames),
                 owner.isEmpty() ? QSet<QString>() : QSet<QString>{owner});
        QVERIFY(linked->roleProxy.isNarrowed());
        QCOMPARE(namesOf(linked->jobProxy, m_jobExternalIds), expectedJobs);
        QVERIFY(!linked->identityProxy.isNarrowed());
    }

    void selectingARoleNarrowsIdentitiesAndJobs_data()
    {
        QTest::addColumn<QString>("group");
        QTest::newRow("privileged") << "data-platform-admins";
        QTest::newRow("owns service accounts") << "data-engineering";
        QTest::newRow("no pipeline role") << "contractors";
    }
    void selectingARoleNarrowsIdentitiesAndJobs()
    {
        QFETCH(QString, group);
        auto linked = makeLinked();
        QAbstractItemModelTester t1(&linked->identityProxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        linked->context.setFocus({EntityKind::Group, m_groupIds.value(group)});

        QSet<QString> expectedIdentities;
        QStringList members;
        for (const Group &g : m_scenario.groups) {
            if (g.displayName != group)
                continue;
            for (const QString &m : g.memberScimIds) {
                members << m_scimToUser.value(m);
                expectedIdentities.insert(m_scimToUser.value(m));
            }
        }
        QStringList accounts;
        for (const ServiceAccount &sa : m_scenario.serviceAccounts) {
            if (m_groupScimToName.value(sa.ownerGroupScimId) == group) {
                accounts << sa.email.toLower();
                expectedIdentities.insert(sa.email);
            }
        }
        QSet<QString> expectedJobs;
        for (const Job &j : m_scenario.jobs) {
            if (members.contains(userOfPrincipal(j.launcher)) || members.contains(userOfPrincipal(j.runAs)) ||
                accounts.contains(j.runAs.toLower()))
                expectedJobs.insert(j.externalId);
        }
        QSet<QString> shownIdentities;
        for (int r = 0; r < linked->identityProxy.rowCount(); ++r) {
            const EntityRef ref = linked->identityProxy.refAt(r);
            shownIdentities.insert(ref.kind == EntityKind::User ? m_userNames.value(ref.id)
                                                                : m_accountEmails.value(ref.id));
        }
        QCOMPARE(shownIdentities, expectedIdentities);
        QCOMPARE(namesOf(linked->jobProxy, m_jobExternalIds), expectedJobs);
        QVERIFY(!linked->roleProxy.isNarrowed());
    }

    void selectingAJobHighlightsItsPrincipalsAndTheirRoles()
    {
        auto linked = makeLinked();
        QAbstractItemModelTester t1(&linked->identityProxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&linked->roleProxy,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The planted ghost run: a Dataflow job still running as dana.whitfield.
        const auto job = std::find_if(m_scenario.jobs.begin(), m_scenario.jobs.end(), [this](const Job &j) {
            return j.state == Job::State::Running && userOfPrincipal(j.runAs) == "dana.whitfield@example.com";
        });
        QVERIFY(job != m_scenario.jobs.end());
        const qint64 jobId = m_jobExternalIds.key(job->externalId);
        linked->context.setFocus({EntityKind::Job, jobId});

        QSet<QString> expectedIdentities;
        QSet<QString> expectedRoles;
        for (const QString &p : {job->launcher, job->runAs}) {
            if (const QString user = userOfPrincipal(p); !user.isEmpty()) {
                expectedIdentities.insert(user);
                for (const QString &g : groupsOfUser(user))
                    expectedRoles.insert(g);
            } else if (isAccount(p)) {
                expectedIdentities.insert(p.toLower());
                if (const QString owner = ownerOfAccount(p); !owner.isEmpty())
                    expectedRoles.insert(owner);
            }
        }
        QSet<QString> highlightedIdentities, highlightedRoles;
        QVERIFY(!linked->identityProxy.isNarrowed());
        QVERIFY(!linked->roleProxy.isNarrowed());
        QVERIFY(!linked->jobProxy.isNarrowed());
        for (int r = 0; r < linked->identityProxy.rowCount(); ++r) {
            const QModelIndex i = linked->identityProxy.index(r, 0);
            if (i.data(CompactTableModel::HighlightRole).toBool()) {
                QVERIFY(i.data(Qt::FontRole).value<QFont>().bold());
                highlightedIdentities.insert(i.data().toString().toLower());
            }
        }
        for (int r = 0; r < linked->roleProxy.rowCount(); ++r) {
            const QModelIndex i = linked->roleProxy.index(r, 0);
            if (i.data(CompactTableModel::HighlightRole).toBool())
                highlightedRoles.insert(i.data().toString());
        }
        QCOMPARE(highlightedIdentities, expectedIdentities);
        QCOMPARE(highlightedRoles, expectedRoles);
        QVERIFY(linked->identityProxy.firstHighlightedRow() >= 0);
        linked->context.clearFocus();
        QCOMPARE(linked->identityProxy.firstHighlightedRow(), -1);
    }

    void linkAndTextFiltersCombineAndSurviveAReload()
    {
        auto linked = makeLinked();
        QAbstractItemModelTester tester(&linked->jobProxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 dana = m_userIds.value("dana.whitfield@example.com");
        linked->context.setFocus({EntityKind::User, dana});
        const int linkedRows = linked->jobProxy.rowCount();
        linked->jobProxy.setFilterText(QStringLiteral("running"));
        const int both = linked->jobProxy.rowCount();
        QVERIFY(both > 0);
        QVERIFY(both < linkedRows);
        for (int r = 0; r < both; ++r)
            QCOMPARE(linked->jobProxy.index(r, JobModel::StateColumn).data().toString(),
                     DisplayFormat::jobState(quint8(Job::State::Running)));
        // Reloading the source keeps the focus' narrowing and the text filter.
        auto data = ConsoleLoader::loadAll(m_store->path());
        linked->jobs->setTable(std::move(data->jobs));
        QCOMPARE(linked->jobProxy.rowCount(), both);
        QCOMPARE(linked->jobProxy.filterText(), QStringLiteral("running"));
    }

    void textPrefixKeysOrderLikeTheFullComparison()
    {
        TextArena arena;
        const QStringList words = {QString(),   "a",        "A",        "ab",      "abcdefgh", "ABCDEFGH",
                                   "abcdefghi", "abcdefgi", "abcdefgH", "Zebra",   "zebra",    "zeb",
                                   "müller",    "Muller",   "mz",       "étienne", "etienne",  "a b",
                                   "a-b",       "10",       "9"};
        QList<TextRef> refs;
        for (const QString &w : words)
            refs << arena.add(w.toUtf8());
        for (const TextRef &a : refs) {
            for (const TextRef &b : refs) {
                const int full = arena.compare(a, b);
                QCOMPARE(arena.compare(b, a), -full);
                const quint64 pa = arena.prefixKey(a);
                const quint64 pb = arena.prefixKey(b);
                if (pa != pb) // a differing prefix must agree with the full comparison
                    QCOMPARE(pa < pb, full < 0);
            }
        }
        QCOMPARE(arena.compare(refs[1], refs[2]), 0); // "a" == "A"
        QVERIFY(arena.compare(refs[4], refs[6]) < 0); // a prefix sorts first
    }

    void linkFilterFindsEveryAllowedRowInAnyOrder()
    {
        auto linked = makeLinked();
        QAbstractItemModelTester tester(&linked->jobProxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every third job plus an id that does not exist, ascending and then shuffled.
        QList<EntityRef> allowed;
        for (const JobRow &row : linked->jobs->table().rows) {
            if (row.id % 3 == 0)
                allowed.append(row.ref());
        }
        allowed.append({EntityKind::Job, 999999});
        allowed.prepend({EntityKind::Job, 0});
        QSet<quint64> expected;
        for (const EntityRef &ref : allowed) {
            if (linked->jobs->rowOfRef(ref) >= 0)
                expected.insert(ref.key());
        }
        auto shown = [&] {
            QSet<quint64> keys;
            for (int r = 0; r < linked->jobProxy.rowCount(); ++r)
                keys.insert(linked->jobProxy.refAt(r).key());
            return keys;
        };
        linked->jobProxy.setLinkFilter(&allowed);
        QCOMPARE(shown(), expected);
        QCOMPARE(linked->jobProxy.rowCount(), int(linked->jobs->rowCount() / 3));
        std::reverse(allowed.begin(), allowed.end());
        std::swap(allowed[3], allowed[allowed.size() / 2]);
        linked->jobProxy.setLinkFilter(&allowed);
        QCOMPARE(shown(), expected);
        const QList<EntityRef> none;
        linked->jobProxy.setLinkFilter(&none);
        QCOMPARE(linked->jobProxy.rowCount(), 0);
        linked->jobProxy.setLinkFilter(nullptr);
        QCOMPARE(linked->jobProxy.rowCount(), linked->jobs->rowCount());
    }

    void selectionContextSignalsOncePerChange()
    {
        SelectionContext context;
        int calls = 0;
        context.setResolver([&calls](const EntityRef &) {
            ++calls;
            return LinkSets();
        });
        QSignalSpy spy(&context, &SelectionContext::focusChanged);
        context.setFocus({EntityKind::User, 1});
        context.setFocus({EntityKind::User, 1});
        QCOMPARE(spy.size(), 1);
        QCOMPARE(calls, 1);
        context.setFocus({EntityKind::Group, 2});
        QCOMPARE(context.focus(), (EntityRef{EntityKind::Group, 2}));
        context.clearFocus();
        context.clearFocus();
        QCOMPARE(spy.size(), 3);
        QVERIFY(!spy.last().at(0).value<EntityRef>().isValid());
        QCOMPARE(EntityRef::fromKey(EntityRef{EntityKind::Job, 12345}.key()),
                 (EntityRef{EntityKind::Job, 12345}));
    }
};

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
