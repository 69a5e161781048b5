// Access review campaigns on the demo scenario: item generation, recommendations, decision rules, sign-off
// and the evidence pack, in the library and through the command line.

#include "auditlog.h"
#include "driftanalyzer.h"
#include "evidencepack.h"
#include "reviewremediationqueries.h"
#include "reviewrepository.h"
#include "reviewrules.h"
#include "reviewsignoff.h"
#include "scenario.h"
#include "scenarioimporter.h"
#include "store.h"
#include "teststore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Scimflow;

namespace {

const Timestamp kAnchor = timestampFromIso(u"2026-11-28T12:00:00Z");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

} // namespace

class TestReviews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void membershipItemsAreExactlyTheRoleGrantingMemberships();
    void serviceAccountItemsAreEveryAccount();
    void evidenceAndRecommendationsFollowActualUse();
    void reasonsAreStatedInWords();
    void decisionRules();
    void bulkDecisionIsAllOrNothing();
    void signOffChainsTheDigestAndFreezesTheCampaign();
    void signOffRefusedWhileItemsAreUndecided();
    void remediationReadsWhatARevocationActsOn();
    void packVerifiesAndDetectsEveryChange();
    void openCampaignPackSaysInProgress();
    void commandLineSession();

private:
    ReviewCampaign spec(const QString &name) const;
    Result<ReviewCampaign> createSigned(const QString &name);

    QTemporaryDir m_dir;
    QString m_db;
    Scenario m_scenario;
    std::unique_ptr<Store> m_store;
};

ReviewCampaign TestReviews::spec(const QString &name) const
{
    ReviewCampaign c;
    c.name = name;
    c.periodFrom = kAnchor - 30 * kMsPerDay;
    c.periodTo = kAnchor;
    c.idleDays = 7;
    c.reviewers = {QStringLiteral("alice"), QStringLiteral("bob")};
    c.scope.serviceAccounts = true;
    return c;
}

void TestReviews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = TestStore::location(m_dir, QStringLiteral("demo.db"));
    m_scenario = ScenarioGenerator::generate(ScenarioSpec::demo(), kAnchor);
    auto store = Store::open(m_db);
    QVERIFY(store);
    m_store = std::move(*store);
    QVERIFY(ScenarioImporter::write(*m_store, m_scenario));
    DriftAnalyzer analyzer(*m_store);
    QVERIFY(analyzer.recompute());
}

