#include "graphdirectoryreader.h"

#include "httpclient.h"
#include "httpjob.h"
#include "store.h"
#include "storeddirectory.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Scimflow {

namespace {

/// The error Graph puts in a failed answer: {"error": {"code": "...", "message": "..."}}.
QString graphErrorCode(const QByteArray &body)
{
    return QJsonDocument::fromJson(body)
        .object()
        .value(QLatin1String("error"))
        .toObject()
        .value(QLatin1String("code"))
        .toString();
}

QString graphErrorMessage(const QByteArray &body)
{
    const QJsonObject e = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    const QString code = e.value(QLatin1String("code")).toString();
    const QString message = e.value(QLatin1String("message")).toString().left(300);
    if (code.isEmpty())
        return message;
    return message.isEmpty() ? code : code + QStringLiteral(": ") + message;
}

/// Where a request went, for messages: scheme, host and path, never the query (skip tokens are opaque state).
QString describe(const QUrl &url)
{
    return QStringLiteral("GET ") + url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
}

bool isResyncAnswer(int status, const QByteArray &body)
{
    if (status == 410)
        return true;
    const QString code = graphErrorCode(body);
    return status == 400 &&
           (code == QLatin1String("resyncRequired") || code == QLatin1String("syncStateNotFound") ||
            code == QLatin1String("syncStateInvalid"));
}

} // namespace

GraphDirectoryReader::GraphDirectoryReader(HttpClient *http, QUrl graphUrl, QObject *parent)
    : DirectoryReader(parent)
    , m_http(http)
    , m_graphUrl(std::move(graphUrl))
{
    QString path = m_graphUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_graphUrl.setPath(path);
}

GraphDirectoryReader::~GraphDirectoryReader()
{
    if (m_job)
        m_job->disconnect(this);
}

void GraphDirectoryReader::probe(QObject *context, std::function<void(const Result<QString> &)> done)
{
    if (!m_http) {
        done(Error::make(Error::Kind::Internal, tr("The HTTP client is gone.")));
        return;
    }
    if (Status s = HttpClient::checkUrl(m_graphUrl); !s) {
        done(s.error());
        return;
    }
    auto get = [this](const QString &path) {
        QUrl url = m_graphUrl;
        url.setPath(m_graphUrl.path() + path);
        url.setQuery(QStringLiteral("$top=1"));
        HttpRequest request = HttpRequest::get(url);
        request.acceptedTypes = {"application/json"};
        return request;
    };
    auto refused = [](const HttpRequest &request, const Result<HttpResponse> &r) -> Error {
        if (!r)
            return r.error();
        const QString detail = graphErrorMessage(r->body);
        return Error::make(r->status == 401 || r->status == 403 ? Error::Kind::Auth : Error::Kind::Http,
                           tr("Graph answered %1 with HTTP %2%3.")
                               .arg(request.url.path())
                               .arg(r->status)
                               .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail),
                           r->status);
    };
    const HttpRequest users = get(QStringLiteral("/users"));
    const HttpRequest audits = get(QStringLiteral("/auditLogs/directoryAudits"));
    m_http->send(
        users, context, [this, context, done, users, audits, refused](const Result<HttpResponse> &r) {
            if (!r || r->status != 200) {
                done(refused(users, r));
                return;
            }
            m_http->send(audits, context, [done, audits, refused](const Result<HttpResponse> &a) {
                if (!a || a->status != 200) {
                    done(refused(audits, a));
                    return;
                }
                done(tr("Connected to the Entra ID tenant: its users and directory audits can be read."));
            });
        });
}

QUrl GraphDirectoryReader::defaultGraphUrl()
{
    return QUrl(QStringLiteral("https://graph.microsoft.com/v1.0"));
}

QUrl GraphDirectoryReader::defaultLoginUrl()
{
    return QUrl(QStringLiteral("https://login.microsoftonline.com"));
}

QString GraphDirectoryReader::scopeFor(const QUrl &graphUrl)
{
    // The resource is the API's origin: graph.microsoft.com, graph.microsoft.us, ... or the sandbox.
    return graphUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString() +
           QStringLiteral("/.default");
}

QUrl GraphDirectoryReader::tokenUrlFor(const QUrl &loginUrl, const QString &tenant)
{
    QUrl url = loginUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(tenant)) +
                    QStringLiteral("/oauth2/v2.0/token"),
                QUrl::TolerantMode);
    return url;
}

