// The read side of the console, the detail pane and the timeline (ConsoleQueries, DetailQueries,
// TimelineQueries) on the demo, on SQLite and on PostgreSQL: what each read visits, against the store's
// whole-table reads and the tables themselves.

#include "consolequeries.h"
#include "detailqueries.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"
#include "teststore.h"
#include "timelinequeries.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;
constexpr Timestamp kNever = std::numeric_limits<Timestamp>::max();

qint64 number(const Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 insertCredential(const Store &store, const QString &values)
{
    QSqlQuery q(store.database());
    q.prepare(QStringLiteral("INSERT INTO credentials(kind, source, external_id, parent_id, name, owner, "
                             "owner_user_id, key_type, created_at, last_used_at) VALUES(%1) RETURNING id")
                  .arg(values));
    return execReturningId(q);
}

} // namespace

class TestStoreReads : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = Store::open(TestStore::location(m_dir, QStringLiteral("demo.db")));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(*store);
        const Scenario s = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        const Status written = ScenarioImporter::write(*m_store, s);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));

        // A service account with one key, and a person's token: the demo has no credential inventory.
        const QList<ServiceAccount> accounts = m_store->serviceAccounts();
        const auto owned = std::find_if(accounts.begin(), accounts.end(), [this](const ServiceAccount &a) {
            return m_store->ownerGroupOfServiceAccount(a.id) != 0;
        });
        QVERIFY(owned != accounts.end());
        m_account = *owned;
        m_user = m_store->users().first();
        m_accountCredential = insertCredential(
            *m_store, QStringLiteral("'gcp-service-account', 'p1', '%1', NULL, 'ETL', '%1', NULL, '', 0, %2")
                          .arg(m_account.email)
                          .arg(kAnchor - kMsPerDay));
        QVERIFY(m_accountCredential > 0);
        m_key = insertCredential(*m_store, QStringLiteral("'gcp-key', 'p1', 'k1', %1, 'k1', '%2', NULL, "
                                                          "'USER_MANAGED', %3, %4")
                                               .arg(m_accountCredential)
                                               .arg(m_account.email)
                                               .arg(kAnchor - 30 * kMsPerDay)
                                               .arg(kAnchor - 2 * kMsPerDay));
        QVERIFY(m_key > 0);
        m_token = insertCredential(
            *m_store, QStringLiteral("'github-token', 'org', 't1', NULL, 'deploy', 'dana', %1, '', %2, %3")
                          .arg(m_user.id)
                          .arg(kAnchor - 10 * kMsPerDay)
                          .arg(kAnchor - 3 * kMsPerDay));
        QVERIFY(m_token > 0);
    }

    void consoleTablesVisitEveryRowInIdOrder()
    {
        const ConsoleQueries queries(*m_store);
        const QList<User> users = m_store->users();
        int i = 0;
        Status read = queries.users([&](const ConsoleQueries::UserRecord &u) -> Status {
            if (i >= users.size() || u.id != users[i].id || u.userName != users[i].userName.toUtf8() ||
                u.displayName != users[i].displayName.toUtf8() || u.active != users[i].active ||
                u.deletedAt != users[i].deletedAt || u.department != users[i].department.toUtf8() ||
                u.createdAt != users[i].createdAt)
                return Error::make(Error::Kind::Internal, QStringLiteral("user %1 differs").arg(i));
            ++i;
            return {};
        });
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
        QCOMPARE(i, users.size());
        QCOMPARE(queries.largestId("users"), users.last().id);

        const QList<ServiceAccount> accounts = m_store->serviceAccounts();
        i = 0;
        read = queries.serviceAccounts([&](const ConsoleQueries::ServiceAccountRecord &a) -> Status {
            if (i >= accounts.size() || a.id != accounts[i].id || a.email != accounts[i].email.toUtf8() ||
                a.active != accounts[i].active)
                return Error::make(Error::Kind::Internal, QStringLiteral("account %1 differs").arg(i));
            ++i;
            return {};
        });
        QVERIFY(read.ok());
        QCOMPARE(i, accounts.size());

        // The visitor runs no statement itself: on PostgreSQL the rows are still streaming.
        struct Counted
        {
            qint64 id, members, accounts;
            QString roles;
        };
        QList<Counted> groups;
        read = queries.groups([&](const ConsoleQueries::GroupRecord &g) -> Status {
            groups.append({g.id, g.memberCount, g.serviceAccountCount, QString::fromUtf8(g.pipelineRoles)});
            return {};
        });
        QVERIFY(read.ok());
        QCOMPARE(groups.size(),
                 number(*m_store, QStringLiteral("SELECT count(*) FROM groups WHERE deleted_at = 0")));
        QVERIFY(std::is_sorted(groups.begin(), groups.end(),
                               [](const Counted &a, const Counted &b) { return a.id < b.id; }));
        for (const Counted &g : groups) {
            QCOMPARE(g.members, qint64(m_store->memberIdsOfGroup(g.id).size()));
            QCOMPARE(g.accounts,
                     number(*m_store,
                            QStringLiteral("SELECT count(*) FROM service_accounts WHERE owner_group_id = %1")
                                .arg(g.id)));
            QCOMPARE(g.roles, m_store->rolesOfGroup(g.id).join(QStringLiteral(", ")));
        }

        const QList<Job> jobs = m_store->jobs();
        i = 0;
        read = queries.jobs([&](const ConsoleQueries::JobRecord &j) -> Status {
            if (i >= jobs.size() || j.id != jobs[i].id || j.name != jobs[i].name.toUtf8() ||
                j.state != jobStateName(jobs[i].state).toUtf8() || j.startTime != jobs[i].startTime ||
                j.runAs != jobs[i].runAs.toUtf8())
                return Error::make(Error::Kind::Internal, QStringLiteral("job %1 differs").arg(i));
            ++i;
            return {};
        });
        QVERIFY(read.ok());
        QCOMPARE(i, jobs.size());

        QList<qint64> credentials;
        QByteArray accountOwner;
        read = queries.credentials([&](const ConsoleQueries::CredentialRecord &c) -> Status {
            credentials << c.id;
            if (c.id == m_accountCredential)
                accountOwner = c.ownerGroup.toByteArray();
            if (c.id == m_key && (c.keyType != "USER_MANAGED" || c.lastUsedAt != kAnchor - 2 * kMsPerDay))
                return Error::make(Error::Kind::Internal, QStringLiteral("the key differs"));
            return {};
        });
        QVERIFY(read.ok());
        QCOMPARE(credentials, (QList<qint64>{m_accountCredential, m_key, m_token}));
        const QList<Group> all = m_store->groups();
        const qint64 owner = m_store->ownerGroupOfServiceAccount(m_account.id);
        QCOMPARE(QString::fromUtf8(accountOwner), std::find_if(all.begin(), all.end(), [&](const Group &g) {
                                                      return g.id == owner;
                                                  })->displayName);
    }

    void aVisitorsErrorStopsTheRead()
    {
        int seen = 0;
        const auto stopAtThird = [&seen]() -> Status {
            if (++seen == 3)
                return Error::make(Error::Kind::Cancelled, QStringLiteral("stop"));
            return {};
        };
        Status read =
            ConsoleQueries(*m_store).jobs([&](const ConsoleQueries::JobRecord &) { return stopAtThird(); });
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Cancelled);
        QCOMPARE(seen, 3);
        seen = 0;
        read = TimelineQueries(*m_store).allEvents([&](Timestamp, qint64, int) { return stopAtThird(); });
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Cancelled);
        QCOMPARE(seen, 3);
    }

    void timelineReadsEventsAndJobsByTime()
    {
        const TimelineQueries queries(*m_store);
        QList<qint64> eventIds;
        Timestamp previous = 0;
        bool inOrder = true;
        Status read = queries.allEvents([&](Timestamp at, qint64 id, int kind) -> Status {
            inOrder = inOrder && at >= previous && kind >= 0 && kind <= int(IdentityEvent::Kind::RoleChanged);
            previous = at;
            eventIds << id;
            return {};
        });
        QVERIFY(read.ok());
        QVERIFY(inOrder);
        QCOMPARE(eventIds.size(), m_store->count(QStringLiteral("identity_events")));

        QList<qint64> jobIds;
        QString source;
        read = queries.allJobs([&](const QString &s, const TimelineQueries::JobInterval &job) -> Status {
            inOrder = inOrder && s >= source && job.start > 0;
            source = s;
            jobIds << job.id;
            return {};
        });
        QVERIFY(read.ok());
        QVERIFY(inOrder);
        QCOMPARE(jobIds.size(),
                 number(*m_store, QStringLiteral("SELECT count(*) FROM jobs WHERE start_time > 0")));

        // Details are read a chunk of ids at a time: ids of no row first, so that the real ones span chunks.
        const QList<qint64> none(450, -1);
        QSet<qint64> detailed;
        int visits = 0;
        read = queries.eventDetails(none + eventIds, [&](const TimelineQueries::EventDetail &d) {
            detailed.insert(d.id);
            ++visits;
        });
        QVERIFY(read.ok());
        QCOMPARE(detailed.size(), eventIds.size());
        QCOMPARE(visits, eventIds.size());
        detailed.clear();
        visits = 0;
        read = queries.jobDetails(none + jobIds, [&](const TimelineQueries::JobDetail &d) {
            if (!d.name.isEmpty())
                detailed.insert(d.id);
            ++visits;
        });
        QVERIFY(read.ok());
        QCOMPARE(detailed.size(), jobIds.size());
        QCOMPARE(visits, jobIds.size());

        // One user's events and jobs, and the extent they span.
        const qint64 user = m_user.id;
        qint64 events = 0;
        Timestamp first = kNever, last = 0, latest = 0;
        read = queries.eventsOfUsers({user}, 0, kNever,
                                     [&](qint64 subject, Timestamp at, qint64, IdentityEvent::Kind) {
                                         events += subject == user;
                                         first = std::min(first, at);
                                         last = std::max(last, at);
                                         latest = std::max(latest, at);
                                     });
        QVERIFY(read.ok());
        QVERIFY(events > 0);
        QCOMPARE(events,
                 number(*m_store,
                        QStringLiteral("SELECT count(*) FROM identity_events WHERE user_id = %1").arg(user)));
        qint64 jobs = 0;
        read = queries.jobsOfUsers(
            {user}, 0, kNever, [&](const TimelineQueries::JobInterval &job, qint64 launcher, qint64 runAs) {
                jobs += launcher == user || runAs == user;
                first = std::min(first, job.start);
                latest = std::max(latest, job.start);
                last = std::max(last, job.end ? job.end : std::max(kAnchor, job.start));
            });
        QVERIFY(read.ok());
        QCOMPARE(jobs,
                 number(*m_store, QStringLiteral("SELECT count(*) FROM jobs WHERE (launcher_user_id = %1 OR "
                                                 "run_as_user_id = %1) AND start_time > 0")
                                      .arg(user)));
        Result<TimelineQueries::Span> extent = queries.extentOf({user}, 0, {}, kAnchor);
        QVERIFY(extent.ok());
        QCOMPARE(extent->from, first);
        QCOMPARE(extent->to, last);
        extent = queries.extentOf({-1}, 0, {}, kAnchor);
        QVERIFY(extent.ok());
        QCOMPARE(extent->to, Timestamp(0));

        const Job job = m_store->jobs().first();
        QCOMPARE(queries.jobSpan(job.id, kAnchor).from, job.startTime);
        QCOMPARE(queries.jobSpan(-1, kAnchor).from, Timestamp(0));
        QCOMPARE(queries.latestOfUser(user).from, latest);
        QCOMPARE(queries.latestOfUser(-1).to, Timestamp(0));
    }

    void timelineReadsWhatTheLanesShow()
    {
        const TimelineQueries queries(*m_store);
        Result<QList<TimelineQueries::UserSummary>> users = queries.users({m_user.id, -1});
        QVERIFY(users.ok());
        QCOMPARE(users->size(), 1);
        QCOMPARE(users->first().userName, m_user.userName);
        Result<QList<TimelineQueries::AccountSummary>> accounts = queries.serviceAccounts({m_account.id});
        QVERIFY(accounts.ok());
        QCOMPARE(accounts->size(), 1);
        QCOMPARE(accounts->first().email, m_account.email);
        QVERIFY(!accounts->first().ownerGroup.isEmpty());
        const Group group = m_store->groups().first();
        QCOMPARE(queries.groupName(group.id).value_or(QString()), group.displayName);
        QVERIFY(!queries.groupName(-1));

        QList<TimelineQueries::CredentialUse> uses;
        auto collect = [&uses](const TimelineQueries::CredentialUse &c) { uses << c; };
        QVERIFY(queries.keysOf({m_account.id}, collect).ok());
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses[0].principalId, m_account.id);
        QCOMPARE(uses[0].credentialId, m_key);
        QCOMPARE(uses[0].createdAt, kAnchor - 30 * kMsPerDay);
        uses.clear();
        QVERIFY(queries.tokensOf({m_user.id}, collect).ok());
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses[0].principalId, m_user.id);
        QCOMPARE(uses[0].name, QStringLiteral("deploy"));

        int findings = 0;
        QVERIFY(queries.findingStarts([&](const TimelineQueries::FindingStart &) { ++findings; }).ok());
        QCOMPARE(findings, 0); // no drift run on this store
    }

    void detailsOfEachKind()
    {
        const DetailQueries queries(*m_store);
        const std::optional<DetailQueries::UserDetail> user = queries.user(m_user.id);
        QVERIFY(user);
        QCOMPARE(user->userName, m_user.userName);
        QCOMPARE(user->email, m_user.email);
        QCOMPARE(user->scimId, m_user.scimId);
        QCOMPARE(user->lastModified, m_user.lastModified);
        QVERIFY(!queries.user(-1));
        const qsizetype groups = m_store->groupIdsOfUser(m_user.id).size();
        QVERIFY(groups > 1);
        QCOMPARE(queries.groupNamesOfUser(m_user.id, 100).size(), groups);
        QCOMPARE(queries.groupNamesOfUser(m_user.id, 1).size(), 1);

        const std::optional<DetailQueries::ServiceAccountDetail> account =
            queries.serviceAccount(m_account.id);
        QVERIFY(account);
        QCOMPARE(account->email, m_account.email);
        QVERIFY(!account->ownerGroup.isEmpty());
        const QList<DetailQueries::KeyDetail> keys = queries.keysOfAccount(m_account.email.toUpper());
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys[0].name, QStringLiteral("k1"));
        QCOMPARE(keys[0].accountLastUsedAt, kAnchor - kMsPerDay);
        QVERIFY(queries.keysOfAccount(QStringLiteral("nobody@example.com")).isEmpty());

        const qint64 owner = m_store->ownerGroupOfServiceAccount(m_account.id);
        const std::optional<DetailQueries::GroupDetail> group = queries.group(owner);
        QVERIFY(group);
        QCOMPARE(group->memberCount, qint64(m_store->memberIdsOfGroup(owner).size()));
        QVERIFY(queries.serviceAccountsOwnedBy(owner).contains(m_account.email));
        QCOMPARE(qint64(queries.memberNames(owner, 2).size()), std::min<qint64>(2, group->memberCount));
        QCOMPARE(queries.groupNames({owner, -1}), QStringList{group->displayName});

        const Job first = m_store->jobs().first();
        const std::optional<DetailQueries::JobDetail> job = queries.job(first.id);
        QVERIFY(job);
        QCOMPARE(job->name, first.name);
        QCOMPARE(job->rawState, first.rawState);
        QVERIFY(!queries.job(-1));
        QCOMPARE(queries.userName(m_user.id), m_user.userName);
        QCOMPARE(queries.userName(-1), QString());
        QCOMPARE(queries.serviceAccountEmail(m_account.id), m_account.email);

        const std::optional<DetailQueries::CredentialDetail> token = queries.credential(m_token);
        QVERIFY(token);
        QCOMPARE(token->kind, QStringLiteral("github-token"));
        QCOMPARE(token->owner, QStringLiteral("dana"));
        QVERIFY(!queries.credential(-1));
    }

    void linkingConnectionIsPrepared()
    {
        ConsoleQueries(*m_store).prepareForLinking();
        if (m_store->isPostgres())
            return; // nothing to set there
        QCOMPARE(number(*m_store, QStringLiteral("PRAGMA cache_size")), -32768);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    User m_user;
    ServiceAccount m_account;
    qint64 m_accountCredential = 0;
    qint64 m_key = 0;
    qint64 m_token = 0;
};

QTEST_GUILESS_MAIN(TestStoreReads)
#include "tst_storereads.moc"