void TestReviews::membershipItemsAreExactlyTheRoleGrantingMemberships()
{
    ReviewRepository repo(m_store->database());
    Result<ReviewCampaign> c = repo.create(spec(QStringLiteral("all roles")));
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    Result<QList<ReviewItem>> items = repo.items(c->id);
    QVERIFY(items);
    QCOMPARE(c->items, int(items->size()));
    // The campaign create() returns is the one stored.
    const Result<ReviewCampaign> stored = repo.campaign(c->id);
    QVERIFY(stored);
    QCOMPARE(stored->items, c->items);
    QCOMPARE(stored->decided, 0);
    QCOMPARE(stored->name, c->name);
    QCOMPARE(stored->createdAt, c->createdAt);
    QCOMPARE(stored->createdBy, c->createdBy);
    QCOMPARE(stored->reviewers, c->reviewers);
    QCOMPARE(stored->statusName(), c->statusName());

    QMap<QString, QString> userNameOfScimId;
    for (const User &u : m_scenario.users)
        userNameOfScimId.insert(u.scimId, u.userName);
    QSet<QString> expected;
    for (const Group &g : m_scenario.groups) {
        if (m_scenario.groupRoles.value(g.displayName).isEmpty())
            continue;
        for (const QString &member : g.memberScimIds)
            expected.insert(userNameOfScimId.value(member) + QLatin1Char('|') + g.displayName);
    }
    QSet<QString> actual;
    for (const ReviewItem &it : std::as_const(*items)) {
        if (it.kind == ReviewItem::Kind::Membership)
            actual.insert(it.identity + QLatin1Char('|') + it.access);
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(actual, expected);

    // A role filter keeps only the memberships granting that role.
    ReviewCampaign narrow = spec(QStringLiteral("one role"));
    narrow.scope.serviceAccounts = false;
    const QString role = m_scenario.groupRoles.first().first();
    narrow.scope.roles = {role};
    Result<ReviewCampaign> n = repo.create(narrow);
    QVERIFY(n);
    Result<QList<ReviewItem>> narrowItems = repo.items(n->id);
    QVERIFY(narrowItems);
    QVERIFY(!narrowItems->isEmpty());
    QSet<QString> expectedNarrow;
    for (const Group &g : m_scenario.groups) {
        if (!m_scenario.groupRoles.value(g.displayName).contains(role))
            continue;
        for (const QString &member : g.memberScimIds)
            expectedNarrow.insert(userNameOfScimId.value(member) + QLatin1Char('|') + g.displayName);
    }
    QSet<QString> actualNarrow;
    for (const ReviewItem &it : std::as_const(*narrowItems))
        actualNarrow.insert(it.identity + QLatin1Char('|') + it.access);
    QCOMPARE(actualNarrow, expectedNarrow);
}

void TestReviews::serviceAccountItemsAreEveryAccount()
{
    ReviewRepository repo(m_store->database());
    Result<ReviewCampaign> c = repo.create(spec(QStringLiteral("accounts")));
    QVERIFY(c);
    Result<QList<ReviewItem>> items = repo.items(c->id);
    QVERIFY(items);
    QSet<QString> expected, actual;
    for (const ServiceAccount &a : m_scenario.serviceAccounts)
        expected.insert(a.email.toLower());
    for (const ReviewItem &it : std::as_const(*items)) {
        if (it.kind == ReviewItem::Kind::ServiceAccount)
            actual.insert(it.identity.toLower());
    }
    QCOMPARE(actual, expected);
}

void TestReviews::evidenceAndRecommendationsFollowActualUse()
{
    ReviewRepository repo(m_store->database());
    const ReviewCampaign s = spec(QStringLiteral("evidence"));
    Result<ReviewCampaign> c = repo.create(s);
    QVERIFY(c);
    Result<QList<ReviewItem>> items = repo.items(c->id);
    QVERIFY(items);

    // Recompute every item's evidence here from the plain tables, without the repository's SQL.
    QMap<qint64, User> users;
    for (const User &u : m_store->users())
        users.insert(u.id, u);
    QMap<qint64, QStringList> rolesOfGroup;
    for (const Group &g : m_store->groups())
        rolesOfGroup.insert(g.id, m_store->rolesOfGroup(g.id));
    const QList<Job> jobs = m_store->jobs();
    QMap<QString, int> openFindings; // "kind:id"
    QSqlQuery q(m_store->database());
    QVERIFY(q.exec(QStringLiteral("SELECT subject_kind, subject_id FROM findings WHERE resolved_at = 0 AND "
                                  "subject_id IS NOT NULL AND ack_reason = ''")));
    while (q.next())
        ++openFindings[q.value(0).toString() + QLatin1Char(':') + q.value(1).toString()];

    const Timestamp cutoff = s.periodTo - s.idleDays * kMsPerDay;
    int revokes = 0, keeps = 0, inactive = 0, findings = 0;
    for (const ReviewItem &it : std::as_const(*items)) {
        Timestamp last = 0;
        int inPeriod = 0;
        QString status;
        int nf = 0;
        if (it.kind == ReviewItem::Kind::Membership) {
            const QStringList roles = rolesOfGroup.value(it.groupId);
            for (const Job &j : jobs) {
                if ((j.launcherUserId != it.userId && j.runAsUserId != it.userId) ||
                    !roles.contains(j.role) || j.startTime <= 0 || j.startTime >= s.periodTo)
                    continue;
                last = std::max(last, j.startTime);
                inPeriod += j.startTime >= s.periodFrom;
            }
            const User &u = users[it.userId];
            status = u.deletedAt > 0 ? QStringLiteral("deleted")
                     : u.active      ? QStringLiteral("active")
                                     : QStringLiteral("inactive");
            nf = openFindings.value(QStringLiteral("user:%1").arg(it.userId));
        } else {
            for (const Job &j : jobs) {
                if (j.runAsServiceAccountId != it.serviceAccountId || j.startTime <= 0 ||
                    j.startTime >= s.periodTo)
                    continue;
                last = std::max(last, j.startTime);
                inPeriod += j.startTime >= s.periodFrom;
            }
            status = it.idpStatus;
            nf = openFindings.value(QStringLiteral("service-account:%1").arg(it.serviceAccountId));
        }
        QCOMPARE(it.lastUsedAt, last);
        QCOMPARE(it.jobsInPeriod, inPeriod);
        QCOMPARE(it.idpStatus, status);
        QCOMPARE(it.openFindings, nf);
        QString reason;
        if (it.kind == ReviewItem::Kind::Membership && status != QLatin1String("active"))
            reason = QStringLiteral("inactive-user");
        else if (it.kind == ReviewItem::Kind::ServiceAccount && status != QLatin1String("enabled"))
            reason = QStringLiteral("disabled-account");
        else if (it.kind == ReviewItem::Kind::ServiceAccount && it.access.isEmpty())
            reason = QStringLiteral("no-owner");
        else if (nf > 0)
            reason = QStringLiteral("open-findings");
        else if (last == 0)
            reason = QStringLiteral("never-used");
        else if (last < cutoff)
            reason = QStringLiteral("unused");
        else
            reason = QStringLiteral("in-use");
        QCOMPARE(it.reason, reason);
        QCOMPARE(it.recommendation,
                 reason == QLatin1String("in-use") ? ReviewDecision::Keep : ReviewDecision::Revoke);
        (it.recommendation == ReviewDecision::Keep ? keeps : revokes) += 1;
        inactive += reason == QLatin1String("inactive-user");
        findings += reason == QLatin1String("open-findings");
    }
    // The demo has both kinds, and its planted leavers and findings show up as reasons.
    QVERIFY(keeps > 0);
    QVERIFY(revokes > 0);
    QVERIFY(inactive > 0);
    QVERIFY(findings > 0);

    // The planted orphaned service account is recommended for revoking.
    for (const PlantedDrift &p : m_scenario.planted) {
        if (p.rule != QLatin1String("orphaned-credential"))
            continue;
        bool seen = false;
        for (const ReviewItem &it : std::as_const(*items)) {
            if (it.identity.compare(p.subject, Qt::CaseInsensitive) == 0) {
                seen = true;
                QCOMPARE(it.recommendation, ReviewDecision::Revoke);
            }
        }
        QVERIFY2(seen, qPrintable(p.subject));
    }
}

void TestReviews::reasonsAreStatedInWords()
{
    ReviewCampaign c = spec(QStringLiteral("words"));
    ReviewItem it;
    it.lastUsedAt = c.periodTo - 45 * kMsPerDay;
    it.reason = QStringLiteral("unused");
    QCOMPARE(ReviewRules::reasonText(it, c),
             QStringLiteral("no job in 45 days under this access (idle after 7)"));
    it.reason = QStringLiteral("inactive-user");
    it.idpStatus = QStringLiteral("inactive");
    QVERIFY(ReviewRules::reasonText(it, c).contains(QLatin1String("inactive")));
    it.reason = QStringLiteral("open-findings");
    it.openFindings = 2;
    QCOMPARE(ReviewRules::reasonText(it, c), QStringLiteral("2 open finding(s) against this identity"));
}

void TestReviews::decisionRules()
{
    ReviewItem keepPlain;
    keepPlain.recommendation = ReviewDecision::Keep;
    QVERIFY(!ReviewRules::needsJustification(keepPlain, ReviewDecision::Keep));
    QVERIFY(ReviewRules::needsJustification(keepPlain, ReviewDecision::Revoke));
    QVERIFY(!ReviewRules::needsJustification(keepPlain, ReviewDecision::NeedsInfo));
    ReviewItem privileged = keepPlain;
    privileged.privileged = true;
    QVERIFY(ReviewRules::needsJustification(privileged, ReviewDecision::Keep));
    ReviewItem revoke;
    revoke.recommendation = ReviewDecision::Revoke;
    QVERIFY(ReviewRules::needsJustification(revoke, ReviewDecision::Keep));
    QVERIFY(!ReviewRules::needsJustification(revoke, ReviewDecision::Revoke));
    QVERIFY(!ReviewRules::checkDecision(revoke, ReviewDecision::Keep, QStringLiteral("  ")));
    QVERIFY(ReviewRules::checkDecision(revoke, ReviewDecision::Keep, QStringLiteral("on-call rota")));
    QVERIFY(!ReviewRules::checkDecision(revoke, ReviewDecision::None, QStringLiteral("x")));

    // Through the repository: refused without the justification, nothing recorded; recorded with it.
    ReviewRepository repo(m_store->database());
    Result<ReviewCampaign> c = repo.create(spec(QStringLiteral("rules")));
    QVERIFY(c);
    Result<QList<ReviewItem>> items = repo.items(c->id);
    QVERIFY(items);
    const auto target = std::find_if(items->cbegin(), items->cend(), [](const ReviewItem &it) {
        return it.recommendation == ReviewDecision::Revoke;
    });
    QVERIFY(target != items->cend());
    Result<int> refused =
        repo.decide(c->id, {target->id}, ReviewDecision::Keep, QString(), QStringLiteral("alice"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QLatin1String("needs a justification")));
    QCOMPARE(repo.item(target->id)->decision, ReviewDecision::None);
    QVERIFY(!repo.decide(c->id, {target->id}, ReviewDecision::Revoke, QString(), QString()));
    Result<int> ok = repo.decide(c->id, {target->id}, ReviewDecision::Keep,
                                 QStringLiteral("covers the DR drill"), QStringLiteral("alice"));
    QVERIFY(ok);
    const ReviewItem decided = *repo.item(target->id);
    QCOMPARE(decided.decision, ReviewDecision::Keep);
    QCOMPARE(decided.justification, QStringLiteral("covers the DR drill"));
    QCOMPARE(decided.decidedBy, QStringLiteral("alice"));
    QVERIFY(decided.decidedAt > 0);
}

void TestReviews::bulkDecisionIsAllOrNothing()
{
    ReviewRepository repo(m_store->database());
    Result<ReviewCampaign> c = repo.create(spec(QStringLiteral("bulk")));
    QVERIFY(c);
    Result<QList<ReviewItem>> items = repo.items(c->id);
    QVERIFY(items);
    QList<qint64> mixed;
    for (const ReviewItem &it : std::as_const(*items))
        mixed << it.id;
    // Revoking everything without a reason is refused at the first kept-recommended item: nothing recorded.
    QVERIFY(!repo.decide(c->id, mixed, ReviewDecision::Revoke, QString(), QStringLiteral("bob")));
    const QList<ReviewItem> untouched = *repo.items(c->id);
    for (const ReviewItem &it : untouched)
        QCOMPARE(it.decision, ReviewDecision::None);
    Result<int> done =
        repo.decideRecommended(c->id, ReviewDecision::Revoke, QString(), QStringLiteral("bob"));
    QVERIFY(done);
    int revokes = 0;
    const QList<ReviewItem> after = *repo.items(c->id);
    for (const ReviewItem &it : after) {
        revokes += it.recommendation == ReviewDecision::Revoke;
        QCOMPARE(it.decision,
                 it.recommendation == ReviewDecision::Revoke ? ReviewDecision::Revoke : ReviewDecision::None);
    }
    QCOMPARE(*done, revokes);
    // Assignment: the reviewers share the items, each identity with one reviewer.
    QMap<QString, QSet<QString>> reviewersOf;
    for (const ReviewItem &it : std::as_const(*items))
        reviewersOf[it.identity].insert(it.assignee);
    QSet<QString> all;
    for (const auto &set : std::as_const(reviewersOf)) {
        QCOMPARE(set.size(), 1);
        all.unite(set);
    }
    QCOMPARE(all, (QSet<QString>{QStringLiteral("alice"), QStringLiteral("bob")}));
}

Result<ReviewCampaign> TestReviews::createSigned(const QString &name)
{
    ReviewRepository repo(m_store->database());
    Result<ReviewCampaign> c = repo.create(spec(name));
    if (!c)
        return c;
    if (Result<int> r =
            repo.decideRecommended(c->id, ReviewDecision::Revoke, QString(), QStringLiteral("bob"));
        !r)
        return r.error();
    if (Result<int> r = repo.decideRecommended(c->id, ReviewDecision::Keep,
                                               QStringLiteral("used in the period"), QStringLiteral("alice"));
        !r)
        return r.error();
    return ReviewSignOff(m_store->database()).signOff(c->id, QStringLiteral("carol"));
}

void TestReviews::signOffChainsTheDigestAndFreezesTheCampaign()
{
    Result<ReviewCampaign> c = createSigned(QStringLiteral("signed"));
    QVERIFY2(c, c ? "" : qPrintable(c.error().message));
    QVERIFY(c->signedOff);
    QCOMPARE(c->signedBy, QStringLiteral("carol"));
    ReviewRepository repo(m_store->database());
    const QList<ReviewItem> items = *repo.items(c->id);
    QCOMPARE(c->digest, ReviewSignOff::digest(*c, items));

    AuditLog log(m_store->database());
    QVERIFY(log.verify().intact);
    const QList<AuditEntry> entries = *log.entries();
    int signoffs = 0;
    for (const AuditEntry &e : entries) {
        if (e.action == QLatin1String("review.signoff") && e.target == ReviewRepository::auditTarget(c->id)) {
            ++signoffs;
            QCOMPARE(e.seq, c->signoffSeq);
            QCOMPARE(
                QJsonDocument::fromJson(e.request.toUtf8()).object()[QStringLiteral("digest")].toString(),
                c->digest);
        }
    }
    QCOMPARE(signoffs, 1);

    // Twice: refused, and no second audit entry.
    Result<ReviewCampaign> again = ReviewSignOff(m_store->database()).signOff(c->id, QStringLiteral("carol"));
    QVERIFY(!again);
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
    QCOMPARE(log.entries()->size(), entries.size());
    // Editing after sign-off: refused by the repository and by the database itself.
    QVERIFY(!repo.decide(c->id, {items.first().id}, ReviewDecision::NeedsInfo, QStringLiteral("x"),
                         QStringLiteral("alice")));
    QVERIFY(!repo.assign(c->id, {items.first().id}, QStringLiteral("alice")));
    QSqlQuery q(m_store->database());
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE review_items SET decision = 'keep' WHERE id = %1").arg(items.first().id)));
    QVERIFY(!q.exec(QStringLiteral("UPDATE review_campaigns SET name = 'x' WHERE id = %1").arg(c->id)));
    // Creating a campaign writes its items with the connection's triggers off: they are on again.
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM review_items WHERE id = %1").arg(items.first().id)));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO review_items(campaign_id, kind, identity, access, "
                                   "recommendation, reason) VALUES(%1, 'membership', 'x', 'y', 'keep', "
                                   "'in-use')")
                        .arg(c->id)));
    QCOMPARE(repo.items(c->id)->size(), items.size());
    QCOMPARE(repo.item(items.first().id)->decision, items.first().decision);
    // The remediation result can still be recorded.
    QVERIFY(repo.setRemediation(items.first().id, QStringLiteral("applied"), QString(), 0));

    // A correction is a new campaign that references the signed one; an open one cannot be superseded.
    ReviewCampaign correction = spec(QStringLiteral("signed, corrected"));
    correction.supersedes = c->id;
    Result<ReviewCampaign> corrected = repo.create(correction);
    QVERIFY(corrected);
    QCOMPARE(corrected->supersedes, c->id);
    ReviewCampaign bad = spec(QStringLiteral("supersedes an open one"));
    bad.supersedes = corrected->id;
    QVERIFY(!repo.create(bad));
}

