#include "scenario.h"
#include "scenarioimporter.h"
#include "schema.h"
#include "store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;

// A copy of the frozen database tests/store/fixtures/v<version>.db. Each was made once with the migration
// statements of its version as released (versions 1 and 2 from commit b2fed62, version 3 from 9516824) and
// a little data, with SQLite's page size at 512 bytes to keep it small; versions 4 to 7 are version 3's file
// taken through each later migration as released (1d2e7fc); versions 8 and 9 (which change nothing on SQLite)
// are version 7's with their user_version; versions 10 and 11 are the version before taken through their
// migration. None is rebuilt from today's code, so an edit to a released migration shows here.
QString copyFixture(int version, const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QStringLiteral("v%1.db").arg(version));
    if (!QFile::copy(QStringLiteral(SCIMFLOW_STORE_FIXTURES "/v%1.db").arg(version), copy) ||
        !QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner))
        return {};
    return copy;
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

    void migratesFrozenDatabasesOfEveryVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v <= Schema::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }

    void migratesFrozenDatabasesOfEveryVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = copyFixture(version, dir);
        QVERIFY(!path.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), version);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));

        auto store = Store::open(path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->schemaVersion(), Schema::latestVersion());
        // The data every fixture holds survived: two users (one a leaver), a group with its member and
        // role, an owned service account, a job, an event, a finding, an audit entry and a sync run.
        const QList<User> users = (*store)->users();
        QCOMPARE(users.size(), 2);
        QCOMPARE(users.first().userName, QStringLiteral("ada@example.com"));
        QCOMPARE(users.first().displayName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(users.last().active, false);
        QCOMPARE((*store)->memberIdsOfGroup(1), QList<qint64>{1});
        QCOMPARE((*store)->serviceAccountIdsOwnedBy({1}), QList<qint64>{1});
        QCOMPARE((*store)->jobs().size(), 1);
        QCOMPARE((*store)->jobs().first().runAsServiceAccountId, 1);
        QCOMPARE((*store)->identityEvents().size(), 1);
        QCOMPARE((*store)->syncRuns().size(), 1);
        QCOMPARE((*store)->metaValue(QStringLiteral("fixture")), QStringLiteral("schema v%1").arg(version));
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec("SELECT role FROM group_roles WHERE group_id = 1") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("dataflow.admin"));
        QVERIFY(q.exec("SELECT fingerprint, subject_key FROM findings") && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("fp-1"));
        QCOMPARE(q.value(1).toString(), QString()); // added by version 3, empty for older findings
        QVERIFY(q.exec("SELECT COUNT(*) FROM audit_log") && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec("SELECT COUNT(*) FROM rbac_mappings") && q.next());
        QCOMPARE(q.value(0).toInt(), version >= 2 ? 1 : 0);
        // Migrated databases behave like new ones: the audit log is append-only, mappings can be versioned.
        QVERIFY(!q.exec("DELETE FROM audit_log"));
        QVERIFY2(q.exec("INSERT INTO rbac_mappings(version, created_at, content) VALUES(2, 0, '{}')"),
                 qPrintable(q.lastError().text()));
    }

    // Version 10 rebuilds review_items to change how its values are checked: the items of open and signed
    // campaigns, and the guards of signed ones, come through it.
    void version10KeepsReviewItemsAndTheirGuards()
    {
        QTemporaryDir dir;
        const QString path = copyFixture(9, dir);
        QVERIFY(!path.isEmpty());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql :
                 {"INSERT INTO review_campaigns(id, name, scope, period_from, period_to, created_at) "
                  "VALUES(1, 'open', '{}', 0, 1, 0), (2, 'signed', '{}', 0, 1, 0)",
                  "INSERT INTO review_items(id, campaign_id, kind, identity, access, recommendation, reason, "
                  "decision, justification) VALUES"
                  "(1, 1, 'membership', 'ada@example.com', 'admins', 'keep', 'in-use', '', ''),"
                  "(2, 2, 'service-account', 'etl@example.com', 'admins', 'revoke', 'never-used', 'revoke', "
                  "'unused'),"
                  "(3, 2, 'credential', 'etl@example.com', 'key k1', 'revoke', 'unused', 'needs-info', "
                  "'ask')",
                  "UPDATE review_campaigns SET status = 'signed' WHERE id = 2"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("fixture"));

        auto store = Store::open(path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        QCOMPARE((*store)->schemaVersion(), Schema::latestVersion());
        QSqlQuery q((*store)->database());
        QVERIFY(
            q.exec("SELECT group_concat(id || ':' || campaign_id || ':' || kind || ':' || decision || ':' || "
                   "justification, ' ') FROM (SELECT * FROM review_items ORDER BY id)") &&
            q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1:1:membership:: 2:2:service-account:revoke:unused "
                                                       "3:2:credential:needs-info:ask"));
        QVERIFY(
            q.exec("SELECT count(*) FROM sqlite_master WHERE name IN ('review_items_campaign', "
                   "'review_items_signed', 'review_items_signed_insert', 'review_items_signed_delete')") &&
            q.next());
        QCOMPARE(q.value(0).toInt(), 4);
        // The signed campaign's items stay frozen.
        QVERIFY(!q.exec("UPDATE review_items SET decision = 'keep' WHERE id = 2"));
        QVERIFY(!q.exec("DELETE FROM review_items WHERE id = 3"));
        QVERIFY(
            !q.exec("INSERT INTO review_items(campaign_id, kind, identity, access, recommendation, reason) "
                    "VALUES(2, 'membership', 'x', 'y', 'keep', 'in-use')"));
        // The open one takes the same values as before, and no others.
        QVERIFY(q.exec("UPDATE review_items SET decision = 'needs-info' WHERE id = 1"));
        QVERIFY(!q.exec("UPDATE review_items SET decision = 'maybe' WHERE id = 1"));
        QVERIFY(
            !q.exec("INSERT INTO review_items(campaign_id, kind, identity, access, recommendation, reason) "
                    "VALUES(1, 'group', 'x', 'y', 'keep', 'in-use')"));
        QVERIFY(
            !q.exec("INSERT INTO review_items(campaign_id, kind, identity, access, recommendation, reason) "
                    "VALUES(1, 'membership', 'x', 'y', 'maybe', 'in-use')"));
        QVERIFY(
            !q.exec("INSERT INTO review_items(campaign_id, kind, identity, access, recommendation, reason) "
                    "VALUES(9, 'membership', 'x', 'y', 'keep', 'in-use')")); // foreign key
        QVERIFY2(
            q.exec("INSERT INTO review_items(campaign_id, kind, identity, access, recommendation, reason) "
                   "VALUES(1, 'credential', 'x', 'y', 'revoke', 'unused')"),
            qPrintable(q.lastError().text()));
    }

    void refusesANewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("future.db");
        QVERIFY(Store::open(path).ok());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "future");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)));
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

    void othersCommitsCountsOnlyOtherConnections()
    {
        QTemporaryDir dir;
        auto mine = Store::open(dir.filePath("shared.db"));
        auto other = Store::open(dir.filePath("shared.db"));
        QVERIFY(mine.ok() && other.ok());
        const std::optional<qint64> start = (*mine)->othersCommits();
        QVERIFY(start.has_value());
        QVERIFY((*mine)->setMetaValue("note", "written here").ok());
        QCOMPARE((*mine)->othersCommits(), start); // its own commits do not count
        QVERIFY((*other)->setMetaValue("note", "written there").ok());
        QVERIFY((*mine)->othersCommits() != start);
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

        const User &dana = users[0];
        QCOMPARE(dana.userName, QStringLiteral("dana.whitfield@example.com"));
        // Dana's groups are exactly the groups listing her as a member.
        QList<qint64> expectedGroups;
        for (const Group &g : groups) {
            if (g.memberScimIds.contains(dana.scimId))
                expectedGroups << g.id;
        }
        QCOMPARE(store->groupIdsOfUser(dana.id), expectedGroups);

        // A group's members: the users it lists.
        const Group &dataEng = *std::find_if(
            groups.begin(), groups.end(), [](const Group &g) { return g.displayName == "data-engineering"; });
        QCOMPARE(store->memberIdsOfGroup(dataEng.id).size(), dataEng.memberScimIds.size());

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
