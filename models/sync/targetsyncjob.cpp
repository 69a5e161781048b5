#include "targetsyncjob.h"

#include "backgroundpool.h"
#include "scimcursorlistjob.h"
#include "scimfiltertext.h"
#include "scimlistjob.h"
#include "store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtConcurrent>

namespace Scimflow {

QString TargetSyncSummary::toLine() const
{
    QString line =
        QCoreApplication::translate("Scimflow::TargetSyncJob",
                                    "target %1: %2 users, %3 groups, %4 memberships (%5, %6 requests")
            .arg(target)
            .arg(changes.users)
            .arg(changes.groups)
            .arg(changes.memberships)
            .arg(cursorPaging ? QCoreApplication::translate("Scimflow::TargetSyncJob", "cursor paging")
                              : QCoreApplication::translate("Scimflow::TargetSyncJob", "startIndex paging"))
            .arg(requests);
    if (membershipQueries > 0)
        line +=
            QCoreApplication::translate("Scimflow::TargetSyncJob", ", %1 of them per-user membership queries")
                .arg(membershipQueries);
    if (restarts > 0)
        line += QCoreApplication::translate("Scimflow::TargetSyncJob",
                                            ", %1 listing(s) restarted after a cursor fault")
                    .arg(restarts);
    if (!incrementalPossible)
        line += QCoreApplication::translate("Scimflow::TargetSyncJob", "; no incremental read: full read");
    line += QLatin1Char(')');
    if (changes.baseline)
        line += QCoreApplication::translate("Scimflow::TargetSyncJob", "; first read: the baseline");
    else
        line += QCoreApplication::translate("Scimflow::TargetSyncJob",
                                            "; since the last read: %1 users added, %2 removed, %3 changed; "
                                            "%4 memberships added, %5 removed")
                    .arg(changes.usersAdded)
                    .arg(changes.usersRemoved)
                    .arg(changes.usersChanged)
                    .arg(changes.membershipsAdded)
                    .arg(changes.membershipsRemoved);
    return line;
}

TargetSyncJob::TargetSyncJob(ScimClient *client, QString targetName, QString databasePath, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_databasePath(std::move(databasePath))
{
    qRegisterMetaType<Scimflow::TargetSyncSummary>();
    qRegisterMetaType<Scimflow::Error>();
    m_snapshot.name = targetName;
    m_summary.target = std::move(targetName);
}

TargetSyncJob::~TargetSyncJob()
{
    // Listings cancelled below report synchronously: nothing is recorded or signalled from here.
    m_running = false;
    m_cancelled->store(true);
    const auto lists = std::exchange(m_lists, {});
    for (const QPointer<QObject> &l : lists) {
        if (auto *job = qobject_cast<ScimListJob *>(l.data()))
            job->cancel();
        else if (auto *cursorJob = qobject_cast<ScimCursorListJob *>(l.data()))
            cursorJob->cancel();
    }
    if (m_watcher)
        m_watcher->waitForFinished(); // the worker reads m_snapshot
}

void TargetSyncJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_startedMs = QDateTime::currentMSecsSinceEpoch();
    QUrl url = m_client->baseUrl();
    url.setUserInfo(QString());
    url.setQuery(QString());
    m_snapshot.baseUrl = url.toString();
    m_snapshot.vendor = m_client->profile().name;
    Q_EMIT phaseChanged(tr("Reading the capabilities of target %1").arg(m_summary.target));
    m_client->discover(this, [this](const Result<ServiceProviderInfo> &info) {
        if (!info) {
            fail(info.error());
            return;
        }
        QStringList served = info->schemas;
        for (const QString &type : info->resourceTypes)
            served << QStringLiteral("resourceType:") + type;
        served.sort();
        m_snapshot.schemasDocument = served.join(QLatin1Char('\n')).toUtf8();
        m_summary.cursorPaging = m_client->pagesByCursor();
        m_summary.incrementalPossible = m_client->profile().incrementalFilter && info->filterSupported;
        Q_EMIT phaseChanged(tr("Reading the users of target %1").arg(m_summary.target));
        list(ScimParser::Kind::Users, QString(), [this](const ScimListing &users) {
            m_snapshot.users = users.users;
            Q_EMIT phaseChanged(tr("Reading the groups of target %1").arg(m_summary.target));
            list(ScimParser::Kind::Groups, QString(), [this](const ScimListing &groups) {
                m_snapshot.groups = groups.groups;
                readMemberships();
            });
        });
    });
}

void TargetSyncJob::list(ScimParser::Kind kind, const QString &filter, ListDone next)
{
    auto handle = [this, next](const Result<ScimListing> &r) {
        if (!m_running)
            return;
        if (!r) {
            fail(r.error());
            return;
        }
        m_summary.requests += r->requests;
        m_summary.restarts += r->restarts;
        next(*r);
    };
    const bool perUser = !filter.isEmpty();
    if (m_client->pagesByCursor()) {
        ScimCursorListJob *job = m_client->listByCursor(kind, filter);
        m_lists << job;
        if (!perUser)
            connect(job, &ScimCursorListJob::progress, this, &TargetSyncJob::progress);
        connect(job, &ScimCursorListJob::finished, this, [this, job, handle] {
            m_lists.removeAll(job);
            handle(job->result());
        });
    } else {
        ScimListJob *job = m_client->list(kind, filter);
        m_lists << job;
        if (!perUser)
            connect(job, &ScimListJob::progress, this, &TargetSyncJob::progress);
        connect(job, &ScimListJob::finished, this, [this, job, handle] {
            m_lists.removeAll(job);
            handle(job->result());
        });
    }
}

void TargetSyncJob::readMemberships()
{
    const VendorProfile &profile = m_client->profile();
    const bool groupsListMembers =
        !m_snapshot.groups.isEmpty() && std::all_of(m_snapshot.groups.cbegin(), m_snapshot.groups.cend(),
                                                    [](const Group &g) { return g.membersListed; });
    const bool usersNameGroups = std::any_of(m_snapshot.users.cbegin(), m_snapshot.users.cend(),
                                             [](const User &u) { return !u.groupScimIds.isEmpty(); });
    VendorProfile::MembershipRead how = profile.membershipRead;
    if (how == VendorProfile::MembershipRead::GroupMembers && !groupsListMembers)
        how = usersNameGroups ? VendorProfile::MembershipRead::UserGroups
                              : VendorProfile::MembershipRead::PerUserQuery;
    if (m_snapshot.groups.isEmpty() || how == VendorProfile::MembershipRead::GroupMembers) {
        write();
        return;
    }
    m_groupIndex.clear();
    for (int i = 0; i < m_snapshot.groups.size(); ++i) {
        m_snapshot.groups[i].memberScimIds.clear();
        m_groupIndex.insert(m_snapshot.groups[i].scimId, i);
    }
    if (how == VendorProfile::MembershipRead::UserGroups) {
        for (const User &u : std::as_const(m_snapshot.users)) {
            for (const QString &g : u.groupScimIds) {
                if (const int i = m_groupIndex.value(g, -1); i >= 0)
                    m_snapshot.groups[i].memberScimIds << u.scimId;
            }
        }
        write();
        return;
    }
    // One query per user, a few at a time: the target lists groups without their members.
    Q_EMIT phaseChanged(
        tr("Reading the group memberships of target %1, one query per user").arg(m_summary.target));
    for (const User &u : std::as_const(m_snapshot.users))
        m_membershipQueue << u.scimId;
    m_membershipDone = 0;
    Q_EMIT progress(0, m_snapshot.users.size());
    pumpMembershipQueries();
}

void TargetSyncJob::pumpMembershipQueries()
{
    while (m_running && !m_membershipQueue.isEmpty() && m_membershipInFlight < kMaxMembershipQueries) {
        const QString userId = m_membershipQueue.takeFirst();
        ++m_membershipInFlight;
        ++m_summary.membershipQueries;
        list(ScimParser::Kind::Groups, ScimFilterText::equals(QStringLiteral("members"), userId),
             [this, userId](const ScimListing &groups) {
                 --m_membershipInFlight;
                 ++m_membershipDone;
                 for (const Group &g : groups.groups) {
                     if (const int i = m_groupIndex.value(g.scimId, -1); i >= 0)
                         m_snapshot.groups[i].memberScimIds << userId;
                 }
                 Q_EMIT progress(m_membershipDone, m_snapshot.users.size());
                 pumpMembershipQueries();
             });
    }
    if (m_running && m_membershipQueue.isEmpty() && m_membershipInFlight == 0)
        write();
}

void TargetSyncJob::write()
{
    if (m_cancelled->load()) {
        fail(Error::make(
            Error::Kind::Cancelled,
            tr("The sync of target %1 was cancelled; nothing was changed.").arg(m_summary.target)));
        return;
    }
    Q_EMIT phaseChanged(tr("Saving the snapshot of target %1").arg(m_summary.target));
    m_snapshot.statsExtra =
        QStringLiteral("\"requests\":%1,\"membershipQueries\":%2,\"restarts\":%3,\"paging\":\"%4\"")
            .arg(m_summary.requests)
            .arg(m_summary.membershipQueries)
            .arg(m_summary.restarts)
            .arg(m_summary.cursorPaging ? QStringLiteral("cursor") : QStringLiteral("startIndex"));
    m_watcher = new QFutureWatcher<Result<TargetChanges>>(this);
    connect(m_watcher, &QFutureWatcher<Result<TargetChanges>>::finished, this, [this] {
        const Result<TargetChanges> r = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        if (!r) {
            fail(r.error());
            return;
        }
        m_running = false;
        m_summary.changes = *r;
        m_summary.durationMs = QDateTime::currentMSecsSinceEpoch() - m_startedMs;
        Q_EMIT finished(m_summary);
    });
    const QString path = m_databasePath;
    const TargetSnapshot *snapshot = &m_snapshot;
    const auto cancelled = m_cancelled;
    m_watcher->setFuture(
        QtConcurrent::run(backgroundPool(), [path, snapshot, cancelled]() -> Result<TargetChanges> {
            Result<std::unique_ptr<Store>> store = Store::open(path);
            if (!store)
                return store.error();
            return TargetRepository((*store)->database()).writeSnapshot(*snapshot, cancelled.get());
        }));
}

void TargetSyncJob::cancel()
{
    if (!m_running)
        return;
    m_cancelled->store(true);
    if (m_watcher)
        return; // the writer checks the flag before it commits
    fail(Error::make(Error::Kind::Cancelled,
                     tr("The sync of target %1 was cancelled; nothing was changed.").arg(m_summary.target)));
}

void TargetSyncJob::fail(Error error)
{
    if (!m_running)
        return;
    m_running = false;
    const auto lists = std::exchange(m_lists, {});
    for (const QPointer<QObject> &l : lists) {
        if (auto *job = qobject_cast<ScimListJob *>(l.data()))
            job->cancel();
        else if (auto *cursorJob = qobject_cast<ScimCursorListJob *>(l.data()))
            cursorJob->cancel();
    }
    if (Result<std::unique_ptr<Store>> store = Store::open(m_databasePath)) {
        const QString status =
            error.kind == Error::Kind::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed");
        if (const Status recorded =
                TargetRepository((*store)->database())
                    .recordRun(m_snapshot.name, m_snapshot.baseUrl, m_snapshot.vendor, status, error.message);
            !recorded)
            error.message += QStringLiteral(" (The failed run could not be recorded either: %1)")
                                 .arg(recorded.error().message);
    }
    error.message = tr("Target %1: %2").arg(m_summary.target, error.message);
    Q_EMIT failed(error);
}

} // namespace Scimflow
