#include "scimfixconnector.h"

#include "scimclient.h"
#include "scimcursorlistjob.h"
#include "scimfiltertext.h"
#include "scimlistjob.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Scimflow {

namespace {

QString versionOf(const QJsonObject &resource)
{
    return resource.value(QLatin1String("meta")).toObject().value(QLatin1String("version")).toString();
}

bool isMember(const QJsonObject &group, const QString &userId)
{
    const QJsonArray members = group.value(QLatin1String("members")).toArray();
    for (const auto &m : members) {
        if (m.toObject().value(QLatin1String("value")).toString() == userId)
            return true;
    }
    return false;
}

bool isActive(const QJsonObject &user)
{
    const QJsonValue v = user.value(QLatin1String("active"));
    // Some IdPs answer "True"/"False" strings.
    return v.isString() ? v.toString().compare(QLatin1String("false"), Qt::CaseInsensitive) != 0
                        : v.toBool(true);
}

FixResult failure(const Error &e)
{
    FixResult r;
    r.status = FixResult::Status::Failed;
    r.httpStatus = e.httpStatus;
    r.message = QStringLiteral("%1: %2").arg(errorKindName(e.kind), e.message);
    return r;
}

} // namespace

ScimFixConnector::ScimFixConnector(ScimClient *client, QString identity, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_identity(std::move(identity))
{}

bool ScimFixConnector::supports(const FixAction &action) const
{
    return (action.kind == FixAction::Kind::DeactivateUser ||
            action.kind == FixAction::Kind::RemoveMembership) &&
           action.scimTarget == m_targetName;
}

FixRequest ScimFixConnector::describe(const FixAction &action) const
{
    FixRequest out;
    if (!m_client || !supports(action))
        return out;
    const QJsonObject current = m_lastRead.value(action.target());
    // The ETag is the one read just before sending; the preview shows the last one seen.
    const QString etag = versionOf(current);
    const HttpRequest request =
        action.kind == FixAction::Kind::DeactivateUser
            ? m_client->setUserActiveRequest(action.userScimId, false, etag, current)
            : m_client->memberRequest(action.groupScimId, action.userScimId, false, etag);
    const RequestPreview preview =
        RequestPreview::of(request, m_client->http() && m_client->http()->authProvider()
                                        ? m_client->http()->authProvider()->scheme()
                                        : QStringLiteral("Bearer"));
    out.method = preview.method;
    out.url = QUrl(preview.url);
    for (const auto &h : preview.headers)
        out.headers.append({h.first.toUtf8(), h.second.toUtf8()});
    out.body = preview.body.toUtf8();
    return out;
}

void ScimFixConnector::ensureDiscovered(std::function<void(bool, QString)> next)
{
    if (m_discovered || !m_client) {
        next(m_client != nullptr, tr("The SCIM connection is gone."));
        return;
    }
    m_client->discover(this, [this, next](const Result<ServiceProviderInfo> &info) {
        if (!info) {
            next(false, info.error().message);
            return;
        }
        m_discovered = true;
        next(true, QString());
    });
}

void ScimFixConnector::readMembership(const FixAction &action, std::function<void(Result<QJsonObject>)> done)
{
    // The target answers groups with an empty "members": whether the user is a member is asked with a
    // filter, and the group as read gets that one member filled in.
    m_client->getResource(
        ScimParser::Kind::Groups, action.groupScimId, this,
        [this, action, done](const Result<QJsonObject> &group) {
            if (!group || !m_client) {
                done(group);
                return;
            }
            const QString filter = ScimFilterText::equals(QStringLiteral("id"), action.groupScimId) +
                                   QStringLiteral(" and ") +
                                   ScimFilterText::equals(QStringLiteral("members"), action.userScimId);
            auto answered = [this, action, done, resource = *group](const Result<ScimListing> &listing) {
                if (!listing) {
                    done(listing.error());
                    return;
                }
                QJsonObject o = resource;
                QJsonArray members;
                if (!listing->groups.isEmpty())
                    members.append(QJsonObject{{QLatin1String("value"), action.userScimId}});
                o.insert(QLatin1String("members"), members);
                m_lastRead.insert(action.target(), o);
                done(o);
            };
            if (m_client->pagesByCursor()) {
                ScimCursorListJob *job = m_client->listByCursor(ScimParser::Kind::Groups, filter);
                connect(job, &ScimCursorListJob::finished, this,
                        [job, answered] { answered(job->result()); });
            } else {
                ScimListJob *job = m_client->list(ScimParser::Kind::Groups, filter);
                connect(job, &ScimListJob::finished, this, [job, answered] { answered(job->result()); });
            }
        });
}

void ScimFixConnector::read(const FixAction &action, std::function<void(Result<QJsonObject>)> done)
{
    if (!m_client) {
        done(Error::make(Error::Kind::Internal, tr("The SCIM connection is gone.")));
        return;
    }
    const bool user = action.kind == FixAction::Kind::DeactivateUser;
    if (!user && m_client->profile().membershipRead == VendorProfile::MembershipRead::PerUserQuery) {
        readMembership(action, std::move(done));
        return;
    }
    m_client->getResource(user ? ScimParser::Kind::Users : ScimParser::Kind::Groups,
                          user ? action.userScimId : action.groupScimId, this,
                          [this, action, done](const Result<QJsonObject> &r) {
                              if (r)
                                  m_lastRead.insert(action.target(), *r);
                              done(r);
                          });
}

ResourceState ScimFixConnector::stateOf(const FixAction &action, const QJsonObject &resource)
{
    ResourceState s;
    s.readOk = true;
    s.state = resource;
    if (action.kind == FixAction::Kind::DeactivateUser) {
        const bool active = isActive(resource);
        s.effectApplied = !active;
        s.summary = QStringLiteral("active: %1, version %2")
                        .arg(active ? QStringLiteral("true") : QStringLiteral("false"), versionOf(resource));
    } else {
        const bool member = isMember(resource, action.userScimId);
        s.effectApplied = !member;
        s.summary =
            QStringLiteral("%1 %2 %3, version %4")
                .arg(action.userName.isEmpty() ? action.userScimId : action.userName,
                     member ? QStringLiteral("is a member of") : QStringLiteral("is not a member of"),
                     action.groupName.isEmpty() ? action.groupScimId : action.groupName, versionOf(resource));
    }
    return s;
}

void ScimFixConnector::prepare(const FixAction &action, std::function<void(Status)> done)
{
    if (!supports(action)) {
        done(Error::make(Error::Kind::InvalidInput, tr("This connection cannot perform that fix.")));
        return;
    }
    ensureDiscovered([this, action, done](bool ok, const QString &error) {
        if (!ok) {
            done(Error::make(Error::Kind::Network, error));
            return;
        }
        read(action, [done](const Result<QJsonObject> &current) {
            done(current ? Status() : Status(current.error()));
        });
    });
}

void ScimFixConnector::perform(const FixAction &action, std::function<void(FixResult)> done)
{
    if (!supports(action)) {
        done(failure(Error::make(Error::Kind::InvalidInput, tr("This connection cannot perform that fix."))));
        return;
    }
    auto sendFrom = [this, action, done](const QJsonObject &current) {
        if (stateOf(action, current).effectApplied) {
            FixResult r;
            r.status = FixResult::Status::Succeeded;
            r.message = tr("already in effect; nothing was sent");
            done(r);
            return;
        }
        emit resourceRead(action.target());
        send(action, current, done);
    };
    // The version prepare() read is the one the admin reviewed: send against it.
    const auto cached = m_lastRead.constFind(action.target());
    if (m_discovered && cached != m_lastRead.constEnd()) {
        sendFrom(*cached);
        return;
    }
    prepare(action, [this, action, done, sendFrom](Status prepared) {
        if (!prepared) {
            done(failure(prepared.error()));
            return;
        }
        sendFrom(m_lastRead.value(action.target()));
    });
}

void ScimFixConnector::send(const FixAction &action, const QJsonObject &current,
                            std::function<void(FixResult)> done)
{
    if (!m_client) {
        done(failure(Error::make(Error::Kind::Internal, tr("The SCIM connection is gone."))));
        return;
    }
    auto answered = [this, action, done](const Result<QJsonObject> &r) {
        if (r) {
            FixResult ok;
            ok.status = FixResult::Status::Succeeded;
            ok.httpStatus = 200;
            done(ok);
            return;
        }
        if (r.error().kind != Error::Kind::Conflict) {
            done(failure(r.error()));
            return;
        }
        // 412: show what the server has now, so the admin decides again.
        const Error conflict = r.error();
        read(action, [action, done, conflict](const Result<QJsonObject> &now) {
            if (now && stateOf(action, *now).effectApplied) {
                // A retry after a lost answer (our first request was applied), or someone else made the same
                // change: the goal is reached and nothing else was changed.
                FixResult ok;
                ok.status = FixResult::Status::Succeeded;
                ok.message = tr("already in effect on the server after HTTP %1 (%2)")
                                 .arg(conflict.httpStatus)
                                 .arg(stateOf(action, *now).summary);
                ok.serverState = *now;
                done(ok);
                return;
            }
            FixResult c;
            c.status = FixResult::Status::Conflict;
            c.httpStatus = conflict.httpStatus ? conflict.httpStatus : 412;
            c.message = conflict.message;
            if (now)
                c.serverState = *now;
            else
                c.message += QStringLiteral(" (re-reading failed: %1)").arg(now.error().message);
            done(c);
        });
    };
    const QString etag = versionOf(current);
    if (action.kind == FixAction::Kind::DeactivateUser)
        m_client->setUserActive(action.userScimId, false, etag, current, this, answered);
    else
        m_client->removeMember(action.groupScimId, action.userScimId, etag, this, answered);
}

void ScimFixConnector::readBack(const FixAction &action, std::function<void(ResourceState)> done)
{
    ensureDiscovered([this, action, done](bool ok, const QString &error) {
        if (!ok) {
            ResourceState s;
            s.error = error;
            done(s);
            return;
        }
        read(action, [action, done](const Result<QJsonObject> &r) {
            if (!r) {
                ResourceState s;
                s.error = r.error().message;
                done(s);
                return;
            }
            done(stateOf(action, *r));
        });
    });
}

} // namespace Scimflow
