// Microsoft Graph (Entra ID) as the identity provider, against the simulated tenant on 127.0.0.1: delta
// paging, incremental rounds written through SnapshotWriter, 410 resyncs, directory audits, throttling and
// lying servers.

#include "authprovider.h"
#include "graphcertificate.h"
#include "graphdirectoryreader.h"
#include "graphparser.h"
#include "graphsandbox.h"
#include "httpclient.h"
#include "jwtassertion.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "snapshotwriter.h"
#include "store.h"
#include "storeddirectory.h"
#include "testrsakey.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Scimflow;

namespace {

const QString kTenant = QStringLiteral("contoso.onmicrosoft.com");
const QString kClientId = QStringLiteral("6731de76-14a6-49ae-97bc-6eba6914391e");
const QString kSecret = QStringLiteral("graph~s3cret.value_9f");

HttpClientOptions fastOptions()
{
    HttpClientOptions o;
    o.timeoutMs = 5000;
    o.maxRetries = 3;
    o.backoffBaseMs = 10;
    o.backoffMaxMs = 40;
    o.maxRateLimitWaitMs = 3000;
    return o;
}

struct Rig
{
    // The scenario's own history lies beyond the 30 days the tenant keeps: the audit log holds only what a
    // test adds.
    Scenario scenario =
        ScenarioGenerator::generate(ScenarioSpec::demo(), currentTimestamp() - 40 * kMsPerDay);
    SandboxServer server;
    std::unique_ptr<GraphSandbox> graph;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<OAuthClientCredentials> auth;
    std::unique_ptr<GraphDirectoryReader> reader;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;

    explicit Rig(const QString &secret = kSecret)
    {
        if (!server.listen())
            qFatal("cannot listen on 127.0.0.1");
        graph = std::make_unique<GraphSandbox>(server, scenario, kTenant, kClientId, kSecret);
        graph->setPageSize(7);
        graph->setMembersPerObject(4);
        http = std::make_unique<HttpClient>(fastOptions());
        OAuthClientCredentials::Config config;
        config.tokenUrl = GraphDirectoryReader::tokenUrlFor(graph->loginUrl(), kTenant);
        config.clientId = kClientId;
        config.clientSecret = secret;
        config.scope = GraphDirectoryReader::scopeFor(graph->graphUrl());
        auth = std::make_unique<OAuthClientCredentials>(http.get(), config);
        http->setAuthProvider(auth.get());
        reader = std::make_unique<GraphDirectoryReader>(http.get(), graph->graphUrl());
        auto opened = Store::open(databasePath());
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        store = std::move(opened).value();
    }

    QString databasePath() const { return dir.filePath(QStringLiteral("graph.db")); }

    Result<DirectoryRead> read(DirectoryReadRequest request)
    {
        request.databasePath = databasePath();
        QSignalSpy finished(reader.get(), &DirectoryReader::finished);
        reader->start(request);
        if (!finished.wait(20000) && finished.isEmpty())
            qFatal("the Graph read never finished");
        return *reader->result();
    }

    Result<DirectoryRead> readFull() { return read(DirectoryReadRequest()); }

    Result<DirectoryRead> readDelta(const QByteArray &state)
    {
        DirectoryReadRequest r;
        r.full = false;
        r.state = state;
        return read(r);
    }

    SnapshotStats write(const DirectoryRead &read)
    {
        const Result<qint64> run = store->beginSyncRun(
            QStringLiteral("graph"), read.full ? QStringLiteral("full") : QStringLiteral("incremental"));
        if (!run)
            qFatal("%s", qPrintable(run.error().message));
        SyncSnapshot snap;
        snap.users = read.users;
        snap.groups = read.groups;
        snap.full = read.full;
        snap.syncTime = currentTimestamp();
        snap.runId = *run;
        snap.mode = read.full ? QStringLiteral("full") : QStringLiteral("incremental");
        snap.source = QStringLiteral("graph");
        snap.logEvents = read.logEvents;
        snap.nextState = read.nextState;
        Result<SnapshotStats> stats = SnapshotWriter::write(*store, snap);
        if (!stats)
            qFatal("%s", qPrintable(stats.error().message));
        return *stats;
    }

