#include "scenario.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

// The generator builds the world in a fixed order from one QRandomGenerator (whose output for a given seed
// is the same everywhere). Changing the order of calls changes every scenario: tests pin the demo.

namespace Scimflow {

namespace {

constexpr Timestamp kMinute = 60 * 1000LL;

const char *const kFirstNames[] = {
    "Alex",  "Bea",    "Carlos", "Dmitri", "Elena", "Farah", "Greta", "Hiro",   "Ines",  "Jonas",
    "Kemal", "Lucia",  "Mateo",  "Nadia",  "Oskar", "Paula", "Quinn", "Rafael", "Sofia", "Theo",
    "Uma",   "Viktor", "Wen",    "Ximena", "Yusuf", "Zoe",   "Amara", "Bruno",  "Chloe", "Dario",
    "Emil",  "Freya",  "Gustav", "Hanna",  "Ivan",  "Julia", "Kai",   "Leila",  "Milan", "Noor",
};
const char *const kLastNames[] = {
    "Andersen", "Bauer",  "Costa",    "Dubois",    "Eriksen", "Ferreira",  "Garcia", "Hansen",
    "Ito",      "Jansen", "Kowalski", "Larsen",    "Moreau",  "Novak",     "Okafor", "Petrov",
    "Quist",    "Rossi",  "Silva",    "Tanaka",    "Ueda",    "Vargas",    "Weber",  "Xu",
    "Yilmaz",   "Zimmer", "Alves",    "Brandt",    "Conti",   "Dahl",      "Engel",  "Fontana",
    "Gallo",    "Horvat", "Ibsen",    "Jovanovic", "Keller",  "Lindqvist", "Mayer",  "Nilsen",
};

struct DepartmentPlan
{
    const char *department;
    const char *primaryGroup;
};
const DepartmentPlan kDepartments[] = {
    {"Data Platform", "data-engineering"},
    {"Data Platform", "etl-operators"},
    {"Analytics", "analytics"},
    {"Analytics", "bi-readers"},
    {"Finance", "finance-analytics"},
    {"Marketing", "marketing-data"},
    {"Machine Learning", "ml-platform"},
    {"Machine Learning", "ml-research"},
    {"SRE", "sre-oncall"},
    {"Security", "security-admins"},
    {"External", "contractors"},
};

struct GroupPlan
{
    const char *name;
    const char *role; // empty: no pipeline role
};
const GroupPlan kNamedGroups[] = {
    {"data-platform-admins", "dataflow.admin"}, {"security-admins", ""},
    {"data-engineering", "dataflow.developer"}, {"etl-operators", "dataflow.developer"},
    {"analytics", "dataflow.viewer"},           {"bi-readers", "dataflow.viewer"},
    {"finance-analytics", "dataflow.viewer"},   {"marketing-data", "dataflow.viewer"},
    {"ml-platform", "dataflow.developer"},      {"ml-research", "dataflow.viewer"},
    {"sre-oncall", "dataflow.operator"},        {"contractors", ""},
};

struct AccountPlan
{
    const char *name;
    const char *owner; // empty: no owner
    const char *pipeline;
};
const AccountPlan kNamedAccounts[] = {
    {"etl-nightly", "etl-operators", "nightly-revenue-rollup"},
    {"orders-stream", "data-engineering", "orders-stream-enrich"},
    {"ml-train", "ml-platform", "churn-model-train"},
    {"ml-features", "ml-platform", "feature-store-refresh"},
    {"finance-close", "finance-analytics", "month-end-close"},
    {"marketing-sync", "marketing-data", "campaign-attribution"},
    {"reporting-batch", "bi-readers", "exec-dashboard-refresh"},
    {"analytics-refresh", "analytics", "sessionization"},
    {"sre-probe", "sre-oncall", "pipeline-canary"},
    {"dq-checks", "data-engineering", "data-quality-checks"},
    {"lineage-exporter", "data-platform-admins", "lineage-export"},
    {"backup-runner", "data-platform-admins", "warehouse-backup"},
    {"research-sandbox", "ml-research", "embedding-experiments"},
    {"ci-deployer", "data-engineering", "template-deploy"},
    {"legacy-export", "", "legacy-export-weekly"},
};

const char *const kWorkflows[] = {"CI", "Deploy pipelines", "dbt run", "Backfill", "Nightly tests"};

const QString kWorkerRole = QStringLiteral("dataflow.worker");
const QString kDemoDomain = QStringLiteral("example.com");
const QString kProject = QStringLiteral("scimflow-demo");
const QString kLocation = QStringLiteral("europe-west1");
const QString kRepo = QStringLiteral("acme/data-pipelines");
const QString kIdpSource = QStringLiteral("idp");
const QString kProvisioner = QStringLiteral("okta-provisioning");
const QString kEmptyDetails = QStringLiteral("{}");

class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_gen(quint32(seed ^ (seed >> 32)))
    {}
    int below(int n) { return n <= 1 ? 0 : int(m_gen.bounded(quint32(n))); }
    qint64 range(qint64 lo, qint64 hi) // [lo, hi)
    {
        if (hi <= lo)
            return lo;
        const quint64 span = quint64(hi - lo);
        return lo + qint64(m_gen.generate64() % span);
    }
    bool chance(int percent) { return below(100) < percent; }
    quint64 u64() { return m_gen.generate64(); }

private:
    QRandomGenerator m_gen;
};

QString uuid(Rng &rng)
{
    const QString hex = QStringLiteral("%1%2")
                            .arg(rng.u64(), 16, 16, QLatin1Char('0'))
                            .arg(rng.u64(), 16, 16, QLatin1Char('0'));
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

QString oktaId(Rng &rng)
{
    static const char alphabet[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString id = QStringLiteral("00u");
    for (int i = 0; i < 17; ++i)
        id += QLatin1Char(alphabet[rng.below(62)]);
    return id;
}

QString githubLogin(const QString &userName)
{
    return userName.section(QLatin1Char('@'), 0, 0).replace(QLatin1Char('.'), QLatin1Char('-'));
}

/// Working state while a scenario is generated.
class Builder
{
public:
    Builder(const ScenarioSpec &spec, Timestamp anchor)
        : m_spec(spec)
        , m_rng(spec.seed)
    {
        m_s.name = spec.name;
        m_s.seed = spec.seed;
        m_s.anchor = anchor;
    }

    Scenario build();

private:
    void makeGroups();
    void makeUsers();
    void makeMemberships();
    void makeServiceAccounts();
    void plantDemoDrift();
    void plantLargeDrift();
    void makeJobs(int count);
    void makeEvents();
    void plantLargeLeaverJobs();

    int addUser(const QString &first, const QString &last, const QString &department, int suffix);
    void addMember(int group, int user, Timestamp at);
    void deactivate(int user, Timestamp at);
    int groupByName(const QString &name) const { return m_groupIndex.value(name, -1); }
    int activeMemberAt(int group, Timestamp at);
    Job &addJob(const QString &source, const QString &name, Timestamp start, Timestamp duration);
    Job &addDataflowJob(int account, int launcher, Timestamp start, Timestamp duration);
    Job &addGithubRun(int user, Timestamp start, Timestamp duration);
    bool activeAt(int user, Timestamp at) const
    {
        const Timestamp off = m_deactivatedAt.value(user);
        return m_s.users[user].createdAt <= at && (off == 0 || at < off);
    }
    QString roleOfUser(int user) const;

    const ScenarioSpec &m_spec;
    Rng m_rng;
    Scenario m_s;
    bool m_demo = false;

    QHash<QString, int> m_groupIndex;
    QList<QList<int>> m_groupMembers;      // group -> user indexes
    QList<QList<int>> m_userGroups;        // user -> group indexes
    QHash<quint64, Timestamp> m_addedAt;   // (group << 32 | user) -> time
    QHash<int, Timestamp> m_deactivatedAt; // user -> time
    QHash<int, int> m_accountOwner;        // account -> group index (absent: none)
    QList<QString> m_accountPipeline;
    QList<IdentityEvent> m_extraEvents; // planted and in-window events besides the implied history
    qint64 m_jobSerial = 0;
};

int Builder::addUser(const QString &first, const QString &last, const QString &department, int suffix)
{
    User u;
    u.scimId = uuid(m_rng);
    u.externalId = oktaId(m_rng);
    const QString local = first.toLower() + QLatin1Char('.') + last.toLower() +
                          (suffix > 0 ? QString::number(suffix) : QString());
    u.userName = local + QLatin1Char('@') + kDemoDomain;
    u.email = u.userName;
    u.emails = {u.email};
    u.givenName = first;
    u.familyName = last;
    u.displayName = first + QLatin1Char(' ') + last;
    u.department = department;
    u.employeeNumber = QStringLiteral("E%1").arg(m_s.users.size() + 1, 6, 10, QLatin1Char('0'));
    u.createdAt = m_s.anchor - m_rng.range(30 * kMsPerDay, 730 * kMsPerDay);
    u.lastModified = u.createdAt;
    u.version = QStringLiteral("W/\"%1\"").arg(u.createdAt);
    m_s.users << u;
    m_userGroups.append(QList<int>());
    m_s.principalAliases.insert(githubLogin(u.userName), u.userName);
    return int(m_s.users.size() - 1);
}

void Builder::makeGroups()
{
    const int named = int(std::size(kNamedGroups));
    for (int i = 0; i < m_spec.groups; ++i) {
        Group g;
        g.scimId = uuid(m_rng);
        g.externalId = QStringLiteral("00g") + g.scimId.left(8);
        QString role;
        if (i < named) {
            g.displayName = QString::fromLatin1(kNamedGroups[i].name);
            role = QString::fromLatin1(kNamedGroups[i].role);
        } else {
            g.displayName = QStringLiteral("team-%1").arg(i - named + 1, 4, 10, QLatin1Char('0'));
            static const char *const teamRoles[] = {"dataflow.developer", "dataflow.viewer",
                                                    "dataflow.operator"};
            role = QString::fromLatin1(teamRoles[i % 3]);
        }
        g.createdAt = m_s.anchor - m_rng.range(800 * kMsPerDay, 1200 * kMsPerDay);
        g.lastModified = g.createdAt;
        g.version = QStringLiteral("W/\"%1\"").arg(g.createdAt);
        if (!role.isEmpty())
            m_s.groupRoles.insert(g.displayName, {role});
        m_groupIndex.insert(g.displayName, i);
        m_s.groups << g;
        m_groupMembers.append(QList<int>());
    }
    m_s.privilegedGroups = {QStringLiteral("data-platform-admins"), QStringLiteral("security-admins")};
}

void Builder::makeUsers()
{
    const int firsts = int(std::size(kFirstNames));
    const int lasts = int(std::size(kLastNames));
    if (m_demo) {
        // The people the planted drift is about come first, with fixed names.
        addUser(QStringLiteral("Dana"), QStringLiteral("Whitfield"), QStringLiteral("Data Platform"), 0);
        addUser(QStringLiteral("Marcus"), QStringLiteral("Oyelaran"), QStringLiteral("Data Platform"), 0);
        addUser(QStringLiteral("Priya"), QStringLiteral("Raman"), QStringLiteral("Data Platform"), 0);
        addUser(QStringLiteral("Tom"), QStringLiteral("Becker"), QStringLiteral("Data Platform"), 0);
        addUser(QStringLiteral("Lena"), QStringLiteral("Fischer"), QStringLiteral("Analytics"), 0);
    }
    const int plans = int(std::size(kDepartments));
    for (int i = int(m_s.users.size()); i < m_spec.users; ++i) {
        const int combo =
            int((qint64(i) * 281) % (firsts * lasts)); // 281 is coprime to 1600: every name once
        const QString department = QString::fromLatin1(kDepartments[m_rng.below(plans)].department);
        addUser(QString::fromLatin1(kFirstNames[combo % firsts]),
                QString::fromLatin1(kLastNames[combo / firsts]), department, i / (firsts * lasts));
    }
}

void Builder::addMember(int group, int user, Timestamp at)
{
    const quint64 key = (quint64(group) << 32) | quint32(user);
    if (m_addedAt.contains(key))
        return;
    m_addedAt.insert(key, std::min(at, m_s.anchor - kMinute)); // nothing happens after the scenario's "now"

    m_groupMembers[group] << user;
    m_userGroups[user] << group;
}

void Builder::makeMemberships()
{
    const int plans = int(std::size(kDepartments));
    const int named = int(std::size(kNamedGroups));
    const QString security = QStringLiteral("Security");
    for (int u = 0; u < m_s.users.size(); ++u) {
        const User &user = m_s.users[u];
        // Primary group from the department; Security staff join security-admins only when chosen below.
        QList<int> candidates;
        for (int p = 0; p < plans; ++p) {
            if (user.department == QLatin1String(kDepartments[p].department) &&
                QLatin1String(kDepartments[p].primaryGroup) != QLatin1String("security-admins"))
                candidates << groupByName(QString::fromLatin1(kDepartments[p].primaryGroup));
        }
        if (user.department == security)
            candidates << groupByName(QStringLiteral("sre-oncall"));
        const Timestamp joined = user.createdAt + m_rng.range(kMinute, 2 * kMsPerDay);
        addMember(candidates[m_rng.below(int(candidates.size()))], u, joined);
        // Further memberships: a second named group in the demo, random teams in larger worlds.
        for (int extra = 1; extra < m_spec.membershipsPerUser; ++extra) {
            int g;
            if (m_s.groups.size() > named)
                g = named + m_rng.below(int(m_s.groups.size()) - named);
            else
                g = candidates[m_rng.below(int(candidates.size()))];
            addMember(g, u, user.createdAt + m_rng.range(kMinute, 60 * kMsPerDay));
        }
    }
    // Privileged groups: a few people from the matching department.
    const int admins = groupByName(QStringLiteral("data-platform-admins"));
    const int secAdmins = groupByName(QStringLiteral("security-admins"));
    const int wanted = m_demo ? 3 : 30;
    int addedAdmins = 0;
    int addedSec = 0;
    for (int u = 0; u < m_s.users.size() && (addedAdmins < wanted || addedSec < wanted); ++u) {
        const User &user = m_s.users[u];
        if (m_demo && u < 5 && u != 2)
            continue; // of the planted people only Priya is an admin
        if (user.department == QLatin1String("Data Platform") && addedAdmins < wanted) {
            addMember(admins, u, user.createdAt + 3 * kMsPerDay);
            ++addedAdmins;
        } else if (user.department == security && addedSec < wanted) {
            addMember(secAdmins, u, user.createdAt + 3 * kMsPerDay);
            ++addedSec;
        }
    }
}

void Builder::makeServiceAccounts()
{
    const int named = int(std::size(kNamedAccounts));
    for (int i = 0; i < m_spec.serviceAccounts; ++i) {
        ServiceAccount sa;
        QString name;
        QString owner;
        QString pipeline;
        if (i < named) {
            name = QString::fromLatin1(kNamedAccounts[i].name);
            owner = QString::fromLatin1(kNamedAccounts[i].owner);
            pipeline = QString::fromLatin1(kNamedAccounts[i].pipeline);
            if (!m_demo && owner.isEmpty())
                owner = QStringLiteral("data-engineering");
        } else {
            name = QStringLiteral("pipeline-%1").arg(i - named + 1, 4, 10, QLatin1Char('0'));
            // Owned by a team that has members, so that jobs can be launched by someone.
            owner = m_s.groups[int(std::size(kNamedGroups)) +
                               m_rng.below(int(m_s.groups.size() - std::size(kNamedGroups)))]
                        .displayName;
            pipeline = name + QStringLiteral("-job");
        }
        sa.email = name + QLatin1Char('@') + kProject + QStringLiteral(".iam.gserviceaccount.com");
        sa.displayName = name;
        sa.expectedRole = kWorkerRole;
        sa.createdAt = m_s.anchor - m_rng.range(200 * kMsPerDay, 900 * kMsPerDay);
        if (!owner.isEmpty()) {
            const int g = groupByName(owner);
            sa.ownerGroupScimId = m_s.groups[g].scimId;
            m_accountOwner.insert(i, g);
        }
        m_s.serviceAccounts << sa;
        m_accountPipeline << pipeline;
    }
}

void Builder::deactivate(int user, Timestamp at)
{
    m_deactivatedAt.insert(user, at);
    User &u = m_s.users[user];
    u.active = false;
    u.lastModified = std::max(u.lastModified, at);
    u.version = QStringLiteral("W/\"%1\"").arg(u.lastModified);
}

int Builder::activeMemberAt(int group, Timestamp at)
{
    const QList<int> &members = m_groupMembers[group];
    if (members.isEmpty())
        return -1;
    const int start = m_rng.below(int(members.size()));
    for (int k = 0; k < members.size(); ++k) {
        const int u = members[(start + k) % members.size()];
        if (activeAt(u, at) && (m_deactivatedAt.value(u) == 0))
            return u;
    }
    return -1;
}

QString Builder::roleOfUser(int user) const
{
    for (int g : m_userGroups[user]) {
        const QStringList roles = m_s.groupRoles.value(m_s.groups[g].displayName);
        if (!roles.isEmpty())
            return roles.first();
    }
    return {};
}

Job &Builder::addJob(const QString &source, const QString &name, Timestamp start, Timestamp duration)
{
    Job j;
    j.source = source;
    j.name = name;
    j.createTime = start - m_rng.range(5000, 3 * kMinute);
    j.startTime = start;
    const Timestamp end = start + duration;
    if (end > m_s.anchor) {
        j.state = Job::State::Running;
    } else {
        j.endTime = end;
        const int roll = m_rng.below(100);
        j.state = roll < 85 ? Job::State::Succeeded : roll < 95 ? Job::State::Failed : Job::State::Cancelled;
    }
    j.stateTime = j.endTime ? j.endTime : start;
    m_s.jobs << j;
    ++m_jobSerial;
    return m_s.jobs.last();
}

Job &Builder::addDataflowJob(int account, int launcher, Timestamp start, Timestamp duration)
{
    const ServiceAccount &sa = m_s.serviceAccounts[account];
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(start, QTimeZone::utc());
    Job &j =
        addJob(QStringLiteral("dataflow"),
               m_accountPipeline[account] + when.toString(QStringLiteral("-yyyyMMdd-HHmm")), start, duration);
    j.externalId = when.toString(QStringLiteral("yyyy-MM-dd_HH_mm_ss-")) +
                   QString::number(m_rng.u64() % 10000000000000000000ULL);
    static const char *const rawStates[] = {"JOB_STATE_UNKNOWN", "JOB_STATE_PENDING", "JOB_STATE_RUNNING",
                                            "JOB_STATE_DONE",    "JOB_STATE_FAILED",  "JOB_STATE_CANCELLED"};
    j.rawState = QString::fromLatin1(rawStates[int(j.state)]);
    j.project = kProject;
    j.location = kLocation;
    j.launcher = launcher >= 0 ? m_s.users[launcher].userName : QString();
    j.runAs = sa.email;
    j.role = sa.expectedRole;
    j.labels.insert(QStringLiteral("pipeline"), m_accountPipeline[account]);
    j.labels.insert(QStringLiteral("team"), m_accountOwner.contains(account)
                                                ? m_s.groups[m_accountOwner.value(account)].displayName
                                                : QStringLiteral("none"));
    return j;
}

Job &Builder::addGithubRun(int user, Timestamp start, Timestamp duration)
{
    Job &j =
        addJob(QStringLiteral("github"),
               QString::fromLatin1(kWorkflows[m_rng.below(int(std::size(kWorkflows)))]), start, duration);
    j.externalId = QString::number(9000000000LL + m_jobSerial * 7 + m_rng.below(7));
    static const char *const rawStates[] = {"unknown", "queued",  "in_progress",
                                            "success", "failure", "cancelled"};
    j.rawState = QString::fromLatin1(rawStates[int(j.state)]);
    j.project = kRepo;
    j.launcher = githubLogin(m_s.users[user].userName);
    j.runAs = j.launcher;
    j.role = roleOfUser(user);
    j.labels.insert(QStringLiteral("event"),
                    m_rng.chance(70) ? QStringLiteral("push") : QStringLiteral("workflow_dispatch"));
    return j;
}

void Builder::makeJobs(int count)
{
    const Timestamp windowStart = m_s.anchor - Timestamp(m_spec.days) * kMsPerDay;
    const int accounts = int(m_s.serviceAccounts.size());
    QList<int>
        usable; // accounts with an owner that has members; the demo's legacy account is planted by hand
    for (int a = 0; a < accounts; ++a) {
        if (m_accountOwner.contains(a) && !m_groupMembers[m_accountOwner.value(a)].isEmpty())
            usable << a;
    }
    const int orders = 1; // orders-stream: the demo's streaming account
    int attempts = 0;
    const int maxAttempts = count * 50; // bounded even if every candidate is rejected
    while (count > 0 && attempts < maxAttempts) {
        ++attempts;
        const Timestamp start = m_rng.range(windowStart, m_s.anchor - 30 * kMinute);
        if (m_rng.below(3) < 2) {
            const int account = usable[m_rng.below(int(usable.size()))];
            const int launcher = activeMemberAt(m_accountOwner.value(account), start);
            if (launcher < 0)
                continue;
            const bool streaming = m_demo && account == orders && m_rng.chance(30);
            const Timestamp duration = streaming ? m_rng.range(2 * kMsPerDay, 30 * kMsPerDay)
                                                 : m_rng.range(3 * kMinute, 120 * kMinute);
            // A launcher who leaves later must not have a run still going when they leave: the planted drift
            // is the only ghost run.
            addDataflowJob(account, launcher, start, duration);
        } else {
            const int user = m_rng.below(int(m_s.users.size()));
            if (!activeAt(user, start) || m_deactivatedAt.value(user) != 0 || roleOfUser(user).isEmpty())
                continue;
            addGithubRun(user, start, m_rng.range(kMinute, 45 * kMinute));
        }
        --count;
    }
}

void Builder::plantDemoDrift()
{
    const Timestamp now = m_s.anchor;
    const int dana = 0, marcus = 1, priya = 2, tom = 3, lena = 4;
    const int dataEng = groupByName(QStringLiteral("data-engineering"));
    const int etl = groupByName(QStringLiteral("etl-operators"));
    for (int u : {dana, marcus, tom})
        addMember(dataEng, u, m_s.users[u].createdAt + kMsPerDay);
    addMember(etl, marcus, m_s.users[marcus].createdAt + kMsPerDay);

    // Clean leavers: deactivated, nothing ran under them afterwards.
    deactivate(tom, now - 10 * kMsPerDay);
    deactivate(lena, now - 40 * kMsPerDay);

    // 1. Ghost run: Dana left three days ago; the stream she started five days ago still runs as her.
    deactivate(dana, now - 3 * kMsPerDay);
    {
        Job &j = addDataflowJob(1, dana, now - 5 * kMsPerDay, 40 * kMsPerDay);
        j.runAs = m_s.users[dana].userName;
        j.role = QStringLiteral("dataflow.developer");
        m_s.planted << PlantedDrift{
            QStringLiteral("ghost-run"), QStringLiteral("job"), j.externalId,
            QStringLiteral("orders stream still running as Dana Whitfield, deactivated 3 days ago")};
    }
    // 2. Post-deprovisioning start: Marcus left six days ago; a job was launched with his session two days
    // ago.
    deactivate(marcus, now - 6 * kMsPerDay);
    {
        Job &j = addDataflowJob(0, marcus, now - 2 * kMsPerDay, 38 * kMinute);
        j.state = Job::State::Succeeded;
        j.rawState = QStringLiteral("JOB_STATE_DONE");
        m_s.planted << PlantedDrift{
            QStringLiteral("post-deprovisioning-start"), QStringLiteral("job"), j.externalId,
            QStringLiteral("nightly rollup started 4 days after Marcus Oyelaran was deactivated")};
    }
    // 3. Orphaned credential: legacy-export has no owner and its last run ended eight days ago.
    const int legacy = int(m_s.serviceAccounts.size()) - 1;
    {
        const int launcher = tom; // ran it before leaving
        for (int weeks : {3, 2}) {
            Job &j = addDataflowJob(legacy, launcher, now - (weeks * 7 + 1) * kMsPerDay, 50 * kMinute);
            j.state = Job::State::Succeeded;
            j.rawState = QStringLiteral("JOB_STATE_DONE");
        }
        Job &last = addDataflowJob(legacy, -1, now - 8 * kMsPerDay - 50 * kMinute, 50 * kMinute);
        last.launcher = m_s.serviceAccounts[legacy].email; // scheduled by itself
        last.state = Job::State::Succeeded;
        last.rawState = QStringLiteral("JOB_STATE_DONE");
        m_s.planted << PlantedDrift{
            QStringLiteral("orphaned-credential"), QStringLiteral("service-account"),
            m_s.serviceAccounts[legacy].email,
            QStringLiteral("no owning group; last run ended 8 days ago; still active")};
    }
    // 4. Privileged drift: Priya, a data-platform admin, moved to Marketing four days ago.
    {
        User &p = m_s.users[priya];
        IdentityEvent e;
        e.at = now - 4 * kMsPerDay;
        e.kind = IdentityEvent::Kind::Updated;
        e.userScimId = p.scimId;
        e.subject = p.userName;
        e.actor = QStringLiteral("hr-sync");
        e.source = kIdpSource;
        e.details = QStringLiteral(R"({"department":{"old":"Data Platform","new":"Marketing"}})");
        m_extraEvents << e;
        p.department = QStringLiteral("Marketing");
        p.lastModified = e.at;
        p.version = QStringLiteral("W/\"%1\"").arg(p.lastModified);
        m_s.planted << PlantedDrift{
            QStringLiteral("privileged-drift"), QStringLiteral("user"), p.userName,
            QStringLiteral("member of data-platform-admins; department changed to Marketing")};
    }
    // 5. Role mapping drift: marketing-data's service account runs with dataflow.admin.
    {
        const int marketing = 5;
        int launcher = activeMemberAt(m_accountOwner.value(marketing), now - 6 * kMsPerDay);
        if (launcher < 0)
            launcher = priya; // nobody else in marketing-data: the new Marketing member launched them
        for (int day : {1, 3, 5}) {
            Job &j =
                addDataflowJob(marketing, launcher, now - day * kMsPerDay - 6 * kMsPerHour, 25 * kMinute);
            j.role = QStringLiteral("dataflow.admin");
            j.state = Job::State::Succeeded;
            j.rawState = QStringLiteral("JOB_STATE_DONE");
        }
        m_s.planted << PlantedDrift{
            QStringLiteral("role-mapping-drift"), QStringLiteral("service-account"),
            m_s.serviceAccounts[marketing].email,
            QStringLiteral("group marketing-data maps to dataflow.worker for this account; "
                           "its jobs run as dataflow.admin")};
    }
    // 6. Unknown principal: an outside contractor launched a backfill.
    {
        Job &j = addDataflowJob(9, -1, now - 9 * kMsPerDay, 70 * kMinute);
        j.launcher = QStringLiteral("ext.contractor@partner-agency.example");
        j.state = Job::State::Succeeded;
        j.rawState = QStringLiteral("JOB_STATE_DONE");
        m_s.planted << PlantedDrift{QStringLiteral("unknown-principal"), QStringLiteral("principal"),
                                    j.launcher,
                                    QStringLiteral("launched a data-quality backfill; matches no IdP user")};
    }
    // Everyday, clean history inside the window: a hire and a team change.
    {
        const int hire = 10;
        User &h = m_s.users[hire];
        h.createdAt = now - 6 * kMsPerDay;
        h.lastModified = h.createdAt;
        h.version = QStringLiteral("W/\"%1\"").arg(h.lastModified);
        for (int g : m_userGroups[hire])
            m_addedAt.insert((quint64(g) << 32) | quint32(hire), h.createdAt + 20 * kMinute);
    }
}

void Builder::plantLargeDrift()
{
    // About 1.5% of the people have left; a few dozen of them still have pipelines running or starting.
    const Timestamp now = m_s.anchor;
    const int leavers = int(m_s.users.size()) * 15 / 1000;
    for (int k = 0; k < leavers; ++k) {
        const int u = m_rng.below(int(m_s.users.size()));
        deactivate(u, now - m_rng.range(kMsPerDay, Timestamp(m_spec.days) * kMsPerDay));
    }
}

void Builder::plantLargeLeaverJobs()
{
    // Fifty leavers whose sessions were reused: a job started after their deactivation.
    QList<int> leavers = m_deactivatedAt.keys();
    std::sort(leavers.begin(), leavers.end());
    const int accounts = int(m_s.serviceAccounts.size());
    for (int k = 0; k < 50 && k < leavers.size(); ++k) {
        const int u = leavers[k];
        const Timestamp off = m_deactivatedAt.value(u);
        const Timestamp start =
            std::min(off + m_rng.range(kMsPerHour, 2 * kMsPerDay), m_s.anchor - kMsPerHour);
        Job &j = addDataflowJob(m_rng.below(accounts), u, start, m_rng.range(10 * kMinute, 90 * kMinute));
        m_s.planted << PlantedDrift{QStringLiteral("post-deprovisioning-start"), QStringLiteral("job"),
                                    j.externalId, QString()};
    }
}

void Builder::makeEvents()
{
    QList<IdentityEvent> &events = m_s.events;
    const qint64 wanted = m_spec.identityEvents;
    events.reserve(wanted > 0 ? wanted : m_s.users.size() * 4);
    for (int u = 0; u < m_s.users.size(); ++u) {
        const User &user = m_s.users[u];
        IdentityEvent e;
        e.at = user.createdAt;
        e.kind = IdentityEvent::Kind::Created;
        e.userScimId = user.scimId;
        e.subject = user.userName;
        e.actor = kProvisioner;
        e.source = kIdpSource;
        e.details = kEmptyDetails;
        events << e;
        for (int g : m_userGroups[u]) {
            IdentityEvent m = e;
            m.kind = IdentityEvent::Kind::MembershipAdded;
            m.at = m_addedAt.value((quint64(g) << 32) | quint32(u));
            m.groupScimId = m_s.groups[g].scimId;
            events << m;
        }
        if (const Timestamp off = m_deactivatedAt.value(u)) {
            IdentityEvent d = e;
            d.kind = IdentityEvent::Kind::Deactivated;
            d.at = off;
            events << d;
        }
    }
    events += m_extraEvents;
    // Filler: attribute updates (title, phone) so large worlds reach the requested event count.
    static const QString filler[] = {QStringLiteral(R"({"attributes":["title"]})"),
                                     QStringLiteral(R"({"attributes":["phoneNumbers"]})")};
    while (wanted > 0 && events.size() < wanted) {
        const int u = m_rng.below(int(m_s.users.size()));
        const User &user = m_s.users[u];
        IdentityEvent e;
        e.at = m_rng.range(user.createdAt, m_s.anchor);
        e.kind = IdentityEvent::Kind::Updated;
        e.userScimId = user.scimId;
        e.subject = user.userName;
        e.actor = kProvisioner;
        e.source = kIdpSource;
        e.details = filler[m_rng.below(2)];
        events << e;
    }
    std::stable_sort(events.begin(), events.end(),
                     [](const IdentityEvent &a, const IdentityEvent &b) { return a.at < b.at; });
}

Scenario Builder::build()
{
    m_demo = m_spec.name == QLatin1String("demo");
    makeGroups();
    makeUsers();
    makeMemberships();
    makeServiceAccounts();
    const qint64 before = m_s.jobs.size();
    if (m_demo)
        plantDemoDrift();
    else
        plantLargeDrift();
    if (!m_demo)
        plantLargeLeaverJobs();
    makeJobs(m_spec.jobs - int(m_s.jobs.size() - before));
    makeEvents();

    for (int g = 0; g < m_s.groups.size(); ++g) {
        Group &group = m_s.groups[g];
        QList<int> members = m_groupMembers[g];
        std::sort(members.begin(), members.end());
        group.memberScimIds.reserve(members.size());
        for (int u : members) {
            group.memberScimIds << m_s.users[u].scimId;
            group.lastModified =
                std::max(group.lastModified, m_addedAt.value((quint64(g) << 32) | quint32(u)));
        }
        group.version = QStringLiteral("W/\"%1\"").arg(group.lastModified);
    }
    std::stable_sort(m_s.jobs.begin(), m_s.jobs.end(),
                     [](const Job &a, const Job &b) { return a.startTime < b.startTime; });
    return std::move(m_s);
}

} // namespace

Scenario ScenarioGenerator::generate(const ScenarioSpec &spec, Timestamp anchor)
{
    Builder builder(spec, anchor);
    return builder.build();
}

} // namespace Scimflow
