#include "connectiondatabase.h"
#include "connectiondialog.h"
#include "connectionprofile.h"
#include "pipelinesourcedialog.h"
#include "scimtargetdialog.h"
#include "secretstore.h"
#include "store.h"
#include "testrsakey.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Scimflow;

class TestSecrets : public QObject
{
    Q_OBJECT
    const QString kSecret = QStringLiteral("client-CANARY-secret-91c3");

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The console and `scimflow sync --connection NAME` find a connection's data in the same database.
    void eachConnectionHasItsOwnDatabase()
    {
        QSettings().remove(QStringLiteral("workspace/connectionDatabases"));
        QTemporaryDir dir;
        const QString home = dir.filePath(QStringLiteral("scimflow.db"));
        QCOMPARE(ConnectionDatabase::pathFor(home, QStringLiteral("prod")), home); // no database yet
        {
            auto store = Store::open(home);
            QVERIFY(store);
            QVERIFY((*store)->setMetaValue(QStringLiteral("synced_connection"), QStringLiteral("prod")));
        }
        QCOMPARE(ConnectionDatabase::pathFor(home, QStringLiteral("prod")), home);
        const QString staging = ConnectionDatabase::pathFor(home, QStringLiteral("Staging EU"));
        QCOMPARE(staging, dir.filePath(QStringLiteral("connection-staging-eu.db")));

        const QString elsewhere = dir.filePath(QStringLiteral("kept-elsewhere.db"));
        QVERIFY(Store::open(elsewhere));
        ConnectionDatabase::remember(QStringLiteral("Staging EU"), elsewhere);
        QCOMPARE(ConnectionDatabase::pathFor(home, QStringLiteral("Staging EU")), elsewhere);
        QSettings().remove(QStringLiteral("workspace/connectionDatabases"));
    }