void GraphDirectoryReader::reset()
{
    m_store.reset();
    m_incremental = false;
    m_resynced = false;
    m_usersDeltaLink.clear();
    m_groupsDeltaLink.clear();
    m_warnings.clear();
    m_requests = 0;
    m_objects = 0;
    m_userOrder.clear();
    m_users.clear();
    m_removedUsers.clear();
    m_storedUsers.clear();
    m_groupOrder.clear();
    m_groups.clear();
    m_removedGroups.clear();
    m_events.clear();
    m_eventIds.clear();
}

void GraphDirectoryReader::start(const DirectoryReadRequest &request)
{
    if (m_running)
        return;
    reset();
    m_running = true;
    m_request = request;
    if (!m_http) {
        fail(Error::make(Error::Kind::Internal, tr("The HTTP client is gone.")));
        return;
    }
    if (Status s = HttpClient::checkUrl(m_graphUrl); !s) {
        fail(s.error());
        return;
    }
    if (!request.full) {
        const QJsonObject state = QJsonDocument::fromJson(request.state).object();
        const QUrl users(state.value(QLatin1String("users")).toString());
        const QUrl groups(state.value(QLatin1String("groups")).toString());
        if (users.isValid() && groups.isValid() && !users.isEmpty() && !groups.isEmpty() &&
            checkLink(users, QString()) && checkLink(groups, QString())) {
            m_incremental = true;
            m_usersDeltaLink = users;
            m_groupsDeltaLink = groups;
        } else if (!request.state.isEmpty()) {
            m_warnings << tr("The stored Graph delta links do not belong to %1; the directory was read in "
                             "full.")
                              .arg(m_graphUrl.toString());
        }
    }
    if (m_incremental) {
        if (Status s = openStore(); !s) {
            fail(s.error());
            return;
        }
    }
    if (request.logSince > 0) {
        // An hour of grace: a first sync's window of exactly the retention is not "before" it.
        const Timestamp edge = currentTimestamp() - kAuditRetentionDays * kMsPerDay - kMsPerHour;
        if (request.logSince < edge)
            m_warnings
                << tr("The audit log window starts %1, more than %2 days ago: Entra ID keeps directory "
                      "audits for %2 days (7 without Entra ID P1/P2), so earlier events may be "
                      "missing.")
                       .arg(timestampToIso(request.logSince))
                       .arg(kAuditRetentionDays);
    }
    readUsers();
}

void GraphDirectoryReader::cancel()
{
    if (!m_running)
        return;
    if (m_job)
        m_job->abort(); // its callback ends the read with Cancelled
    else
        fail(Error::make(Error::Kind::Cancelled, tr("The Graph read was cancelled; nothing was changed.")));
}

Status GraphDirectoryReader::openStore()
{
    if (m_request.databasePath.isEmpty())
        return Error::make(Error::Kind::Internal,
                           tr("An incremental Graph read needs the database to complete member lists."));
    auto opened = Store::open(m_request.databasePath);
    if (!opened)
        return opened.error();
    m_store = std::move(opened).value();
    return {};
}

Status GraphDirectoryReader::checkLink(const QUrl &link, const QString &kind) const
{
    const QString base = m_graphUrl.path() + QLatin1Char('/');
    const bool sameApi = link.scheme() == m_graphUrl.scheme() && link.host() == m_graphUrl.host() &&
                         link.port(-1) == m_graphUrl.port(-1) && link.userInfo().isEmpty() &&
                         link.path().startsWith(base);
    if (sameApi)
        return {};
    return Error::make(Error::Kind::Protocol,
                       tr("Graph answered with a %1 pointing outside %2 (%3); it was not followed and "
                          "nothing was written.")
                           .arg(kind, m_graphUrl.toString(),
                                link.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString()));
}

