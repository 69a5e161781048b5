#include "scimclient.h"

#include "httpclient.h"
#include "httpjob.h"
#include "scimcursorlistjob.h"
#include "scimerror.h"
#include "scimfiltertext.h"
#include "scimlistjob.h"
#include "secretredactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <memory>

namespace Scimflow {

namespace {

const QList<QByteArray> kScimTypes{"application/scim+json", "application/json"};

QStringList idsOfList(const QJsonDocument &doc, QLatin1String key)
{
    QStringList out;
    // Both a ListResponse and a bare array are seen in the field.
    const QJsonArray items =
        doc.isArray() ? doc.array() : doc.object().value(QLatin1String("Resources")).toArray();
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        out << o.value(key).toString();
        if (key == QLatin1String("schema")) {
            const QJsonArray extensions = o.value(QLatin1String("schemaExtensions")).toArray();
            for (const QJsonValue &e : extensions)
                out << e.toObject().value(QLatin1String("schema")).toString();
        }
    }
    return out;
}

} // namespace

QString ServiceProviderInfo::summary() const
{
    auto yes = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    return QStringLiteral("filter: %1%2, PATCH: %3, ETags: %4, resource types: %5, enterprise extension: %6")
        .arg(yes(filterSupported),
             filterMaxResults ? QStringLiteral(" (max %1)").arg(filterMaxResults) : QString(),
             yes(patchSupported), yes(etagSupported), resourceTypes.join(QStringLiteral(", ")),
             yes(hasEnterpriseExtension));
}

ScimClient::ScimClient(HttpClient *http, QUrl baseUrl, VendorProfile profile, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
    , m_profile(std::move(profile))
    , m_pageSize(m_profile.pageSize)
{}

QUrl ScimClient::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QLatin1Char('/') + path);
    url.setQuery(QString());
    return url;
}

HttpRequest ScimClient::getRequest(const QUrl &url) const
{
    HttpRequest r = HttpRequest::get(url);
    r.acceptedTypes = kScimTypes;
    return r;
}

void ScimClient::discover(QObject *context, InfoCallback done)
{
    struct State
    {
        ServiceProviderInfo info;
        int pending = 3;
        std::optional<Error> error;
    };
    auto state = std::make_shared<State>();
    QPointer<ScimClient> self(this);
    auto step = [self, state, done](const char *what, const HttpRequest &request,
                                    const Result<HttpResponse> &r,
                                    const std::function<void(const QJsonDocument &)> &read) {
        if (!state->error) {
            if (!r) {
                state->error = r.error();
                state->error->message =
                    tr("Discovery failed at %1: %2").arg(QLatin1String(what), r.error().message);
            } else if (r->status < 200 || r->status >= 300) {
                state->error = scimErrorFromResponse(request, *r);
                state->error->message =
                    tr("Discovery failed at %1: %2").arg(QLatin1String(what), state->error->message);
            } else {
                QJsonParseError pe;
                const QJsonDocument doc = QJsonDocument::fromJson(r->body, &pe);
                if (pe.error != QJsonParseError::NoError)
                    state->error =
                        Error::make(Error::Kind::Protocol, tr("Discovery failed: %1 is not valid JSON (%2).")
                                                               .arg(QLatin1String(what), pe.errorString()));
                else
                    read(doc);
            }
        }
        if (--state->pending > 0)
            return;
        if (state->error) {
            done(*state->error);
            return;
        }
        ServiceProviderInfo &info = state->info;
        const QStringList all = info.schemas + info.resourceTypes;
        QStringList missing;
        if (!all.contains(ScimUrn::kUser))
            missing << ScimUrn::kUser;
        if (!all.contains(ScimUrn::kGroup))
            missing << ScimUrn::kGroup;
        info.hasEnterpriseExtension = all.contains(ScimUrn::kEnterpriseUser);
        if (self && self->m_profile.expectsEnterpriseExtension && !info.hasEnterpriseExtension)
            missing << ScimUrn::kEnterpriseUser;
        if (!missing.isEmpty()) {
            done(Error::make(
                Error::Kind::Protocol,
                tr("The SCIM server does not serve the schema(s) %1, which the \"%2\" profile needs; "
                   "nothing was synced. Check the base URL and the vendor profile.")
                    .arg(missing.join(QStringLiteral(", ")), self ? self->m_profile.name : QString())));
            return;
        }
        if (self)
            self->m_info = info;
        done(info);
    };

    const HttpRequest reqServiceProviderConfig =
        getRequest(endpoint(QStringLiteral("ServiceProviderConfig")));
    m_http->send(
        reqServiceProviderConfig, context,
        [state, step, reqServiceProviderConfig](const Result<HttpResponse> &r) {
            step("ServiceProviderConfig", reqServiceProviderConfig, r, [state](const QJsonDocument &doc) {
                const QJsonObject o = doc.object();
                auto supported = [&o](QLatin1String key) {
                    return o.value(key).toObject().value(QLatin1String("supported")).toBool();
                };
                state->info.patchSupported = supported(QLatin1String("patch"));
                state->info.filterSupported = supported(QLatin1String("filter"));
                state->info.etagSupported = supported(QLatin1String("etag"));
                state->info.sortSupported = supported(QLatin1String("sort"));
                state->info.bulkSupported = supported(QLatin1String("bulk"));
                state->info.filterMaxResults =
                    o.value(QLatin1String("filter")).toObject().value(QLatin1String("maxResults")).toInt();
                const QJsonObject pagination = o.value(QLatin1String("pagination")).toObject();
                state->info.cursorPagination = pagination.value(QLatin1String("cursor")).toBool();
                state->info.indexPagination = pagination.value(QLatin1String("index")).toBool(true);
            });
        });
    const HttpRequest reqSchemas = getRequest(endpoint(QStringLiteral("Schemas")));
    m_http->send(reqSchemas, context, [state, step, reqSchemas](const Result<HttpResponse> &r) {
        step("Schemas", reqSchemas, r, [state](const QJsonDocument &doc) {
            state->info.schemas = idsOfList(doc, QLatin1String("id"));
        });
    });
    const HttpRequest reqResourceTypes = getRequest(endpoint(QStringLiteral("ResourceTypes")));
    m_http->send(reqResourceTypes, context, [state, step, reqResourceTypes](const Result<HttpResponse> &r) {
        step("ResourceTypes", reqResourceTypes, r, [state](const QJsonDocument &doc) {
            state->info.resourceTypes = idsOfList(doc, QLatin1String("schema"));
        });
    });
}

