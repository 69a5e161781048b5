// End to end: a sync (SCIM and pipeline sources) through the `scimflow` command, fixes, and every report
// in every format, all with one recognisable token; the token (raw or base64 at any alignment) must then be
// absent from the database and its -wal/-shm files, settings, logs, reports and the commands' output.

#include "auditlog.h"
#include "authprovider.h"
#include "credentialsandbox.h"
#include "fixexecutor.h"
#include "googletokengrants.h"
#include "httpclient.h"
#include "pipelinesandbox.h"
#include "sandboxserver.h"
#include "sandboxtokenendpoint.h"
#include "scenario.h"
#include "scimclient.h"
#include "scimfixconnector.h"
#include "scimsandbox.h"
#include "store.h"
#include "testrsakey.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;
const QByteArray kSecret = "tok-SECRET-9f8e7d";

QStringList g_messages;

void recordMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages << message;
}

/// The token and its base64 forms at each of the three byte alignments (the stable middle part).
QByteArrayList needles()
{
    QByteArrayList out{kSecret};
    for (int pad = 0; pad < 3; ++pad) {
        for (auto options : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
            const QByteArray encoded = (QByteArray(pad, 'x') + kSecret).toBase64(options);
            out << encoded.mid(4, encoded.size() - 8);
        }
    }
    return out;
}

QString leakIn(const QByteArray &data)
{
    for (const QByteArray &needle : needles()) {
        if (data.contains(needle))
            return QString::fromLatin1(needle);
    }
    return {};
}

} // namespace