void TestReviews::signOffRefusedWhileItemsAreUndecided()
{
    ReviewRepository repo(m_store->database());
    Result<ReviewCampaign> c = repo.create(spec(QStringLiteral("undecided")));
    QVERIFY(c);
    const qsizetype before = AuditLog(m_store->database()).entries()->size();
    Result<ReviewCampaign> s = ReviewSignOff(m_store->database()).signOff(c->id, QStringLiteral("carol"));
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QLatin1String("no decision")));
    QCOMPARE(AuditLog(m_store->database()).entries()->size(), before);
    QVERIFY(!repo.campaign(c->id)->signedOff);
}

// A revocation's remediation finds the membership, the service account (by its email, in any case) and the
// key or token its item names, and nothing once they are gone.
void TestReviews::remediationReadsWhatARevocationActsOn()
{
    QSqlDatabase db = m_store->database();
    QVERIFY(db.transaction()); // rolled back: the other cases see the demo as imported
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT u.id, u.scim_id, u.user_name, g.id, g.scim_id, g.display_name FROM "
                                  "memberships m JOIN users u ON u.id = m.user_id JOIN groups g ON "
                                  "g.id = m.group_id ORDER BY m.user_id, m.group_id LIMIT 1")) &&
            q.next());
    const qint64 userId = q.value(0).toLongLong();
    const qint64 groupId = q.value(3).toLongLong();
    const ReviewRemediationQueries stored(db);
    const auto membership = stored.membership(userId, groupId);
    QVERIFY(membership && *membership);
    QCOMPARE((*membership)->userScimId, q.value(1).toString());
    QCOMPARE((*membership)->userName, q.value(2).toString());
    QCOMPARE((*membership)->groupScimId, q.value(4).toString());
    QCOMPARE((*membership)->groupName, q.value(5).toString());
    QVERIFY(stored.membership(userId, -1) && !*stored.membership(userId, -1));

    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO credentials(kind, source, external_id, name) VALUES('gcp-service-account', 'analytics', "
        "'Etl@Analytics.iam.gserviceaccount.com', 'etl')")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO credentials(kind, source, external_id, name, owner, key_type) VALUES('gcp-key', "
        "'analytics', 'projects/analytics/serviceAccounts/etl/keys/0123456789abcdef', '0123456789abcdef', "
        "'etl@analytics.iam.gserviceaccount.com', 'USER_MANAGED')")));
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM credentials WHERE kind = 'gcp-key' AND name = "
                                  "'0123456789abcdef'")) &&
            q.next());
    const qint64 keyId = q.value(0).toLongLong();
    q.finish();
    const auto account = stored.serviceAccount(QStringLiteral("etl@analytics.iam.gserviceaccount.com"));
    QVERIFY(account && *account);
    QCOMPARE((*account)->source, QStringLiteral("analytics"));
    QCOMPARE((*account)->externalId, QStringLiteral("Etl@Analytics.iam.gserviceaccount.com"));
    QVERIFY(stored.serviceAccount(QStringLiteral("gone@analytics.iam.gserviceaccount.com")) &&
            !*stored.serviceAccount(QStringLiteral("gone@analytics.iam.gserviceaccount.com")));
    const auto key = stored.credential(keyId);
    QVERIFY(key && *key);
    QCOMPARE((*key)->kind, QStringLiteral("gcp-key"));
    QCOMPARE((*key)->source, QStringLiteral("analytics"));
    QCOMPARE((*key)->externalId,
             QStringLiteral("projects/analytics/serviceAccounts/etl/keys/0123456789abcdef"));
    QCOMPARE((*key)->name, QStringLiteral("0123456789abcdef"));
    QCOMPARE((*key)->owner, QStringLiteral("etl@analytics.iam.gserviceaccount.com"));
    QCOMPARE((*key)->keyType, QStringLiteral("USER_MANAGED"));
    QVERIFY(stored.credential(-1) && !*stored.credential(-1));
    QVERIFY(db.rollback());
}