ScimListJob *ScimClient::list(ScimParser::Kind kind, const QString &filter)
{
    auto *job = new ScimListJob(this, kind, filter);
    connect(job, &ScimListJob::finished, job, &QObject::deleteLater);
    QMetaObject::invokeMethod(job, &ScimListJob::start, Qt::QueuedConnection);
    return job;
}

ScimCursorListJob *ScimClient::listByCursor(ScimParser::Kind kind, const QString &filter)
{
    auto *job = new ScimCursorListJob(this, kind, filter);
    connect(job, &ScimCursorListJob::finished, job, &QObject::deleteLater);
    QMetaObject::invokeMethod(job, &ScimCursorListJob::start, Qt::QueuedConnection);
    return job;
}

bool ScimClient::pagesByCursor() const
{
    return m_profile.pagination == VendorProfile::Pagination::Cursor ||
           (m_info.cursorPagination && !m_info.indexPagination);
}

void ScimClient::sendResource(const HttpRequest &request, QObject *context, ResourceCallback done)
{
    m_http->send(request, context, [request, done](const Result<HttpResponse> &r) {
        if (!r) {
            done(r.error());
            return;
        }
        if (r->status < 200 || r->status >= 300) {
            done(scimErrorFromResponse(request, *r));
            return;
        }
        if (r->body.isEmpty()) {
            done(QJsonObject());
            return;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r->body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            done(Error::make(Error::Kind::Protocol,
                             tr("%1 answered HTTP %2 with malformed JSON or a document that is not a SCIM "
                                "resource; the server or a proxy in between is misbehaving.")
                                 .arg(QString::fromLatin1(request.method) + QLatin1Char(' ') +
                                      SecretRedactor::url(request.url))
                                 .arg(r->status),
                             r->status));
            return;
        }
        QJsonObject o = doc.object();
        // Keep the ETag header where meta.version is missing, so the caller can send If-Match next time.
        const QByteArray etag = r->header("ETag");
        if (!etag.isEmpty() &&
            o.value(QLatin1String("meta")).toObject().value(QLatin1String("version")).isUndefined()) {
            QJsonObject meta = o.value(QLatin1String("meta")).toObject();
            meta.insert(QLatin1String("version"), QString::fromLatin1(etag));
            o.insert(QLatin1String("meta"), meta);
        }
        done(o);
    });
}

static QString collection(ScimParser::Kind kind)
{
    return kind == ScimParser::Kind::Users ? QStringLiteral("Users") : QStringLiteral("Groups");
}