    /// The store holds exactly what the tenant has: users with their properties, groups and memberships.
    void compareWithTenant()
    {
        QMap<QString, User> stored;
        for (const User &u : store->users()) {
            if (!u.deletedAt)
                stored.insert(u.scimId, u);
        }
        const QList<User> tenant = graph->users();
        QCOMPARE(stored.size(), tenant.size());
        for (const User &t : tenant) {
            QVERIFY2(stored.contains(t.scimId), qPrintable(t.scimId));
            const User &s = stored[t.scimId];
            QCOMPARE(s.userName, t.userName);
            QCOMPARE(s.active, t.active);
            QCOMPARE(s.department, t.department);
            QCOMPARE(s.email, t.email);
            QCOMPARE(s.displayName, t.displayName);
        }
        QMap<QString, QStringList> storedGroups;
        for (const Group &g : store->groups()) {
            if (g.deletedAt)
                continue;
            QStringList members = g.memberScimIds;
            members.sort();
            storedGroups.insert(g.scimId + QLatin1Char('|') + g.displayName, members);
        }
        QMap<QString, QStringList> tenantGroups;
        for (const Group &g : graph->groups()) {
            QStringList members = g.memberScimIds;
            members.sort();
            tenantGroups.insert(g.scimId + QLatin1Char('|') + g.displayName, members);
        }
        QCOMPARE(storedGroups, tenantGroups);
    }
};

QJsonObject audit(const QString &id, const QString &activity, Timestamp at, const QJsonArray &targets,
                  const QJsonObject &initiatedBy, const QString &result = QStringLiteral("success"))
{
    return QJsonObject{
        {QLatin1String("id"), id},
        {QLatin1String("category"), QStringLiteral("UserManagement")},
        {QLatin1String("correlationId"), QStringLiteral("c-") + id},
        {QLatin1String("result"), result},
        {QLatin1String("resultReason"), QString()},
        {QLatin1String("activityDisplayName"), activity},
        {QLatin1String("activityDateTime"), GraphParser::filterTime(at).chopped(1) + QStringLiteral("4567Z")},
        {QLatin1String("loggedByService"), QStringLiteral("Core Directory")},
        {QLatin1String("operationType"), QStringLiteral("Update")},
        {QLatin1String("initiatedBy"), initiatedBy},
        {QLatin1String("targetResources"), targets},
        {QLatin1String("additionalDetails"), QJsonArray()}};
}

QJsonObject userTarget(const User &u, const QJsonArray &modified = {})
{
    return {{QLatin1String("id"), u.scimId},
            {QLatin1String("type"), QStringLiteral("User")},
            {QLatin1String("userPrincipalName"), u.userName},
            {QLatin1String("modifiedProperties"), modified}};
}

QJsonObject byUser(const QString &upn)
{
    return {{QLatin1String("user"), QJsonObject{{QLatin1String("id"), QStringLiteral("a1")},
                                                {QLatin1String("userPrincipalName"), upn}}}};
}

QJsonObject byApp(const QString &name)
{
    return {
        {QLatin1String("app"), QJsonObject{{QLatin1String("displayName"), name},
                                           {QLatin1String("servicePrincipalId"), QStringLiteral("sp1")}}}};
}

/// A member of a group, and a group they are not in.
struct MembershipPick
{
    QString group, member, nonMember;
};

MembershipPick pickMembership(const GraphSandbox &graph)
{
    for (const Group &g : graph.groups()) {
        if (g.memberScimIds.isEmpty())
            continue;
        for (const User &u : graph.users()) {
            if (!g.memberScimIds.contains(u.scimId))
                return {g.scimId, g.memberScimIds.first(), u.scimId};
        }
    }
    return {};
}

} // namespace

class TestGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullReadFollowsWholeNextLinks()
    {
        Rig rig;
        const Result<DirectoryRead> read = rig.readFull();
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QVERIFY(read->full);
        QCOMPARE(read->users.size(), rig.scenario.users.size());
        QCOMPARE(read->groups.size(), rig.scenario.groups.size());
        // 60 users at 7 a page and groups split over several objects: many pages, every one followed.
        QVERIFY2(read->requests > 10, qPrintable(QString::number(read->requests)));
        qint64 memberships = 0;
        for (const Group &g : read->groups) {
            const Group *t = rig.graph->group(g.scimId);
            QVERIFY(t);
            QVERIFY(g.membersListed);
            QCOMPARE(g.displayName, t->displayName);
            QStringList a = g.memberScimIds, b = t->memberScimIds;
            a.sort();
            b.sort();
            QCOMPARE(a, b);
            memberships += g.memberScimIds.size();
        }
        QCOMPARE(memberships, rig.scenario.membershipCount());
        const User &first = rig.scenario.users.first();
        const auto u = std::find_if(read->users.cbegin(), read->users.cend(),
                                    [&](const User &x) { return x.scimId == first.scimId; });
        QVERIFY(u != read->users.cend());
        QCOMPARE(u->userName, first.userName);
        QCOMPARE(u->active, first.active);
        QCOMPARE(u->department, first.department);
        QCOMPARE(u->employeeNumber, first.employeeNumber);
        QCOMPARE(u->givenName, first.givenName);
        QCOMPARE(u->familyName, first.familyName);
        // The state is the two delta links and nothing secret.
        const QJsonObject state = QJsonDocument::fromJson(read->nextState).object();
        QVERIFY(state.value("users").toString().contains(QLatin1String("/v1.0/users/delta?$deltatoken=")));
        QVERIFY(state.value("groups").toString().contains(QLatin1String("/v1.0/groups/delta?$deltatoken=")));
        QVERIFY(!read->nextState.contains(kSecret.toUtf8()));
        QVERIFY(!read->nextState.contains("Bearer"));
        QVERIFY(!read->nextState.contains("sandbox-graph"));
        QCOMPARE(read->summary, QStringLiteral("graph: %1 users, %2 groups, %3 memberships")
                                    .arg(rig.scenario.users.size())
                                    .arg(rig.scenario.groups.size())
                                    .arg(memberships));
        QCOMPARE(rig.auth->tokenRequests(), 1);
        rig.write(*read);
        rig.compareWithTenant();
    }

    void incrementalReadGivesTheTenantAfterTheWrite()
    {
        Rig rig;
        const Result<DirectoryRead> first = rig.readFull();
        QVERIFY(first.ok());
        rig.write(*first);
        const int fullPages = rig.graph->deltaPagesServed();

        // A few changes in Entra: a disable, a property change, a deleted user, members added and removed,
        // a renamed group.
        const QList<User> users = rig.graph->users();
        const MembershipPick pick = pickMembership(*rig.graph);
        QVERIFY(!pick.group.isEmpty());
        rig.graph->modifyUser(users[3].scimId, [](User &u) { u.active = false; });
        rig.graph->modifyUser(users[4].scimId,
                              [](User &u) { u.department = QStringLiteral("Data Platform"); });
        QString removed;
        for (const User &u : users) {
            if (u.scimId != pick.member && u.scimId != pick.nonMember && u.scimId != users[3].scimId &&
                u.scimId != users[4].scimId &&
                !StoredDirectory(*rig.store).groupScimIdsOfUser(u.scimId).isEmpty()) {
                removed = u.scimId;
                break;
            }
        }
        QVERIFY(!removed.isEmpty());
        rig.graph->removeUser(removed);
        rig.graph->addMember(pick.group, pick.nonMember);
        rig.graph->removeMember(pick.group, pick.member);
        const QString renamed = rig.graph->groups().last().scimId;
        rig.graph->renameGroup(renamed, QStringLiteral("Pipeline Operators (renamed)"));

        const Result<DirectoryRead> delta = rig.readDelta(first->nextState);
        QVERIFY2(delta.ok(), qPrintable(delta.ok() ? QString() : delta.error().message));
        QVERIFY(!delta->full);
        // Only what changed came back: three users (one removed) and the touched groups.
        QCOMPARE(delta->users.size(), 3);
        QVERIFY(rig.graph->deltaPagesServed() - fullPages < fullPages / 3);
        // Stored groups come as their changes, not as member lists completed from the store.
        const QStringList groupsOfRemoved = StoredDirectory(*rig.store).groupScimIdsOfUser(removed);
        bool pickSeen = false;
        for (const Group &g : delta->groups) {
            QVERIFY(!g.membersListed);
            QVERIFY(g.memberScimIds.isEmpty());
            if (g.scimId == pick.group) {
                pickSeen = true;
                QCOMPARE(g.membersAdded, QStringList{pick.nonMember});
                QVERIFY(g.membersRemoved.contains(pick.member));
            } else {
                QVERIFY(g.membersAdded.isEmpty());
            }
            QCOMPARE(g.membersRemoved.contains(removed), groupsOfRemoved.contains(g.scimId));
        }
        QVERIFY(pickSeen);
        for (const QString &g : groupsOfRemoved)
            QVERIFY(std::any_of(delta->groups.cbegin(), delta->groups.cend(),
                                [&](const Group &x) { return x.scimId == g; }));
        QVERIFY(delta->summary.startsWith(QLatin1String("graph (delta): 3 users changed (1 removed)")));

        const SnapshotStats stats = rig.write(*delta);
        QCOMPARE(stats.usersDeleted, 1);
        QVERIFY(stats.membershipsAdded >= 1);
        QVERIFY(stats.membershipsRemoved >= 2); // the removed member and the deleted user's memberships
        rig.compareWithTenant();
        const QList<User> after = StoredDirectory(*rig.store).usersByScimIds({removed});
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first().deletedAt > 0);
        QVERIFY(StoredDirectory(*rig.store).groupScimIdsOfUser(removed).isEmpty());

        // A round without changes changes nothing.
        const Result<DirectoryRead> quiet = rig.readDelta(delta->nextState);
        QVERIFY(quiet.ok());
        QVERIFY(quiet->users.isEmpty());
        QVERIFY(quiet->groups.isEmpty());
    }

    void partialPropertiesKeepTheStoredValues()
    {
        // An incremental delta may name only the changed properties; the others keep their stored values.
        User stored;
        stored.scimId = QStringLiteral("u1");
        stored.userName = QStringLiteral("ada@contoso.example");
        stored.department = QStringLiteral("Finance");
        stored.active = true;
        const User merged = GraphParser::user(
            QJsonObject{{"id", "u1"}, {"accountEnabled", false}, {"mail", QJsonValue()}}, &stored);
        QCOMPARE(merged.userName, stored.userName);
        QCOMPARE(merged.department, stored.department);
        QVERIFY(!merged.active);
        QVERIFY(merged.email.isEmpty());
        QCOMPARE(GraphParser::parseTime(QStringLiteral("2026-11-30T10:00:00.1234567Z")),
                 timestampFromIso(u"2026-11-30T10:00:00.123Z"));
        QCOMPARE(GraphParser::parseTime(QStringLiteral("2026-11-30T10:00:00Z")),
                 timestampFromIso(u"2026-11-30T10:00:00Z"));
    }

    void expiredDeltaLinkReadsEverythingAgain()
    {
        Rig rig;
        const Result<DirectoryRead> first = rig.readFull();
        QVERIFY(first.ok());
        rig.write(*first);
        rig.graph->modifyUser(rig.graph->users()[5].scimId, [](User &u) { u.active = false; });
        rig.graph->removeUser(rig.graph->users()[6].scimId);
        rig.graph->expireDeltaTokens();

        const Result<DirectoryRead> read = rig.readDelta(first->nextState);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        // Never a partial snapshot: the answer is a whole directory, marked full, with a warning.
        QVERIFY(read->full);
        QCOMPARE(read->users.size(), rig.graph->users().size());
        QCOMPARE(read->groups.size(), rig.graph->groups().size());
        QCOMPARE(read->warnings.size(), 1);
        QVERIFY2(read->warnings.first().contains(QLatin1String("410")), qPrintable(read->warnings.first()));
        QVERIFY(read->summary.startsWith(QLatin1String("graph (full resync): ")));
        const SnapshotStats stats = rig.write(*read);
        QCOMPARE(stats.usersDeleted, 1);
        rig.compareWithTenant();
        // The new links work.
        const Result<DirectoryRead> next = rig.readDelta(read->nextState);
        QVERIFY(next.ok());
        QVERIFY(!next->full);
    }

    void storedLinksForAnotherServerAreNotFollowed()
    {
        Rig rig;
        const QByteArray foreign =
            R"({"users":"https://graph.evil.example/v1.0/users/delta?$deltatoken=x","groups":"https://graph.evil.example/v1.0/groups/delta?$deltatoken=y"})";
        const Result<DirectoryRead> read = rig.readDelta(foreign);
        QVERIFY(read.ok());
        QVERIFY(read->full);
        QCOMPARE(read->users.size(), rig.scenario.users.size());
        QCOMPARE(read->warnings.size(), 1);
    }

    void directoryAuditsMapToIdentityEvents()
    {
        Rig rig;
        const User &ada = rig.scenario.users[1];
        const User &bob = rig.scenario.users[2];
        const Group &group = rig.scenario.groups.first();
        const Timestamp now = currentTimestamp();
        const Timestamp since = now - 6 * kMsPerHour, until = now - kMsPerHour;
        const QJsonArray disabled{
            QJsonObject{{"displayName", "AccountEnabled"}, {"oldValue", "[true]"}, {"newValue", "[false]"}}};
        const QJsonArray renamed{
            QJsonObject{{"displayName", "DisplayName"}, {"oldValue", "[\"A\"]"}, {"newValue", "[\"B\"]"}}};
        const QJsonArray added{QJsonObject{{"displayName", "Group.ObjectID"},
                                           {"oldValue", QJsonValue()},
                                           {"newValue", "\"" + group.scimId + "\""}},
                               QJsonObject{{"displayName", "Group.DisplayName"},
                                           {"oldValue", QJsonValue()},
                                           {"newValue", "\"" + group.displayName + "\""}}};
        const QJsonObject groupTarget{
            {"id", group.scimId}, {"type", "Group"}, {"displayName", group.displayName}};
        rig.graph->addAudit(audit("a-disable", "Disable account", since + 1000, {userTarget(ada)},
                                  byUser("admin@contoso.example")));
        rig.graph->addAudit(
            audit("a-update", "Update user", since + 2000, {userTarget(bob, disabled)}, byApp("HR sync")));
        rig.graph->addAudit(
            audit("a-rename", "Update user", since + 3000, {userTarget(bob, renamed)}, byApp("HR sync")));
        rig.graph->addAudit(audit("a-delete", "Delete user", since + 4000, {userTarget(bob)},
                                  byUser("admin@contoso.example")));
        rig.graph->addAudit(audit("a-restore", "Restore user", since + 5000, {userTarget(bob)},
                                  byUser("admin@contoso.example")));
        rig.graph->addAudit(audit("a-add", "Add member to group", since + 6000, {userTarget(ada, added)},
                                  byUser("admin@contoso.example")));
        rig.graph->addAudit(audit("a-remove", "Remove member from group", since + 7000,
                                  {userTarget(ada), groupTarget}, byUser("admin@contoso.example")));
        rig.graph->addAudit(audit("a-failed", "Disable account", since + 8000, {userTarget(bob)},
                                  byUser("admin@contoso.example"), "failure"));
        rig.graph->addAudit(audit("a-before", "Disable account", since - 1000, {userTarget(bob)},
                                  byUser("admin@contoso.example")));
        rig.graph->addAudit(
            audit("a-after", "Disable account", until, {userTarget(bob)}, byUser("admin@contoso.example")));

        DirectoryReadRequest request;
        request.logSince = since;
        request.logUntil = until;
        const Result<DirectoryRead> read = rig.read(request);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QVERIFY(read->warnings.isEmpty());
        QMap<QString, IdentityEvent> byId;
        for (const IdentityEvent &e : read->logEvents)
            byId.insert(e.externalId, e);
        QCOMPARE(byId.keys(),
                 (QStringList{"a-add", "a-delete", "a-disable", "a-remove", "a-restore", "a-update"}));
        for (const IdentityEvent &e : std::as_const(byId))
            QCOMPARE(e.source, QStringLiteral("graph-audit"));
        QCOMPARE(byId["a-disable"].kind, IdentityEvent::Kind::Deactivated);
        QCOMPARE(byId["a-disable"].at, since + 1000);
        QCOMPARE(byId["a-disable"].actor, QStringLiteral("admin@contoso.example"));
        QCOMPARE(byId["a-disable"].userScimId, ada.scimId);
        QCOMPARE(byId["a-disable"].subject, ada.userName);
        QCOMPARE(byId["a-update"].kind, IdentityEvent::Kind::Deactivated);
        QCOMPARE(byId["a-update"].actor, QStringLiteral("HR sync"));
        QCOMPARE(byId["a-delete"].kind, IdentityEvent::Kind::Deleted);
        QCOMPARE(byId["a-restore"].kind, IdentityEvent::Kind::Created);
        QVERIFY(byId["a-restore"].details.contains(QLatin1String("\"restored\":true")));
        QCOMPARE(byId["a-add"].kind, IdentityEvent::Kind::MembershipAdded);
        QCOMPARE(byId["a-add"].groupScimId, group.scimId);
        QCOMPARE(byId["a-remove"].kind, IdentityEvent::Kind::MembershipRemoved);
        QCOMPARE(byId["a-remove"].groupScimId, group.scimId);
        const QJsonObject details = QJsonDocument::fromJson(byId["a-add"].details.toUtf8()).object();
        QCOMPARE(details.value("result").toString(), QStringLiteral("success"));
        QCOMPARE(details.value("group").toString(), group.displayName);
        QVERIFY(read->summary.endsWith(QLatin1String("; 6 audit events (2 deactivations)")));
    }

    void auditWindowBeyondRetentionWarns()
    {
        Rig rig;
        DirectoryReadRequest request;
        request.logSince = currentTimestamp() - 45 * kMsPerDay;
        request.logUntil = currentTimestamp();
        const Result<DirectoryRead> old = rig.read(request);
        QVERIFY(old.ok());
        QCOMPARE(old->warnings.size(), 1);
        QVERIFY2(old->warnings.first().contains(QLatin1String("30 days")), qPrintable(old->warnings.first()));

        request.logSince = currentTimestamp() - 10 * kMsPerDay;
        const Result<DirectoryRead> recent = rig.read(request);
        QVERIFY(recent.ok());
        QVERIFY(recent->warnings.isEmpty());
    }

    void throttlingIsWaitedOut()
    {
        Rig rig;
        rig.graph->throttle(429, 1, 1);
        const Result<DirectoryRead> first = rig.readFull();
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->users.size(), rig.scenario.users.size());

        rig.graph->throttle(503, 1, 2);
        const qint64 before = rig.server.requestCount();
        const Result<DirectoryRead> second = rig.readFull();
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : second.error().message));
        QCOMPARE(second->users.size(), rig.scenario.users.size());
        // The two refused requests were sent again.
        QCOMPARE(rig.server.requestCount() - before, qint64(second->requests + 2));

        // Throttling that outlasts the retries ends the read with a clear error.
        rig.graph->throttle(429, 1, 100);
        const Result<DirectoryRead> third = rig.readFull();
        QVERIFY(!third.ok());
        QCOMPARE(third.error().kind, Error::Kind::RateLimited);
    }

    void brokenAnswersAreRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("errorKind");
        QTest::newRow("malformed") << int(Fault::Kind::Malformed) << int(Error::Kind::Protocol);
        QTest::newRow("wrong shape") << int(Fault::Kind::WrongShape) << int(Error::Kind::Protocol);
        QTest::newRow("truncated") << int(Fault::Kind::Truncated) << int(Error::Kind::Network);
        QTest::newRow("html") << int(Fault::Kind::WrongContentType) << int(Error::Kind::Protocol);
    }

    void brokenAnswersAreRefused()
    {
        QFETCH(int, kind);
        QFETCH(int, errorKind);
        Rig rig;
        Fault f;
        f.kind = Fault::Kind(kind);
        f.pathContains = QStringLiteral("/groups/delta");
        f.times = -1;
        f.skip = 1; // the second page
        rig.server.faults().add(f);
        const Result<DirectoryRead> read = rig.readFull();
        QVERIFY(!read.ok());
        QCOMPARE(int(read.error().kind), errorKind);
        QVERIFY(!read.error().message.isEmpty());
        QVERIFY(!read.error().message.contains(kSecret));
        QCOMPARE(rig.store->count(QStringLiteral("users")), 0); // nothing written anywhere
    }

    void lyingNextLinksAreRefused()
    {
        {
            Rig rig;
            rig.graph->setNextLinkRewriter([](const QUrl &link) {
                QUrl other = link;
                other.setHost(QStringLiteral("graph.evil.example"));
                other.setScheme(QStringLiteral("https"));
                other.setPort(-1);
                return other;
            });
            const qint64 before = rig.server.requestCount();
            const Result<DirectoryRead> read = rig.readFull();
            QVERIFY(!read.ok());
            QCOMPARE(read.error().kind, Error::Kind::Protocol);
            QVERIFY2(read.error().message.contains(QLatin1String("graph.evil.example")),
                     qPrintable(read.error().message));
            QCOMPARE(rig.server.requestCount() - before, qint64(2)); // the token and the first page only
        }
        {
            Rig rig;
            auto first = std::make_shared<QUrl>();
            rig.graph->setNextLinkRewriter([first](const QUrl &link) {
                if (first->isEmpty())
                    *first = link;
                return *first; // every page points at the second one again: a loop
            });
            const Result<DirectoryRead> read = rig.readFull();
            QVERIFY(!read.ok());
            QCOMPARE(read.error().kind, Error::Kind::Protocol);
            QVERIFY2(read.error().message.contains(QLatin1String("loop")), qPrintable(read.error().message));
        }
    }

    void wrongSecretIsAnAuthError()
    {
        Rig rig(QStringLiteral("not-the-secret"));
        const Result<DirectoryRead> read = rig.readFull();
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Auth);
        QVERIFY(!read.error().message.contains(QLatin1String("not-the-secret")));
    }

    void expiredAccessTokenIsRenewed()
    {
        Rig rig;
        QVERIFY(rig.readFull().ok());
        rig.graph->expireAccessToken();
        QVERIFY(rig.readFull().ok());
        QCOMPARE(rig.auth->tokenRequests(), 2);
    }

    void certificateFileGivesKeyAndThumbprint()
    {
        QFile cert(QStringLiteral(SCIMFLOW_TLS_FIXTURES "/server.pem"));
        QFile key(QStringLiteral(SCIMFLOW_TLS_FIXTURES "/server.key"));
        QVERIFY(cert.open(QIODevice::ReadOnly));
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray certPem = cert.readAll(), keyPem = key.readAll();
        const Result<GraphCertificate> both = GraphCertificate::fromPem(keyPem + certPem);
        QVERIFY2(both.ok(), qPrintable(both.ok() ? QString() : both.error().message));
        QCOMPARE(both->privateKeyPem.trimmed(), keyPem.trimmed());
        // x5t#S256: base64url of the SHA-256 of the DER certificate, without padding.
        const QByteArray der = QSslCertificate(certPem).toDer();
        QCOMPARE(both->thumbprintSha256,
                 QCryptographicHash::hash(der, QCryptographicHash::Sha256)
                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

        const Result<GraphCertificate> noKey = GraphCertificate::fromPem(certPem);
        QVERIFY(!noKey.ok());
        QVERIFY(noKey.error().message.contains(QLatin1String("no private key")));
        const Result<GraphCertificate> noCert = GraphCertificate::fromPem(keyPem);
        QVERIFY(!noCert.ok());
        QVERIFY(noCert.error().message.contains(QLatin1String("no certificate")));
        QByteArray encrypted = keyPem;
        encrypted.replace("PRIVATE KEY", "ENCRYPTED PRIVATE KEY");
        const Result<GraphCertificate> locked = GraphCertificate::fromPem(certPem + encrypted);
        QVERIFY(!locked.ok());
        QVERIFY(locked.error().message.contains(QLatin1String("encrypted")));
        QVERIFY(!locked.error().message.contains(QString::fromLatin1(keyPem.mid(40, 20))));
    }

    void certificateAssertionIsAccepted()
    {
        QFile cert(QStringLiteral(SCIMFLOW_TLS_FIXTURES "/server.pem"));
        QFile key(QStringLiteral(SCIMFLOW_TLS_FIXTURES "/server.key"));
        QFile otherCert(QStringLiteral(SCIMFLOW_TLS_FIXTURES "/ca.pem"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly) &&
                otherCert.open(QIODevice::ReadOnly));
        const QByteArray certPem = cert.readAll(), keyPem = key.readAll();
        const Result<GraphCertificate> app = GraphCertificate::fromPem(certPem + keyPem);
        QVERIFY(app.ok());
        Rig rig;
        QVERIFY(rig.graph->setClientCertificate(certPem).ok());

        // Reads with a client assertion signed by \a privateKey and naming the certificate \a thumbprint.
        auto readWith = [&rig](const QByteArray &privateKey, const QByteArray &thumbprint) {
            HttpClient http(fastOptions());
            OAuthClientCredentials::Config config;
            config.tokenUrl = GraphDirectoryReader::tokenUrlFor(rig.graph->loginUrl(), kTenant);
            config.clientId = kClientId;
            config.scope = GraphDirectoryReader::scopeFor(rig.graph->graphUrl());
            config.privateKeyPem = privateKey;
            config.assertionHeader.insert(QStringLiteral("x5t#S256"), QString::fromLatin1(thumbprint));
            OAuthClientCredentials auth(&http, config);
            http.setAuthProvider(&auth);
            GraphDirectoryReader reader(&http, rig.graph->graphUrl());
            QSignalSpy finished(&reader, &DirectoryReader::finished);
            reader.start(DirectoryReadRequest());
            if (!finished.wait(20000) && finished.isEmpty())
                qFatal("the Graph read never finished");
            return *reader.result();
        };
        const int grants = rig.graph->tokenGrants();
        const Result<DirectoryRead> accepted = readWith(app->privateKeyPem, app->thumbprintSha256);
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        QCOMPARE(accepted->users.size(), rig.scenario.users.size());
        QCOMPARE(rig.graph->tokenGrants(), grants + 1);

        // Signed with another key: refused as an unknown client.
        const Result<DirectoryRead> wrongKey =
            readWith(TestRsaKey::generate().privatePem, app->thumbprintSha256);
        QVERIFY(!wrongKey.ok());
        QCOMPARE(wrongKey.error().kind, Error::Kind::Auth);
        QVERIFY2(wrongKey.error().message.contains(QLatin1String("invalid_client")),
                 qPrintable(wrongKey.error().message));
        // Naming a certificate the app does not have: refused before the signature is looked at.
        const QByteArray otherThumbprint =
            JwtAssertion::base64Url(QSslCertificate(otherCert.readAll()).digest(QCryptographicHash::Sha256));
        const Result<DirectoryRead> wrongCert = readWith(app->privateKeyPem, otherThumbprint);
        QVERIFY(!wrongCert.ok());
        QCOMPARE(wrongCert.error().kind, Error::Kind::Auth);
        QCOMPARE(rig.graph->tokenGrants(), grants + 1);
    }

    void cancelLeavesNoResult()
    {
        Rig rig;
        rig.server.setLatency(200);
        QSignalSpy finished(rig.reader.get(), &DirectoryReader::finished);
        DirectoryReadRequest request;
        request.databasePath = rig.databasePath();
        rig.reader->start(request);
        QTest::qWait(50);
        rig.reader->cancel();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QVERIFY(!rig.reader->result()->ok());
        QCOMPARE(rig.reader->result()->error().kind, Error::Kind::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
