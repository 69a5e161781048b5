// The Credentials view: its model and proxy under QAbstractItemModelTester, what its cells say, the links to
// the identities in both directions, and the pane in the main window (filter, sort, CSV export).
#include "consoleloader.h"
#include "consolesession.h"
#include "credentialmodel.h"
#include "credentialrepository.h"
#include "linkedtableproxy.h"
#include "mainwindow.h"
#include "principalresolver.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "selectioncontext.h"
#include "store.h"
#include "tablepane.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Scimflow;

namespace {

constexpr Timestamp kAnchor = 1795000000000LL;
constexpr Timestamp kDay = 24 * 3600 * 1000LL;

Credential account(const QString &project, const QString &email, Timestamp lastUsed)
{
    Credential c;
    c.kind = Credential::Kind::ServiceAccount;
    c.source = project;
    c.externalId = c.owner = email;
    c.name = QStringLiteral("Display name of ") + email;
    c.lastUsedAt = lastUsed;
    return c;
}

Credential key(const QString &project, const QString &email, const QString &id, bool userManaged,
               Timestamp created, Timestamp expires)
{
    Credential c;
    c.kind = Credential::Kind::Key;
    c.source = project;
    c.externalId = QStringLiteral("projects/%1/serviceAccounts/%2/keys/%3").arg(project, email, id);
    c.parentExternalId = c.owner = email;
    c.name = id;
    c.keyType = userManaged ? QStringLiteral("USER_MANAGED") : QStringLiteral("SYSTEM_MANAGED");
    c.createdAt = created;
    c.expiresAt = expires;
    return c;
}

} // namespace

class TestCredentialsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    Scenario m_scenario;
    Timestamp m_now = 0;
    QString m_oldAccount;   // holds the 400-day-old key and a system-managed one
    QString m_otherAccount; // holds a disabled key named like a formula
    QString m_tokenOwner;

    int rowOf(const QAbstractItemModel &model, const QString &name) const
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, CredentialModel::NameColumn).data().toString() == name)
                return r;
        }
        return -1;
    }
    qint64 idOf(const Store &store, const QString &sql, const QString &bind) const
    {
        QSqlQuery q(store.database());
        q.prepare(sql);
        q.addBindValue(bind);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
        m_dbPath = m_dir.filePath("demo.db");
        m_scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
        QVERIFY(m_scenario.serviceAccounts.size() >= 2);
        m_oldAccount = m_scenario.serviceAccounts.at(0).email;
        m_otherAccount = m_scenario.serviceAccounts.at(1).email;
        m_tokenOwner = m_scenario.users.at(0).userName;
        auto store = Store::open(m_dbPath);
        QVERIFY(store);
        QVERIFY(ScenarioImporter::write(**store, m_scenario).ok());

        m_now = currentTimestamp();
        CredentialInventory gcp;
        gcp.source = QStringLiteral("demo-proj");
        gcp.items << account(gcp.source, m_oldAccount, m_now - 3 * kDay)
                  << key(gcp.source, m_oldAccount, QStringLiteral("old400"), true,
                         m_now - 400 * kDay - 3600000, 0)
                  << key(gcp.source, m_oldAccount, QStringLiteral("sys1"), false, m_now - 10 * kDay,
                         m_now + 20 * kDay)
                  << account(gcp.source, m_otherAccount, 0);
        Credential formula = key(gcp.source, m_otherAccount, QStringLiteral("=SUM(1+1)"), true,
                                 m_now - 5 * kDay, m_now - kDay);
        formula.disabled = true;
        formula.lastUsedAt = m_now - 2 * kDay;
        gcp.items << formula;
        CredentialInventory github;
        github.sourceKind = CredentialInventory::Source::Github;
        github.source = QStringLiteral("acme");
        Credential token;
        token.kind = Credential::Kind::Token;
        token.source = github.source;
        token.externalId = QStringLiteral("42");
        token.name = QStringLiteral("deploy");
        token.owner = m_tokenOwner;
        token.createdAt = m_now - 30 * kDay;
        token.expired = true;
        token.lastUsedAt = m_now - kDay;
        github.items << token;
        Result<PrincipalResolver> resolver = PrincipalResolver::load(**store);
        QVERIFY(resolver.ok());
        const auto userOf = [&](const QString &owner) { return resolver->userFor(owner); };
        CredentialRepository repository(**store);
        QVERIFY(repository.replace(gcp, userOf).ok());
        QVERIFY(repository.replace(github, userOf).ok());
    }

    void modelShowsKindOwnerAgeExpiryLastUseAndStatus()
    {
        auto store = Store::open(m_dbPath);
        QVERIFY(store);
        auto table = ConsoleLoader::loadCredentials(**store, m_now);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), size_t(6));
        CredentialModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(std::move(*table));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(CredentialModel::ColumnCount));

        const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        const int old = rowOf(model, QStringLiteral("old400"));
        QVERIFY(old >= 0);
        QCOMPARE(cell(old, CredentialModel::KindColumn), QStringLiteral("GCP user-managed key"));
        QCOMPARE(cell(old, CredentialModel::OwnerColumn), m_oldAccount);
        QCOMPARE(cell(old, CredentialModel::SourceColumn), QStringLiteral("demo-proj"));
        QCOMPARE(cell(old, CredentialModel::AgeColumn), QStringLiteral("400"));
        QCOMPARE(cell(old, CredentialModel::ExpiresColumn), QStringLiteral("never"));
        QCOMPARE(cell(old, CredentialModel::StatusColumn), QStringLiteral("Active"));
        QCOMPARE(model.index(old, CredentialModel::ExpiresColumn).data(TableModel::ToneRole).toInt(),
                 int(TableModel::Tone::Warning));

        const int sys = rowOf(model, QStringLiteral("sys1"));
        QCOMPARE(cell(sys, CredentialModel::KindColumn), QStringLiteral("GCP system-managed key"));
        QCOMPARE(cell(sys, CredentialModel::AgeColumn), QStringLiteral("10"));
        QCOMPARE(cell(sys, CredentialModel::ExpiresColumn).left(10),
                 timestampToIso(m_now + 20 * kDay).left(10));

        // The account row: named by its email, owned by the group the mapping names, used on a day (GCP).
        const int acct = rowOf(model, m_oldAccount);
        QVERIFY(acct >= 0);
        QCOMPARE(cell(acct, CredentialModel::KindColumn), QStringLiteral("GCP service account"));
        QCOMPARE(cell(acct, CredentialModel::AgeColumn), QString());
        QCOMPARE(cell(acct, CredentialModel::ExpiresColumn), QString());
        QCOMPARE(cell(acct, CredentialModel::LastUsedColumn), timestampToIso(m_now - 3 * kDay).left(10));
        QVERIFY(model.index(acct, CredentialModel::LastUsedColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("day only")));
        QVERIFY(model.headerData(CredentialModel::LastUsedColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("day only")));

        const int disabled = rowOf(model, QStringLiteral("=SUM(1+1)"));
        QCOMPARE(cell(disabled, CredentialModel::StatusColumn), QStringLiteral("Disabled"));

        // A token: owner login, exact time of the last use, expired as GitHub says.
        const int token = rowOf(model, QStringLiteral("deploy (42)"));
        QVERIFY(token >= 0);
        QCOMPARE(cell(token, CredentialModel::KindColumn), QStringLiteral("GitHub fine-grained token"));
        QCOMPARE(cell(token, CredentialModel::OwnerColumn), m_tokenOwner);
        QCOMPARE(cell(token, CredentialModel::StatusColumn), QStringLiteral("Expired"));
        QCOMPARE(cell(token, CredentialModel::ExpiresColumn), QStringLiteral("never"));
        QCOMPARE(cell(token, CredentialModel::LastUsedColumn).size(), 16); // date and time
        QCOMPARE(model.index(token, 0).data(CompactTableModel::EntityKindRole).toInt(),
                 int(EntityKind::Credential));
    }

    void proxyFiltersAndSortsLikeTheOtherViews()
    {
        auto store = Store::open(m_dbPath);
        QVERIFY(store);
        auto table = ConsoleLoader::loadCredentials(**store, m_now);
        QVERIFY(table);
        CredentialModel model;
        model.setTable(std::move(*table));
        LinkedTableProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(CredentialModel::AgeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, CredentialModel::NameColumn).data().toString(), QStringLiteral("old400"));
        proxy.setFilterText(QStringLiteral("NEVER"));
        QCOMPARE(proxy.rowCount(), 2); // the non-expiring key and the token without an expiry
        proxy.setFilterText(QStringLiteral("disabled"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, CredentialModel::NameColumn).data().toString(), QStringLiteral("=SUM(1+1)"));
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 6);
    }

    void identitiesAndCredentialsLinkBothWays()
    {
        ConsoleSession session;
        QVERIFY(session.open(m_dbPath).ok());
        QAbstractItemModelTester tester(session.credentialProxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&session, &ConsoleSession::loaded);
        session.reload();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(session.credentialProxy()->rowCount(), 6);
        auto store = Store::open(m_dbPath);
        QVERIFY(store);
        const qint64 accountId =
            idOf(**store, QStringLiteral("SELECT id FROM service_accounts WHERE email = ?"), m_oldAccount);
        const qint64 userId =
            idOf(**store, QStringLiteral("SELECT id FROM users WHERE user_name = ?"), m_tokenOwner);
        QVERIFY(accountId > 0 && userId > 0);

        // A service account: its inventory row and both keys.
        session.selection()->setFocus({EntityKind::ServiceAccount, accountId});
        QStringList names;
        for (int r = 0; r < session.credentialProxy()->rowCount(); ++r)
            names << session.credentialProxy()->index(r, CredentialModel::NameColumn).data().toString();
        names.sort();
        QCOMPARE(names, (QStringList{m_oldAccount, QStringLiteral("old400"), QStringLiteral("sys1")}));

        // A person: the tokens they own.
        session.selection()->setFocus({EntityKind::User, userId});
        QCOMPARE(session.credentialProxy()->rowCount(), 1);
        QCOMPARE(session.credentialProxy()->index(0, CredentialModel::NameColumn).data().toString(),
                 QStringLiteral("deploy (42)"));

        // And back: a key highlights its account in Identities, which stays whole, and Jobs follows the
        // account; the Credentials view keeps its rows.
        session.selection()->clearFocus();
        const int identities = session.identityProxy()->rowCount();
        const int old = rowOf(*session.credentialProxy(), QStringLiteral("old400"));
        session.selection()->setFocus(session.credentialProxy()->refAt(old));
        QCOMPARE(session.identityProxy()->rowCount(), identities);
        QCOMPARE(session.credentialProxy()->rowCount(), 6);
        const int highlighted = session.identityProxy()->firstHighlightedRow();
        QVERIFY(highlighted >= 0);
        QCOMPARE(session.identityProxy()->refAt(highlighted),
                 (EntityRef{EntityKind::ServiceAccount, accountId}));
        QVERIFY(session.jobProxy()->isNarrowed());
        const QList<Job> jobs = (*store)->jobs();
        QCOMPARE(session.jobProxy()->rowCount(), std::count_if(jobs.begin(), jobs.end(), [&](const Job &j) {
                     return j.runAsServiceAccountId == accountId;
                 }));
        QVERIFY(session.details(session.selection()->focus()).title == QLatin1String("old400"));

        // A token highlights its owner.
        session.selection()->setFocus(session.credentialProxy()->refAt(
            rowOf(*session.credentialProxy(), QStringLiteral("deploy (42)"))));
        QCOMPARE(session.identityProxy()->refAt(session.identityProxy()->firstHighlightedRow()),
                 (EntityRef{EntityKind::User, userId}));
    }

    void paneInTheMainWindow()
    {
        ConsoleSession session;
        QVERIFY(session.open(m_dbPath).ok());
        MainWindow window(&session);
        window.setPersistSettings(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&session, &ConsoleSession::loaded);
        session.reload();
        QVERIFY(loaded.wait(10000));
        TablePane *pane = window.credentialPane();
        QVERIFY(pane->isVisible());
        QVERIFY(window.countsText().endsWith(QStringLiteral("6 of 6 credentials")));
        // Oldest first until the user sorts otherwise.
        QCOMPARE(pane->table()->model()->index(0, CredentialModel::NameColumn).data().toString(),
                 QStringLiteral("old400"));

        // A click focuses the credential; the Identities view highlights its owner.
        QTableView *table = pane->table();
        const QRect rect = table->visualRect(table->model()->index(0, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(session.selection()->focus().kind, EntityKind::Credential);
        QVERIFY(session.identityProxy()->firstHighlightedRow() >= 0);

        // The filter line, and the CSV of the shown rows: a cell that starts like a formula is defused.
        QTest::keyClicks(pane->filterEdit(), QStringLiteral("=sum("));
        QCOMPARE(table->model()->rowCount(), 1);
        const QString csv = pane->rowsAsCsv(false);
        QVERIFY(csv.startsWith(QStringLiteral("Kind,")));
        QVERIFY(csv.contains(QStringLiteral("'=SUM(1+1)")));
        QVERIFY(!csv.contains(QStringLiteral(",=SUM")));

        // The column chooser and the remembered header state work on it like on the other panes.
        const QByteArray state = pane->saveHeaderState();
        table->horizontalHeader()->hideSection(CredentialModel::SourceColumn);
        pane->restoreHeaderState(state);
        QVERIFY(!table->horizontalHeader()->isSectionHidden(CredentialModel::SourceColumn));
    }
};

QTEST_MAIN(TestCredentialsView)
#include "tst_credentialsview.moc"