class TestSecretLeaks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SandboxServer m_server;
    Scenario m_scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
    std::unique_ptr<ScimSandbox> m_scim;
    std::unique_ptr<PipelineSandbox> m_pipelines;
    QByteArray m_output; // every command's stdout and stderr

    QString path(const QString &name) const { return m_dir.filePath(name); }

    int scimflow(const QStringList &arguments, int expected = 0)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SCIMFLOW_TEST_TOKEN"), QString::fromLatin1(kSecret));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true\nqt.*.debug=false"));
        // Whatever the command stores for the user lands under the test directory.
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("home/cache")));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(SCIMFLOW_BINARY), arguments);
        if (!process.waitForStarted() ||
            !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 120000))
            return -1;
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        m_output += output;
        if (process.exitCode() != expected) // straight to stderr: messages are being recorded
            std::fprintf(stderr, "%s ->\n%s\n", qPrintable(arguments.join(QLatin1Char(' '))),
                         output.constData());
        return process.exitCode();
    }

    QStringList syncArguments() const
    {
        const QString base = m_pipelines->baseUrl().toString();
        return {QStringLiteral("sync"),
                QStringLiteral("--db"),
                path(QStringLiteral("leaks.db")),
                QStringLiteral("--scim-url"),
                m_scim->baseUrl().toString(),
                QStringLiteral("--token-env"),
                QStringLiteral("SCIMFLOW_TEST_TOKEN"),
                QStringLiteral("--dataflow-url"),
                base,
                QStringLiteral("--project"),
                m_pipelines->data().project(),
                QStringLiteral("--location"),
                m_pipelines->data().location(),
                QStringLiteral("--dataflow-token-env"),
                QStringLiteral("SCIMFLOW_TEST_TOKEN"),
                QStringLiteral("--github-url"),
                base,
                QStringLiteral("--github-repo"),
                m_pipelines->data().repository(),
                QStringLiteral("--github-token-env"),
                QStringLiteral("SCIMFLOW_TEST_TOKEN")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ScimflowLeakTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_secretleaks"));
        QSettings().clear();
        qInstallMessageHandler(recordMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
        QVERIFY(m_server.listen());
        m_scim = std::make_unique<ScimSandbox>(m_server, m_scenario, QString::fromLatin1(kSecret));
        m_pipelines = std::make_unique<PipelineSandbox>(m_server, m_scenario, QString::fromLatin1(kSecret));
    }

    void cleanupTestCase() { qInstallMessageHandler(nullptr); }

    void tokenAppearsNowhere()
    {
        QCOMPARE(scimflow(syncArguments()), 0);
        // A failing sync prints the request it failed on.
        Fault forbidden;
        forbidden.kind = Fault::Kind::Status;
        forbidden.status = 403;
        forbidden.pathContains = QStringLiteral("/Users");
        m_server.faults().add(forbidden);
        QCOMPARE(scimflow(syncArguments(), 1), 1);
        m_server.faults().clear();

        // Fixes in this process, one that succeeds and one the server refuses; the store stays open so that
        // its -wal and -shm files are there to be read.
        auto opened = Store::open(path(QStringLiteral("leaks.db")));
        QVERIFY(opened.ok());
        std::unique_ptr<Store> store = std::move(opened).value();
        HttpClientOptions options;
        options.maxRetries = 0;
        HttpClient http(options);
        StaticTokenAuth auth(QString::fromLatin1(kSecret));
        http.setAuthProvider(&auth);
        ScimClient client(&http, m_scim->baseUrl(), VendorProfile::generic());
        ScimFixConnector connector(&client, QStringLiteral("sandbox API token"));
        AuditLog log(store->database());
        FixExecutor executor(log, {&connector});
        int done = 0;
        for (int i = 0; i < 2; ++i) {
            const User &user = m_scenario.users[10 + i];
            if (i == 1) {
                Fault fail;
                fail.kind = Fault::Kind::Status;
                fail.status = 500;
                fail.skip = 1;
                fail.pathContains = user.scimId;
                m_server.faults().add(fail);
            }
            FixPlan plan;
            plan.action.kind = FixAction::Kind::DeactivateUser;
            plan.action.userScimId = user.scimId;
            plan.action.userName = user.userName;
            executor.execute(plan, QStringLiteral("leak test"), [&](FixOutcome) { ++done; });
            QVERIFY(QTest::qWaitFor([&] { return done == i + 1; }, 15000));
        }
        QCOMPARE(log.entries()->size(), 4);
        QVERIFY(log.verify().intact);

        // Every report in every format, and the other read-only commands.
        QVERIFY(QDir().mkpath(path(QStringLiteral("reports"))));
        const QStringList kinds{QStringLiteral("access-review"), QStringLiteral("deprovisioning"),
                                QStringLiteral("orphaned-credentials"), QStringLiteral("gdpr")};
        const QStringList formats{QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("json"),
                                  QStringLiteral("html")};
        for (const QString &kind : kinds) {
            for (const QString &format : formats) {
                QCOMPARE(scimflow({QStringLiteral("report"), QStringLiteral("--db"),
                                   path(QStringLiteral("leaks.db")), QStringLiteral("--kind"), kind,
                                   QStringLiteral("--format"), format, QStringLiteral("--from"),
                                   QStringLiteral("2020-01-01"), QStringLiteral("--to"),
                                   QStringLiteral("2030-12-31"), QStringLiteral("--out"),
                                   path(QStringLiteral("reports/%1.%2").arg(kind, format))}),
                         0);
            }
        }
        QCOMPARE(
            scimflow({QStringLiteral("findings"), QStringLiteral("--db"), path(QStringLiteral("leaks.db"))}),
            0);
        QCOMPARE(scimflow({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"),
                           path(QStringLiteral("leaks.db"))}),
                 0);
        QSettings().sync();

        // Now look everywhere; the search itself finds the token wrapped in base64 at any offset.
        QVERIFY(!leakIn("Basic " + ("client:" + kSecret).toBase64()).isEmpty());
        QVERIFY(
            !leakIn("Authorization: Bearer " + kSecret.toBase64(QByteArray::Base64UrlEncoding)).isEmpty());
        QVERIFY(QFile::exists(path(QStringLiteral("leaks.db-wal"))));
        QStringList files;
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        const QString settingsFile = QSettings().fileName();
        if (QFile::exists(settingsFile))
            files << settingsFile;
        QVERIFY(files.size() >= 4 * 4 + 2);
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString leak = leakIn(f.readAll());
            QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("%1 holds %2").arg(file, leak)));
            if (file.endsWith(QLatin1String(".pdf"))) {
                // PDF text streams are compressed: look at the text.
                QProcess text;
                text.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
                if (text.waitForFinished(30000) && text.exitCode() == 0)
                    QVERIFY2(leakIn(text.readAllStandardOutput()).isEmpty(), qPrintable(file));
            }
        }
        QVERIFY(!m_output.isEmpty());
        QVERIFY2(leakIn(m_output).isEmpty(), m_output.constData());
        const QByteArray logs = g_messages.join(QLatin1Char('\n')).toUtf8();
        QVERIFY(!g_messages.isEmpty());
        QVERIFY2(leakIn(logs).isEmpty(), logs.constData());
    }

    void googlePrivateKeyAppearsNowhere()
    {
        // A service-account key file: the token comes from the key, and the key (any 32 characters of its
        // PEM body) must be found neither in the database nor in output or logs.
        const TestRsaKey key = TestRsaKey::generate();
        const QString email = QStringLiteral("leak-test@scimflow-demo.iam.gserviceaccount.com");
        GoogleTokenGrants grants;
        QVERIFY(grants.verifier().addServiceAccount(email, key.publicPem).ok());
        SandboxTokenEndpoint tokens(m_server, QStringLiteral("unused"), QStringLiteral("unused"),
                                    [this](const QString &token) { m_pipelines->setToken(token); });
        tokens.setGoogleGrants(&grants);
        QVERIFY(QDir().mkpath(path(QStringLiteral("keys"))));
        QFile keyFile(path(QStringLiteral("keys/sa.json")));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(key.serviceAccountJson(email, tokens.tokenUrl().toString()));
        keyFile.close();
        const QStringList google{QStringLiteral("sync"),
                                 QStringLiteral("--db"),
                                 path(QStringLiteral("google/google.db")),
                                 QStringLiteral("--dataflow-url"),
                                 m_pipelines->baseUrl().toString(),
                                 QStringLiteral("--project"),
                                 m_pipelines->data().project(),
                                 QStringLiteral("--location"),
                                 m_pipelines->data().location(),
                                 QStringLiteral("--gcp-credentials"),
                                 keyFile.fileName()};
        QVERIFY(QDir().mkpath(path(QStringLiteral("google"))));
        m_output.clear();
        QCOMPARE(scimflow(google), 0);
        QVERIFY(tokens.grants() >= 1);
        // Refused by the endpoint (another key registered): the error names the file, never the key.
        QVERIFY(grants.verifier().addServiceAccount(email, TestRsaKey::generate().publicPem).ok());
        QCOMPARE(scimflow(google, 1), 1);
        QVERIFY(m_output.contains("sa.json"));
        m_pipelines->setToken(QString::fromLatin1(kSecret));

        QByteArray body = key.privatePem;
        body.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
        body.replace("\n", "");
        QVERIFY(body.size() > 1000);
        QByteArrayList pieces;
        for (int at = 0; at + 32 < body.size(); at += 97)
            pieces << body.mid(at, 32);
        const auto leaked = [&pieces](const QByteArray &data) {
            for (const QByteArray &piece : pieces) {
                if (data.contains(piece))
                    return true;
            }
            return false;
        };
        QVERIFY(leaked(key.privatePem)); // the search itself works
        QDirIterator it(path(QStringLiteral("google")), QDir::Files | QDir::Hidden);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!leaked(f.readAll()), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 1);
        QVERIFY2(!leaked(m_output), m_output.constData());
        QVERIFY(!leaked(g_messages.join(QLatin1Char('\n')).toUtf8()));
    }

    void credentialInventoryKeepsNoKeyMaterial()
    {
        // The credential inventory: IAM answers with privateKeyData (which Google sends only on create) and
        // the GitHub App's private key signs the app JWT. Neither, nor the installation token, may reach the
        // database, the output or the logs.
        const TestRsaKey appKey = TestRsaKey::generate();
        CredentialSandboxData data = CredentialSandboxData::fromScenario(m_scenario);
        data.setReturnPrivateKeyData(true);
        CredentialSandbox credentials(m_server, data, QString::fromLatin1(kSecret));
        credentials.registerApp(QStringLiteral("4711"), appKey.publicPem);
        QVERIFY(QDir().mkpath(path(QStringLiteral("keys"))));
        QFile pem(path(QStringLiteral("keys/app.pem")));
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(appKey.privatePem);
        pem.close();
        QVERIFY(QDir().mkpath(path(QStringLiteral("credentials"))));
        const QString base = m_server.baseUrl().toString();
        const QStringList sync{QStringLiteral("sync"),
                               QStringLiteral("--db"),
                               path(QStringLiteral("credentials/c.db")),
                               QStringLiteral("--gcp-project"),
                               data.project(),
                               QStringLiteral("--iam-url"),
                               base,
                               QStringLiteral("--policy-analyzer-url"),
                               base,
                               QStringLiteral("--iam-token-env"),
                               QStringLiteral("SCIMFLOW_TEST_TOKEN"),
                               QStringLiteral("--github-org"),
                               data.organisation(),
                               QStringLiteral("--github-app-id"),
                               QStringLiteral("4711"),
                               QStringLiteral("--github-app-key-file"),
                               pem.fileName(),
                               QStringLiteral("--github-url"),
                               base};
        m_output.clear();
        QCOMPARE(scimflow(sync), 0);
        QVERIFY(m_output.contains("gcp iam scimflow-demo: 16 service accounts"));
        QVERIFY(m_output.contains("github tokens acme: 5 fine-grained tokens"));
        QVERIFY(credentials.installationTokensIssued() >= 1);
        // An App key GitHub does not know: the error says so without the key.
        credentials.registerApp(QStringLiteral("4711"), TestRsaKey::generate().publicPem);
        QCOMPARE(scimflow(sync, 1), 1);

        QByteArray body = appKey.privatePem;
        body.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "");
        body.replace("\n", "");
        QByteArrayList needles{CredentialSandboxData::privateKeyMarker(), QByteArray("privateKeyData"),
                               QByteArray("ghs_"), kSecret};
        needles << QByteArray("-----BEGIN PRIVATE KEY-----\n" + CredentialSandboxData::privateKeyMarker())
                       .toBase64()
                       .left(24);
        for (int at = 0; at + 32 < body.size(); at += 97)
            needles << body.mid(at, 32);
        const auto leaked = [&needles](const QByteArray &bytes) {
            for (const QByteArray &n : needles) {
                if (bytes.contains(n))
                    return QString::fromLatin1(n);
            }
            return QString();
        };
        QDirIterator it(path(QStringLiteral("credentials")), QDir::Files | QDir::Hidden);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString found = leaked(f.readAll());
            QVERIFY2(found.isEmpty(), qPrintable(f.fileName() + QStringLiteral(": ") + found));
            ++files;
        }
        QVERIFY(files >= 1);
        QVERIFY2(leaked(m_output).isEmpty(), m_output.constData());
        QVERIFY(leaked(g_messages.join(QLatin1Char('\n')).toUtf8()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretLeaks)
#include "tst_secretleaks.moc"
