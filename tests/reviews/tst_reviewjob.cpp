// Campaign creation and the evidence pack off the GUI thread (the console's path): progress, Cancel that
// keeps nothing (no campaign, no pack folder, an older pack untouched), a long statement interrupted, and
// the same campaign and pack as the command line makes from the same database.

#include "driftanalyzer.h"
#include "evidencepack.h"
#include "reviewjob.h"
#include "reviewrepository.h"
#include "reviewsignoff.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "sqlitecancelscope.h"
#include "store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <thread>

using namespace Scimflow;

namespace {

const Timestamp kAnchor = timestampFromIso(u"2026-11-28T12:00:00Z");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

qint64 countOf(const QString &db, const QString &table)
{
    auto store = Store::open(db);
    return store ? (*store)->count(table) : -1;
}

int runCli(const QStringList &args, QString *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(SCIMFLOW_BINARY), args);
    p.waitForFinished(120000);
    const QString text = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (out)
        *out = text;
    return p.exitCode();
}

} // namespace

class TestReviewJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createRunsOnAWorkerAndMatchesTheCommandLine();
    void cancelledCreationLeavesNoCampaign();
    void cancelInterruptsALongStatement();
    void cancelledExportLeavesNoPack();
    void failedExportSaysWhy();

private:
    QString copyOfDemo(const QString &name);
    ReviewCampaign cliEquivalent() const;

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestReviewJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.db"));
    auto store = Store::open(m_demo);
    QVERIFY(store);
    QVERIFY(ScenarioImporter::write(**store, ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor)));
    DriftAnalyzer analyzer(**store);
    QVERIFY(analyzer.recompute());
}

QString TestReviewJob::copyOfDemo(const QString &name)
{
    // Through SQLite's own backup (VACUUM INTO): the demo's store is closed, its WAL folded in.
    const QString path = m_dir.filePath(name);
    auto store = Store::open(m_demo);
    if (!store)
        return {};
    QSqlQuery q((*store)->database());
    if (!q.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)))
        return {};
    return path;
}

// What `review create --service-accounts --from 2026-10-29 --to 2026-11-28 --reviewers alice,bob
// --idle-days 7` asks for: whole UTC days.
ReviewCampaign TestReviewJob::cliEquivalent() const
{
    ReviewCampaign c;
    c.name = QStringLiteral("Q4 pipeline access");
    c.periodFrom = timestampFromIso(u"2026-10-29T00:00:00Z");
    c.periodTo = timestampFromIso(u"2026-11-29T00:00:00Z");
    c.idleDays = 7;
    c.reviewers = {QStringLiteral("alice"), QStringLiteral("bob")};
    c.scope.serviceAccounts = true;
    return c;
}

