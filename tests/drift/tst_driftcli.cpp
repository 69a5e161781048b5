// The findings and audit commands, run as the real program.

#include "auditlog.h"
#include "store.h"
#include "teststore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run scimflow(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(SCIMFLOW_BINARY), arguments);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

const QString kAnchor = QStringLiteral("2026-11-20T12:00:00Z");

} // namespace

class TestDriftCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = TestStore::location(m_dir, QStringLiteral("demo.db"));
        const Run r = scimflow(
            {QStringLiteral("scenario"), QStringLiteral("--db"), m_db, QStringLiteral("--anchor"), kAnchor});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void findingsAsJsonAndCsv()
    {
        Run r = scimflow({QStringLiteral("findings"), QStringLiteral("--db"), m_db, QStringLiteral("--now"),
                          kAnchor, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(root.value("count").toInt(), 6);
        QStringList rules;
        for (const auto &v : root.value("findings").toArray()) {
            const QJsonObject f = v.toObject();
            rules << f.value("rule").toString();
            QVERIFY(!f.value("evidence").toArray().isEmpty());
            QVERIFY(!f.value("firstSeen").toString().isEmpty());
            QCOMPARE(f.value("fingerprint").toString().size(), 64);
        }
        rules.sort();
        QCOMPARE(rules, QStringList({"ghost-run", "orphaned-credential", "post-deprovisioning-start",
                                     "privileged-drift", "role-mapping-drift", "unknown-principal"}));

        r = scimflow({QStringLiteral("findings"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                      QStringLiteral("csv")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(
            r.out.startsWith("fingerprint,rule,severity,subject_kind,subject,summary,started_at,first_seen"));
        QCOMPARE(r.out.count("\r\n"), 7); // header and six rows, CRLF line ends

        r = scimflow({QStringLiteral("findings"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
                      QStringLiteral("xml")});
        QCOMPARE(r.exitCode, 2);
    }

    void acknowledgeWritesAnAuditNoteAndVerifyDetectsTampering()
    {
        Run r = scimflow({QStringLiteral("findings"), QStringLiteral("--db"), m_db,
                          QStringLiteral("--format"), QStringLiteral("json")});
        const QString fingerprint = QJsonDocument::fromJson(r.out)
                                        .object()
                                        .value("findings")
                                        .toArray()
                                        .first()
                                        .toObject()
                                        .value("fingerprint")
                                        .toString();
        r = scimflow({QStringLiteral("findings"), QStringLiteral("--db"), m_db,
                      QStringLiteral("--acknowledge"), fingerprint, QStringLiteral("--reason"),
                      QStringLiteral("stream migrates on Monday"), QStringLiteral("--until"),
                      QStringLiteral("2026-12-31T00:00:00Z")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = scimflow({QStringLiteral("findings"), QStringLiteral("--db"), m_db, QStringLiteral("--now"),
                      kAnchor, QStringLiteral("--format"), QStringLiteral("json")});
        const QJsonObject first =
            QJsonDocument::fromJson(r.out).object().value("findings").toArray().first().toObject();
        QCOMPARE(first.value("acknowledged").toObject().value("reason").toString(),
                 QStringLiteral("stream migrates on Monday"));
        QVERIFY(!QJsonDocument::fromJson(r.out).object().value("auditHead").toString().isEmpty());

        r = scimflow({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.startsWith("audit log intact: 1 entries, head 1:"));
        r = scimflow({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("acknowledge-finding"));

        {
            auto store = Store::open(m_db);
            QVERIFY(store);
            QSqlQuery q((*store)->database());
            QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update") +
                           ((*store)->isPostgres() ? QStringLiteral(" ON audit_log") : QString())));
            QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET reason = 'nothing to see' WHERE seq = 1")));
        }
        r = scimflow({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("entry 1"), r.err.constData());
        r = scimflow({QStringLiteral("audit"), QStringLiteral("bogus"), QStringLiteral("--db"), m_db});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDriftCli)
#include "tst_driftcli.moc"
