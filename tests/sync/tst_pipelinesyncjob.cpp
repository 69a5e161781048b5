#include "demoenvironment.h"
#include "pipelinesandbox.h"
#include "pipelinesyncjob.h"
#include "sandboxserver.h"
#include "store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Scimflow;

/// The pipeline sources of a connection sync one after the other against the simulated APIs; a failing
/// source is reported by name without its token and never stops or undoes the others.
class TestPipelineSyncJob : public QObject
{
    Q_OBJECT

    DemoEnvironment m_env;

    QList<PipelineSourceRun> demoSources(const QString &token) const
    {
        PipelineSourceRun dataflow;
        dataflow.source.kind = PipelineSource::Kind::Dataflow;
        dataflow.source.name = "prod dataflow";
        dataflow.source.url = m_env.pipelines()->baseUrl().toString();
        dataflow.source.project = m_env.pipelines()->data().project();
        dataflow.source.location = m_env.pipelines()->data().location();
        dataflow.secret = token;
        PipelineSourceRun github;
        github.source.kind = PipelineSource::Kind::Github;
        github.source.name = "ci runs";
        github.source.url = m_env.pipelines()->baseUrl().toString();
        github.source.repository = m_env.pipelines()->data().repository();
        github.secret = token;
        return {dataflow, github};
    }

    static void run(PipelineSyncJob &job)
    {
        QSignalSpy finished(&job, &PipelineSyncJob::finished);
        job.start();
        QVERIFY(finished.wait(20000));
    }

    static int jobCount(const QString &path, const QString &source)
    {
        auto store = Store::open(path);
        QSqlQuery q((*store)->database());
        q.prepare("SELECT count(*) FROM jobs WHERE source = ?");
        q.addBindValue(source);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_env.start().ok()); }
    void init() { m_env.server()->faults().clear(); }

    void syncsEverySource()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("jobs.db");
        QList<PipelineSourceRun> sources = demoSources(m_env.token());
        PipelineSourceRun lineage;
        lineage.source.kind = PipelineSource::Kind::OpenLineage;
        lineage.source.name = "lineage";
        lineage.source.file = QFINDTESTDATA("../pipelines/fixtures/openlineage.ndjson");
        QVERIFY(!lineage.source.file.isEmpty());
        sources << lineage;
        PipelineSyncJob job(path, sources);
        run(job);
        QVERIFY2(job.errors().isEmpty(), qPrintable(job.errors().join('\n')));
        QCOMPARE(job.summaries().size(), 3);
        QVERIFY(job.summaries().at(0).startsWith("dataflow:"));
        QVERIFY(job.summaries().at(1).startsWith("github:"));
        QVERIFY(job.summaries().at(2).startsWith("openlineage:"));
        QCOMPARE(jobCount(path, "dataflow"), m_env.pipelines()->data().dataflowJobCount());
        QCOMPARE(jobCount(path, "github"), m_env.pipelines()->data().githubRunCount());
        QVERIFY(jobCount(path, "openlineage") > 0);
    }

    void aFailingSourceKeepsItsJobsAndTheOthersRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("jobs.db");
        {
            PipelineSyncJob first(path, demoSources(m_env.token()));
            run(first);
            QVERIFY(first.errors().isEmpty());
        }
        const int dataflowJobs = jobCount(path, "dataflow");
        // Dataflow refuses every request; GitHub is fine.
        m_env.server()->faults().add(*Fault::parse("403x0@/v1b3/"));
        PipelineSyncJob job(path, demoSources(m_env.token()));
        run(job);
        QCOMPARE(job.errors().size(), 1);
        QVERIFY2(job.errors().first().startsWith("prod dataflow: "), qPrintable(job.errors().first()));
        QCOMPARE(job.summaries().size(), 1);
        QVERIFY(job.summaries().first().startsWith("github:"));
        QCOMPARE(jobCount(path, "dataflow"), dataflowJobs);
        auto store = Store::open(path);
        QString lastDataflowRun;
        for (const SyncRun &r : (*store)->syncRuns()) {
            if (r.source == "dataflow")
                lastDataflowRun = r.status;
        }
        QCOMPARE(lastDataflowRun, QStringLiteral("failed"));
    }

    void aSourceFailingMidwayWritesNoneOfItsPages()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("jobs.db");
        // The first list page (ACTIVE) is read and written; the second (TERMINATED) is broken.
        Fault broken = *Fault::parse("malformed@/v1b3/");
        broken.skip = 1;
        m_env.server()->faults().add(broken);
        PipelineSyncJob job(path, demoSources(m_env.token()));
        run(job);
        QCOMPARE(job.errors().size(), 1);
        QVERIFY2(job.errors().first().startsWith("prod dataflow: "), qPrintable(job.errors().first()));
        QCOMPARE(job.summaries().size(), 1);
        QCOMPARE(jobCount(path, "dataflow"), 0);
        QCOMPARE(jobCount(path, "github"), m_env.pipelines()->data().githubRunCount());
        auto store = Store::open(path);
        QStringList runs;
        for (const SyncRun &r : (*store)->syncRuns())
            runs << r.source + ' ' + r.status;
        QVERIFY2(runs.contains("dataflow failed") && runs.contains("github ok"), qPrintable(runs.join(", ")));
    }

    void aRejectedTokenIsNotRepeatedInTheMessage()
    {
        QTemporaryDir dir;
        const QString wrong = "tok-WRONG-4711";
        PipelineSyncJob job(dir.filePath("jobs.db"), demoSources(wrong));
        run(job);
        QCOMPARE(job.errors().size(), 2);
        for (const QString &e : job.errors()) {
            QVERIFY2(e.contains("401"), qPrintable(e));
            QVERIFY(!e.contains(wrong));
        }
    }

    void anIncompleteSourceIsReportedNotRead()
    {
        QTemporaryDir dir;
        QList<PipelineSourceRun> sources = demoSources(m_env.token());
        sources[0].source.project.clear();
        PipelineSyncJob job(dir.filePath("jobs.db"), sources);
        run(job);
        QCOMPARE(job.errors().size(), 1);
        QVERIFY(job.errors().first().contains("project"));
        QCOMPARE(job.summaries().size(), 1);
    }

    void cancelStopsBeforeTheNextSource()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("jobs.db");
        m_env.server()->faults().add(*Fault::parse("slow:300x0@/v1b3/"));
        PipelineSyncJob job(path, demoSources(m_env.token()));
        QSignalSpy finished(&job, &PipelineSyncJob::finished);
        job.start();
        QTimer::singleShot(100, &job, &PipelineSyncJob::cancel);
        QVERIFY(finished.wait(20000));
        QVERIFY(job.summaries().isEmpty());
        QVERIFY(!job.errors().isEmpty());
        QCOMPARE(jobCount(path, "github"), 0);
        QCOMPARE(jobCount(path, "dataflow"), 0);
    }
};

QTEST_MAIN(TestPipelineSyncJob)
#include "tst_pipelinesyncjob.moc"
