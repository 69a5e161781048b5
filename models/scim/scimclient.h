#pragma once

#include "httpclient.h"
#include "httprequest.h"
#include "result.h"
#include "scimparser.h"
#include "user.h"
#include "vendorprofile.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace Scimflow {

class ScimCursorListJob;
class ScimListJob;

/// What discovery learned about a SCIM service provider.
struct ServiceProviderInfo
{
    bool patchSupported = false;
    bool filterSupported = false;
    int filterMaxResults = 0; // 0 = not stated
    bool etagSupported = false;
    bool sortSupported = false;
    bool bulkSupported = false;
    QStringList schemas;       // schema URNs served by /Schemas
    QStringList resourceTypes; // names from /ResourceTypes
    bool hasEnterpriseExtension = false;
    bool cursorPagination = false; // ServiceProviderConfig "pagination": {"cursor": true} (RFC 9865)
    bool indexPagination = true;   // ... "index": false says startIndex is not honoured
    QString summary() const;       // one readable line for the connection dialog
};

/// SCIM 2.0 client (RFC 7644) on top of HttpClient: discovery, paged listing, and the writes the fixes need.
class ScimClient : public QObject
{
    Q_OBJECT
public:
    ScimClient(HttpClient *http, QUrl baseUrl, VendorProfile profile, QObject *parent = nullptr);

    HttpClient *http() const { return m_http; }
    QUrl baseUrl() const { return m_baseUrl; }
    const VendorProfile &profile() const { return m_profile; }
    void setPageSize(int count) { m_pageSize = qMax(1, count); }
    int pageSize() const { return m_pageSize; }
    void setMaxConcurrentPages(int n) { m_maxConcurrent = qMax(1, n); }
    int maxConcurrentPages() const { return m_maxConcurrent; }
    void setLimits(const ScimLimits &limits) { m_limits = limits; }
    const ScimLimits &limits() const { return m_limits; }
    /// Known after discover(); used for filter.maxResults and If-Match.
    const ServiceProviderInfo &serviceProvider() const { return m_info; }

    using InfoCallback = std::function<void(const Result<ServiceProviderInfo> &)>;
    using ResourceCallback = std::function<void(const Result<QJsonObject> &)>;

    /// Reads ServiceProviderConfig, Schemas and ResourceTypes and checks that the core User and Group schemas
    /// (and the enterprise extension when the profile expects it) are served.
    void discover(QObject *context, InfoCallback done);

    /// Pages through /Users or /Groups (optionally filtered). The job deletes itself after finished().
    ScimListJob *list(ScimParser::Kind kind, const QString &filter = QString());

    /// Pages through /Users or /Groups by cursor (RFC 9865). The job deletes itself after finished().
    ScimCursorListJob *listByCursor(ScimParser::Kind kind, const QString &filter = QString());
    /// Whether listings should page by cursor: the profile says so, or discovery found cursor support and
    /// the profile does not insist on startIndex.
    bool pagesByCursor() const;

    void getResource(ScimParser::Kind kind, const QString &id, QObject *context, ResourceCallback done);
    /// Deactivates (Okta-style active=false) or reactivates a user: PATCH, or PUT of \a current when the
    /// profile says so. \a etag is sent as If-Match when the server supports ETags; 412 gives
    /// Error::Kind::Conflict.
    void setUserActive(const QString &id, bool active, const QString &etag, const QJsonObject &current,
                       QObject *context, ResourceCallback done);
    void addMember(const QString &groupId, const QString &userId, const QString &etag, QObject *context,
                   ResourceCallback done);
    void removeMember(const QString &groupId, const QString &userId, const QString &etag, QObject *context,
                      ResourceCallback done);
    void replaceResource(ScimParser::Kind kind, const QJsonObject &resource, const QString &etag,
                         QObject *context, ResourceCallback done);

    // The exact requests the writes send, for previews (RequestPreview::of) and the audit log.
    HttpRequest setUserActiveRequest(const QString &id, bool active, const QString &etag,
                                     const QJsonObject &current) const;
    HttpRequest memberRequest(const QString &groupId, const QString &userId, bool add,
                              const QString &etag) const;

    QUrl endpoint(const QString &path) const;
    HttpRequest getRequest(const QUrl &url) const;

private:
    void sendResource(const HttpRequest &request, QObject *context, ResourceCallback done);

    QPointer<HttpClient> m_http;
    QUrl m_baseUrl;
    VendorProfile m_profile;
    ScimLimits m_limits;
    ServiceProviderInfo m_info;
    int m_pageSize = 100;
    int m_maxConcurrent = 4;
};

} // namespace Scimflow