void TestReviewJob::createRunsOnAWorkerAndMatchesTheCommandLine()
{
    const QString gui = copyOfDemo(QStringLiteral("gui.db"));
    const QString cli = copyOfDemo(QStringLiteral("cli.db"));
    QVERIFY(!gui.isEmpty() && !cli.isEmpty());

    ReviewJob job;
    QSignalSpy progress(&job, &ReviewJob::progress);
    QSignalSpy finished(&job, &ReviewJob::finished);
    QSignalSpy failed(&job, &ReviewJob::failed);
    std::atomic<bool> onWorker{false};
    connect(
        &job, &ReviewJob::progress, this,
        [&](int, int, const QString &) {
            if (QThread::currentThread() != qApp->thread())
                onWorker = true;
        },
        Qt::DirectConnection);
    QVERIFY(job.startCreate(gui, cliEquivalent()));
    QVERIFY(!job.startCreate(gui, cliEquivalent())); // one request at a time
    job.waitForFinished();
    QVERIFY(!finished.isEmpty());
    QCOMPARE(failed.size(), 0);
    QVERIFY(onWorker);
    QVERIFY(progress.size() >= 3);
    const QList<QVariant> last = progress.last();
    QCOMPARE(last.at(0).toInt(), last.at(1).toInt()); // ends at done == total
    const ReviewCampaign created = finished.first().at(0).value<ReviewJobOutcome>().campaign;
    QVERIFY(created.id > 0);
    QVERIFY(created.items > 0);

    QString out;
    QCOMPARE(
        runCli({QStringLiteral("review"), QStringLiteral("create"), QStringLiteral("--db"), cli,
                QStringLiteral("--name"), QStringLiteral("Q4 pipeline access"),
                QStringLiteral("--service-accounts"), QStringLiteral("--from"), QStringLiteral("2026-10-29"),
                QStringLiteral("--to"), QStringLiteral("2026-11-28"), QStringLiteral("--reviewers"),
                QStringLiteral("alice,bob"), QStringLiteral("--idle-days"), QStringLiteral("7")},
               &out),
        0);
    QVERIFY2(out.startsWith(QStringLiteral("campaign %1: %2 items").arg(created.id).arg(created.items)),
             qPrintable(out));

    // The same items, evidence, recommendations and assignments: the same digest.
    auto guiStore = Store::open(gui);
    auto cliStore = Store::open(cli);
    QVERIFY(guiStore && cliStore);
    ReviewRepository guiRepo((*guiStore)->database());
    ReviewRepository cliRepo((*cliStore)->database());
    const QList<ReviewItem> guiItems = *guiRepo.items(created.id);
    const QList<ReviewItem> cliItems = *cliRepo.items(created.id);
    QCOMPARE(guiItems.size(), cliItems.size());
    for (int i = 0; i < guiItems.size(); ++i) {
        QCOMPARE(guiItems[i].identity, cliItems[i].identity);
        QCOMPARE(guiItems[i].access, cliItems[i].access);
        QCOMPARE(guiItems[i].reason, cliItems[i].reason);
        QCOMPARE(guiItems[i].assignee, cliItems[i].assignee);
        QCOMPARE(guiItems[i].lastUsedAt, cliItems[i].lastUsedAt);
    }
    QCOMPARE(ReviewSignOff::digest(*guiRepo.campaign(created.id), guiItems),
             ReviewSignOff::digest(*cliRepo.campaign(created.id), cliItems));

    // The pack, written by the job and by `review export`: the same decisions, and both verify.
    const QString guiPack = m_dir.filePath(QStringLiteral("gui-pack"));
    const QString cliPack = m_dir.filePath(QStringLiteral("cli-pack"));
    QVERIFY(job.startExport(gui, created.id, guiPack));
    job.waitForFinished();
    QVERIFY(!finished.isEmpty());
    QCOMPARE(failed.size(), 0);
    const ReviewJobOutcome exported = finished.last().at(0).value<ReviewJobOutcome>();
    QCOMPARE(exported.packDir, guiPack);
    QVERIFY2(exported.verification.intact, qPrintable(exported.verification.problem));
    QCOMPARE(
        runCli({QStringLiteral("review"), QStringLiteral("export"), QStringLiteral("--db"), cli,
                QStringLiteral("--campaign"), QString::number(created.id), QStringLiteral("--out"), cliPack},
               &out),
        0);
    for (const QString &file : {QStringLiteral("decisions.csv"), QStringLiteral("decisions.json")}) {
        const QByteArray bytes = readAll(QDir(guiPack).filePath(file));
        QVERIFY(!bytes.isEmpty());
        QCOMPARE(bytes, readAll(QDir(cliPack).filePath(file)));
    }
    QCOMPARE(runCli({QStringLiteral("review"), QStringLiteral("verify"), guiPack}, &out), 0);
}

void TestReviewJob::cancelledCreationLeavesNoCampaign()
{
    const QString db = copyOfDemo(QStringLiteral("cancel-create.db"));
    ReviewJob job;
    QSignalSpy finished(&job, &ReviewJob::finished);
    QSignalSpy failed(&job, &ReviewJob::failed);
    int reported = 0;
    // Cancel as soon as the first step (the evidence tables) is done, from the worker itself.
    connect(
        &job, &ReviewJob::progress, this,
        [&](int, int, const QString &) {
            if (++reported == 1)
                job.cancel();
        },
        Qt::DirectConnection);
    ReviewCampaign spec = cliEquivalent();
    spec.scope.credentials = true;
    QVERIFY(job.startCreate(db, spec));
    job.waitForFinished();
    QVERIFY(!failed.isEmpty());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(reported, 1);
    const Error error = failed.first().at(0).value<Error>();
    QCOMPARE(error.kind, Error::Kind::Cancelled);
    QVERIFY2(error.message.contains(QLatin1String("nothing was saved")), qPrintable(error.message));
    QCOMPARE(countOf(db, QStringLiteral("review_campaigns")), qint64(0));
    QCOMPARE(countOf(db, QStringLiteral("review_items")), qint64(0));

    // The same database takes the same campaign afterwards: nothing was left locked or half-written.
    QVERIFY(job.startCreate(db, spec));
    job.waitForFinished();
    QVERIFY(!finished.isEmpty());
    QCOMPARE(countOf(db, QStringLiteral("review_campaigns")), qint64(1));
}

void TestReviewJob::cancelInterruptsALongStatement()
{
    auto store = Store::open(m_dir.filePath(QStringLiteral("interrupt.db")));
    QVERIFY(store);
    std::atomic<bool> cancelled{false};
    const SqliteCancelScope scope((*store)->database(), [&] { return cancelled.load(); });
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancelled = true;
    });
    QElapsedTimer t;
    t.start();
    // Minutes of work without the cancel.
    QSqlQuery q((*store)->database());
    const bool ok = q.exec(QStringLiteral("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                                          "WHERE x < 5000000000) SELECT count(*) FROM c"));
    canceller.join();
    QVERIFY(!ok);
    QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
    QVERIFY2(q.lastError().text().contains(QLatin1String("interrupt"), Qt::CaseInsensitive),
             qPrintable(q.lastError().text()));
}

