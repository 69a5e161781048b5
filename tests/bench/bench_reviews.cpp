// An access review over every pipeline role of the `large` scenario (100,000 people, 800,000 memberships,
// 200,000 jobs): campaign creation, one decision as a keystroke makes it (repository write + model row
// update), and the evidence pack, with the targets of the access-review issue. Run by ./bench.sh reviews.
// Usage: bench_reviews [DATABASE]   (without one, the large scenario is written to a temporary database
// first)
#include "benchresult.h"
#include "evidencepack.h"
#include "reviewitemmodel.h"
#include "reviewrepository.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Scimflow;

namespace {

// CPU time of this process: on a machine shared with builds the wall clock says as much about the others.
double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("large.db"));
    Timestamp anchor = currentTimestamp();
    QElapsedTimer t;
    if (argc <= 1) {
        t.start();
        auto store = Store::open(path);
        if (!store ||
            !ScenarioImporter::write(**store, ScenarioGenerator::generate(ScenarioSpec::large(), anchor)))
            return 1;
        out << "large scenario written in " << t.elapsed() << " ms\n";
        out.flush();
    }
    auto opened = Store::open(path);
    if (!opened)
        return 1;
    std::unique_ptr<Store> store = std::move(*opened);
    // The review period ends at the scenario's "now", so that a cached database measures the same items.
    bool anchored = false;
    if (const Timestamp a = store->metaValue(QStringLiteral("scenario.anchor")).toLongLong(&anchored);
        anchored)
        anchor = a;
    ReviewRepository repo(store->database());
    ReviewCampaign spec;
    spec.name = QStringLiteral("bench");
    spec.periodTo = anchor;
    spec.periodFrom = anchor - 90 * kMsPerDay;
    spec.scope.serviceAccounts = true;
    spec.reviewers = {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
    t.start();
    double cpu = cpuSeconds();
    Result<ReviewCampaign> c = repo.create(spec);
    if (!c) {
        out << c.error().message << '\n';
        return 1;
    }
    const qint64 createMs = t.elapsed();
    out << "campaign over every pipeline role: " << c->items << " items generated in " << createMs << " ms, "
        << QString::number(cpuSeconds() - cpu, 'f', 1) << " s CPU (target < 5000 ms)\n";
    Bench::result(out, QStringLiteral("reviews.create_large"), createMs / 1000.0, QStringLiteral("s"),
                  QStringLiteral("<="), 5, QStringLiteral("%1 items").arg(c->items));

    t.start();
    Result<QList<ReviewItem>> items = repo.items(c->id);
    if (!items)
        return 1;
    ReviewItemModel model;
    model.setCampaign(*c, *items);
    out << "items loaded into the model in " << t.elapsed() << " ms\n";

    // One decision as K/R makes it: the write, the re-read of the item and the model row update.
    QList<qint64> samples;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer k;
        k.start();
        const ReviewItem &it = items->at((i * 7919) % items->size());
        const ReviewDecision d = it.recommendation;
        if (!repo.decide(c->id, {it.id}, d, QStringLiteral("bench"), QStringLiteral("alice")))
            return 1;
        model.updateItems({*repo.item(it.id)});
        samples << k.nsecsElapsed() / 1000;
    }
    std::sort(samples.begin(), samples.end());
    out << "decision keystroke: median " << samples[samples.size() / 2] / 1000.0 << " ms, max "
        << samples.last() / 1000.0 << " ms (target < 50)\n";
    Bench::result(
        out, QStringLiteral("reviews.decide_keystroke_max"), samples.last() / 1000.0, QStringLiteral("ms"),
        QStringLiteral("<="), 50,
        QStringLiteral("write, re-read, model row; median %1").arg(samples[samples.size() / 2] / 1000.0));

    t.start();
    if (!repo.decideRecommended(c->id, ReviewDecision::Revoke, QString(), QStringLiteral("bob")))
        return 1;
    out << "bulk revoke of the recommended revocations in " << t.elapsed() << " ms\n";

    t.start();
    cpu = cpuSeconds();
    const QString pack = dir.filePath(QStringLiteral("pack"));
    if (Status s = EvidencePack::write(store->database(), c->id, pack); !s) {
        out << s.error().message << '\n';
        return 1;
    }
    const qint64 packMs = t.elapsed();
    out << "evidence pack written in " << packMs << " ms, " << QString::number(cpuSeconds() - cpu, 'f', 1)
        << " s CPU (target < 30000 ms); campaign.pdf "
        << QFile(pack + QStringLiteral("/campaign.pdf")).size() / 1024 << " KiB\n";
    Bench::result(out, QStringLiteral("reviews.pack_large"), packMs / 1000.0, QStringLiteral("s"),
                  QStringLiteral("<="), 30);
    t.start();
    const EvidencePackVerification v = EvidencePack::verify(pack);
    out << "verified (" << (v.intact ? "intact" : "BROKEN") << ") in " << t.elapsed() << " ms\n";
    return 0;
}