void GraphDirectoryReader::readUsers()
{
    Q_EMIT phaseChanged(m_incremental ? tr("Reading changed users (Graph delta)")
                                      : tr("Reading users (Graph delta)"));
    auto t = std::make_shared<Traversal>();
    t->what = tr("users");
    t->delta = true;
    t->incremental = m_incremental;
    if (m_incremental) {
        t->url = m_usersDeltaLink;
    } else {
        t->url = m_graphUrl;
        t->url.setPath(m_graphUrl.path() + QStringLiteral("/users/delta"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$select"), GraphParser::userSelect());
        t->url.setQuery(q);
    }
    t->consume = [this](const GraphPage &page) { return consumeUsers(page); };
    t->done = [this](const QUrl &deltaLink) {
        m_usersDeltaLink = deltaLink;
        readGroups();
    };
    follow(t);
}

void GraphDirectoryReader::readGroups()
{
    Q_EMIT phaseChanged(m_incremental ? tr("Reading changed groups and members (Graph delta)")
                                      : tr("Reading groups and members (Graph delta)"));
    auto t = std::make_shared<Traversal>();
    t->what = tr("groups");
    t->delta = true;
    t->incremental = m_incremental;
    if (m_incremental) {
        t->url = m_groupsDeltaLink;
    } else {
        t->url = m_graphUrl;
        t->url.setPath(m_graphUrl.path() + QStringLiteral("/groups/delta"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("$select"), QStringLiteral("displayName,members"));
        t->url.setQuery(q);
    }
    t->consume = [this](const GraphPage &page) { return consumeGroups(page); };
    t->done = [this](const QUrl &deltaLink) {
        m_groupsDeltaLink = deltaLink;
        if (m_incremental)
            completeIncremental();
        readAudits();
    };
    follow(t);
}

void GraphDirectoryReader::resync(const QString &why)
{
    // Start over in full: what the incremental round gathered so far is dropped, never written.
    const QStringList warnings = m_warnings;
    const int requests = m_requests;
    const DirectoryReadRequest request = m_request;
    reset();
    m_request = request;
    m_warnings = warnings;
    m_requests = requests;
    m_resynced = true;
    m_warnings << tr("Graph no longer accepts the stored delta link (%1); the directory was read in full "
                     "again.")
                      .arg(why);
    readUsers();
}

void GraphDirectoryReader::follow(std::shared_ptr<Traversal> t)
{
    if (!m_running)
        return;
    if (++t->pages > kMaxPages) {
        fail(Error::make(Error::Kind::TooLarge,
                         tr("Graph returned more than %1 pages of %2; the read was stopped as endless and "
                            "nothing was written.")
                             .arg(kMaxPages)
                             .arg(t->what)));
        return;
    }
    if (!m_http) {
        fail(Error::make(Error::Kind::Internal, tr("The HTTP client is gone.")));
        return;
    }
    HttpRequest request = HttpRequest::get(t->url);
    request.acceptedTypes = {"application/json"};
    request.retryable = true;
    ++m_requests;
    m_job = m_http->send(request, this, [this, t](const Result<HttpResponse> &r) {
        m_job = nullptr;
        if (!m_running)
            return;
        if (!r) {
            Error e = r.error();
            if (e.kind == Error::Kind::Cancelled)
                e.message = tr("The Graph read was cancelled; nothing was changed.");
            fail(e);
            return;
        }
        onPage(t, *r);
    });
}

void GraphDirectoryReader::onPage(const std::shared_ptr<Traversal> &t, const HttpResponse &response)
{
    const QString what = describe(t->url);
    if (t->delta && t->incremental && !m_resynced && isResyncAnswer(response.status, response.body)) {
        const QString code = graphErrorCode(response.body);
        resync(QStringLiteral("HTTP %1%2")
                   .arg(response.status)
                   .arg(code.isEmpty() ? QString() : QStringLiteral(" ") + code));
        return;
    }
    if (response.status == 403) {
        fail(Error::make(Error::Kind::Auth,
                         tr("Graph refused %1 (HTTP 403: %2). Grant the app registration the application "
                            "permissions User.Read.All, GroupMember.Read.All and AuditLog.Read.All, with "
                            "admin consent.")
                             .arg(what, graphErrorMessage(response.body)),
                         403));
        return;
    }
    if (response.status < 200 || response.status >= 300) {
        const QString detail = graphErrorMessage(response.body);
        fail(Error::make(Error::Kind::Http,
                         tr("%1 failed with HTTP %2%3.")
                             .arg(what)
                             .arg(response.status)
                             .arg(detail.isEmpty() ? QString() : QStringLiteral(": ") + detail),
                         response.status));
        return;
    }
    Result<GraphPage> page = GraphParser::parsePage(response.body, what);
    if (!page) {
        fail(page.error());
        return;
    }
    if (Status s = t->consume(*page); !s) {
        fail(s.error());
        return;
    }
    m_objects += page->value.size();
    Q_EMIT progress(m_objects, 0);
    if (!page->nextLink.isEmpty()) {
        if (Status s = checkLink(page->nextLink, tr("next link")); !s) {
            fail(s.error());
            return;
        }
        const QString key = page->nextLink.toString(QUrl::FullyEncoded);
        if (t->seen.contains(key) || page->nextLink == t->url) {
            fail(Error::make(Error::Kind::Protocol,
                             tr("Graph answered %1 with a next link it had already given (a paging loop); "
                                "nothing was written.")
                                 .arg(t->what)));
            return;
        }
        t->seen.insert(key);
        t->url = page->nextLink;
        follow(t);
        return;
    }
    if (t->delta) {
        if (page->deltaLink.isEmpty()) {
            fail(Error::make(Error::Kind::Protocol,
                             tr("Graph ended the %1 delta without a delta link; the next sync could not "
                                "continue from it, so nothing was written.")
                                 .arg(t->what)));
            return;
        }
        if (Status s = checkLink(page->deltaLink, tr("delta link")); !s) {
            fail(s.error());
            return;
        }
    }
    t->done(page->deltaLink);
}

const User *GraphDirectoryReader::storedUser(const QString &id)
{
    if (!m_store)
        return nullptr;
    auto it = m_storedUsers.constFind(id);
    if (it == m_storedUsers.constEnd()) {
        const QList<User> found = StoredDirectory(*m_store).usersByScimIds({id});
        it = m_storedUsers.insert(id, found.isEmpty() ? User() : found.first());
    }
    return it->scimId.isEmpty() ? nullptr : &*it;
}

Status GraphDirectoryReader::consumeUsers(const GraphPage &page)
{
    for (const QJsonValue &v : page.value) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            return Error::make(Error::Kind::Protocol,
                               tr("Graph listed a user without an id; nothing was written."));
        if (GraphParser::isRemoved(o)) {
            m_removedUsers.insert(id);
            if (m_users.remove(id))
                m_userOrder.removeOne(id);
            continue;
        }
        m_removedUsers.remove(id);
        // Graph may name an object more than once in a round: later properties win over earlier ones.
        const auto seen = m_users.constFind(id);
        const User *base = seen != m_users.constEnd() ? &*seen : storedUser(id);
        User u = GraphParser::user(o, base);
        if (seen == m_users.constEnd())
            m_userOrder << id;
        m_users.insert(id, std::move(u));
    }
    return {};
}

GraphDirectoryReader::GroupState *GraphDirectoryReader::groupState(const QString &id)
{
    auto it = m_groups.find(id);
    if (it != m_groups.end())
        return &*it;
    GroupState s;
    s.group.scimId = id;
    if (m_store) {
        const QList<Group> stored = StoredDirectory(*m_store).groupsByScimIds({id});
        if (!stored.isEmpty()) {
            s.group = stored.first();
            s.group.id = 0;
            s.group.deletedAt = 0;
            s.changesOnly = true;
        }
    }
    m_groupOrder << id;
    return &*m_groups.insert(id, std::move(s));
}

Status GraphDirectoryReader::consumeGroups(const GraphPage &page)
{
    for (const QJsonValue &v : page.value) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            return Error::make(Error::Kind::Protocol,
                               tr("Graph listed a group without an id; nothing was written."));
        if (GraphParser::isRemoved(o)) {
            m_removedGroups.insert(id);
            if (m_groups.remove(id))
                m_groupOrder.removeOne(id);
            continue;
        }
        m_removedGroups.remove(id);
        GroupState *s = groupState(id);
        if (o.contains(QLatin1String("displayName")))
            s->group.displayName = o.value(QLatin1String("displayName")).toString();
        const GraphParser::MemberChanges changes = GraphParser::memberChanges(o);
        for (const QString &m : changes.added) {
            if (s->changesOnly) {
                s->removed.remove(m);
                s->added.insert(m);
            } else if (!s->members.contains(m)) {
                s->members.insert(m);
                s->group.memberScimIds << m;
            }
        }
        for (const QString &m : changes.removed) {
            if (s->changesOnly) {
                s->added.remove(m);
                s->removed.insert(m);
            } else if (s->members.remove(m)) {
                s->group.memberScimIds.removeOne(m);
            }
        }
    }
    return {};
}

void GraphDirectoryReader::completeIncremental()
{
    // A removed user leaves every group: the groups it is a stored member of lose it, so the memberships
    // go too, and no group read in this round keeps it.
    for (const QString &userId : std::as_const(m_removedUsers)) {
        const QStringList stored =
            m_store ? StoredDirectory(*m_store).groupScimIdsOfUser(userId) : QStringList();
        for (const QString &g : stored) {
            if (!m_removedGroups.contains(g))
                groupState(g)->removed.insert(userId);
        }
        for (GroupState &s : m_groups) {
            s.added.remove(userId);
            if (s.members.remove(userId))
                s.group.memberScimIds.removeOne(userId);
        }
    }
}

void GraphDirectoryReader::readAudits()
{
    if (m_request.logSince <= 0) {
        succeed();
        return;
    }
    Q_EMIT phaseChanged(tr("Reading directory audits"));
    auto t = std::make_shared<Traversal>();
    t->what = tr("directory audits");
    t->url = m_graphUrl;
    t->url.setPath(m_graphUrl.path() + QStringLiteral("/auditLogs/directoryAudits"));
    QString filter =
        QStringLiteral("activityDateTime ge %1").arg(GraphParser::filterTime(m_request.logSince));
    if (m_request.logUntil > 0)
        filter +=
            QStringLiteral(" and activityDateTime lt %1").arg(GraphParser::filterTime(m_request.logUntil));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("$filter"), filter);
    t->url.setQuery(q);
    t->consume = [this](const GraphPage &page) { return consumeAudits(page); };
    t->done = [this](const QUrl &) { succeed(); };
    follow(t);
}

