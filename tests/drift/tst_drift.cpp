#include "driftanalyzer.h"
#include "findingsexport.h"
#include "ghostrunrule.h"
#include "orphanedcredentialrule.h"
#include "postdeprovisioningstartrule.h"
#include "privilegeddriftrule.h"
#include "rolemappingdriftrule.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "schemadriftrule.h"
#include "stalesyncrule.h"
#include "store.h"
#include "teststore.h"
#include "unknownprincipalrule.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;
constexpr Timestamp kDay = kMsPerDay;

using Pair = QPair<QString, QString>;

QSet<Pair> pairsOf(const QList<Finding> &findings)
{
    QSet<Pair> out;
    for (const Finding &f : findings)
        out.insert({f.rule, f.subject});
    return out;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.rule + QLatin1Char(' ') + f.subject + QStringLiteral(": ") + f.summary;
    return lines.join(QLatin1Char('\n'));
}

/// A small store built row by row, for the rules one at a time.
class World
{
public:
    World()
    {
        auto opened = Store::open(TestStore::scratch());
        if (!opened)
            qFatal("cannot open store: %s", qPrintable(opened.error().message));
        store = std::move(opened).value();
    }

    qint64 exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(store->database());
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (!q.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.lastInsertId().toLongLong();
    }
    qint64 user(const QString &name, bool active = true, Timestamp lastModified = 0, const QString &dept = {})
    {
        return exec(
            QStringLiteral("INSERT INTO users(scim_id, user_name, email, active, last_modified, department) "
                           "VALUES(?,?,?,?,?,?)"),
            {QStringLiteral("scim-") + name, name, name, int(active), lastModified, sqlText(dept)});
    }
    qint64 group(const QString &name, const QString &role = {})
    {
        const qint64 id = exec(QStringLiteral("INSERT INTO groups(scim_id, display_name) VALUES(?,?)"),
                               {QStringLiteral("g-") + name, name});
        if (!role.isEmpty())
            exec(QStringLiteral("INSERT INTO group_roles(group_id, role) VALUES(?,?)"), {id, role});
        return id;
    }
    void member(qint64 group, qint64 user, Timestamp addedAt = 0, bool recorded = true)
    {
        exec(QStringLiteral("INSERT INTO memberships(group_id, user_id, added_at) VALUES(?,?,?)"),
             {group, user, addedAt});
        if (recorded)
            event(addedAt, QStringLiteral("membership-added"), user, group);
    }
    qint64 event(Timestamp at, const QString &kind, qint64 user, qint64 group = 0,
                 const QString &details = QStringLiteral("{}"))
    {
        return exec(
            QStringLiteral("INSERT INTO identity_events(at, kind, user_id, group_id, subject, source, "
                           "details) VALUES(?,?,?,?,'x','test',?)"),
            {at, kind, user, group ? QVariant(group) : QVariant(QMetaType::fromType<qint64>()), details});
    }
    qint64 account(const QString &email, qint64 owner,
                   const QString &role = QStringLiteral("dataflow.worker"), Timestamp createdAt = 0)
    {
        return exec(
            QStringLiteral("INSERT INTO service_accounts(email, owner_group_id, expected_role, created_at) "
                           "VALUES(?,?,?,?)"),
            {email, owner ? QVariant(owner) : QVariant(QMetaType::fromType<qint64>()), role, createdAt});
    }
    qint64 job(const QString &id, Timestamp start, Timestamp end, qint64 launcher, qint64 runAsUser,
               qint64 sa, const QString &role = {}, const QString &launcherText = {},
               const QString &runAsText = {})
    {
        auto idOrNull = [](qint64 v) { return v ? QVariant(v) : QVariant(QMetaType::fromType<qint64>()); };
        return exec(QStringLiteral(
                        "INSERT INTO jobs(source, external_id, name, state, start_time, end_time, launcher, "
                        "run_as, role, launcher_user_id, run_as_user_id, run_as_sa_id) "
                        "VALUES('dataflow',?,?,?,?,?,?,?,?,?,?,?)"),
                    {id, id, end ? QStringLiteral("succeeded") : QStringLiteral("running"), start, end,
                     sqlText(launcherText), sqlText(runAsText), sqlText(role), idOrNull(launcher),
                     idOrNull(runAsUser), idOrNull(sa)});
    }
    void mapping(const QStringList &privileged)
    {
        exec(
            QStringLiteral("INSERT INTO rbac_mappings(version, created_at, content) VALUES(1, 0, ?)"),
            {QStringLiteral(R"({"privilegedGroups":["%1"]})").arg(privileged.join(QStringLiteral("\",\"")))});
    }
    QList<Finding> run(const DriftRule &rule, DriftSettings settings = {})
    {
        if (settings.now == 0)
            settings.now = kAnchor;
        Result<DriftContext> context = DriftContext::load(store->database(), settings);
        if (!context)
            qFatal("%s", qPrintable(context.error().message));
        Result<QList<Finding>> found = rule.evaluate(*context);
        if (!found)
            qFatal("%s", qPrintable(found.error().message));
        return *found;
    }

