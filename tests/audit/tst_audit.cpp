#include "auditlog.h"
#include "secretredactor.h"
#include "store.h"
#include "teststore.h"

#include <QProcess>
#include <QSemaphore>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Scimflow;

namespace {

std::unique_ptr<Store> openStore()
{
    auto store = Store::open(TestStore::scratch());
    if (!store)
        qFatal("%s", qPrintable(store.error().message));
    return std::move(store).value();
}

// Fills a log with intent/outcome pairs and a note: 5 entries.
void fill(AuditLog &log)
{
    for (int i = 0; i < 2; ++i) {
        Result<AuditEntry> intent =
            log.appendIntent(QStringLiteral("scim-client-%1").arg(i), QStringLiteral("deactivate-user"),
                             QStringLiteral("user/%1").arg(i),
                             QStringLiteral(R"({"method":"PATCH","url":"https://idp/Users/%1"})").arg(i),
                             QStringLiteral("left the company"));
        QVERIFY(intent);
        QVERIFY(log.appendOutcome(*intent, QStringLiteral("succeeded")));
    }
    AuditEntry note;
    note.action = QStringLiteral("acknowledge");
    note.target = QStringLiteral("finding/abc");
    note.reason = QStringLiteral("accepted until the migration ends");
    QVERIFY(log.append(note));
}

void exec(Store &store, const QString &sql)
{
    QSqlQuery q(store.database());
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}

// What someone with write access to the database does first.
void dropTriggers(Store &store)
{
    const QString on = store.isPostgres() ? QStringLiteral(" ON audit_log") : QString();
    exec(store, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update") + on);
    exec(store, QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete") + on);
}

} // namespace

class TestAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Another connection (the findings worker) holds the write lock while an entry is appended: the append
    // waits for it instead of failing with "database is locked" once the other commit made its read stale.
    void appendWaitsForAnotherWriter()
    {
        QTemporaryDir dir;
        const QString path = TestStore::location(dir, QStringLiteral("audit.db"));
        auto store = Store::open(path);
        QVERIFY(store.ok());
        QSemaphore locked;
        QSemaphore release;
        bool otherCommitted = false;
        QThread *other = QThread::create([&] {
            auto worker = Store::open(path);
            if (!worker)
                return;
            Transaction tx((*worker)->database(), Transaction::Lock::Immediate);
            QSqlQuery q((*worker)->database());
            q.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('findings_computed_at', '1')"));
            locked.release();
            release.acquire(); // the append below has begun by now
            QThread::msleep(300);
            otherCommitted = tx.commit().ok();
        });
        other->start();
        locked.acquire();
        release.release();
        AuditLog log((*store)->database());
        AuditEntry entry;
        entry.action = QStringLiteral("acknowledge-finding");
        entry.target = QStringLiteral("finding/f1");
        entry.outcome = QStringLiteral("acknowledged");
        const Result<AuditEntry> appended = log.append(entry);
        other->wait();
        delete other;
        QVERIFY(otherCommitted);
        QVERIFY2(appended.ok(), appended.ok() ? "" : qPrintable(appended.error().message));
        QCOMPARE(appended->seq, qint64(1));
    }

    void appendsAChainThatVerifies()
    {
        auto store = openStore();
        AuditLog log(store->database());
        const AuditVerification empty = log.verify();
        QVERIFY(empty.intact);
        QCOMPARE(empty.entries, 0);
        fill(log);
        const AuditVerification v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, 5);
        QCOMPARE(v.head, log.head());
        Result<QList<AuditEntry>> all = log.entries();
        QVERIFY(all);
        QCOMPARE(all->size(), 5);
        QCOMPARE(all->at(0).prevHash, AuditEntry::genesisHash());
        for (int i = 1; i < all->size(); ++i) {
            QCOMPARE(all->at(i).seq, i + 1);
            QCOMPARE(all->at(i).prevHash, all->at(i - 1).hash);
        }
        QCOMPARE(all->at(1).kind, AuditEntry::Kind::Outcome);
        QCOMPARE(all->at(1).intentSeq, 1);
        QVERIFY(!all->at(0).osUser.isEmpty());
        QVERIFY(log.verify(QStringLiteral("3:") + all->at(2).hash).intact);
        QVERIFY(log.pendingIntents()->isEmpty());
        QVERIFY(log.appendIntent({}, QStringLiteral("cancel-job"), QStringLiteral("job/x"), {},
                                 QStringLiteral("r")));
        QCOMPARE(log.pendingIntents()->size(), 1);
        QCOMPARE(log.pendingIntents()->first().seq, 6);
    }

    void canonicalFormIsPrecise()
    {
        AuditEntry e;
        e.seq = 7;
        e.at = 1000;
        e.osUser = QStringLiteral("ana");
        e.kind = AuditEntry::Kind::Outcome;
        e.action = QStringLiteral("cancel-job");
        e.target = QStringLiteral("job/é");
        e.intentSeq = 6;
        e.prevHash = AuditEntry::genesisHash();
        const QByteArray expected =
            "scimflow-audit-v1\nseq=1:7\nat=4:1000\nos_user=3:ana\nidp_identity=0:\n"
            "kind=7:outcome\naction=10:cancel-job\ntarget=6:job/\xc3\xa9\nrequest=0:\n"
            "reason=0:\noutcome=0:\nintent_seq=1:6\nprev_hash=64:" +
            QByteArray(64, '0') + "\n";
        QCOMPARE(e.canonicalForm(), expected);
        QCOMPARE(e.computeHash().size(), 64);
        // Moving a character between fields changes the form.
        AuditEntry shifted = e;
        shifted.osUser = QStringLiteral("an");
        shifted.idpIdentity = QStringLiteral("a");
        QVERIFY(shifted.computeHash() != e.computeHash());
    }

    void triggersRefuseChanges()
    {
        auto store = openStore();
        AuditLog log(store->database());
        fill(log);
        QSqlQuery q(store->database());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE seq = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 5")));
        QVERIFY(log.verify().intact);
    }

    void editOfAnyFieldOfAnyRowIsDetected_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("value");
        const QList<QPair<QByteArray, QByteArray>> edits = {
            {"at", "at + 1"},
            {"os_user", "'mallory'"},
            {"idp_identity", "idp_identity || 'x'"},
            {"kind", "CASE kind WHEN 'note' THEN 'intent' ELSE 'note' END"},
            {"action", "'nothing'"},
            {"target", "target || '/'"},
            {"request", "request || ' '"},
            {"reason", "'because'"},
            {"outcome", "outcome || '.'"},
            {"intent_seq", "coalesce(intent_seq + 1, 1)"},
            {"prev_hash", "'" + QByteArray(64, 'f') + "'"},
            {"hash", "'" + QByteArray(64, 'e') + "'"},
            {"seq", "seq + 100"},
        };
        for (const auto &edit : edits) {
            for (int row = 1; row <= 5; ++row)
                QTest::addRow("%s row %d", edit.first.constData(), row)
                    << QString::fromLatin1(edit.first) + QLatin1Char('#') + QString::number(row)
                    << QString::fromLatin1(edit.second);
        }
    }