Status GraphDirectoryReader::consumeAudits(const GraphPage &page)
{
    for (const QJsonValue &v : page.value) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (id.isEmpty() || m_eventIds.contains(id))
            continue;
        std::optional<IdentityEvent> e = GraphParser::auditEvent(o);
        if (!e)
            continue;
        // The filter is the server's promise; an entry outside the window is not ours to record.
        if (e->at < m_request.logSince || (m_request.logUntil > 0 && e->at >= m_request.logUntil))
            continue;
        m_eventIds.insert(id);
        m_events << *e;
    }
    return {};
}

void GraphDirectoryReader::succeed()
{
    DirectoryRead read;
    read.full = !m_incremental;
    const Timestamp now = currentTimestamp();
    read.users.reserve(m_userOrder.size() + m_removedUsers.size());
    for (const QString &id : std::as_const(m_userOrder))
        read.users << m_users.value(id);
    read.groups.reserve(m_groupOrder.size() + m_removedGroups.size());
    const auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.cbegin(), set.cend());
        list.sort();
        return list;
    };
    for (const QString &id : std::as_const(m_groupOrder)) {
        const GroupState &s = m_groups[id];
        Group g = s.group;
        g.membersListed = !s.changesOnly;
        if (s.changesOnly) {
            g.membersAdded = sorted(s.added);
            g.membersRemoved = sorted(s.removed);
        }
        read.groups << g;
    }
    if (m_incremental) {
        QStringList removed(m_removedUsers.cbegin(), m_removedUsers.cend());
        removed.sort();
        for (const QString &id : std::as_const(removed)) {
            User u;
            u.scimId = id;
            u.deletedAt = now;
            read.users << u;
        }
        removed = QStringList(m_removedGroups.cbegin(), m_removedGroups.cend());
        removed.sort();
        for (const QString &id : std::as_const(removed)) {
            Group g;
            g.scimId = id;
            g.deletedAt = now;
            read.groups << g;
        }
    }
    read.logEvents = m_events;
    const QJsonObject state{{QLatin1String("users"), m_usersDeltaLink.toString(QUrl::FullyEncoded)},
                            {QLatin1String("groups"), m_groupsDeltaLink.toString(QUrl::FullyEncoded)}};
    read.nextState = QJsonDocument(state).toJson(QJsonDocument::Compact);
    read.warnings = m_warnings;
    read.requests = m_requests;
    read.summary = summary(read);
    m_running = false;
    m_store.reset();
    finish(std::move(read));
}