    std::unique_ptr<Store> store;
};

} // namespace

class TestDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoFindsExactlyThePlantedDrift()
    {
        auto store = Store::open(TestStore::scratch());
        QVERIFY(store);
        const Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        QVERIFY(ScenarioImporter::write(**store, scenario));
        DriftSettings settings;
        settings.now = kAnchor;
        DriftAnalyzer analyzer(**store, settings);
        Result<QList<Finding>> found = analyzer.analyse();
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));

        QSet<Pair> expected;
        for (const PlantedDrift &d : scenario.planted)
            expected.insert({d.rule, d.subject});
        QCOMPARE(expected.size(), 6);
        QVERIFY2(pairsOf(*found) == expected, qPrintable(describe(*found)));
        QCOMPARE(found->size(), 6); // one finding each, no duplicates under other details

        for (const Finding &f : *found) {
            QVERIFY(!f.summary.isEmpty());
            QVERIFY2(!f.evidence.isEmpty(), qPrintable(f.rule));
            QCOMPARE(f.fingerprint.size(), 64);
            for (const QString &clean : {QStringLiteral("tom.becker"), QStringLiteral("lena.fischer")})
                QVERIFY2(!QJsonDocument(f.evidence).toJson().contains(clean.toUtf8()) ||
                             f.rule == QLatin1String("orphaned-credential"),
                         qPrintable(f.rule));
        }
        // The post-deprovisioning finding shows both times: the start and the deactivation.
        for (const Finding &f : *found) {
            if (f.rule != QLatin1String("post-deprovisioning-start"))
                continue;
            QCOMPARE(f.startedAt, kAnchor - 2 * kDay);
            QVERIFY(f.summary.contains(timestampToIso(kAnchor - 2 * kDay)));
            QVERIFY(f.summary.contains(timestampToIso(kAnchor - 6 * kDay)));
        }
    }

    void ghostRunAndPostDeprovisioningDoNotOverlap()
    {
        World w;
        const qint64 off = kAnchor - 3 * kDay;
        const qint64 leaver = w.user(QStringLiteral("leaver"), false, off);
        w.event(off, QStringLiteral("deactivated"), leaver);
        const qint64 stayer = w.user(QStringLiteral("stayer"));
        w.job(QStringLiteral("across-running"), off - kDay, 0, leaver, leaver, 0);
        w.job(QStringLiteral("across-ended"), off - kDay, off + kDay, 0, leaver, 0);
        w.job(QStringLiteral("before"), off - 2 * kDay, off - kDay, leaver, 0, 0);
        w.job(QStringLiteral("after"), off + kDay, off + kDay + 1000, leaver, 0, 0);
        w.job(QStringLiteral("stayer-running"), off - kDay, 0, stayer, stayer, 0);

        const QList<Finding> ghosts = w.run(GhostRunRule());
        QCOMPARE(pairsOf(ghosts),
                 (QSet<Pair>{{"ghost-run", "across-running"}, {"ghost-run", "across-ended"}}));
        for (const Finding &f : ghosts) {
            QCOMPARE(f.startedAt, off);
            QCOMPARE(f.severity, f.subject == QLatin1String("across-running") ? Finding::Severity::Critical
                                                                              : Finding::Severity::High);
        }
        const QList<Finding> after = w.run(PostDeprovisioningStartRule());
        QCOMPARE(pairsOf(after), (QSet<Pair>{{"post-deprovisioning-start", "after"}}));
        QCOMPARE(after.first().startedAt, off + kDay);
    }

    void deactivationTimeFallsBackToLastModifiedAndDeletion()
    {
        World w;
        // No deactivated event: last_modified is the deactivation time.
        const qint64 quiet = w.user(QStringLiteral("quiet"), false, kAnchor - 5 * kDay);
        w.job(QStringLiteral("q-after"), kAnchor - 4 * kDay, kAnchor - 4 * kDay + 1000, quiet, 0, 0);
        w.job(QStringLiteral("q-before"), kAnchor - 6 * kDay, kAnchor - 6 * kDay + 1000, quiet, 0, 0);
        // Active but deleted from the IdP.
        const qint64 gone = w.user(QStringLiteral("gone"));
        w.exec(QStringLiteral("UPDATE users SET deleted_at = ? WHERE id = ?"), {kAnchor - 2 * kDay, gone});
        w.job(QStringLiteral("g-after"), kAnchor - kDay, 0, 0, gone, 0);
        QCOMPARE(
            pairsOf(w.run(PostDeprovisioningStartRule())),
            (QSet<Pair>{{"post-deprovisioning-start", "q-after"}, {"post-deprovisioning-start", "g-after"}}));
    }

    void orphanedCredential()
    {
        World w;
        const qint64 team = w.group(QStringLiteral("team"));
        const qint64 idle = w.account(QStringLiteral("idle@x"), team);
        const qint64 busy = w.account(QStringLiteral("busy@x"), team);
        const qint64 ownerless = w.account(QStringLiteral("ownerless@x"), 0);
        const qint64 streaming = w.account(QStringLiteral("streaming@x"), team);
        w.account(QStringLiteral("never@x"), team, QStringLiteral("dataflow.worker"), kAnchor - 30 * kDay);
        w.account(QStringLiteral("new@x"), team, QStringLiteral("dataflow.worker"), kAnchor - kDay);
        const qint64 disabled = w.account(QStringLiteral("disabled@x"), 0);
        w.exec(QStringLiteral("UPDATE service_accounts SET active = 0 WHERE id = ?"), {disabled});
        w.job(QStringLiteral("i1"), kAnchor - 20 * kDay, kAnchor - 9 * kDay, 0, 0, idle);
        w.job(QStringLiteral("b1"), kAnchor - 20 * kDay, kAnchor - 19 * kDay, 0, 0, busy);
        w.job(QStringLiteral("b2"), kAnchor - 2 * kDay, kAnchor - kDay, 0, 0, busy);
        w.job(QStringLiteral("o1"), kAnchor - 2 * kDay, kAnchor - kDay, 0, 0, ownerless);
        w.job(QStringLiteral("s1"), kAnchor - 40 * kDay, 0, 0, 0, streaming);

        QCOMPARE(pairsOf(w.run(OrphanedCredentialRule())), (QSet<Pair>{{"orphaned-credential", "idle@x"},
                                                                       {"orphaned-credential", "ownerless@x"},
                                                                       {"orphaned-credential", "never@x"}}));
        DriftSettings lenient;
        lenient.orphanedAfterDays = 10;
        QCOMPARE(pairsOf(w.run(OrphanedCredentialRule(), lenient)),
                 (QSet<Pair>{{"orphaned-credential", "ownerless@x"}, {"orphaned-credential", "never@x"}}));
    }

    void roleMappingDrift()
    {
        World w;
        const qint64 devs = w.group(QStringLiteral("devs"), QStringLiteral("dataflow.developer"));
        const qint64 viewers = w.group(QStringLiteral("viewers"), QStringLiteral("dataflow.viewer"));
        const qint64 sa = w.account(QStringLiteral("etl@x"), devs);
        const qint64 ok = w.account(QStringLiteral("ok@x"), devs);
        const qint64 alice = w.user(QStringLiteral("alice"));
        const qint64 bob = w.user(QStringLiteral("bob"));
        w.member(devs, alice);
        w.member(viewers, bob);
        for (int i = 0; i < 3; ++i)
            w.job(QStringLiteral("etl-%1").arg(i), kAnchor - (i + 1) * kDay, kAnchor - i * kDay, 0, 0, sa,
                  QStringLiteral("dataflow.admin"));
        w.job(QStringLiteral("ok-1"), kAnchor - kDay, kAnchor, 0, 0, ok, QStringLiteral("dataflow.worker"));
        w.job(QStringLiteral("alice-1"), kAnchor - kDay, kAnchor, alice, alice, 0,
              QStringLiteral("dataflow.developer"));
        w.job(QStringLiteral("bob-1"), kAnchor - kDay, kAnchor, bob, bob, 0,
              QStringLiteral("dataflow.developer"));
        w.job(QStringLiteral("bob-2"), kAnchor - kDay, kAnchor, bob, bob, 0, QString()); // role not reported

        DriftSettings settings;
        settings.maxEvidenceRows = 2;
        const QList<Finding> found = w.run(RoleMappingDriftRule(), settings);
        QCOMPARE(pairsOf(found),
                 (QSet<Pair>{{"role-mapping-drift", "etl@x"}, {"role-mapping-drift", "bob"}}));
        for (const Finding &f : found) {
            if (f.subject == QLatin1String("etl@x")) {
                QCOMPARE(f.severity, Finding::Severity::High);
                QCOMPARE(f.evidence.first().toObject().value("jobs").toInteger(), 3);
                QCOMPARE(f.evidence.size(), 1 + 2); // mapping row + the two newest jobs
                QCOMPARE(f.startedAt, kAnchor - 3 * kDay);
            } else {
                QCOMPARE(f.subjectKind, QStringLiteral("user"));
                QVERIFY(f.summary.contains(QLatin1String("dataflow.viewer")));
            }
        }
    }

    void unknownPrincipal()
    {
        World w;
        const qint64 alice = w.user(QStringLiteral("alice@example.com"));
        const qint64 sa = w.account(QStringLiteral("etl@x"), 0);
        w.exec(QStringLiteral("INSERT INTO rbac_mappings(version, created_at, content) VALUES(1, 0, ?)"),
               {QStringLiteral(
                   R"({"aliases":{"alice-gh":"alice@example.com","ghost-gh":"nobody@example.com"}})")});
        w.job(QStringLiteral("j1"), kAnchor - kDay, kAnchor, alice, 0, sa, {},
              QStringLiteral("alice@example.com"));
        // Unresolved but known: userName in another case, a service account email, an alias.
        w.job(QStringLiteral("j2"), kAnchor - kDay, kAnchor, 0, 0, 0, {},
              QStringLiteral("ALICE@example.com"));
        w.job(QStringLiteral("j3"), kAnchor - kDay, kAnchor, 0, 0, 0, {}, QStringLiteral("etl@x"));
        w.job(QStringLiteral("j4"), kAnchor - kDay, kAnchor, 0, 0, 0, {}, QStringLiteral("alice-gh"),
              QStringLiteral("alice-gh"));
        // Unknown: an outsider twice (launcher and run-as), an alias to a user who does not exist.
        w.job(QStringLiteral("j5"), kAnchor - 2 * kDay, kAnchor, 0, 0, 0, {}, QStringLiteral("ext@partner"));
        w.job(QStringLiteral("j6"), kAnchor - kDay, kAnchor, 0, 0, 0, {}, QString(),
              QStringLiteral("Ext@Partner"));
        w.job(QStringLiteral("j7"), kAnchor - kDay, kAnchor, 0, 0, 0, {}, QStringLiteral("ghost-gh"));
        const QList<Finding> found = w.run(UnknownPrincipalRule());
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].subjectKey, QStringLiteral("ext@partner"));
        QCOMPARE(found[0].evidence.size(), 2);
        QCOMPARE(found[0].startedAt, kAnchor - 2 * kDay);
        QCOMPARE(found[1].subject, QStringLiteral("ghost-gh"));
    }

    void staleSyncAndSchemaDrift()
    {
        World w;
        w.exec(QStringLiteral("INSERT INTO sync_runs(source, started_at, finished_at, status) VALUES"
                              "('scim', ?, ?, 'ok'), ('dataflow', ?, ?, 'ok'), ('github', ?, ?, 'failed')"),
               {kAnchor - 3 * kDay, kAnchor - 3 * kDay + 10, kAnchor - kMsPerHour, kAnchor - kMsPerHour + 10,
                kAnchor - kMsPerHour, kAnchor - kMsPerHour + 10});
        QCOMPARE(pairsOf(w.run(StaleSyncRule())),
                 (QSet<Pair>{{"stale-sync", "scim"}, {"stale-sync", "github"}}));
        DriftSettings lenient;
        lenient.staleSyncAfterHours = 24 * 7;
        QCOMPARE(pairsOf(w.run(StaleSyncRule(), lenient)), (QSet<Pair>{{"stale-sync", "github"}}));

        QVERIFY(w.run(SchemaDriftRule()).isEmpty()); // tolerant of absent keys
        QVERIFY(w.store->setMetaValue(SchemaDriftRule::currentKey(), QStringLiteral("aa")));
        QVERIFY(w.run(SchemaDriftRule()).isEmpty());
        QVERIFY(w.store->setMetaValue(SchemaDriftRule::previousKey(), QStringLiteral("AA")));
        QVERIFY(w.run(SchemaDriftRule()).isEmpty());
        QVERIFY(w.store->setMetaValue(SchemaDriftRule::previousKey(), QStringLiteral("bb")));
        const QList<Finding> drift = w.run(SchemaDriftRule());
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.first().evidence.first().toObject().value("previous").toString(),
                 QStringLiteral("bb"));
    }

    void recordedSchemasKeepThePreviousFingerprint()
    {
        World w;
        const auto sha = [](const char *document) {
            return QString::fromLatin1(
                QCryptographicHash::hash(QByteArray(document), QCryptographicHash::Sha256).toHex());
        };
        // The first sync has nothing to compare with: both keys hold its fingerprint.
        QVERIFY(SchemaDriftRule::recordSchemas(w.store->database(), "User\nGroup\n"));
        QCOMPARE(w.store->metaValue(SchemaDriftRule::currentKey()), sha("User\nGroup\n"));
        QCOMPARE(w.store->metaValue(SchemaDriftRule::previousKey()), sha("User\nGroup\n"));
        QVERIFY(w.run(SchemaDriftRule()).isEmpty());

        QVERIFY(SchemaDriftRule::recordSchemas(w.store->database(), "User\nGroup\nEnterpriseUser\n"));
        QCOMPARE(w.store->metaValue(SchemaDriftRule::currentKey()), sha("User\nGroup\nEnterpriseUser\n"));
        QCOMPARE(w.store->metaValue(SchemaDriftRule::previousKey()), sha("User\nGroup\n"));
        const QList<Finding> drift = w.run(SchemaDriftRule());
        QCOMPARE(drift.size(), 1);
        QCOMPARE(drift.first().detail, sha("User\nGroup\nEnterpriseUser\n"));

        // The same schemas again: the change is no longer new.
        QVERIFY(SchemaDriftRule::recordSchemas(w.store->database(), "User\nGroup\nEnterpriseUser\n"));
        QVERIFY(w.run(SchemaDriftRule()).isEmpty());
    }

    void privilegedDrift()
    {
        World w;
        w.mapping({QStringLiteral("admins")});
        const qint64 admins = w.group(QStringLiteral("admins"), QStringLiteral("dataflow.admin"));
        const qint64 extra = w.group(QStringLiteral("breakglass"));
        const qint64 team = w.group(QStringLiteral("team"));
        const qint64 clean = w.user(QStringLiteral("clean"));
        const qint64 leaver = w.user(QStringLiteral("leaver"), false, kAnchor - kDay);
        const qint64 mover = w.user(QStringLiteral("mover"));
        const qint64 promoted = w.user(QStringLiteral("promoted"));
        const qint64 sneaky = w.user(QStringLiteral("sneaky"));
        const qint64 removed = w.user(QStringLiteral("removed"));
        const qint64 teamMover = w.user(QStringLiteral("team-mover"));
        const QString dept = QStringLiteral(R"({"department":{"old":"A","new":"B"}})");
        w.member(admins, clean, kAnchor - 50 * kDay);
        w.member(admins, leaver, kAnchor - 50 * kDay);
        w.member(admins, mover, kAnchor - 50 * kDay);
        w.event(kAnchor - 4 * kDay, QStringLiteral("updated"), mover, 0, dept);
        w.event(kAnchor - 40 * kDay, QStringLiteral("updated"), promoted, 0, dept); // moved, then granted
        w.member(admins, promoted, kAnchor - 30 * kDay);
        w.event(kAnchor - 40 * kDay, QStringLiteral("updated"), clean, 0,
                QStringLiteral(R"({"attributes":["title"]})"));
        w.member(admins, sneaky, kAnchor - 5 * kDay, false);
        w.event(kAnchor - 50 * kDay, QStringLiteral("membership-added"), removed,
                admins); // gone without record
        w.member(team, teamMover, kAnchor - 50 * kDay);
        w.event(kAnchor - 4 * kDay, QStringLiteral("updated"), teamMover, 0, dept);
        w.member(extra, leaver, kAnchor - 50 * kDay);

        const QList<Finding> found = w.run(PrivilegedDriftRule());
        QStringList details;
        for (const Finding &f : found)
            details << f.subject + QLatin1Char(' ') + f.detail.section(QLatin1Char(':'), 0, 0);
        details.sort();
        QCOMPARE(details, QStringList({"leaver inactive", "mover department", "removed unrecorded-remove",
                                       "sneaky unrecorded-add"}));
        // Configured privileged groups add to the mapping's.
        DriftSettings settings;
        settings.extraPrivilegedGroups = {QStringLiteral("breakglass")};
        QCOMPARE(w.run(PrivilegedDriftRule(), settings).size(), 5);
    }

    void fingerprintsAcknowledgementsAndResolution()
    {
        World w;
        const qint64 off = kAnchor - 3 * kDay;
        const qint64 leaver = w.user(QStringLiteral("leaver"), false, off);
        const qint64 other = w.user(QStringLiteral("other"), false, off);
        const qint64 j1 = w.job(QStringLiteral("run-1"), off - kDay, 0, leaver, leaver, 0);
        w.job(QStringLiteral("run-2"), off - kDay, 0, other, other, 0);

        DriftSettings settings;
        settings.now = kAnchor;
        DriftAnalyzer analyzer(*w.store, settings);
        std::vector<std::unique_ptr<DriftRule>> rules;
        rules.push_back(std::make_unique<GhostRunRule>());
        analyzer.setRules(std::move(rules));
        Result<FindingChanges> first = analyzer.recompute();
        QVERIFY(first);
        QCOMPARE(first->added, 2);
        Result<QList<Finding>> stored = analyzer.repository().load();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        const QString fingerprint = stored->first().fingerprint;
        QCOMPARE(fingerprint,
                 Finding::fingerprintOf(QStringLiteral("ghost-run"), QStringLiteral("job"),
                                        QStringLiteral("dataflow:") + stored->first().subject, QString()));
        QVERIFY(!analyzer.repository().acknowledge(fingerprint, QString(), QStringLiteral("ops"),
                                                   kAnchor + kDay));
        QVERIFY(!analyzer.repository().acknowledge(QStringLiteral("nope"), QStringLiteral("r"),
                                                   QStringLiteral("ops"), kAnchor + kDay));
        QVERIFY(analyzer.repository().acknowledge(fingerprint, QStringLiteral("migration window"),
                                                  QStringLiteral("ops"), kAnchor + 7 * kDay));

        // Later: recomputation keeps first_seen and the acknowledgement.
        settings.now = kAnchor + kDay;
        analyzer.setSettings(settings);
        Result<FindingChanges> second = analyzer.recompute();
        QVERIFY(second);
        QCOMPARE(second->added, 0);
        QCOMPARE(second->continued, 2);
        Result<Finding> again = analyzer.repository().byFingerprint(fingerprint);
        QVERIFY(again);
        QCOMPARE(again->firstSeen, kAnchor);
        QCOMPARE(again->lastSeen, kAnchor + kDay);
        QCOMPARE(again->computeFingerprint(), fingerprint); // subject key and detail are kept
        QCOMPARE(again->ackReason, QStringLiteral("migration window"));
        QVERIFY(again->isAcknowledged(kAnchor + kDay));
        QVERIFY(!again->isAcknowledged(kAnchor + 8 * kDay)); // expired: nags again

        // The job ends before the deactivation: the drift is gone and gets resolved_at.
        w.exec(QStringLiteral("UPDATE jobs SET end_time = ?, state = 'succeeded' WHERE id = ?"),
               {off - 1000, j1});
        settings.now = kAnchor + 2 * kDay;
        analyzer.setSettings(settings);
        Result<FindingChanges> third = analyzer.recompute();
        QVERIFY(third);
        QCOMPARE(third->resolved, 1);
        QCOMPARE(third->continued, 1);
        Result<QList<Finding>> open = analyzer.repository().load();
        QCOMPARE(open->size(), 1);
        Result<QList<Finding>> all = analyzer.repository().load(true);
        QCOMPARE(all->size(), 2);
        for (const Finding &f : *all) {
            if (f.subject == QLatin1String("run-1")) {
                QCOMPARE(f.resolvedAt, kAnchor + 2 * kDay);
                QCOMPARE(f.ackBy, QStringLiteral("ops")); // stays listed with its acknowledgement
            }
        }
        // It comes back: reopened with the same identity and first_seen.
        w.exec(QStringLiteral("UPDATE jobs SET end_time = 0, state = 'running' WHERE id = ?"), {j1});
        Result<FindingChanges> fourth = analyzer.recompute();
        QCOMPARE(fourth->reopened, 1);
        again = analyzer.repository().byFingerprint(fingerprint);
        QCOMPARE(again->resolvedAt, 0);
        QCOMPARE(again->firstSeen, kAnchor);
    }

    void findingsCsvIsFormulaSafe()
    {
        Finding f;
        f.rule = QStringLiteral("unknown-principal");
        f.subject = QStringLiteral("=cmd|' /C calc'!A0");
        f.summary = QStringLiteral("x, y");
        const QByteArray csv = FindingsExport::toCsv({f}, kAnchor);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 3); // header, one row, trailing empty after the last CRLF
        QVERIFY(lines[0].endsWith('\r'));
        QVERIFY(csv.contains(",'=cmd|' /C calc'!A0,"));
        QVERIFY(csv.contains(",\"x, y\","));
    }
};

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
