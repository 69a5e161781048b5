#include "oktadirectoryreader.h"

#include "httpclient.h"
#include "httpjob.h"
#include "oktaparser.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrlQuery>

#include <memory>

namespace Scimflow {

namespace {

QString oktaTime(Timestamp ts)
{
    // Okta's search and System Log take ISO 8601 with milliseconds in UTC.
    return QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

} // namespace

OktaDirectoryReader::OktaDirectoryReader(HttpClient *http, QUrl orgUrl, QObject *parent)
    : OktaDirectoryReader(http, std::move(orgUrl), Options(), parent)
{}

OktaDirectoryReader::OktaDirectoryReader(HttpClient *http, QUrl orgUrl, Options options, QObject *parent)
    : DirectoryReader(parent)
    , m_http(http)
    , m_org(std::move(orgUrl))
    , m_options(options)
{
    m_org.setPath(QString());
    m_org.setQuery(QString());
    m_org.setFragment(QString());
}

QUrl OktaDirectoryReader::apiUrl(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_org;
    url.setPath(path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &item : query)
            q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
        url.setQuery(q);
    }
    return url;
}

void OktaDirectoryReader::probe(QObject *context, std::function<void(const Result<QString> &)> done)
{
    if (!m_http) {
        done(Error::make(Error::Kind::Internal, tr("The HTTP client is gone.")));
        return;
    }
    if (Status s = HttpClient::checkUrl(m_org); !s) {
        done(s.error());
        return;
    }
    auto get = [this](const QUrl &url) {
        HttpRequest request = HttpRequest::get(url);
        request.acceptedTypes = {"application/json"};
        request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
        return request;
    };
    const QUrl users =
        apiUrl(QStringLiteral("/api/v1/users"), {{QStringLiteral("limit"), QStringLiteral("1")}});
    const QUrl logs =
        apiUrl(QStringLiteral("/api/v1/logs"), {{QStringLiteral("limit"), QStringLiteral("1")}});
    m_http->send(get(users), context, [this, context, done, logs, users, get](const Result<HttpResponse> &r) {
        if (!r || r->status != 200) {
            done(r ? responseError(users, r->status, r->body) : r.error());
            return;
        }
        m_http->send(get(logs), context, [this, done, logs](const Result<HttpResponse> &l) {
            if (!l || l->status != 200) {
                done(l ? responseError(logs, l->status, l->body) : l.error());
                return;
            }
            done(tr("Connected to the Okta org %1: its users and System Log can be read.").arg(m_org.host()));
        });
    });
}

void OktaDirectoryReader::start(const DirectoryReadRequest &request)
{
    ++m_generation;
    m_request = request;
    m_read = DirectoryRead();
    m_read.full = request.full;
    m_userIndex.clear();
    m_memberQueue.clear();
    m_membersInFlight = 0;
    m_memberships = 0;
    m_deactivations = 0;
    m_finished = false;
    m_cancelled = false;
    if (!m_http) {
        fail(Error::make(Error::Kind::Internal, tr("The HTTP client is gone.")));
        return;
    }
    if (Status s = HttpClient::checkUrl(m_org); !s) {
        fail(s.error());
        return;
    }
    const QString limit = QString::number(m_options.pageLimit);
    if (request.full) {
        // The plain listing leaves deactivated (DEPROVISIONED) users out; a search returns them.
        readUsers(apiUrl(QStringLiteral("/api/v1/users"), {{QStringLiteral("limit"), limit}}), [this, limit] {
            readUsers(apiUrl(QStringLiteral("/api/v1/users"),
                             {{QStringLiteral("search"), QStringLiteral("status eq \"DEPROVISIONED\"")},
                              {QStringLiteral("limit"), limit}}),
                      [this] { readGroups(); });
        });
    } else {
        readUsers(apiUrl(QStringLiteral("/api/v1/users"),
                         {{QStringLiteral("search"),
                           QStringLiteral("lastUpdated gt \"%1\"").arg(oktaTime(request.since))},
                          {QStringLiteral("limit"), limit}}),
                  [this] { readGroups(); });
    }
}

void OktaDirectoryReader::readUsers(const QUrl &first, std::function<void()> next)
{
    Q_EMIT phaseChanged(tr("Reading Okta users"));
    fetchAll(
        first,
        [this](const QJsonArray &page) -> Status {
            for (const QJsonValue &v : page) {
                Result<User> u = OktaParser::user(v.toObject());
                if (!u)
                    return u.error();
                const auto seen = m_userIndex.constFind(u->scimId);
                if (seen != m_userIndex.constEnd()) { // a page served twice: keep the later copy
                    ++m_read.duplicates;
                    m_read.users[*seen] = std::move(*u);
                    continue;
                }
                m_userIndex.insert(u->scimId, int(m_read.users.size()));
                m_read.users << std::move(*u);
            }
            Q_EMIT progress(m_read.users.size(), 0);
            return {};
        },
        [this, next](const Status &s) {
            if (!s) {
                fail(s.error());
                return;
            }
            next();
        });
}

void OktaDirectoryReader::readGroups()
{
    Q_EMIT phaseChanged(tr("Reading Okta groups"));
    QList<QPair<QString, QString>> query{{QStringLiteral("limit"), QString::number(m_options.pageLimit)}};
    const Timestamp since = m_request.since;
    if (!m_request.full) {
        const QString t = oktaTime(since);
        query.prepend({QStringLiteral("search"),
                       QStringLiteral("lastUpdated gt \"%1\" or lastMembershipUpdated gt \"%1\"").arg(t)});
    }
    auto seenGroups = std::make_shared<QSet<QString>>();
    fetchAll(
        apiUrl(QStringLiteral("/api/v1/groups"), query),
        [this, seenGroups](const QJsonArray &page) -> Status {
            for (const QJsonValue &v : page) {
                Result<Group> g = OktaParser::group(v.toObject());
                if (!g)
                    return g.error();
                if (seenGroups->contains(g->scimId)) {
                    ++m_read.duplicates;
                    continue;
                }
                seenGroups->insert(g->scimId);
                m_read.groups << std::move(*g);
            }
            return {};
        },
        [this](const Status &s) {
            if (!s) {
                fail(s.error());
                return;
            }
            readMembers();
        });
}

void OktaDirectoryReader::readMembers()
{
    // A full read lists every group's members. An incremental one only those of groups whose membership
    // changed since; the others keep their stored members (membersListed stays false).
    for (int i = 0; i < m_read.groups.size(); ++i) {
        const Group &g = m_read.groups.at(i);
        if (m_request.full || g.lastModified > m_request.since)
            m_memberQueue << i;
    }
    Q_EMIT phaseChanged(tr("Reading Okta group members"));
    if (m_memberQueue.isEmpty()) {
        readLog();
        return;
    }
    for (int i = 0; i < m_options.memberConcurrency; ++i)
        startNextMembers();
}

void OktaDirectoryReader::startNextMembers()
{
    if (m_finished)
        return;
    if (m_memberQueue.isEmpty()) {
        if (m_membersInFlight == 0)
            readLog();
        return;
    }
    const int index = m_memberQueue.takeFirst();
    ++m_membersInFlight;
    const QString groupId = m_read.groups.at(index).scimId;
    auto members = std::make_shared<QStringList>();
    auto seen = std::make_shared<QSet<QString>>();
    fetchAll(
        apiUrl(QStringLiteral("/api/v1/groups/%1/users")
                   .arg(QString::fromLatin1(QUrl::toPercentEncoding(groupId))),
               {{QStringLiteral("limit"), QString::number(m_options.pageLimit)}}),
        [members, seen](const QJsonArray &page) -> Status {
            for (const QJsonValue &v : page) {
                const QString id = v.toObject().value(QLatin1String("id")).toString();
                if (id.isEmpty())
                    return Error::make(Error::Kind::Protocol,
                                       tr("Okta listed a group member without an id; nothing was changed."));
                if (seen->contains(id))
                    continue;
                seen->insert(id);
                *members << id;
            }
            return {};
        },
        [this, index, members](const Status &s) {
            --m_membersInFlight;
            if (!s) {
                fail(s.error());
                return;
            }
            Group &g = m_read.groups[index];
            g.memberScimIds = *members;
            g.membersListed = true;
            m_memberships += members->size();
            Q_EMIT progress(m_read.groups.size() - m_memberQueue.size() - m_membersInFlight,
                            m_read.groups.size());
            startNextMembers();
        });
}

void OktaDirectoryReader::readLog()
{
    if (m_finished)
        return;
    if (!m_request.logSince) {
        done();
        return;
    }
    Timestamp since = m_request.logSince;
    const Timestamp until = m_request.logUntil ? m_request.logUntil : currentTimestamp();
    // Okta keeps the System Log for 90 days; a window reaching further back may have lost events.
    const Timestamp edge = currentTimestamp() - qint64(m_options.logRetentionDays) * kMsPerDay;
    if (since < edge - 60 * 1000) {
        m_read.warnings << tr("The Okta System Log keeps %n days; this sync's log window starts on %1, so "
                              "changes before %2 may be missing from the timeline.",
                              nullptr, m_options.logRetentionDays)
                               .arg(timestampToIso(since), timestampToIso(edge));
        since = edge;
    }
    if (since >= until) {
        done();
        return;
    }
    Q_EMIT phaseChanged(tr("Reading the Okta System Log"));
    auto seen = std::make_shared<QSet<QString>>();
    fetchAll(
        apiUrl(QStringLiteral("/api/v1/logs"),
               {{QStringLiteral("since"), oktaTime(since)},
                {QStringLiteral("until"), oktaTime(until)},
                {QStringLiteral("filter"), OktaParser::logFilter()},
                {QStringLiteral("sortOrder"), QStringLiteral("ASCENDING")},
                {QStringLiteral("limit"), QString::number(m_options.logPageLimit)}}),
        [this, seen](const QJsonArray &page) -> Status {
            for (const QJsonValue &v : page) {
                std::optional<IdentityEvent> e = OktaParser::logEvent(v.toObject());
                if (!e || seen->contains(e->externalId))
                    continue;
                seen->insert(e->externalId);
                if (e->kind == IdentityEvent::Kind::Deactivated)
                    ++m_deactivations;
                m_read.logEvents << std::move(*e);
            }
            return {};
        },
        [this](const Status &s) {
            if (!s) {
                fail(s.error());
                return;
            }
            done();
        });
}

void OktaDirectoryReader::fetchAll(const QUrl &first, PageHandler onPage,
                                   std::function<void(const Status &)> done)
{
    auto visited = std::make_shared<QSet<QString>>();
    auto step = std::make_shared<std::function<void(const QUrl &)>>();
    const qint64 generation = m_generation;
    // The step function keeps itself alive through the request callbacks only while pages remain.
    *step = [this, visited, onPage, done, generation, weak = std::weak_ptr(step)](const QUrl &url) {
        const auto self = weak.lock();
        if (m_cancelled || generation != m_generation)
            return;
        visited->insert(url.toString());
        HttpRequest request = HttpRequest::get(url);
        request.acceptedTypes = {"application/json"};
        request.headers.append({QByteArray("Accept"), QByteArray("application/json")});
        ++m_read.requests;
        HttpJob *job = m_http->send(
            request, this,
            [this, url, onPage, done, visited, self, generation](const Result<HttpResponse> &result) {
                if (m_cancelled || generation != m_generation)
                    return;
                if (!result) {
                    done(result.error());
                    return;
                }
                if (result->status != 200) {
                    done(responseError(url, result->status, result->body));
                    return;
                }
                QJsonParseError parseError;
                const QJsonDocument doc = QJsonDocument::fromJson(result->body, &parseError);
                if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
                    done(Error::make(
                        Error::Kind::Protocol,
                        tr("Okta answered %1 with something that is not a JSON array (%2); nothing was "
                           "changed.")
                            .arg(url.path(), parseError.error != QJsonParseError::NoError
                                                 ? parseError.errorString()
                                                 : tr("another JSON value"))));
                    return;
                }
                if (Status s = onPage(doc.array()); !s) {
                    done(s);
                    return;
                }
                if (m_finished || generation != m_generation)
                    return; // cancelled from a progress handler
                const QUrl next = result->nextLink();
                if (next.isEmpty() || doc.array().isEmpty()) {
                    done({});
                    return;
                }
                if (next.scheme() != m_org.scheme() || next.host() != m_org.host() ||
                    next.port() != m_org.port()) {
                    done(Error::make(
                        Error::Kind::Protocol,
                        tr("Okta's next-page link leads off the org (%1); the sync stopped and nothing "
                           "was changed.")
                            .arg(next.host())));
                    return;
                }
                if (visited->contains(next.toString())) {
                    done(Error::make(
                        Error::Kind::Protocol,
                        tr("Okta's next-page link for %1 repeats a page already read; the paging would "
                           "never end, so the sync stopped and nothing was changed.")
                            .arg(url.path())));
                    return;
                }
                (*self)(next);
            });
        m_jobs.removeAll(nullptr);
        m_jobs << job;
    };
    (*step)(first);
}