    // Two processes append at once: every append waits for the other's (the write lock, or on PostgreSQL the
    // advisory lock), so the chain never forks and `scimflow audit verify` finds it intact.
    void twoProcessesAppendToOneChain()
    {
        QTemporaryDir dir;
        const QString location = TestStore::location(dir, QStringLiteral("shared.db"));
        QVERIFY(Store::open(location).ok()); // created and migrated before the race
        constexpr int kEach = 40;
        QProcess first;
        QProcess second;
        first.start(QStringLiteral(SCIMFLOW_AUDIT_APPENDER),
                    {location, QString::number(kEach), QStringLiteral("first")});
        second.start(QStringLiteral(SCIMFLOW_AUDIT_APPENDER),
                     {location, QString::number(kEach), QStringLiteral("second")});
        for (QProcess *p : {&first, &second}) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
        }
        auto store = Store::open(location);
        QVERIFY(store.ok());
        const AuditVerification v = AuditLog((*store)->database()).verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.entries, qint64(2 * kEach));
        QSqlQuery q((*store)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT prev_hash), count(*) FROM audit_log")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong()); // no two entries share a predecessor

        QProcess verify;
        verify.start(QStringLiteral(SCIMFLOW_BINARY),
                     {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), location});
        QVERIFY(verify.waitForFinished(60000));
        QCOMPARE(verify.exitCode(), 0);
        QVERIFY(verify.readAllStandardOutput().contains(QByteArray("intact: 80 entries")));
    }

    void editOfAnyFieldOfAnyRowIsDetected()
    {
        QFETCH(QString, column);
        QFETCH(QString, value);
        auto store = openStore();
        AuditLog log(store->database());
        fill(log);
        dropTriggers(*store);
        const int row = column.section(QLatin1Char('#'), 1).toInt();
        exec(*store, QStringLiteral("UPDATE audit_log SET %1 = %2 WHERE seq = %3")
                         .arg(column.section(QLatin1Char('#'), 0, 0), value)
                         .arg(row));
        const AuditVerification v = log.verify();
        QVERIFY(!v.intact);
        QVERIFY2(v.firstBadSeq >= 1 && v.firstBadSeq <= row + 1, qPrintable(v.problem));
        if (!column.startsWith(QLatin1String("seq")) && !column.startsWith(QLatin1String("hash")))
            QCOMPARE(v.firstBadSeq, row);
        QVERIFY(v.problem.contains(QString::number(v.firstBadSeq)));
        // Appending onto a damaged log is refused when the tail no longer matches the head.
        if (row == 5 && (column.startsWith(QLatin1String("hash")) || column.startsWith(QLatin1String("seq"))))
            QVERIFY(!log.append(AuditEntry{}));
    }

    void deletionOfAMiddleRowIsDetected()
    {
        auto store = openStore();
        AuditLog log(store->database());
        fill(log);
        dropTriggers(*store);
        exec(*store, QStringLiteral("DELETE FROM audit_log WHERE seq = 3"));
        const AuditVerification v = log.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 3);
        // Renumbering the rest to hide the gap breaks the chain instead.
        exec(*store, QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3"));
        const AuditVerification renumbered = log.verify();
        QVERIFY(!renumbered.intact);
        QCOMPARE(renumbered.firstBadSeq, 3);
    }

    void deletionOfTheLastRowIsDetected()
    {
        auto store = openStore();
        AuditLog log(store->database());
        fill(log);
        const QString head = log.head();
        dropTriggers(*store);
        exec(*store, QStringLiteral("DELETE FROM audit_log WHERE seq = 5"));
        AuditVerification v = log.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 5);
        QVERIFY(!log.append(AuditEntry{}));

        // Also rewriting the recorded head hides it from the local check, not from a head kept elsewhere.
        exec(*store, QStringLiteral("UPDATE meta SET value = (SELECT seq || ':' || hash FROM audit_log "
                                    "WHERE seq = 4) WHERE key = 'audit.head'"));
        QVERIFY(log.verify().intact);
        v = log.verify(head);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 5);

        // Removing every row, or the head, is detected too.
        exec(*store, QStringLiteral("DELETE FROM audit_log"));
        QVERIFY(!log.verify().intact);
        exec(*store, QStringLiteral("DELETE FROM meta WHERE key = 'audit.head'"));
        QVERIFY(log.verify().intact);      // an empty log without a head is a new log...
        QVERIFY(!log.verify(head).intact); // ...unless a head was recorded elsewhere
    }

    void rowsAddedOutsideTheLogAreDetected()
    {
        auto store = openStore();
        AuditLog log(store->database());
        fill(log);
        Result<QList<AuditEntry>> all = log.entries();
        AuditEntry forged = all->last();
        forged.seq = 6;
        forged.prevHash = all->last().hash;
        forged.reason = QStringLiteral("forged");
        forged.hash = forged.computeHash();
        exec(*store,
             QStringLiteral("INSERT INTO audit_log(seq, at, os_user, idp_identity, kind, action, target, "
                            "request, reason, outcome, prev_hash, hash) VALUES(6, %1, '%2', '', 'note', "
                            "'%3', '%4', '', 'forged', '', '%5', '%6')")
                 .arg(forged.at)
                 .arg(forged.osUser, forged.action, forged.target, forged.prevHash, forged.hash));
        const AuditVerification v = log.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq, 6);
    }

    void redactsCredentials()
    {
        const QString text = QStringLiteral(
            "PATCH https://admin:hunter2@idp.example/scim/v2/Users/1?access_token=abc123&x=1\n"
            "Authorization: Bearer eyJhbGciOi.secret.part\n"
            R"({"client_secret":"s3cr3t","value":"keep","Authorization":"Basic dXNlcjpwYXNz","password":"p"})");
        const QString out = SecretRedactor::redact(text);
        for (const char *secret : {"hunter2", "abc123", "eyJhbGciOi", "s3cr3t", "dXNlcjpwYXNz", "\"p\""})
            QVERIFY2(!out.contains(QLatin1String(secret)), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("\"value\":\"keep\"")));
        QVERIFY(out.contains(QLatin1String("x=1")));

        auto store = openStore();
        AuditLog log(store->database());
        Result<AuditEntry> e =
            log.appendIntent({}, QStringLiteral("deactivate-user"), QStringLiteral("user/1"),
                             QStringLiteral("Authorization: Bearer tok3n-value"), {});
        QVERIFY(e);
        QVERIFY(!log.entries()->first().request.contains(QLatin1String("tok3n")));
        QVERIFY(log.verify().intact);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
