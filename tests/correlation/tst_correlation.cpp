#include "jobrepository.h"
#include "jobswriter.h"
#include "pipelinefileimporter.h"
#include "principalresolver.h"
#include "rbacmapping.h"
#include "rbacmappingrepository.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;

qint64 scalar(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        qFatal("query failed: %s", qPrintable(sql));
    return q.value(0).toLongLong();
}

QString text(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

std::unique_ptr<Store> demoStore(Scenario *scenarioOut = nullptr)
{
    auto store = Store::open(QStringLiteral(":memory:"));
    if (!store)
        qFatal("cannot open store");
    const Scenario s = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
    if (!ScenarioImporter::write(**store, s))
        qFatal("cannot import scenario");
    if (scenarioOut)
        *scenarioOut = s;
    return std::move(*store);
}

Job job(const QString &id, const QString &launcher, const QString &runAs)
{
    Job j;
    j.source = QStringLiteral("dataflow");
    j.externalId = id;
    j.name = QStringLiteral("job-") + id;
    j.state = Job::State::Running;
    j.rawState = QStringLiteral("JOB_STATE_RUNNING");
    j.launcher = launcher;
    j.runAs = runAs;
    j.startTime = kAnchor - kMsPerHour;
    j.labels.insert(QStringLiteral("team"), QStringLiteral("x"));
    return j;
}

const char *const kYamlMapping = R"(# RBAC mapping, indented form
version: 1
groups:
  data-platform-admins: [dataflow.admin]
  etl-operators:
    - dataflow.developer
    - "dataflow.worker"
serviceAccounts:
  - email: etl-nightly@scimflow-demo.iam.gserviceaccount.com
    owner: etl-operators
    role: dataflow.worker
  - email: legacy@scimflow-demo.iam.gserviceaccount.com   # nobody owns it
    role: dataflow.worker
privilegedGroups: [data-platform-admins]
aliases:
  dana-w: dana.whitfield@example.com
)";

} // namespace

class TestCorrelation : public QObject
{
    Q_OBJECT

private slots:
    void resolverKeys()
    {
        PrincipalResolver r;
        r.addUser(1, QStringLiteral("Dana.Whitfield@example.com"),
                  {QStringLiteral("dana@acme.example"), QStringLiteral("d.whitfield@old.example")},
                  QStringLiteral("00uDANA"), false);
        r.addUser(2, QStringLiteral("tom@acme.example"), {}, QString(), true);
        r.addUser(3, QStringLiteral("tom@acme.example"), {}, QString(), false); // re-hired: the live row wins
        r.addUser(4, QStringLiteral("tom@acme.example"), {}, QString(), true); // a later deleted row does not
        r.addServiceAccount(10, QStringLiteral("ETL@p.iam.gserviceaccount.com"));
        r.setAliases({{QStringLiteral("dana-gh"), QStringLiteral("dana.whitfield@example.com")}});

        QCOMPARE(r.userFor(QStringLiteral("dana.whitfield@EXAMPLE.com")), 1);
        QCOMPARE(r.userFor(QStringLiteral("D.Whitfield@old.example")), 1);
        QCOMPARE(r.userFor(QStringLiteral("user:dana@acme.example")), 1);
        QCOMPARE(r.userFor(QStringLiteral("00udana")), 1);
        QCOMPARE(r.userFor(QStringLiteral("Dana-GH")), 1);
        QCOMPARE(r.userFor(QStringLiteral("tom@acme.example")), 3);
        QCOMPARE(r.userFor(QStringLiteral("nobody@acme.example")), 0);
        QCOMPARE(r.userFor(QString()), 0);
        QCOMPARE(r.serviceAccountFor(QStringLiteral("serviceAccount:etl@p.iam.gserviceaccount.com")), 10);

        CorrelationKeys keys;
        keys.externalId = false;
        keys.aliases = false;
        keys.email = false;
        PrincipalResolver strict(keys);
        strict.addUser(1, QStringLiteral("dana"), {QStringLiteral("dana@acme.example")},
                       QStringLiteral("00u1"), false);
        strict.setAliases({{QStringLiteral("dana-gh"), QStringLiteral("dana")}});
        QCOMPARE(strict.userFor(QStringLiteral("DANA")), 1);
        QCOMPARE(strict.userFor(QStringLiteral("00u1")), 0);
        QCOMPARE(strict.userFor(QStringLiteral("dana@acme.example")), 0);
        QCOMPARE(strict.userFor(QStringLiteral("dana-gh")), 0);
    }