Error OktaDirectoryReader::responseError(const QUrl &url, int status, const QByteArray &body) const
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString code = o.value(QLatin1String("errorCode")).toString();
    const QString summary = o.value(QLatin1String("errorSummary")).toString();
    QString message = tr("Okta answered %1 with HTTP %2").arg(url.path()).arg(status);
    if (!summary.isEmpty())
        message += QStringLiteral(": %1").arg(summary);
    if (!code.isEmpty())
        message += QStringLiteral(" (%1)").arg(code);
    if (status == 403)
        message +=
            tr(". The token or service app lacks a permission this read needs (a read-only admin role, "
               "or the scopes okta.users.read, okta.groups.read and okta.logs.read).");
    return Error::make(status == 401 || status == 403 ? Error::Kind::Auth : Error::Kind::Http, message,
                       status);
}

void OktaDirectoryReader::done()
{
    if (m_finished)
        return;
    m_finished = true;
    m_read.summary = tr("okta: %1 users, %2 groups, %3 memberships; %4 log events (%5 deactivations)")
                         .arg(m_read.users.size())
                         .arg(m_read.groups.size())
                         .arg(m_memberships)
                         .arg(m_read.logEvents.size())
                         .arg(m_deactivations);
    finish(std::move(m_read));
}

void OktaDirectoryReader::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    ++m_generation; // answers still in flight are ignored
    for (const QPointer<HttpJob> &job : std::as_const(m_jobs)) {
        if (job)
            job->abort();
    }
    m_jobs.clear();
    finish(error);
}

void OktaDirectoryReader::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    fail(Error::make(Error::Kind::Cancelled, tr("The sync was cancelled; nothing was changed.")));
}

} // namespace Scimflow
