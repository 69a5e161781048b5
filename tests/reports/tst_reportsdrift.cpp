#include "driftanalyzer.h"
#include "reportbuilder.h"
#include "reportfixture.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QSet>
#include <QTest>

using namespace Scimflow;
using namespace ReportTests;

/// The access review over findings as the drift analyzer stores them: exactly the planted drift, each
/// against the identity a reviewer has to act on.
class TestReportsDrift : public QObject
{
    Q_OBJECT

private slots:
    void accessReviewShowsThePlantedDriftOnItsIdentities()
    {
        auto store = Store::open(QStringLiteral(":memory:"));
        QVERIFY(store);
        const Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        QVERIFY(ScenarioImporter::write(**store, scenario));
        DriftSettings settings;
        settings.now = kAnchor;
        DriftAnalyzer analyzer(**store, settings);
        Result<FindingChanges> changes = analyzer.recompute();
        QVERIFY2(changes, qPrintable(changes ? QString() : changes.error().message));

        // A job's drift belongs to the person who launched it (Dana also runs her stream as herself).
        QSet<QString> expected;
        for (const PlantedDrift &p : scenario.planted) {
            if (p.subjectKind != QLatin1String("job")) {
                expected.insert(p.subject);
                continue;
            }
            for (const Job &j : scenario.jobs) {
                if (j.externalId == p.subject)
                    expected.insert(j.launcher);
            }
        }
        QCOMPARE(expected.size(), 6);

        ReportOptions options;
        options.kind = ReportKind::AccessReview;
        options.from = kAnchor - 14 * kMsPerDay;
        options.to = kAnchor + kMsPerHour;
        options.generatedAt = kAnchor;
        Result<ReportDocument> doc = ReportBuilder::build(**store, options);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message));
        QSet<QString> withFindings;
        for (const QStringList &row : doc->tables.first().rows) {
            if (!row.last().isEmpty())
                withFindings.insert(row.first());
        }
        QCOMPARE(withFindings, expected);
        QCOMPARE(doc->countValue(QStringLiteral("findings")), 6);
        double charted = 0;
        for (double v : doc->charts[1].values)
            charted += v;
        QCOMPARE(charted, 6.0);
    }
};

QTEST_MAIN(TestReportsDrift)
#include "tst_reportsdrift.moc"
