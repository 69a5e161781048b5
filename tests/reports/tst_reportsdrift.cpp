#include "driftanalyzer.h"
#include "evidenceitem.h"
#include "reportbuilder.h"
#include "reportfixture.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"
#include "teststore.h"

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
        auto store = Store::open(TestStore::scratch());
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

        // The evidence table: one row per evidence item, in the words the Findings view uses.
        QCOMPARE(doc->tables.size(), 2);
        const ReportTable &evidence = doc->tables[1];
        QCOMPARE(evidence.id, QStringLiteral("evidence"));
        QCOMPARE(evidence.columns.size(), 6);
        Result<QList<Finding>> stored = analyzer.repository().load();
        QVERIFY(stored);
        int expectedRows = 0;
        QSet<QString> expectedWhat;
        for (const Finding &f : *stored) {
            for (const EvidenceItem &item : EvidenceItem::fromEvidence(f.evidence)) {
                ++expectedRows;
                expectedWhat.insert(item.what);
            }
        }
        QVERIFY(expectedRows > 6);
        QCOMPARE(evidence.rows.size(), expectedRows);
        bool danaLeft = false;
        for (const QStringList &row : evidence.rows) {
            QCOMPARE(row.size(), 6);
            QVERIFY2(expectedWhat.contains(row[3]), qPrintable(row[3]));
            QVERIFY(!row[3].startsWith(QLatin1Char('{'))); // text, not JSON
            danaLeft |=
                row[2] == QLatin1String("dana.whitfield@example.com") && row[3].contains("deprovisioned");
        }
        QVERIFY(danaLeft);
    }
};

QTEST_MAIN(TestReportsDrift)
#include "tst_reportsdrift.moc"
