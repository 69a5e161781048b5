#include "demoloader.h"
#include "store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

/// The demo goes through the same network code as a real connection: the simulated IdP on 127.0.0.1, the SCIM
/// client and the sync job. What comes out must be exactly the planted drift.
class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncsTheSimulatedIdpAndFindsExactlyThePlantedDrift()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("demo.db");
        DemoLoader loader;
        QSignalSpy finished(&loader, &DemoLoader::finished);
        QSignalSpy failed(&loader, &DemoLoader::failed);
        QSignalSpy phases(&loader, &DemoLoader::phaseChanged);
        loader.start(path);
        QVERIFY(finished.wait(30000) || !failed.isEmpty());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QVERIFY(phases.size() >= 2);

        auto store = Store::open(path);
        QVERIFY(store.ok());
        QCOMPARE((*store)->count("users"), 60);
        QCOMPARE((*store)->count("groups"), 12);
        QCOMPARE((*store)->count("jobs"), 300);
        QCOMPARE((*store)->lastSuccessfulRun("okta").status, QStringLiteral("ok"));

        QSqlQuery q((*store)->database());
        QVERIFY(q.exec("SELECT rule, subject FROM findings WHERE resolved_at = 0 ORDER BY rule"));
        QStringList found;
        while (q.next())
            found << q.value(0).toString() + QLatin1Char(' ') +
                         q.value(1).toString().section(QLatin1Char(' '), 0, 0);
        QCOMPARE(found.size(), 12);
        const QStringList rules = {
            "credential-outlived-owner", "ghost-run",           "key-not-rotated",
            "non-expiring-key",          "orphaned-credential", "post-deprovisioning-start",
            "privileged-drift",          "provisioning-drift",  "provisioning-drift",
            "role-mapping-drift",        "unknown-principal",   "unused-service-account"};
        for (int i = 0; i < rules.size(); ++i)
            QVERIFY2(found[i].startsWith(rules[i]), qPrintable(found.join(", ")));
        QVERIFY(found.join(',').contains("priya.raman@example.com"));
        QVERIFY(found.join(',').contains("legacy-export@"));
        QVERIFY(found.join(',').contains("ext.contractor@partner-agency.example"));
        // The demo's SCIM target: the deactivation that never reached it, and its orphaned account.
        QVERIFY(found.contains("provisioning-drift dana.whitfield@example.com"));
        QVERIFY(found.contains("provisioning-drift aws:"));
        QVERIFY(q.exec("SELECT summary FROM findings WHERE rule = 'provisioning-drift' ORDER BY subject"));
        QStringList summaries;
        while (q.next())
            summaries << q.value(0).toString();
        QCOMPARE(summaries.size(), 2);
        QVERIFY2(summaries.join('\n').contains("SCIM target aws"), qPrintable(summaries.join('\n')));
        QVERIFY(summaries.join('\n').contains("old.admin@example.com"));
        QCOMPARE((*store)->count("target_users"), 61);

        QVERIFY(found.join(',').contains("unused-service-account bi-extract@"));

        // The credential inventory was read from the sandbox like a real connection's.
        QCOMPARE((*store)->lastSuccessfulRun("gcp-iam:scimflow-demo").status, QStringLiteral("ok"));
        QCOMPARE((*store)->lastSuccessfulRun("github-tokens:acme").status, QStringLiteral("ok"));
        QCOMPARE((*store)->count("credentials"), 52);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