QString GraphDirectoryReader::summary(const DirectoryRead &read) const
{
    int deactivations = 0;
    for (const IdentityEvent &e : read.logEvents)
        deactivations += e.kind == IdentityEvent::Kind::Deactivated;
    const QString audits = m_request.logSince > 0 ? QStringLiteral("; %1 audit events (%2 deactivations)")
                                                        .arg(read.logEvents.size())
                                                        .arg(deactivations)
                                                  : QString();
    if (read.full) {
        qint64 memberships = 0;
        for (const Group &g : read.groups)
            memberships += g.memberScimIds.size();
        return QStringLiteral("graph%1: %2 users, %3 groups, %4 memberships%5")
            .arg(m_resynced ? QStringLiteral(" (full resync)") : QString())
            .arg(read.users.size())
            .arg(read.groups.size())
            .arg(memberships)
            .arg(audits);
    }
    return QStringLiteral("graph (delta): %1 users changed (%2 removed), %3 groups changed (%4 removed)%5")
        .arg(read.users.size())
        .arg(m_removedUsers.size())
        .arg(read.groups.size())
        .arg(m_removedGroups.size())
        .arg(audits);
}

void GraphDirectoryReader::fail(Error error)
{
    if (!m_running)
        return;
    m_running = false;
    m_store.reset();
    if (m_job) {
        HttpJob *job = m_job;
        m_job = nullptr;
        job->disconnect(this);
        job->abort();
    }
    finish(std::move(error));
}

} // namespace Scimflow