void TestReviews::packVerifiesAndDetectsEveryChange()
{
    Result<ReviewCampaign> c = createSigned(QStringLiteral("pack"));
    QVERIFY(c);
    const QString dir = m_dir.filePath(QStringLiteral("pack"));
    Status written = EvidencePack::write(m_store->database(), c->id, dir);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    EvidencePackVerification v = EvidencePack::verify(dir);
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.digest, c->digest);
    QCOMPARE(v.status, QStringLiteral("signed"));
    QCOMPARE(v.files, 4);

    const QJsonObject manifest =
        QJsonDocument::fromJson(readAll(QDir(dir).filePath(QStringLiteral("manifest.json")))).object();
    QCOMPARE(manifest[QStringLiteral("digest")].toString(), c->digest);
    QCOMPARE(manifest[QStringLiteral("auditChainHead")].toString(), AuditLog(m_store->database()).head());
    // The CSV is formula-safe and lists every item.
    const QByteArray csv = readAll(QDir(dir).filePath(QStringLiteral("decisions.csv")));
    QCOMPARE(int(csv.count("\r\n")), c->items + 1);
    QVERIFY(readAll(QDir(dir).filePath(QStringLiteral("campaign.pdf"))).startsWith("%PDF"));

    // Change one byte of each file in turn (at its start, middle and end): the file is named.
    for (const QString &name : EvidencePack::fileNames()) {
        const QString path = QDir(dir).filePath(name);
        const QByteArray original = readAll(path);
        for (qsizetype at : {qsizetype(0), original.size() / 2, original.size() - 1}) {
            QByteArray changed = original;
            changed[at] = char(changed[at] ^ 0x01);
            writeAll(path, changed);
            const EvidencePackVerification broken = EvidencePack::verify(dir);
            QVERIFY2(!broken.intact, qPrintable(name));
            QCOMPARE(broken.firstMismatch, name);
        }
        writeAll(path, original);
    }
    QVERIFY(EvidencePack::verify(dir).intact);

    // The digest in the manifest, the manifest's hash of a file, or a missing file.
    const QString manifestPath = QDir(dir).filePath(QStringLiteral("manifest.json"));
    const QByteArray manifestBytes = readAll(manifestPath);
    QByteArray otherDigest = manifestBytes;
    const qsizetype at = otherDigest.indexOf(c->digest.toLatin1());
    QVERIFY(at > 0);
    otherDigest[at] = otherDigest[at] == '0' ? '1' : '0';
    writeAll(manifestPath, otherDigest);
    QCOMPARE(EvidencePack::verify(dir).firstMismatch, QStringLiteral("digest"));
    writeAll(manifestPath, manifestBytes);
    QVERIFY(QFile::remove(QDir(dir).filePath(QStringLiteral("audit.json"))));
    QCOMPARE(EvidencePack::verify(dir).firstMismatch, QStringLiteral("audit.json"));
}

