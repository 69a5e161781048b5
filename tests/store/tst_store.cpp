#include "scenario.h"
#include "scenarioimporter.h"
#include "schema.h"
#include "store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;

// Builds a database at an older schema version exactly as that version of Scimflow left it.
void createAtVersion(const QString &path, int version)
{
    const QString name = QStringLiteral("old-%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (int v = 1; v <= version; ++v) {
            for (const QString &statement : Schema::migration(v))
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
        // Data every version has: one user in one group.
        QVERIFY(q.exec("INSERT INTO users(scim_id, user_name) VALUES('u1', 'ada@example.com')"));
        QVERIFY(q.exec("INSERT INTO groups(scim_id, display_name) VALUES('g1', 'admins')"));
        QVERIFY(q.exec("INSERT INTO memberships(group_id, user_id) VALUES(1, 1)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<Store> openDemo(QTemporaryDir &dir, Scenario *scenarioOut = nullptr)
{
    auto store = Store::open(dir.filePath("demo.db"));
    if (!store)
        return nullptr;
    Scenario s = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
    if (Status st = ScenarioImporter::write(**store, s); !st) {
        qWarning() << st.error().message;
        return nullptr;
    }
    if (scenarioOut)
        *scenarioOut = std::move(s);
    return std::move(*store);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsLatestSchemaWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath("new.db"));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->schemaVersion(), Schema::latestVersion());
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec("PRAGMA journal_mode") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec("PRAGMA foreign_keys") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void migratesEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Schema::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void migratesEveryEarlierVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath("old.db");
        createAtVersion(path, version);
        auto store = Store::open(path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->schemaVersion(), Schema::latestVersion());
        const QList<User> users = (*store)->users();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().userName, QStringLiteral("ada@example.com"));
        QCOMPARE((*store)->memberIdsOfGroup(1), QList<qint64>{1});
        // Migrated databases accept what the latest schema accepts.
        QSqlQuery q((*store)->database());
        QVERIFY2(q.exec("INSERT INTO rbac_mappings(version, created_at, content) VALUES(1, 0, '{}')"),
                 qPrintable(q.lastError().text()));
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("future.db");
        createAtVersion(path, Schema::latestVersion());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "future");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1));
            db.close();
        }
        QSqlDatabase::removeDatabase("future");
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, Error::Kind::Database);
        QVERIFY(store.error().message.contains("newer Scimflow"));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath("junk.db"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto store = Store::open(f.fileName());
        QVERIFY(!store.ok());
        QVERIFY(store.error().message.contains("junk.db"));
    }

    void enforcesConstraints()
    {
        auto store = Store::open(":memory:");
        QVERIFY(store.ok());
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec("INSERT INTO users(scim_id, user_name) VALUES('u1', 'a@example.com')"));
        QVERIFY(
            !q.exec("INSERT INTO users(scim_id, user_name) VALUES('u1', 'b@example.com')")); // unique SCIM id
        QVERIFY(!q.exec("INSERT INTO users(scim_id, user_name, active) VALUES('u2', 'c@example.com', 7)"));
        QVERIFY(!q.exec("INSERT INTO memberships(group_id, user_id) VALUES(99, 1)")); // foreign key
        QVERIFY(q.exec("INSERT INTO groups(scim_id, display_name) VALUES('g1', 'admins')"));
        QVERIFY(q.exec("INSERT INTO memberships(group_id, user_id) VALUES(1, 1)"));
        QVERIFY(q.exec("DELETE FROM users WHERE id = 1"));
        QCOMPARE((*store)->count("memberships"), 0); // cascades
        QVERIFY(!q.exec("INSERT INTO sync_runs(source, started_at, status) VALUES('scim', 0, 'bogus')"));
    }

    void rollsBackAnUncommittedTransaction()
    {
        auto store = Store::open(":memory:");
        QVERIFY(store.ok());
        {
            Transaction tx((*store)->database());
            QVERIFY(tx.isActive());
            QSqlQuery q((*store)->database());
            QVERIFY(q.exec("INSERT INTO users(scim_id, user_name) VALUES('u1', 'a@example.com')"));
        } // no commit: the previous state stays
        QCOMPARE((*store)->count("users"), 0);
    }

    void demoRoundTrips()
    {
        QTemporaryDir dir;
        Scenario s;
        auto store = openDemo(dir, &s);
        QVERIFY(store);
        const QList<User> users = store->users();
        QCOMPARE(users.size(), s.users.size());
        for (int i = 0; i < users.size(); ++i) {
            QCOMPARE(users[i].scimId, s.users[i].scimId);
            QCOMPARE(users[i].userName, s.users[i].userName);
            QCOMPARE(users[i].active, s.users[i].active);
            QCOMPARE(users[i].emails, s.users[i].emails);
            QCOMPARE(users[i].lastModified, s.users[i].lastModified);
        }
        const QList<Group> groups = store->groups();
        QCOMPARE(groups.size(), s.groups.size());
        for (int i = 0; i < groups.size(); ++i) {
            QStringList a = groups[i].memberScimIds;
            QStringList b = s.groups[i].memberScimIds;
            a.sort();
            b.sort();
            QCOMPARE(a, b);
        }
        QCOMPARE(store->jobs().size(), s.jobs.size());
        QCOMPARE(store->identityEvents().size(), s.events.size());
        QCOMPARE(store->serviceAccounts().size(), s.serviceAccounts.size());
        QCOMPARE(store->metaValue("scenario"), QStringLiteral("demo"));
        QCOMPARE(store->lastSuccessfulRun("scenario").status, QStringLiteral("ok"));
    }

    void linkingQueriesFollowMembershipAndOwnership()
    {
        QTemporaryDir dir;
        auto store = openDemo(dir);
        QVERIFY(store);
        const QList<User> users = store->users();
        const QList<Group> groups = store->groups();
        const QList<Job> jobs = store->jobs();
        const QList<ServiceAccount> accounts = store->serviceAccounts();

        const User &dana = users[0];
        QCOMPARE(dana.userName, QStringLiteral("dana.whitfield@example.com"));
        // Dana's groups are exactly the groups listing her as a member.
        QList<qint64> expectedGroups;
        for (const Group &g : groups) {
            if (g.memberScimIds.contains(dana.scimId))
                expectedGroups << g.id;
        }
        QCOMPARE(store->groupIdsOfUser(dana.id), expectedGroups);

        // Her jobs: launched or run as her, or run as an account her groups own.
        QSet<QString> ownedAccounts;
        for (const ServiceAccount &sa : accounts) {
            for (const Group &g : groups) {
                if (g.scimId == sa.ownerGroupScimId && expectedGroups.contains(g.id))
                    ownedAccounts.insert(sa.email);
            }
        }
        QList<qint64> expectedJobs;
        for (const Job &j : jobs) {
            if (j.launcherUserId == dana.id || j.runAsUserId == dana.id || ownedAccounts.contains(j.runAs))
                expectedJobs << j.id;
        }
        QVERIFY(!expectedJobs.isEmpty());
        QCOMPARE(store->jobIdsForUser(dana.id), expectedJobs);

        // A group's jobs: its members' and its accounts'.
        const Group &dataEng = *std::find_if(
            groups.begin(), groups.end(), [](const Group &g) { return g.displayName == "data-engineering"; });
        QSet<qint64> memberIds;
        for (qint64 id : store->memberIdsOfGroup(dataEng.id))
            memberIds.insert(id);
        QCOMPARE(memberIds.size(), dataEng.memberScimIds.size());
        QList<qint64> groupJobs;
        for (const Job &j : jobs) {
            const bool viaAccount =
                std::any_of(accounts.begin(), accounts.end(), [&](const ServiceAccount &sa) {
                    return sa.id == j.runAsServiceAccountId && sa.ownerGroupScimId == dataEng.scimId;
                });
            if (memberIds.contains(j.launcherUserId) || memberIds.contains(j.runAsUserId) || viaAccount)
                groupJobs << j.id;
        }
        QCOMPARE(store->jobIdsForGroup(dataEng.id), groupJobs);

        // A job's principals: the ghost run names Dana as launcher and run-as user.
        const Job &ghost =
            *std::find_if(jobs.begin(), jobs.end(), [&](const Job &j) { return j.runAs == dana.userName; });
        const JobPrincipals p = store->principalsOfJob(ghost.id);
        QCOMPARE(p.launcherUserId, dana.id);
        QCOMPARE(p.runAsUserId, dana.id);
        QCOMPARE(p.groupIds, expectedGroups);
    }

    void unknownPrincipalStaysUnmatched()
    {
        QTemporaryDir dir;
        auto store = openDemo(dir);
        QVERIFY(store);
        const QList<Job> jobs = store->jobs();
        auto it = std::find_if(jobs.begin(), jobs.end(), [](const Job &j) {
            return j.launcher == "ext.contractor@partner-agency.example";
        });
        QVERIFY(it != jobs.end());
        QCOMPARE(it->launcherUserId, 0);
        QVERIFY(it->runAsServiceAccountId != 0);
        // GitHub logins resolve through the alias map.
        const bool githubMatched = std::any_of(jobs.begin(), jobs.end(), [](const Job &j) {
            return j.source == "github" && j.launcherUserId != 0;
        });
        QVERIFY(githubMatched);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
