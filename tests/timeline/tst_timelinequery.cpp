#include "credentialinventoryjob.h"
#include "credentialsandbox.h"
#include "driftanalyzer.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"
#include "timelinebucketer.h"
#include "timelineloader.h"
#include "timelinequery.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;

qint64 idOf(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

const TimelineLane *findLane(const TimelineSnapshot &s, TimelineLane::Section section, qint64 subjectId,
                             int *index)
{
    for (int i = 0; i < s.lanes.size(); ++i) {
        if (s.lanes[i].section == section && s.lanes[i].subjectId == subjectId) {
            *index = i;
            return &s.lanes[i];
        }
    }
    return nullptr;
}

} // namespace

class TestTimelineQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = Store::open(m_dir.filePath(QStringLiteral("demo.db")));
        QVERIFY(store);
        m_store = std::move(*store);
        const Scenario s = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        QVERIFY(ScenarioImporter::write(*m_store, s).ok());
        m_scenario = s;
        m_dana = idOf(*m_store,
                      QStringLiteral("SELECT id FROM users WHERE user_name = 'dana.whitfield@example.com'"));
        QVERIFY(m_dana > 0);
    }

    void bucketerPutsOneColumnIntoOneBucket()
    {
        const TimelineBucketer b({0, 1000}, 100); // 10 ms per column
        std::vector<Timestamp> at{5, 120, 121, 122, 123, 124, 125, 126, 127, 990};
        std::vector<qint64> ids{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        std::array<TimelineBucketer::KindSlice, TimelineBucketer::kKinds> slices{};
        slices[size_t(IdentityEvent::Kind::Updated)] = {at, ids};
        const QList<TimelineEventMark> marks = b.bucketEvents(3, slices);
        QCOMPARE(marks.size(), 3);
        QCOMPARE(marks[0].count, 1);
        QCOMPARE(marks[0].eventId, 1);
        QCOMPARE(marks[1].count, 8);
        QVERIFY(marks[1].isBucket());
        QCOMPARE(marks[1].at, 120);
        QCOMPARE(marks[1].lastAt, 127);
        QCOMPARE(marks[1].eventId, 0);
        QCOMPARE(marks[1].lane, 3);
        QCOMPARE(marks[2].eventId, 10);
    }

    void bucketShowsTheMostSignificantKind()
    {
        const TimelineBucketer b({0, 1000}, 10);
        std::vector<Timestamp> updates{10, 20, 30};
        std::vector<qint64> updateIds{1, 2, 3};
        std::vector<Timestamp> off{15};
        std::vector<qint64> offIds{4};
        std::array<TimelineBucketer::KindSlice, TimelineBucketer::kKinds> slices{};
        slices[size_t(IdentityEvent::Kind::Updated)] = {updates, updateIds};
        slices[size_t(IdentityEvent::Kind::Deactivated)] = {off, offIds};
        const QList<TimelineEventMark> marks = b.bucketEvents(0, slices);
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks[0].count, 4);
        QCOMPARE(marks[0].kind, IdentityEvent::Kind::Deactivated);
        QCOMPARE(marks[0].kindCounts[size_t(IdentityEvent::Kind::Updated)], 3);
    }

    void denseJobsBecomeActiveCountsPerColumn()
    {
        const TimelineBucketer b({0, 100}, 10);
        std::vector<TimelineBucketer::JobRow> jobs;
        for (int i = 0; i < 8; ++i)
            jobs.push_back({i + 1, 0, 25, Job::State::Succeeded}); // columns 0..2
        jobs.push_back({100, 50, 0, Job::State::Running});         // running: kept as a bar
        const QList<TimelineJobBar> bars = b.bucketJobs(0, jobs, 95);
        int buckets = 0;
        bool running = false;
        for (const TimelineJobBar &bar : bars) {
            if (bar.isBucket()) {
                ++buckets;
                QCOMPARE(bar.count, 8);
            } else {
                QCOMPARE(bar.jobId, 100);
                QVERIFY(bar.openEnded);
                QCOMPARE(bar.end, 95);
                running = true;
            }
        }
        QCOMPARE(buckets, 3);
        QVERIFY(running);
    }

    void jobsCrowdedIntoFewColumnsAreBucketed()
    {
        const TimelineBucketer b({0, 1000}, 100); // 10 ms per column
        std::vector<TimelineBucketer::JobRow> jobs;
        for (int i = 0; i < 3; ++i)
            jobs.push_back({i + 1, 500 + i, 520, Job::State::Succeeded});
        QList<TimelineJobBar> bars = b.bucketJobs(0, jobs, 1000);
        QCOMPARE(bars.size(), 3); // three overlapping bars still fit as rows
        for (const TimelineJobBar &bar : bars)
            QVERIFY(!bar.isBucket());
        jobs.push_back({4, 503, 530, Job::State::Failed});
        bars = b.bucketJobs(0, jobs, 1000);
        QVERIFY(!bars.isEmpty());
        for (const TimelineJobBar &bar : bars)
            QVERIFY(bar.isBucket());
        QCOMPARE(bars.first().count, 4);
        QCOMPARE(bars.first().state, Job::State::Failed); // the most telling state shows
        QCOMPARE(bars.first().stateCounts[size_t(Job::State::Succeeded)], 3);
    }

    void danaHasHerDeactivationAndTheOpenEndedStream()
    {
        TimelineQuery query(*m_store);
        query.setNow(kAnchor);
        TimelineRequest r;
        r.selection = TimelineSelection::users({m_dana});
        r.range = {kAnchor - 14 * kMsPerDay, kAnchor + kMsPerHour};
        r.columns = 800;
        const Result<TimelineSnapshot> s = query.run(r);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->lanes.size(), 2);
        int identity = -1, jobs = -1;
        QVERIFY(findLane(*s, TimelineLane::Section::Identity, m_dana, &identity));
        QVERIFY(findLane(*s, TimelineLane::Section::Jobs, m_dana, &jobs));
        QVERIFY(identity < jobs); // identity lanes above job lanes
        QCOMPARE(s->lanes[identity].label, QStringLiteral("dana.whitfield"));

        bool deactivation = false;
        for (const TimelineEventMark &m : s->events) {
            QCOMPARE(m.lane, identity);
            if (m.kind == IdentityEvent::Kind::Deactivated && !m.isBucket()) {
                QCOMPARE(m.at, kAnchor - 3 * kMsPerDay);
                QCOMPARE(m.userId, m_dana);
                QCOMPARE(m.subject, QStringLiteral("dana.whitfield@example.com"));
                QVERIFY(!m.source.isEmpty());
                deactivation = true;
            }
        }
        QVERIFY(deactivation);

        bool stream = false;
        for (const TimelineJobBar &b : s->jobs) {
            QCOMPARE(b.lane, jobs);
            if (b.name.startsWith(QLatin1String("orders-stream")) && b.openEnded) {
                QCOMPARE(b.state, Job::State::Running);
                QCOMPARE(b.start, kAnchor - 5 * kMsPerDay);
                QCOMPARE(b.end, kAnchor);
                QVERIFY(b.jobId > 0);
                stream = true;
            }
        }
        QVERIFY(stream);
        QVERIFY(s->extent.isValid());
        QVERIFY(s->extent.to > kAnchor - 3 * kMsPerDay);
    }

    void eventsInOnePixelColumnComeBackAsOneBucket()
    {
        // Five events within two milliseconds for one user; 1000 columns over 10 days = 864 s per column.
        const qint64 user =
            idOf(*m_store, QStringLiteral("SELECT id FROM users ORDER BY id LIMIT 1 OFFSET 20"));
        const Timestamp t = kAnchor - 20 * kMsPerDay;
        QSqlQuery q(m_store->database());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(q.exec(QStringLiteral("INSERT INTO identity_events(at, kind, user_id, subject, source) "
                                          "VALUES(%1, 'updated', %2, 'x', 'test')")
                               .arg(t + i / 2)
                               .arg(user)));
        }
        TimelineQuery query(*m_store);
        query.setNow(kAnchor);
        TimelineRequest r;
        r.selection = TimelineSelection::users({user});
        r.range = {t - 5 * kMsPerDay, t + 5 * kMsPerDay};
        r.columns = 1000;
        const Result<TimelineSnapshot> s = query.run(r);
        QVERIFY(s.ok());
        int buckets = 0;
        for (const TimelineEventMark &m : s->events) {
            if (m.at <= t + 2 && m.lastAt >= t) {
                ++buckets;
                QCOMPARE(m.count, 5);
                QVERIFY(m.isBucket());
                QCOMPARE(m.lastAt, t + 2);
            }
        }
        QCOMPARE(buckets, 1);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM identity_events WHERE source = 'test'")));
    }

    void overviewCountsEveryEventInRange()
    {
        TimelineQuery query(*m_store);
        query.setNow(kAnchor);
        TimelineRequest r;
        r.range = {kAnchor - 30 * kMsPerDay, kAnchor};
        r.columns = 300;
        const Result<TimelineSnapshot> s = query.run(r);
        QVERIFY(s.ok());
        QCOMPARE(s->identityLaneCount(), 3);
        QVERIFY(s->lanes.size() >= 5); // dataflow and github job lanes
        qint64 shown = 0;
        for (const TimelineEventMark &m : s->events)
            shown += m.count;
        const qint64 stored =
            idOf(*m_store, QStringLiteral("SELECT count(*) FROM identity_events WHERE at >= %1 AND "
                                          "at < %2")
                               .arg(r.range.from)
                               .arg(r.range.to));
        QVERIFY(stored > 0);
        QCOMPARE(shown, stored);
        for (const TimelineJobBar &b : s->jobs)
            QVERIFY(b.end > r.range.from && b.start < r.range.to);
        QVERIFY(query.index());
        QVERIFY(s->extent.from < r.range.from);
    }

    void roleLanesAreCappedAndCounted()
    {
        const qint64 group =
            idOf(*m_store, QStringLiteral("SELECT group_id FROM memberships GROUP BY group_id "
                                          "ORDER BY count(*) DESC LIMIT 1"));
        const qint64 members =
            idOf(*m_store, QStringLiteral("SELECT count(*) FROM memberships WHERE group_id = %1").arg(group));
        const qint64 accounts = idOf(
            *m_store,
            QStringLiteral("SELECT count(*) FROM service_accounts WHERE owner_group_id = %1").arg(group));
        QVERIFY(members > 3);
        TimelineQuery query(*m_store);
        TimelineRequest r;
        r.selection = TimelineSelection::group(group);
        r.range = {kAnchor - 7 * kMsPerDay, kAnchor};
        r.maxLanes = 3;
        const Result<TimelineSnapshot> s = query.run(r);
        QVERIFY(s.ok());
        QCOMPARE(s->omittedPrincipals, int(members + accounts - 3));
        QCOMPARE(s->lanes.first().subject, TimelineLane::Subject::Group);
        QCOMPARE(s->lanes.size(), 1 + 3 * 2); // group lane, 3 identity lanes, 3 job lanes
    }

    void jobSelectionShowsItsPrincipalsAndRevealsIt()
    {
        const qint64 job = idOf(*m_store, QStringLiteral("SELECT id FROM jobs WHERE run_as_user_id = %1 AND "
                                                         "end_time = 0")
                                              .arg(m_dana));
        QVERIFY(job > 0);
        TimelineQuery query(*m_store);
        query.setNow(kAnchor);
        TimelineRequest r;
        r.selection = TimelineSelection::job(job);
        r.range = {kAnchor - 40 * kMsPerDay, kAnchor - 39 * kMsPerDay};
        r.reveal = TimelineRequest::Reveal::Job;
        r.revealId = job;
        const Result<TimelineSnapshot> s = query.run(r);
        QVERIFY(s.ok());
        int lane = -1;
        QVERIFY(findLane(*s, TimelineLane::Section::Jobs, m_dana, &lane));
        QVERIFY(s->revealed);
        QVERIFY(s->range.from <= kAnchor - 5 * kMsPerDay);
        QVERIFY(s->range.to >= kAnchor);
        bool found = false;
        for (const TimelineJobBar &b : s->jobs)
            found = found || b.jobId == job;
        QVERIFY(found);
    }

    void findingsAreMarkedOnTheirSubjectsLane()
    {
        TimelineQuery empty(*m_store);
        TimelineRequest r;
        r.selection = TimelineSelection::users({m_dana});
        r.range = {kAnchor - 7 * kMsPerDay, kAnchor};
        Result<TimelineSnapshot> s = empty.run(r);
        QVERIFY(s.ok());
        QVERIFY(s->findings.isEmpty()); // no drift run yet: tolerated

        QSqlQuery q(m_store->database());
        QVERIFY2(q.exec(QStringLiteral(
                            "INSERT INTO findings(fingerprint, rule, severity, subject_kind, subject_id, "
                            "subject, summary, started_at, first_seen, last_seen) VALUES('f1', 'ghost-run', "
                            "3, 'user', %1, 'dana', 'still running', %2, %2, %2)")
                            .arg(m_dana)
                            .arg(kAnchor - 3 * kMsPerDay)),
                 qPrintable(q.lastError().text()));
        TimelineQuery query(*m_store);
        s = query.run(r);
        QVERIFY(s.ok());
        QCOMPARE(s->findings.size(), 1);
        QCOMPARE(s->findings[0].startedAt, kAnchor - 3 * kMsPerDay);
        QCOMPARE(s->lanes[s->findings[0].lane].subjectId, m_dana);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM findings")));
    }

    void driftFindingsLandOnTheLanesOfTheirSubjects()
    {
        DriftSettings settings;
        settings.now = kAnchor;
        DriftAnalyzer analyzer(*m_store, settings);
        const Result<FindingChanges> changes = analyzer.recompute();
        QVERIFY2(changes.ok(), changes.ok() ? "" : qPrintable(changes.error().message));

        TimelineQuery query(*m_store);
        query.setNow(kAnchor);
        TimelineRequest r;
        r.selection = TimelineSelection::users({m_dana});
        r.range = {kAnchor - 14 * kMsPerDay, kAnchor + kMsPerHour};
        Result<TimelineSnapshot> s = query.run(r);
        QVERIFY(s.ok());
        // The ghost run (subject: the job) begins when Dana was deactivated, on her job lane.
        const TimelineFindingMark *ghost = nullptr;
        for (const TimelineFindingMark &f : s->findings) {
            QVERIFY(f.lane >= 0); // only findings about the shown lanes
            if (f.rule == QLatin1String("ghost-run"))
                ghost = &f;
        }
        QVERIFY(ghost);
        QCOMPARE(ghost->startedAt, kAnchor - 3 * kMsPerDay);
        QCOMPARE(s->lanes[ghost->lane].section, TimelineLane::Section::Jobs);
        QCOMPARE(s->lanes[ghost->lane].subjectId, m_dana);

        // The overview lists every finding that has a start, across the chart, in time order.
        r.selection = TimelineSelection::overview();
        s = query.run(r);
        QVERIFY(s.ok());
        QCOMPARE(s->findings.size(), int(idOf(*m_store, QStringLiteral("SELECT count(*) FROM findings WHERE "
                                                                       "started_at > 0"))));
        QVERIFY(s->findings.size() >= 5);
        for (qsizetype i = 1; i < s->findings.size(); ++i)
            QVERIFY(s->findings[i - 1].startedAt <= s->findings[i].startedAt);
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM findings")));
    }

    void loaderAnswersOffTheGuiThread()
    {
        TimelineLoader loader(m_store->path());
        loader.setNow(kAnchor);
        QSignalSpy ready(&loader, &TimelineLoader::indexReady);
        QSignalSpy loaded(&loader, &TimelineLoader::loaded);
        TimelineRequest r;
        r.range = {kAnchor - 7 * kMsPerDay, kAnchor};
        loader.request(r);
        r.range = {kAnchor - 2 * kMsPerDay, kAnchor};
        const quint64 last = loader.request(r); // replaces the first one if it has not started
        QTRY_VERIFY(!loaded.isEmpty() && loaded.last().at(0).value<TimelineSnapshot>().serial == last);
        QCOMPARE(ready.size(), 1);
        QVERIFY(ready.first().at(0).toLongLong() > 0);
        const TimelineSnapshot s = loaded.last().at(0).value<TimelineSnapshot>();
        QCOMPARE(s.range.from, kAnchor - 2 * kMsPerDay);
        QVERIFY(!s.events.isEmpty() || !s.jobs.isEmpty());
        QTRY_VERIFY(!loader.isBusy());
    }

    void plantedKeyShowsItsCreationAndLastUse()
    {
        // The demo's credential inventory, read the way the demo reads it: from the sandbox over HTTP.
        SandboxServer server;
        QVERIFY(server.listen().ok());
        const QString token = QStringLiteral("timeline-iam-token");
        CredentialSandbox sandbox(server, CredentialSandboxData::fromScenario(m_scenario), token);
        CredentialSourceRun gcp;
        gcp.project = sandbox.data().project();
        gcp.iamBase = gcp.policyAnalyzerBase = server.baseUrl();
        gcp.bearerToken = token;
        CredentialInventoryJob job(m_store->path(), {gcp});
        QSignalSpy finished(&job, &CredentialInventoryJob::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        QVERIFY2(job.errors().isEmpty(), qPrintable(job.errors().join(QLatin1Char('\n'))));

        // The planted key: user-managed, 400 days old, on the first service account.
        const QString email = m_scenario.serviceAccounts.first().email;
        const qint64 account =
            idOf(*m_store, QStringLiteral("SELECT id FROM service_accounts WHERE email = '%1'").arg(email));
        QVERIFY(account > 0);
        const Timestamp planted = kAnchor - 400 * kMsPerDay;
        QCOMPARE(idOf(*m_store, QStringLiteral("SELECT count(*) FROM credentials WHERE kind = 'gcp-key' AND "
                                               "key_type = 'USER_MANAGED' AND created_at = %1")
                                    .arg(planted)),
                 qint64(1));

        TimelineQuery query(*m_store);
        TimelineRequest r;
        r.selection = TimelineSelection::serviceAccounts({account});
        r.range = {kAnchor - 30 * kMsPerDay, kAnchor};
        Result<TimelineSnapshot> s = query.run(r);
        QVERIFY(s.ok());
        int lane = -1;
        QVERIFY(findLane(*s, TimelineLane::Section::Jobs, account, &lane));
        const TimelineCredentialMark *created = nullptr;
        const TimelineCredentialMark *used = nullptr;
        for (const TimelineCredentialMark &m : s->credentials) {
            QCOMPARE(m.lane, lane); // next to the account's jobs
            if (m.kind == TimelineCredentialMark::Kind::Created && m.at == planted)
                created = &m;
            if (m.kind == TimelineCredentialMark::Kind::LastUsed && !m.token)
                used = &m;
        }
        QVERIFY2(created, "no creation mark for the 400-day-old key");
        QVERIFY(!created->token);
        QCOMPARE(created->owner, email);
        QVERIFY(used);
        QVERIFY(used->dayGranularity);
        // Both keys' creation, and the last use of the user-managed one (the system key has none): sorted.
        QCOMPARE(s->credentials.size(), 3);
        QVERIFY(std::is_sorted(s->credentials.cbegin(), s->credentials.cend(),
                               [](const auto &a, const auto &b) { return a.at < b.at; }));
        // "All" reaches back to the key's creation, long before the account's first job.
        QVERIFY(s->extent.from <= planted);

        // A person's lanes carry no key marks; the overview has none either.
        r.selection = TimelineSelection::users({m_dana});
        s = query.run(r);
        QVERIFY(s.ok());
        for (const TimelineCredentialMark &m : s->credentials)
            QVERIFY(m.token);
        r.selection = TimelineSelection::overview();
        s = query.run(r);
        QVERIFY(s.ok());
        QVERIFY(s->credentials.isEmpty());
        QSqlQuery q(m_store->database());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM credentials")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_dana = 0;
    Scenario m_scenario;
};

QTEST_GUILESS_MAIN(TestTimelineQuery)
#include "tst_timelinequery.moc"