void TestReviews::openCampaignPackSaysInProgress()
{
    ReviewRepository repo(m_store->database());
    Result<ReviewCampaign> c = repo.create(spec(QStringLiteral("open pack")));
    QVERIFY(c);
    const QString dir = m_dir.filePath(QStringLiteral("open-pack"));
    QVERIFY(EvidencePack::write(m_store->database(), c->id, dir));
    const EvidencePackVerification v = EvidencePack::verify(dir);
    QVERIFY2(v.intact, qPrintable(v.problem));
    QCOMPARE(v.status, QStringLiteral("in progress"));
    const QJsonArray audit =
        QJsonDocument::fromJson(readAll(QDir(dir).filePath(QStringLiteral("audit.json")))).array();
    QVERIFY(audit.isEmpty());
}

void TestReviews::commandLineSession()
{
    // A database of its own: the other tests' campaigns are not part of this session.
    const QString db = TestStore::location(m_dir, QStringLiteral("cli.db"));
    {
        auto store = Store::open(db);
        QVERIFY(store);
        QVERIFY(ScenarioImporter::write(**store, m_scenario));
    }
    auto run = [](const QStringList &args, QString *out = nullptr, QString *err = nullptr) {
        QProcess p;
        p.start(QStringLiteral(SCIMFLOW_BINARY), args);
        p.waitForFinished(120000);
        if (out)
            *out = QString::fromUtf8(p.readAllStandardOutput());
        const QString e = QString::fromUtf8(p.readAllStandardError());
        if (err)
            *err = e;
        return p.exitCode();
    };
    QString out, err;
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("create"), QStringLiteral("--db"), db,
                  QStringLiteral("--name"), QStringLiteral("Q4 pipeline access"),
                  QStringLiteral("--service-accounts"), QStringLiteral("--from"),
                  QStringLiteral("2026-10-29"), QStringLiteral("--to"), QStringLiteral("2026-11-28"),
                  QStringLiteral("--due"), QStringLiteral("2026-12-15")},
                 &out, &err),
             0);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^campaign (\\d+): (\\d+) items")).match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out + err));
    const QString id = m.captured(1);
    QVERIFY(m.captured(2).toInt() > 0);
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--campaign"), id};

    // Sign-off before every item is decided fails; an unknown decision is a usage error.
    QCOMPARE(run(QStringList{QStringLiteral("review"), QStringLiteral("signoff"),
                             QStringLiteral("--reviewer"), QStringLiteral("carol")} +
                 base),
             1);
    QCOMPARE(run(QStringList{QStringLiteral("review"), QStringLiteral("decide"),
                             QStringLiteral("--all-recommended"), QStringLiteral("--decision"),
                             QStringLiteral("maybe"), QStringLiteral("--reason"), QStringLiteral("x"),
                             QStringLiteral("--reviewer"), QStringLiteral("bob")} +
                 base),
             2);
    for (const QString &d : {QStringLiteral("revoke"), QStringLiteral("keep")}) {
        QCOMPARE(run(QStringList{QStringLiteral("review"), QStringLiteral("decide"),
                                 QStringLiteral("--all-recommended"), QStringLiteral("--decision"), d,
                                 QStringLiteral("--reason"), QStringLiteral("=HYPERLINK(\"x\")"),
                                 QStringLiteral("--reviewer"), QStringLiteral("bob")} +
                         base,
                     &out, &err),
                 0);
    }
    QCOMPARE(run(QStringList{QStringLiteral("review"), QStringLiteral("signoff"),
                             QStringLiteral("--reviewer"), QStringLiteral("carol")} +
                     base,
                 &out, &err),
             0);
    QVERIFY2(out.contains(QLatin1String("signed off by carol")), qPrintable(out + err));
    QCOMPARE(run(QStringList{QStringLiteral("review"), QStringLiteral("signoff"),
                             QStringLiteral("--reviewer"), QStringLiteral("carol")} +
                     base,
                 &out, &err),
             1);
    QVERIFY(err.contains(QLatin1String("signed off")));

    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("list"), QStringLiteral("--db"), db,
                  QStringLiteral("--format"), QStringLiteral("json")},
                 &out),
             0);
    const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject()[QStringLiteral("status")].toString(), QStringLiteral("signed"));

    const QString pack = m_dir.filePath(QStringLiteral("cli-pack"));
    QCOMPARE(
        run(QStringList{QStringLiteral("review"), QStringLiteral("export"), QStringLiteral("--out"), pack} +
                base,
            &out, &err),
        0);
    const QByteArray csv = readAll(QDir(pack).filePath(QStringLiteral("decisions.csv")));
    QVERIFY(csv.contains("'=HYPERLINK"));
    QVERIFY(!csv.contains(",=HYPERLINK"));
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("verify"), pack}, &out, &err), 0);
    QVERIFY(out.contains(QLatin1String("intact")));
    const QString csvPath = QDir(pack).filePath(QStringLiteral("decisions.csv"));
    QByteArray changed = csv;
    changed.replace("revoke", "keep!!");
    writeAll(csvPath, changed);
    QCOMPARE(run({QStringLiteral("review"), QStringLiteral("verify"), pack}, &out, &err), 1);
    QVERIFY2(err.contains(QLatin1String("decisions.csv")), qPrintable(err));
}

QTEST_MAIN(TestReviews)
#include "tst_reviews.moc"
