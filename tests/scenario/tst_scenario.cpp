#include "scenario.h"

#include <QSet>
#include <QTest>

using namespace Scimflow;

class TestScenario : public QObject
{
    Q_OBJECT

private:
    static constexpr Timestamp kAnchor = 1795000000000LL; // a fixed "now" keeps the data comparable

private Q_SLOTS:
    void demoHasTheAdvertisedShape()
    {
        const Scenario s = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        QCOMPARE(s.users.size(), 60);
        QCOMPARE(s.groups.size(), 12);
        QCOMPARE(s.serviceAccounts.size(), 15);
        QCOMPARE(s.jobs.size(), 300);
        QVERIFY(s.membershipCount() >= 60);
        for (const Job &j : s.jobs) {
            QVERIFY2(j.startTime >= kAnchor - 23 * kMsPerDay && j.startTime < kAnchor, qPrintable(j.name));
            QVERIFY(!j.externalId.isEmpty());
            QVERIFY(j.endTime == 0 || j.endTime >= j.startTime);
            QCOMPARE(j.isRunning(), j.endTime == 0);
        }
        QSet<QString> userNames;
        QSet<QString> scimIds;
        for (const User &u : s.users) {
            userNames.insert(u.userName);
            scimIds.insert(u.scimId);
        }
        QCOMPARE(userNames.size(), s.users.size());
        QCOMPARE(scimIds.size(), s.users.size());
    }

    void demoPlantsEachKindOfDrift()
    {
        const Scenario s = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        QStringList rules;
        for (const PlantedDrift &d : s.planted)
            rules << d.rule;
        rules.sort();
        QCOMPARE(rules, QStringList({"ghost-run", "orphaned-credential", "post-deprovisioning-start",
                                     "privileged-drift", "role-mapping-drift", "unknown-principal"}));

        QHash<QString, const User *> byName;
        for (const User &u : s.users)
            byName.insert(u.userName, &u);
        const User *dana = byName.value("dana.whitfield@example.com");
        const User *marcus = byName.value("marcus.oyelaran@example.com");
        QVERIFY(dana && marcus);
        QVERIFY(!dana->active);
        QCOMPARE(dana->lastModified, kAnchor - 3 * kMsPerDay);
        QVERIFY(!marcus->active);

        // The ghost run is still running as Dana; the post-deprovisioning job started after Marcus left.
        for (const PlantedDrift &d : s.planted) {
            if (d.rule == "ghost-run" || d.rule == "post-deprovisioning-start") {
                auto it = std::find_if(s.jobs.begin(), s.jobs.end(),
                                       [&](const Job &j) { return j.externalId == d.subject; });
                QVERIFY(it != s.jobs.end());
                if (d.rule == "ghost-run") {
                    QVERIFY(it->isRunning());
                    QCOMPARE(it->runAs, dana->userName);
                    QVERIFY(it->startTime < dana->lastModified);
                } else {
                    QCOMPARE(it->launcher, marcus->userName);
                    QVERIFY(it->startTime > marcus->lastModified);
                }
            }
        }
    }

    void demoIsCleanBesidesThePlantedDrift()
    {
        // No unplanted job was launched by someone who was already gone, or still runs past their leaving.
        const Scenario s = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        QHash<QString, Timestamp> leftAt;
        for (const User &u : s.users) {
            if (!u.active)
                leftAt.insert(u.userName, u.lastModified);
        }
        QCOMPARE(leftAt.size(), 4);
        QSet<QString> plantedJobs;
        for (const PlantedDrift &d : s.planted)
            plantedJobs.insert(d.subject);
        for (const Job &j : s.jobs) {
            if (plantedJobs.contains(j.externalId))
                continue;
            const Timestamp off = leftAt.value(j.launcher);
            if (off == 0)
                continue;
            QVERIFY2(j.startTime < off && j.endTime != 0 && j.endTime < off, qPrintable(j.externalId));
        }
    }

    void sameSeedSameData()
    {
        const Scenario a = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        const Scenario b = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        QCOMPARE(a.users.size(), b.users.size());
        for (int i = 0; i < a.users.size(); ++i) {
            QCOMPARE(a.users[i].scimId, b.users[i].scimId);
            QCOMPARE(a.users[i].userName, b.users[i].userName);
            QCOMPARE(a.users[i].createdAt, b.users[i].createdAt);
        }
        for (int i = 0; i < a.jobs.size(); ++i) {
            QCOMPARE(a.jobs[i].externalId, b.jobs[i].externalId);
            QCOMPARE(a.jobs[i].startTime, b.jobs[i].startTime);
        }
        QCOMPARE(a.events.size(), b.events.size());
        QCOMPARE(a.rbacMappingJson(), b.rbacMappingJson());

        ScenarioSpec other = ScenarioSpec::demo();
        other.seed += 1;
        const Scenario c = ScenarioGenerator::generate(other, kAnchor);
        QVERIFY(c.users[20].scimId != a.users[20].scimId);
    }

    void rbacMappingNamesOwnersAndRoles()
    {
        const Scenario s = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        const QByteArray json = s.rbacMappingJson();
        QVERIFY(json.contains("\"data-engineering\""));
        QVERIFY(json.contains("legacy-export@scimflow-demo.iam.gserviceaccount.com"));
        QCOMPARE(s.groupRoles.value("marketing-data"), QStringList{"dataflow.viewer"});
        QVERIFY(s.privilegedGroups.contains("data-platform-admins"));
    }

    void largeSpecScales()
    {
        // Generating the large world takes seconds; the bench uses it. Here: a tenth of it keeps the ratios.
        ScenarioSpec spec = ScenarioSpec::large();
        spec.users /= 10;
        spec.groups /= 10;
        spec.jobs /= 10;
        spec.serviceAccounts /= 10;
        spec.identityEvents /= 10;
        const Scenario s = ScenarioGenerator::generate(spec, kAnchor);
        QCOMPARE(s.users.size(), 10000);
        QCOMPARE(s.groups.size(), 500);
        QCOMPARE(s.jobs.size(), 20000);
        QCOMPARE(s.events.size(), 100000);
        QVERIFY(s.membershipCount() > 70000 && s.membershipCount() <= 80000);
        for (const IdentityEvent &e : s.events)
            QVERIFY(e.at <= kAnchor);
        QVERIFY(std::is_sorted(s.events.begin(), s.events.end(),
                               [](const IdentityEvent &a, const IdentityEvent &b) { return a.at < b.at; }));
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