    void profilesHoldOnlyAReference()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            ConnectionProfile p;
            p.name = QStringLiteral("okta-prod");
            p.scimUrl = QStringLiteral("https://example.okta.com/scim/v2");
            p.vendor = QStringLiteral("okta");
            p.authKind = ConnectionProfile::AuthKind::OAuthClientCredentials;
            p.tokenUrl = QStringLiteral("https://example.okta.com/oauth2/v1/token");
            p.clientId = QStringLiteral("console");
            p.secretRef = SecretStore::newReference(p.name);
            SecretStore::storeForSession(p.secretRef, kSecret);
            QVERIFY(ConnectionProfiles::save(**store, p).ok());
            p.scope = QStringLiteral("okta.users.read");
            QVERIFY(ConnectionProfiles::save(**store, p).ok()); // update by name
            const auto all = ConnectionProfiles::all(**store);
            QCOMPARE(all.size(), 1);
            QCOMPARE(all[0].scope, QStringLiteral("okta.users.read"));
            QCOMPARE(all[0].authKind, ConnectionProfile::AuthKind::OAuthClientCredentials);
            QVERIFY(all[0].secretRef.startsWith(QLatin1String("scimflow:okta-prod:")));
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(kSecret.toUtf8()));
        }
    }

    // A connection's SCIM targets are saved with it (in its settings JSON); their tokens are not.
    void scimTargetsRoundTripWithoutTheirTokens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.db"));
        const QString token = QStringLiteral("aws-CANARY-token-4d21");
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            ConnectionProfile p;
            p.name = QStringLiteral("okta-prod");
            p.idpKind = ConnectionProfile::IdpKind::Okta;
            p.orgUrl = QStringLiteral("https://example.okta.com");
            p.secretRef = SecretStore::newReference(p.name);
            ScimTargetSource aws;
            aws.name = QStringLiteral("aws");
            aws.url = QStringLiteral("https://scim.us-east-1.amazonaws.com/t-1/scim/v2");
            aws.vendor = QStringLiteral("aws-identity-center");
            aws.secretRef = SecretStore::newReference(p.name + QStringLiteral("/target/aws"));
            SecretStore::storeForSession(aws.secretRef, token);
            ScimTargetSource databricks;
            databricks.name = QStringLiteral("databricks");
            databricks.url = QStringLiteral("https://adb-1.azuredatabricks.net/api/2.0/preview/scim/v2");
            databricks.vendor = QStringLiteral("databricks");
            databricks.secretRef = SecretStore::newReference(p.name + QStringLiteral("/target/databricks"));
            p.scimTargets = {aws, databricks};
            QVERIFY(ConnectionProfiles::save(**store, p).ok());
            const ConnectionProfile loaded = ConnectionProfiles::all(**store).first();
            QCOMPARE(loaded.orgUrl, p.orgUrl);
            QCOMPARE(loaded.scimTargets.size(), 2);
            QCOMPARE(loaded.scimTargets.at(0).name, QStringLiteral("aws"));
            QCOMPARE(loaded.scimTargets.at(0).url, aws.url);
            QCOMPARE(loaded.scimTargets.at(0).vendor, QStringLiteral("aws-identity-center"));
            QCOMPARE(loaded.scimTargets.at(0).secretRef, aws.secretRef);
            QCOMPARE(loaded.scimTargets.at(1).vendor, QStringLiteral("databricks"));

            // The dialog shows them and gives them back; Remove drops one and its typed token.
            ConnectionDialog dialog;
            dialog.setProfile(loaded);
            QCOMPARE(dialog.profile().scimTargets.size(), 2);
            QTreeWidget *targets = nullptr;
            for (QTreeWidget *t : dialog.findChildren<QTreeWidget *>())
                if (t->accessibleName() == QLatin1String("SCIM provisioning targets"))
                    targets = t;
            QVERIFY(targets);
            QCOMPARE(targets->topLevelItemCount(), 2);
            targets->setCurrentItem(targets->topLevelItem(1));
            QPushButton *remove = nullptr;
            for (QPushButton *b : dialog.findChildren<QPushButton *>())
                if (b->accessibleName() == QLatin1String("Remove the SCIM target"))
                    remove = b;
            QVERIFY(remove && remove->isEnabled());
            QTest::mouseClick(remove, Qt::LeftButton);
            QCOMPARE(dialog.profile().scimTargets.size(), 1);
            QCOMPARE(dialog.profile().scimTargets.first().name, QStringLiteral("aws"));
            QVERIFY(ConnectionProfiles::save(**store, dialog.profile()).ok());
            QCOMPARE(ConnectionProfiles::all(**store).first().scimTargets.size(), 1);
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(token.toUtf8()));
        }
    }

    // The target dialog asks for a name, a URL and, for a new target, its token; the token is not kept in
    // the target it returns.
    void scimTargetDialogTakesNameUrlProfileAndToken()
    {
        ScimTargetDialog dialog;
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QLineEdit *name = nullptr, *url = nullptr, *token = nullptr;
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>()) {
            if (e->accessibleName() == QLatin1String("Target name"))
                name = e;
            else if (e->accessibleName() == QLatin1String("SCIM base URL"))
                url = e;
            else if (e->echoMode() == QLineEdit::Password)
                token = e;
        }
        QVERIFY(name && url && token);
        auto *profile = dialog.findChild<QComboBox *>();
        QVERIFY(profile && !profile->accessibleName().isEmpty());
        name->setText(QStringLiteral("aws"));
        url->setText(QStringLiteral("https://scim.us-east-1.amazonaws.com/t-1/scim/v2"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // no token yet: not accepted
        token->setText(kSecret);
        profile->setCurrentIndex(profile->findData(QStringLiteral("databricks")));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.target().vendor, QStringLiteral("databricks"));
        QCOMPARE(dialog.secret(), kSecret);
        QVERIFY(dialog.target().secretRef.isEmpty());
        QVERIFY(
            !QJsonDocument(ScimTargetSource::toJson({dialog.target()})).toJson().contains(kSecret.toUtf8()));
    }

    void sessionSecretsAndKeychain()
    {
        SecretStore secrets(QStringLiteral("scimflow-test"));
        const QString ref = SecretStore::newReference(QStringLiteral("t"));
        SecretStore::storeForSession(ref, kSecret);
        bool done = false;
        Result<QString> loaded = Error::make(Error::Kind::Internal, QString());
        secrets.load(ref, this, [&](const Result<QString> &r) {
            loaded = r;
            done = true;
        });
        QVERIFY(done); // answered from memory, synchronously
        QCOMPARE(*loaded, kSecret);
        SecretStore::forgetSessionSecret(ref);
        QVERIFY(!SecretStore::hasSessionSecret(ref));

        // The keychain: where none is reachable (as on build machines) the error says so and offers the
        // session.
        done = false;
        Status stored;
        secrets.store(ref, kSecret, this, [&](const Status &s) {
            stored = s;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 8000))
            QSKIP("The keychain did not answer in time");
        if (!stored.ok()) {
            QVERIFY2(stored.error().message.contains(QLatin1String("session only")),
                     qPrintable(stored.error().message));
            QVERIFY(!stored.error().message.contains(kSecret));
        } else {
            done = false;
            secrets.remove(ref, this, [&](const Status &) { done = true; });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 8000));
        }
    }

    void dialogEmitsIntents()
    {
        ConnectionDialog dialog;
        ConnectionProfile p;
        p.name = QStringLiteral("entra");
        p.scimUrl = QStringLiteral("https://graph.example/scim");
        p.vendor = QStringLiteral("entra");
        dialog.setProfile(p);
        dialog.findChildren<QLineEdit *>().last(); // widgets exist
        QLineEdit *token = nullptr;
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
            if (e->echoMode() == QLineEdit::Password)
                token = e;
        QVERIFY(token);
        token->setText(kSecret);
        QSignalSpy test(&dialog, &ConnectionDialog::testRequested);
        QSignalSpy save(&dialog, &ConnectionDialog::saveRequested);
        QPushButton *testButton = nullptr, *saveButton = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text().contains(QLatin1String("Test")))
                testButton = b;
            if (b->text() == QLatin1String("&Save"))
                saveButton = b;
        }
        QVERIFY(testButton && saveButton);
        QTest::mouseClick(testButton, Qt::LeftButton);
        QCOMPARE(test.size(), 1);
        const auto emitted = test.first().at(0).value<ConnectionProfile>();
        QCOMPARE(emitted.vendor, QStringLiteral("entra"));
        QCOMPARE(test.first().at(1).toString(), kSecret);
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QCOMPARE(save.size(), 1);
        QCOMPARE(save.first().at(2).toBool(), false);
        dialog.showSaveResult(false, QStringLiteral("No keychain is reachable"), true);
        QCheckBox *session = dialog.findChild<QCheckBox *>();
        QVERIFY(session->isChecked());
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QCOMPARE(save.size(), 2);
        QCOMPARE(save.last().at(2).toBool(), true);
    }

    void dataflowSourceTakesAGoogleCredentialsFile()
    {
        QTemporaryDir dir;
        const TestRsaKey key = TestRsaKey::generate();
        const QString keyFile = dir.filePath(QStringLiteral("reader-key.json"));
        {
            QFile f(keyFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(key.serviceAccountJson(QStringLiteral("reader@p.iam.gserviceaccount.com"),
                                           QStringLiteral("https://oauth2.googleapis.com/token")));
        }
        PipelineSource stored;
        stored.kind = PipelineSource::Kind::Dataflow;
        stored.name = QStringLiteral("dataflow");
        stored.url = QStringLiteral("https://dataflow.googleapis.com");
        stored.project = QStringLiteral("p");
        stored.location = QStringLiteral("europe-west1");
        stored.secretRef = SecretStore::newReference(QStringLiteral("prod"));

        PipelineSourceDialog dialog;
        dialog.setSource(stored);
        QComboBox *mode = nullptr;
        for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
            if (box->accessibleName() == QLatin1String("Credentials"))
                mode = box;
        }
        QVERIFY(mode);
        mode->setCurrentIndex(1);
        QLineEdit *file = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == QLatin1String("Google credentials file"))
                file = edit;
        }
        QVERIFY(file && file->isVisibleTo(&dialog));

        // A file that is no key is refused with its name, and nothing is taken from it.
        const QString notAKey = dir.filePath(QStringLiteral("notes.json"));
        {
            QFile f(notAKey);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"({"type":"external_account"})");
        }
        file->setText(notAKey);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QLabel *status = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->text().contains(QLatin1String("notes.json")))
                status = label;
        }
        QVERIFY(status);

        file->setText(keyFile);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const PipelineSource source = dialog.source();
        QCOMPARE(source.credentialsFile, keyFile);
        QVERIFY(dialog.secret().contains(QString::fromLatin1(key.privatePem.mid(100, 40))));

        // The profile keeps the path and the reference; the key only ever goes to the secret store.
        const QString path = dir.filePath(QStringLiteral("p.db"));
        {
            auto store = Store::open(path);
            QVERIFY(store.ok());
            ConnectionProfile p;
            p.name = QStringLiteral("prod");
            p.scimUrl = QStringLiteral("https://example.okta.com/scim/v2");
            p.pipelineSources = {source};
            QVERIFY(ConnectionProfiles::save(**store, p).ok());
            QCOMPARE(ConnectionProfiles::all(**store).first().pipelineSources.first().credentialsFile,
                     keyFile);
        }
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(path + suffix);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY(!f.readAll().contains(key.privatePem.mid(100, 40)));
        }

        // Edited again without choosing another file, the stored key is kept (no new secret).
        PipelineSourceDialog again;
        again.setSource(source);
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QVERIFY(again.secret().isEmpty());
        QCOMPARE(again.source().credentialsFile, keyFile);
    }
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