void TestReviewJob::cancelledExportLeavesNoPack()
{
    const QString db = copyOfDemo(QStringLiteral("cancel-export.db"));
    qint64 campaignId = 0;
    {
        auto store = Store::open(db);
        QVERIFY(store);
        Result<ReviewCampaign> c = ReviewRepository((*store)->database()).create(cliEquivalent());
        QVERIFY(c);
        campaignId = c->id;
    }
    ReviewJob job;
    QSignalSpy finished(&job, &ReviewJob::finished);
    QSignalSpy failed(&job, &ReviewJob::failed);
    QStringList stages;
    // Cancel once the PDF is being written: the other files are already in the temporary folder.
    connect(
        &job, &ReviewJob::progress, this,
        [&](int, int, const QString &stage) {
            if (stages.isEmpty() || stages.last() != stage)
                stages << stage;
            if (stage.contains(QLatin1String("campaign.pdf")))
                job.cancel();
        },
        Qt::DirectConnection);

    const QString fresh = m_dir.filePath(QStringLiteral("packs/fresh"));
    QVERIFY(job.startExport(db, campaignId, fresh));
    job.waitForFinished();
    QVERIFY(!failed.isEmpty());
    QCOMPARE(failed.first().at(0).value<Error>().kind, Error::Kind::Cancelled);
    QVERIFY2(stages.size() >= 3, qPrintable(stages.join(QLatin1String(" | "))));
    QVERIFY(!QFileInfo::exists(fresh));
    // No temporary folder is left beside it either.
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("packs")))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());

    // An earlier pack in the folder stays whole when a new export into it is cancelled.
    const QString existing = m_dir.filePath(QStringLiteral("packs/existing"));
    {
        auto store = Store::open(db);
        QVERIFY(store);
        QVERIFY(EvidencePack::write((*store)->database(), campaignId, existing));
        QVERIFY(ReviewRepository((*store)->database())
                    .decideRecommended(campaignId, ReviewDecision::Revoke, QString(), QStringLiteral("bob")));
    }
    const QByteArray manifest = readAll(QDir(existing).filePath(QStringLiteral("manifest.json")));
    const QByteArray decisions = readAll(QDir(existing).filePath(QStringLiteral("decisions.json")));
    QVERIFY(job.startExport(db, campaignId, existing));
    job.waitForFinished();
    QVERIFY(!failed.isEmpty());
    QCOMPARE(failed.size(), 2);
    QCOMPARE(readAll(QDir(existing).filePath(QStringLiteral("manifest.json"))), manifest);
    QCOMPARE(readAll(QDir(existing).filePath(QStringLiteral("decisions.json"))), decisions);
    QVERIFY(EvidencePack::verify(existing).intact);
    QCOMPARE(QDir(m_dir.filePath(QStringLiteral("packs")))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("existing")});

    // Not cancelled, the new decisions replace the old pack's files.
    disconnect(&job, &ReviewJob::progress, this, nullptr);
    QVERIFY(job.startExport(db, campaignId, existing));
    job.waitForFinished();
    QVERIFY(!finished.isEmpty());
    QVERIFY(finished.last().at(0).value<ReviewJobOutcome>().verification.intact);
    QVERIFY(readAll(QDir(existing).filePath(QStringLiteral("decisions.json"))) != decisions);
}

void TestReviewJob::failedExportSaysWhy()
{
    const QString db = copyOfDemo(QStringLiteral("failed-export.db"));
    ReviewJob job;
    QSignalSpy failed(&job, &ReviewJob::failed);
    // A campaign that does not exist.
    QVERIFY(job.startExport(db, 42, m_dir.filePath(QStringLiteral("nope"))));
    job.waitForFinished();
    QVERIFY(!failed.isEmpty());
    QCOMPARE(failed.last().at(0).value<Error>().kind, Error::Kind::NotFound);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nope"))));
    // A folder that cannot be made: under a file.
    const QString file = m_dir.filePath(QStringLiteral("a-file"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    auto store = Store::open(db);
    QVERIFY(store);
    Result<ReviewCampaign> c = ReviewRepository((*store)->database()).create(cliEquivalent());
    QVERIFY(c);
    QVERIFY(job.startExport(db, c->id, file + QStringLiteral("/pack")));
    job.waitForFinished();
    QVERIFY(!failed.isEmpty());
    const Error error = failed.last().at(0).value<Error>();
    QCOMPARE(error.kind, Error::Kind::Io);
    QVERIFY2(error.message.contains(file), qPrintable(error.message));
    // A database that is not there.
    QVERIFY(job.startCreate(m_dir.filePath(QStringLiteral("missing.db")), cliEquivalent()));
    job.waitForFinished();
    QVERIFY(!failed.isEmpty());
    QVERIFY(failed.last().at(0).value<Error>().message.contains(QLatin1String("does not exist")));
}

QTEST_MAIN(TestReviewJob)
#include "tst_reviewjob.moc"