void ScimClient::getResource(ScimParser::Kind kind, const QString &id, QObject *context,
                             ResourceCallback done)
{
    sendResource(getRequest(endpoint(collection(kind) + QLatin1Char('/') + id)), context, std::move(done));
}

HttpRequest ScimClient::setUserActiveRequest(const QString &id, bool active, const QString &etag,
                                             const QJsonObject &current) const
{
    HttpRequest r;
    r.url = endpoint(QStringLiteral("Users/") + id);
    r.acceptedTypes = kScimTypes;
    r.contentType = "application/scim+json";
    r.retryable = true; // setting active to a fixed value is idempotent
    if (m_profile.deactivateWithPut && !current.isEmpty()) {
        QJsonObject body = current;
        body.insert(QLatin1String("active"), active);
        body.remove(QLatin1String("meta"));
        r.method = "PUT";
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    } else {
        r.method = "PATCH";
        const QJsonObject op{{QLatin1String("op"), QStringLiteral("replace")},
                             {QLatin1String("path"), QStringLiteral("active")},
                             {QLatin1String("value"), active}};
        r.body = QJsonDocument(QJsonObject{{QLatin1String("schemas"), QJsonArray{ScimUrn::kPatchOp}},
                                           {QLatin1String("Operations"), QJsonArray{op}}})
                     .toJson(QJsonDocument::Compact);
    }
    if (m_info.etagSupported && !etag.isEmpty())
        r.headers.append({"If-Match", etag.toUtf8()});
    return r;
}

HttpRequest ScimClient::memberRequest(const QString &groupId, const QString &userId, bool add,
                                      const QString &etag) const
{
    HttpRequest r;
    r.method = "PATCH";
    r.url = endpoint(QStringLiteral("Groups/") + groupId);
    r.acceptedTypes = kScimTypes;
    r.contentType = "application/scim+json";
    r.retryable = true;
    QJsonObject op;
    if (add) {
        op = {{QLatin1String("op"), QStringLiteral("add")},
              {QLatin1String("path"), QStringLiteral("members")},
              {QLatin1String("value"), QJsonArray{QJsonObject{{QLatin1String("value"), userId}}}}};
    } else if (m_profile.removeMemberForm == VendorProfile::RemoveMemberForm::ValueList) {
        op = {{QLatin1String("op"), QStringLiteral("remove")},
              {QLatin1String("path"), QStringLiteral("members")},
              {QLatin1String("value"), QJsonArray{QJsonObject{{QLatin1String("value"), userId}}}}};
    } else {
        op = {{QLatin1String("op"), QStringLiteral("remove")},
              {QLatin1String("path"),
               QStringLiteral("members[%1]").arg(ScimFilterText::equals(QStringLiteral("value"), userId))}};
    }
    r.body = QJsonDocument(QJsonObject{{QLatin1String("schemas"), QJsonArray{ScimUrn::kPatchOp}},
                                       {QLatin1String("Operations"), QJsonArray{op}}})
                 .toJson(QJsonDocument::Compact);
    if (m_info.etagSupported && !etag.isEmpty())
        r.headers.append({"If-Match", etag.toUtf8()});
    return r;
}

void ScimClient::setUserActive(const QString &id, bool active, const QString &etag,
                               const QJsonObject &current, QObject *context, ResourceCallback done)
{
    sendResource(setUserActiveRequest(id, active, etag, current), context, std::move(done));
}

void ScimClient::addMember(const QString &groupId, const QString &userId, const QString &etag,
                           QObject *context, ResourceCallback done)
{
    sendResource(memberRequest(groupId, userId, true, etag), context, std::move(done));
}

void ScimClient::removeMember(const QString &groupId, const QString &userId, const QString &etag,
                              QObject *context, ResourceCallback done)
{
    sendResource(memberRequest(groupId, userId, false, etag), context, std::move(done));
}

void ScimClient::replaceResource(ScimParser::Kind kind, const QJsonObject &resource, const QString &etag,
                                 QObject *context, ResourceCallback done)
{
    HttpRequest r;
    r.method = "PUT";
    r.url = endpoint(collection(kind) + QLatin1Char('/') + resource.value(QLatin1String("id")).toString());
    r.acceptedTypes = kScimTypes;
    r.contentType = "application/scim+json";
    r.body = QJsonDocument(resource).toJson(QJsonDocument::Compact);
    if (m_info.etagSupported && !etag.isEmpty())
        r.headers.append({"If-Match", etag.toUtf8()});
    sendResource(r, context, std::move(done));
}

} // namespace Scimflow