    void scenarioMappingParsesAndRoundTrips()
    {
        const Scenario s = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        const RbacMappingParseResult r = RbacMappingParser::parse(QString::fromUtf8(s.rbacMappingJson()));
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.mapping.groupRoles, s.groupRoles);
        QCOMPARE(r.mapping.serviceAccounts.size(), s.serviceAccounts.size());
        QCOMPARE(r.mapping.privilegedGroups, s.privilegedGroups);
        QCOMPARE(r.mapping.aliases, s.principalAliases);
        QVERIFY(r.mapping.serviceAccounts.first().line > 1);
        const RbacMappingParseResult again = RbacMappingParser::parse(QString::fromUtf8(r.mapping.toJson()));
        QVERIFY(again.ok());
        QCOMPARE(again.mapping.toJson(), r.mapping.toJson());
    }

    void yamlFormEqualsJson()
    {
        const RbacMappingParseResult y = RbacMappingParser::parse(QString::fromUtf8(kYamlMapping));
        QVERIFY2(y.ok(), qPrintable(y.errorText()));
        QCOMPARE(y.mapping.groupRoles.value(QStringLiteral("etl-operators")),
                 QStringList({QStringLiteral("dataflow.developer"), QStringLiteral("dataflow.worker")}));
        QCOMPARE(y.mapping.serviceAccounts.size(), 2);
        QCOMPARE(y.mapping.serviceAccounts[0].owner, QStringLiteral("etl-operators"));
        QCOMPARE(y.mapping.serviceAccounts[0].line, 9);
        QVERIFY(y.mapping.serviceAccounts[1].owner.isEmpty());
        QCOMPARE(y.mapping.privilegedGroups, QStringList{QStringLiteral("data-platform-admins")});
        QCOMPARE(y.mapping.aliases.value(QStringLiteral("dana-w")),
                 QStringLiteral("dana.whitfield@example.com"));
        const RbacMappingParseResult j = RbacMappingParser::parse(QString::fromUtf8(y.mapping.toJson()));
        QVERIFY(j.ok());
        QCOMPARE(j.mapping.toJson(), y.mapping.toJson());
    }

    void parseErrorsNameTheLine_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("needle");
        const QString ok =
            QStringLiteral("{\n \"version\": 1,\n \"groups\": {},\n \"serviceAccounts\": []\n}");
        // A trailing comma is valid in YAML's flow style: what is missing is reported.
        QTest::newRow("trailing comma") << QStringLiteral("{\n \"version\": 1,\n \"groups\": {},\n}") << 1
                                        << QStringLiteral("\"serviceAccounts\" is missing");
        QTest::newRow("unclosed") << QStringLiteral("{\n \"version\": 1,\n \"groups\": {\n") << 4
                                  << QStringLiteral("not valid YAML: end of map flow not found");
        QTest::newRow("unknown key") << QString(ok).replace(QStringLiteral("\"groups\""),
                                                            QStringLiteral("\"grops\""))
                                     << 3 << QStringLiteral("unknown key \"grops\"");
        QTest::newRow("bad version") << QString(ok).replace(QStringLiteral("1,"), QStringLiteral("2,")) << 2
                                     << QStringLiteral("\"version\" must be 1");
        QTest::newRow("roles not a list")
            << QString(ok).replace(QStringLiteral("{},"), QStringLiteral("{\"admins\": \"dataflow.admin\"},"))
            << 3 << QStringLiteral("list of names");
        QTest::newRow("bad role name")
            << QString(ok).replace(QStringLiteral("{},"), QStringLiteral("{\"admins\": [\"data flow\"]},"))
            << 3 << QStringLiteral("not a role name");
        QTest::newRow("duplicate key") << QStringLiteral("{\n \"version\": 1,\n \"version\": 1}") << 3
                                       << QStringLiteral("appears twice");
        QTest::newRow("account without email")
            << QString(ok).replace(QStringLiteral("[]"), QStringLiteral("[\n  {\"role\": \"x\"}\n ]")) << 5
            << QStringLiteral("no \"email\"");
        QTest::newRow("account listed twice")
            << QString(ok).replace(QStringLiteral("[]"),
                                   QStringLiteral("[\n  {\"email\": \"a@x\"},\n  {\"email\": \"A@x\"}\n ]"))
            << 6 << QStringLiteral("listed twice");
        QTest::newRow("email wrong type")
            << QString(ok).replace(QStringLiteral("[]"), QStringLiteral("[\n  {\"email\": 5}\n ]")) << 5
            << QStringLiteral("must be a string");
        QTest::newRow("missing groups") << QStringLiteral("{\"version\": 1, \"serviceAccounts\": []}") << 1
                                        << QStringLiteral("\"groups\" is missing");
        QTest::newRow("too deep") << QStringLiteral("{\"version\": 1, \"groups\": ") +
                                         QString(40, QLatin1Char('['))
                                  << 1 << QStringLiteral("deeper");
        QTest::newRow("yaml bad indent") << QStringLiteral("version: 1\ngroups:\n  a: [x]\n    b: [y]\n") << 4
                                         << QStringLiteral("not valid YAML");
        QTest::newRow("yaml no colon") << QStringLiteral("version: 1\ngroups\n") << 2
                                       << QStringLiteral("\"groups\" must map group names");
        QTest::newRow("yaml tab") << QStringLiteral("version: 1\ngroups:\n\ta: [x]\n") << 3
                                  << QStringLiteral("not valid YAML");
        QTest::newRow("yaml alias") << QStringLiteral("version: &v 1\ngroups: *v\n") << 2
                                    << QStringLiteral("aliases");
        QTest::newRow("yaml two documents") << QStringLiteral("version: 1\n---\nversion: 1\n") << 2
                                            << QStringLiteral("more than one YAML document");
        QTest::newRow("yaml duplicate key")
            << QStringLiteral("version: 1\ngroups: {}\nversion: 1\n") << 3 << QStringLiteral("appears twice");
        QTest::newRow("yaml unknown tag")
            << QStringLiteral("version: !custom 1\n") << 1 << QStringLiteral("not supported");
    }

    void yamlScalarsFollowTheSpec()
    {
        // Commas inside quotes stay in the item; quoted scalars are unescaped.
        const QString content = QStringLiteral("version: 1\n"
                                               "groups:\n"
                                               "  \"ops, EU\": [\"dataflow.admin\", 'dataflow.viewer']\n"
                                               "serviceAccounts: []\n"
                                               "privilegedGroups: [\"ops, EU\", 'it''s']\n"
                                               "aliases:\n"
                                               "  \"dana\\\"w\": \"dan\\u00e9@example.com\"\n");
        const RbacMappingParseResult r = RbacMappingParser::parse(content);
        QVERIFY2(r.ok(), qPrintable(r.errorText()));
        QCOMPARE(r.mapping.privilegedGroups,
                 QStringList({QStringLiteral("ops, EU"), QStringLiteral("it's")}));
        QCOMPARE(r.mapping.groupRoles.value(QStringLiteral("ops, EU")),
                 QStringList({QStringLiteral("dataflow.admin"), QStringLiteral("dataflow.viewer")}));
        QCOMPARE(r.mapping.aliases.value(QStringLiteral("dana\"w")),
                 QString::fromUtf8("dan\u00e9@example.com"));
    }

    void numbersAreReadAsYamlReadsThem_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("valid");
        QTest::newRow("1") << QStringLiteral("1") << true;
        QTest::newRow("+1") << QStringLiteral("+1") << true;
        QTest::newRow("01") << QStringLiteral("01") << true;
        QTest::newRow("1.") << QStringLiteral("1.") << true;
        QTest::newRow("1.0e0") << QStringLiteral("1.0e0") << true;
        QTest::newRow("0x1") << QStringLiteral("0x1") << true;
        QTest::newRow("quoted") << QStringLiteral("\"1\"") << false;
        QTest::newRow("1.5") << QStringLiteral("1.5") << false;
        QTest::newRow("-1") << QStringLiteral("-1") << false;
        QTest::newRow("1a") << QStringLiteral("1a") << false;
        QTest::newRow("true") << QStringLiteral("true") << false;
    }

    void numbersAreReadAsYamlReadsThem()
    {
        QFETCH(QString, version);
        QFETCH(bool, valid);
        // The same in the block style and in JSON, which one parser reads.
        for (const QString &content :
             {QStringLiteral("version: %1\ngroups: {}\nserviceAccounts: []\n").arg(version),
              QStringLiteral("{\"version\": %1, \"groups\": {}, \"serviceAccounts\": []}").arg(version)}) {
            const RbacMappingParseResult r = RbacMappingParser::parse(content);
            QVERIFY2(r.ok() == valid, qPrintable(content + QLatin1Char('\n') + r.errorText()));
            if (!valid)
                QVERIFY2(r.errorText().contains(QLatin1String("line 1")) &&
                             r.errorText().contains(QLatin1String("\"version\" must be 1")),
                         qPrintable(r.errorText()));
        }
    }

    void matchKeysAndOpenLineagePathsComeFromTheMapping()
    {
        const QString content =
            QString::fromUtf8(kYamlMapping) + QStringLiteral("matchBy: [email, aliases]\n"
                                                             "openLineage:\n"
                                                             "  principalPaths: [run.facets.launcher.user]\n"
                                                             "  namespaces:\n"
                                                             "    spark-batch: tom.becker@example.com\n");
        const RbacMappingParseResult parsed = RbacMappingParser::parse(content);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
        QCOMPARE(parsed.mapping.matchBy, QStringList({"email", "aliases"}));
        QCOMPARE(parsed.mapping.openLineage.principalPaths, QStringList{"run.facets.launcher.user"});
        QCOMPARE(parsed.mapping.openLineage.namespacePrincipals.value("spark-batch"),
                 "tom.becker@example.com");
        // The canonical JSON keeps both sections.
        const RbacMappingParseResult again =
            RbacMappingParser::parse(QString::fromUtf8(parsed.mapping.toJson()));
        QVERIFY2(again.ok(), qPrintable(again.errorText()));
        QCOMPARE(again.mapping.matchBy, parsed.mapping.matchBy);
        QCOMPARE(again.mapping.openLineage.namespacePrincipals,
                 parsed.mapping.openLineage.namespacePrincipals);

        auto store = demoStore();
        const QString danaExternalId = text(
            *store, QStringLiteral("SELECT external_id FROM users WHERE user_name LIKE 'dana.whitfield@%'"));
        QVERIFY(!danaExternalId.isEmpty());
        // Every key by default: the externalId matches Dana.
        Result<JobSyncSummary> before = JobsWriter(*store).write(
            QStringLiteral("dataflow"), {job(QStringLiteral("m1"), danaExternalId, {})}, {});
        QVERIFY(before.ok());
        QCOMPARE(before->launcherMatched, 1);
        // With "matchBy: [email, aliases]" the externalId no longer does.
        QVERIFY(RbacMappingRepository::save(*store, content, QStringLiteral("alice")).ok());
        Result<JobSyncSummary> after = JobsWriter(*store).write(
            QStringLiteral("dataflow"), {job(QStringLiteral("m2"), danaExternalId, {})}, {});
        QVERIFY(after.ok());
        QCOMPARE(after->launcherMatched, 0);
        QCOMPARE(after->unmatched, 1);

        // A file import without options reads the principal where the mapping says: Tom from the namespace.
        Result<JobSyncSummary> lineage = PipelineFileImporter(*store).importOpenLineage(
            QStringLiteral(SCIMFLOW_PIPELINE_FIXTURES "/openlineage.ndjson"));
        QVERIFY2(lineage.ok(), qPrintable(lineage.ok() ? QString() : lineage.error().message));
        QCOMPARE(lineage->launcherMatched, 1);
    }

    void mappingSectionErrors_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<QString>("needle");
        QTest::newRow("unknown match key")
            << QStringLiteral("matchBy: [email, phone]\n") << QStringLiteral("\"phone\" cannot be matched");
        QTest::newRow("empty match list") << QStringLiteral("matchBy: []\n") << QStringLiteral("is empty");
        QTest::newRow("openLineage not an object")
            << QStringLiteral("openLineage: [x]\n") << QStringLiteral("must be an object");
        QTest::newRow("unknown openLineage key")
            << QStringLiteral("openLineage:\n  owners: [x]\n") << QStringLiteral("unknown key \"owners\"");
        QTest::newRow("namespace without principal")
            << QStringLiteral("openLineage:\n  namespaces:\n    spark: \"\"\n")
            << QStringLiteral("must name a principal");
    }

    void mappingSectionErrors()
    {
        QFETCH(QString, extra);
        QFETCH(QString, needle);
        const RbacMappingParseResult r = RbacMappingParser::parse(QString::fromUtf8(kYamlMapping) + extra);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorText().contains(needle), qPrintable(r.errorText()));
    }

    void parseErrorsNameTheLine()
    {
        QFETCH(QString, content);
        QFETCH(int, line);
        QFETCH(QString, needle);
        const RbacMappingParseResult r = RbacMappingParser::parse(content);
        QVERIFY(!r.ok());
        bool found = false;
        for (const TextIssue &e : r.errors)
            found = found || (e.line == line && e.message.contains(needle));
        QVERIFY2(found, qPrintable(r.errorText()));
    }

    void repositoryVersionsAndApplies()
    {
        auto store = demoStore();
        Result<StoredRbacMapping> first = RbacMappingRepository::current(*store);
        QVERIFY(first.ok());
        QCOMPARE(first->version, 1); // written by the scenario import
        QVERIFY(first->errors.isEmpty());
        const qint64 accountsBefore = store->count(QStringLiteral("service_accounts"));

        // Invalid: nothing changes.
        Result<RbacApplyReport> bad =
            RbacMappingRepository::save(*store, QStringLiteral("{\"version\": 1,"), QStringLiteral("alice"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::InvalidInput);
        QVERIFY(bad.error().message.contains(QStringLiteral("line 1")));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM rbac_mappings")), 1);

        Result<RbacApplyReport> saved =
            RbacMappingRepository::save(*store, QString::fromUtf8(kYamlMapping), QStringLiteral("alice"));
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QCOMPARE(saved->version, 2);
        QVERIFY(!saved->unchanged);
        QCOMPARE(saved->groupRoles, 3);
        QCOMPARE(saved->serviceAccounts, 2);
        QVERIFY(saved->warnings.isEmpty());
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM group_roles")), 3);
        QCOMPARE(text(*store, QStringLiteral("SELECT expected_role FROM service_accounts WHERE email = "
                                             "'etl-nightly@scimflow-demo.iam.gserviceaccount.com'")),
                 QStringLiteral("dataflow.worker"));
        QCOMPARE(text(*store, QStringLiteral("SELECT g.display_name FROM service_accounts s JOIN groups g ON "
                                             "g.id = s.owner_group_id WHERE s.email LIKE 'etl-nightly@%'")),
                 QStringLiteral("etl-operators"));
        // Accounts the new mapping does not list lose owner and role; the new one is added.
        QCOMPARE(
            scalar(*store, QStringLiteral("SELECT COUNT(*) FROM service_accounts WHERE owner_group_id IS "
                                          "NOT NULL")),
            1);
        QCOMPARE(store->count(QStringLiteral("service_accounts")), accountsBefore + 1);
        // The GitHub aliases are gone in version 2: GitHub jobs lose their user links.
        QVERIFY(saved->jobsRelinked > 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE source = 'github' AND "
                                               "launcher_user_id IS NOT NULL")),
                 0);

        Result<RbacApplyReport> same =
            RbacMappingRepository::save(*store, QString::fromUtf8(kYamlMapping), QStringLiteral("bob"));
        QVERIFY(same.ok());
        QVERIFY(same->unchanged);
        QCOMPARE(same->version, 2);

        QString withUnknown = QString::fromUtf8(kYamlMapping);
        withUnknown.replace(QStringLiteral("owner: etl-operators"), QStringLiteral("owner: no-such-team"));
        Result<RbacApplyReport> warned =
            RbacMappingRepository::save(*store, withUnknown, QStringLiteral("bob"));
        QVERIFY(warned.ok());
        QCOMPARE(warned->version, 3);
        QCOMPARE(warned->warnings.size(), 1);
        QVERIFY(warned->warnings[0].startsWith(QStringLiteral("Line 9")));

        Result<QList<StoredRbacMapping>> history = RbacMappingRepository::history(*store);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->first().version, 3);
        QCOMPARE(history->first().author, QStringLiteral("bob"));
        Result<StoredRbacMapping> v2 = RbacMappingRepository::version(*store, 2);
        QVERIFY(v2.ok());
        QCOMPARE(v2->content, QString::fromUtf8(kYamlMapping));
    }

    void jobsWriterUpsertsAndResolves()
    {
        auto store = demoStore();
        const qint64 jobsBefore = store->count(QStringLiteral("jobs"));
        JobsWriter writer(*store);
        const QString sa = QStringLiteral("etl-nightly@scimflow-demo.iam.gserviceaccount.com");
        QList<Job> jobs{
            job(QStringLiteral("a1"), QStringLiteral("Dana.Whitfield@example.com"), sa),
            job(QStringLiteral("a2"), QStringLiteral("ext.someone@elsewhere.example"), sa),
            job(QStringLiteral("a3"), QString(), QStringLiteral("unknown-sa@p.iam.gserviceaccount.com"))};
        ParseReport report;
        report.skip(QStringLiteral("job 4"), QStringLiteral("no id"), ParseLimits());
        Result<JobSyncSummary> first = writer.write(QStringLiteral("dataflow"), jobs, report);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(first->inserted, 3);
        QCOMPARE(first->updated, 0);
        QCOMPARE(first->launcherMatched, 1);
        QCOMPARE(first->runAsMatched, 2);
        QCOMPARE(first->unmatched, 2);
        QVERIFY(first->line().contains(QStringLiteral("1 records skipped")));
        QCOMPARE(store->count(QStringLiteral("jobs")), jobsBefore + 3);

        const QString danaId =
            text(*store, QStringLiteral("SELECT id FROM users WHERE user_name LIKE 'dana.whitfield@%'"));
        QCOMPARE(text(*store, QStringLiteral("SELECT launcher_user_id FROM jobs WHERE external_id = 'a1'")),
                 danaId);
        QVERIFY(text(*store, QStringLiteral("SELECT run_as_sa_id FROM jobs WHERE external_id = 'a1'")) !=
                QString());
        // Unmatched principals keep their text with null links.
        QCOMPARE(text(*store, QStringLiteral("SELECT launcher FROM jobs WHERE external_id = 'a2'")),
                 QStringLiteral("ext.someone@elsewhere.example"));
        QCOMPARE(scalar(*store,
                        QStringLiteral("SELECT launcher_user_id IS NULL FROM jobs WHERE external_id = 'a2'")),
                 1);
        QCOMPARE(
            scalar(*store, QStringLiteral("SELECT run_as_sa_id IS NULL AND run_as_user_id IS NULL FROM jobs "
                                          "WHERE external_id = 'a3'")),
            1);
        const SyncRun run = store->lastSuccessfulRun(QStringLiteral("dataflow"));
        QCOMPARE(run.id, first->runId);
        QVERIFY(run.stats.contains(QStringLiteral("\"inserted\":3")));
        QVERIFY(run.message.contains(QStringLiteral("no id")));

        // Second sync: a1 finished, its page had no launcher (kept), a4 is new; a duplicate is skipped.
        Job done = job(QStringLiteral("a1"), QString(), sa);
        done.state = Job::State::Succeeded;
        done.endTime = kAnchor;
        Result<JobSyncSummary> second = writer.write(
            QStringLiteral("dataflow"),
            {done, job(QStringLiteral("a4"), QStringLiteral("dana-whitfield"), sa), done}, ParseReport());
        QVERIFY(second.ok());
        QCOMPARE(second->updated, 1);
        QCOMPARE(second->inserted, 1);
        QCOMPARE(second->report.skipped, 1);
        QCOMPARE(text(*store,
                      QStringLiteral("SELECT state || ' ' || launcher FROM jobs WHERE external_id = 'a1'")),
                 QStringLiteral("succeeded Dana.Whitfield@example.com"));
        QCOMPARE(text(*store, QStringLiteral("SELECT launcher_user_id FROM jobs WHERE external_id = 'a1'")),
                 danaId);
        // The GitHub login alias from the scenario's mapping resolves too.
        QCOMPARE(text(*store, QStringLiteral("SELECT launcher_user_id FROM jobs WHERE external_id = 'a4'")),
                 danaId);
    }

    void jobsWriterFailureLeavesStoreUnchanged()
    {
        auto store = demoStore();
        JobsWriter writer(*store);
        QVERIFY(writer.write(QStringLiteral("dataflow"), {job(QStringLiteral("keep"), QString(), QString())},
                             ParseReport()));
        const qint64 before = store->count(QStringLiteral("jobs"));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(
            QStringLiteral("CREATE TEMP TRIGGER boom BEFORE INSERT ON jobs WHEN NEW.external_id = 'b3' "
                           "BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")));
        Job changed = job(QStringLiteral("keep"), QStringLiteral("x@y"), QString());
        changed.state = Job::State::Failed;
        Result<JobSyncSummary> r = writer.write(QStringLiteral("dataflow"),
                                                {changed, job(QStringLiteral("b2"), QString(), QString()),
                                                 job(QStringLiteral("b3"), QString(), QString())},
                                                ParseReport());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Database);
        QCOMPARE(store->count(QStringLiteral("jobs")), before);
        QCOMPARE(text(*store, QStringLiteral("SELECT state FROM jobs WHERE external_id = 'keep'")),
                 QStringLiteral("running"));
        QCOMPARE(text(*store, QStringLiteral("SELECT status FROM sync_runs ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("failed"));
        QVERIFY(writer.recordFailure(QStringLiteral("github"),
                                     Error::make(Error::Kind::Timeout, QStringLiteral("slow"))));
        QCOMPARE(text(*store, QStringLiteral(
                                  "SELECT source || ' ' || status || ' ' || message FROM sync_runs ORDER BY "
                                  "id DESC LIMIT 1")),
                 QStringLiteral("github failed slow"));
    }

    void labelsAreStoredAsQJsonDocumentWritesThem()
    {
        QMap<QString, QString> labels;
        QCOMPARE(JobRepository::labelsJson(labels), QStringLiteral("{}"));
        labels.insert(QStringLiteral("team"), QStringLiteral("data-platform"));
        labels.insert(QStringLiteral("quote\"back\\slash"), QStringLiteral("tab\tnew\nline\r\b\f"));
        labels.insert(QStringLiteral("ctl"), QString(QChar(0x01)) + QChar(0x1f) + QChar(0x7f));
        labels.insert(QStringLiteral("umlaut-\u00e4"), QStringLiteral("\u20ac \U0001F600 /slash"));
        QJsonObject o;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            o.insert(it.key(), it.value());
        const QString written = JobRepository::labelsJson(labels);
        QCOMPARE(written, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        QCOMPARE(QJsonDocument::fromJson(written.toUtf8()).object(), o);
    }

    void aSessionWritesPagesInOneTransaction()
    {
        auto store = demoStore();
        const qint64 before = store->count(QStringLiteral("jobs"));
        const QString sa = QStringLiteral("etl-nightly@scimflow-demo.iam.gserviceaccount.com");

        // Pages go into one transaction: a source that fails after its second page leaves nothing behind, and
        // its run is marked failed with the fetch's reason.
        {
            Result<std::unique_ptr<JobsWriteSession>> session =
                JobsWriteSession::begin(*store, QStringLiteral("github"));
            QVERIFY(session.ok());
            QVERIFY((*session)->add({job(QStringLiteral("p1"), QString(), sa)}));
            QVERIFY((*session)->add({job(QStringLiteral("p2"), QString(), sa)}));
            const Error failed =
                (*session)->fail(Error::make(Error::Kind::Protocol, QStringLiteral("page 3")));
            QCOMPARE(failed.message, QStringLiteral("page 3"));
        }
        QCOMPARE(store->count(QStringLiteral("jobs")), before);
        QCOMPARE(text(*store, QStringLiteral(
                                  "SELECT source || ' ' || status || ' ' || message FROM sync_runs ORDER BY "
                                  "id DESC LIMIT 1")),
                 QStringLiteral("github failed page 3"));

        // A session dropped before its end is rolled back too.
        {
            Result<std::unique_ptr<JobsWriteSession>> session =
                JobsWriteSession::begin(*store, QStringLiteral("github"));
            QVERIFY(session.ok());
            QVERIFY((*session)->add({job(QStringLiteral("p1"), QString(), sa)}));
        }
        QCOMPARE(store->count(QStringLiteral("jobs")), before);
        QCOMPARE(text(*store, QStringLiteral("SELECT status FROM sync_runs ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("failed"));

        // Finished: every page is written; a job listed again on a later page is kept once and counted, with
        // what the fetch skipped.
        Result<std::unique_ptr<JobsWriteSession>> session =
            JobsWriteSession::begin(*store, QStringLiteral("github"));
        QVERIFY(session.ok());
        QVERIFY((*session)->add({job(QStringLiteral("p1"), QStringLiteral("Dana.Whitfield@example.com"), sa),
                                 job(QStringLiteral("p2"), QString(), sa)}));
        QVERIFY((*session)->add(
            {job(QStringLiteral("p2"), QString(), sa), job(QStringLiteral("p3"), QString(), sa)}));
        ParseReport fetched;
        fetched.skip(QStringLiteral("run 7"), QStringLiteral("no id"), ParseLimits());
        Result<JobSyncSummary> written = (*session)->finish(fetched);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(written->received, 3);
        QCOMPARE(written->inserted, 3);
        QCOMPARE(written->launcherMatched, 1);
        QCOMPARE(written->report.skipped, 2);
        QCOMPARE(store->count(QStringLiteral("jobs")), before + 3);
        QCOMPARE(store->lastSuccessfulRun(QStringLiteral("github")).id, written->runId);
    }

    void aFirstImportBuildsTheJobsIndexesAtTheEnd()
    {
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("first.db")));
        QVERIFY(opened.ok());
        Store &store = **opened;
        const QString indexes = QStringLiteral(
            "SELECT group_concat(name || ': ' || sql, '; ') FROM (SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = 'jobs' AND sql IS NOT NULL ORDER BY name)");
        const QString count = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                             "tbl_name = 'jobs' AND sql IS NOT NULL");
        const QString defined = text(store, indexes);
        QCOMPARE(text(store, count), QStringLiteral("5"));
        const QString sa = QStringLiteral("etl-nightly@scimflow-demo.iam.gserviceaccount.com");

        // Into the empty table they are dropped; a failed import's rollback brings them back.
        {
            Result<std::unique_ptr<JobsWriteSession>> session =
                JobsWriteSession::begin(store, QStringLiteral("github"));
            QVERIFY(session.ok());
            QCOMPARE(text(store, count), QStringLiteral("0"));
            QVERIFY((*session)->add({job(QStringLiteral("p1"), QString(), sa)}));
            (*session)->fail(Error::make(Error::Kind::Protocol, QStringLiteral("page 2")));
        }
        QCOMPARE(text(store, indexes), defined);

        // A finished one builds them from its rows, as they were defined.
        {
            Result<std::unique_ptr<JobsWriteSession>> session =
                JobsWriteSession::begin(store, QStringLiteral("github"));
            QVERIFY(session.ok());
            QVERIFY((*session)->add(
                {job(QStringLiteral("p1"), QString(), sa), job(QStringLiteral("p2"), QString(), sa)}));
            QVERIFY((*session)->finish(ParseReport()).ok());
        }
        QCOMPARE(text(store, indexes), defined);
        QCOMPARE(
            text(store,
                 QStringLiteral("SELECT count(*) FROM jobs INDEXED BY jobs_start_time WHERE start_time > 0")),
            QStringLiteral("2"));
        QCOMPARE(text(store, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));

        // Into a table with rows they stay.
        Result<std::unique_ptr<JobsWriteSession>> next =
            JobsWriteSession::begin(store, QStringLiteral("dataflow"));
        QVERIFY(next.ok());
        QCOMPARE(text(store, count), QStringLiteral("5"));
    }

    void fileImports()
    {
        auto store = demoStore();
        PipelineFileImporter importer(*store);
        OpenLineageOptions options;
        options.namespacePrincipals.insert(QStringLiteral("spark-batch"),
                                           QStringLiteral("tom.becker@example.com"));
        Result<JobSyncSummary> lineage = importer.importOpenLineage(
            QStringLiteral(SCIMFLOW_PIPELINE_FIXTURES "/openlineage.ndjson"), options);
        QVERIFY2(lineage.ok(), qPrintable(lineage.ok() ? QString() : lineage.error().message));
        QCOMPARE(lineage->inserted, 3);
        QCOMPARE(lineage->report.skipped, 3);
        // tom from the namespace mapping; the facet names dana.whitfield@acme.example, not the demo's dana.
        QCOMPARE(lineage->launcherMatched, 1);
        QCOMPARE(lineage->unmatched, 1);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE source = 'openlineage' AND "
                                               "launcher_user_id IS NOT NULL")),
                 1);

        // Audit export: launchers of stored Dataflow jobs; launches of jobs not stored are counted.
        JobsWriter writer(*store);
        QVERIFY(writer.write(QStringLiteral("dataflow"),
                             {job(QStringLiteral("2026-11-16_09_30_00-333"), QString(), QString())},
                             ParseReport()));
        Result<JobSyncSummary> audit =
            importer.importAuditLogExport(QStringLiteral(SCIMFLOW_PIPELINE_FIXTURES "/audit_export.json"));
        QVERIFY(audit.ok());
        QCOMPARE(audit->updated, 1);
        QCOMPARE(audit->launcherMatched, 0); // lena.fischer@acme.example is not the demo's lena
        QCOMPARE(text(*store, QStringLiteral(
                                  "SELECT launcher FROM jobs WHERE external_id = '2026-11-16_09_30_00-333'")),
                 QStringLiteral("lena.fischer@acme.example"));
        Result<JobSyncSummary> nd =
            importer.importAuditLogExport(QStringLiteral(SCIMFLOW_PIPELINE_FIXTURES "/audit_export.ndjson"));
        QVERIFY(nd.ok());
        QCOMPARE(nd->updated, 0);
        QCOMPARE(nd->report.skipped, 3 + 2); // three bad lines, two jobs not synced yet

        // Limits and missing files fail cleanly and leave the jobs as they were.
        const qint64 jobs = store->count(QStringLiteral("jobs"));
        ParseLimits tiny;
        tiny.maxBytes = 64;
        PipelineFileImporter strict(*store, tiny);
        Result<JobSyncSummary> big =
            strict.importOpenLineage(QStringLiteral(SCIMFLOW_PIPELINE_FIXTURES "/openlineage.ndjson"));
        QVERIFY(!big.ok());
        QCOMPARE(big.error().kind, Error::Kind::TooLarge);
        Result<JobSyncSummary> missing = importer.importOpenLineage(QStringLiteral("/nonexistent/x.ndjson"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::Io);
        QCOMPARE(store->count(QStringLiteral("jobs")), jobs);
        QCOMPARE(text(*store, QStringLiteral("SELECT status FROM sync_runs ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("failed"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rbac.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kYamlMapping);
        f.close();
        Result<RbacApplyReport> rbac = importer.importRbacMapping(path, QStringLiteral("cli"));
        QVERIFY(rbac.ok());
        QCOMPARE(rbac->version, 2);
    }
};

QTEST_GUILESS_MAIN(TestCorrelation)
#include "tst_correlation.moc"
