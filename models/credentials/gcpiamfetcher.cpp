#include "gcpiamfetcher.h"

#include "httpclient.h"
#include "httpjob.h"
#include "pipelinetransport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace Scimflow {

namespace {

constexpr int kAccountListing = 0;
const char *const kActivityTypes[] = {"serviceAccountLastAuthentication",
                                      "serviceAccountKeyLastAuthentication"};

Error malformed(const QString &what, const QString &why)
{
    return Error::make(
        Error::Kind::Protocol,
        QCoreApplication::translate("GcpIamFetcher", "%1: the answer is malformed (%2).").arg(what, why));
}

/// The JSON object of a 200 answer, or why it is not one.
Result<QJsonObject> objectOf(const QByteArray &body, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return malformed(what, error.errorString());
    if (!doc.isObject())
        return malformed(what, QStringLiteral("not a JSON object"));
    return doc.object();
}

/// A time field: empty gives 0, anything else must be RFC 3339. Google's "never expires" is 9999-12-31.
Result<Timestamp> timeField(const QJsonObject &o, QLatin1String key, const QString &what)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return Timestamp(0);
    const QString text = v.toString();
    if (text.startsWith(QLatin1String("9999-")))
        return Timestamp(0);
    const Timestamp t = timestampFromIso(text);
    if (!v.isString() || (!text.isEmpty() && t == 0))
        return malformed(what, QStringLiteral("%1 is not a time").arg(key));
    return t;
}

} // namespace

GcpIamFetcher::GcpIamFetcher(HttpClient &client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
    m_result.sourceKind = CredentialInventory::Source::Gcp;
    m_result.source = m_options.project;
}

QUrl GcpIamFetcher::accountsUrl() const
{
    QUrl url = m_options.iamBase;
    url.setPath(m_options.iamBase.path() +
                QStringLiteral("/v1/projects/%1/serviceAccounts").arg(m_options.project));
    return url;
}

HttpRequest GcpIamFetcher::changeRequest(const QUrl &iamBase, const QString &project, const QString &resource,
                                         Change change)
{
    HttpRequest r;
    r.url = iamBase;
    const bool account = change == Change::DisableAccount || change == Change::EnableAccount;
    const QString path = account ? QStringLiteral("/v1/projects/%1/serviceAccounts/%2").arg(project, resource)
                                 : QStringLiteral("/v1/") + resource;
    switch (change) {
    case Change::DisableAccount:
    case Change::DisableKey:
        r.method = "POST";
        r.url.setPath(iamBase.path() + path + QStringLiteral(":disable"));
        break;
    case Change::EnableAccount:
    case Change::EnableKey:
        r.method = "POST";
        r.url.setPath(iamBase.path() + path + QStringLiteral(":enable"));
        break;
    case Change::DeleteKey:
        r.method = "DELETE";
        r.url.setPath(iamBase.path() + path);
        break;
    }
    if (r.method == "POST") {
        r.contentType = "application/json";
        r.body = "{}";
    }
    r.retryable = true; // disabling, enabling or deleting twice leaves the same state
    return r;
}

void GcpIamFetcher::start()
{
    m_context = new QObject(this); // destroyed on cancel: late answers are dropped
    if (m_options.project.isEmpty()) {
        fail(Error::make(Error::Kind::InvalidInput,
                         tr("Give the Google Cloud project whose credentials to read.")));
        return;
    }
    listAccounts(QString());
}

void GcpIamFetcher::cancel()
{
    fail(Error::make(Error::Kind::Cancelled,
                     tr("Reading the service accounts of %1 was cancelled.").arg(m_options.project)));
}

void GcpIamFetcher::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    delete m_context;
    emit failed(error);
}

bool GcpIamFetcher::checkToken(int listing, const QString &token)
{
    if (++m_pages > m_options.maxPages) {
        fail(Error::make(Error::Kind::TooLarge,
                         tr("More than %1 pages; raise the page limit.").arg(m_options.maxPages)));
        return false;
    }
    if (m_tokens[listing].contains(token)) {
        fail(Error::make(Error::Kind::Protocol,
                         tr("Google repeated a page token; the paging loops, so the read stops and nothing "
                            "is saved.")));
        return false;
    }
    m_tokens[listing].insert(token);
    return true;
}

void GcpIamFetcher::listAccounts(const QString &token)
{
    if (!token.isEmpty() && !checkToken(kAccountListing, token))
        return;
    QUrl url = accountsUrl();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(m_options.pageSize));
    if (!token.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), token);
    url.setQuery(q);
    HttpRequest request = HttpRequest::get(url);
    request.acceptedTypes = {"application/json"};
    m_client.send(request, m_context, [this](const Result<HttpResponse> &reply) {
        const QString what = tr("Listing the service accounts of %1").arg(m_options.project);
        if (!reply)
            return fail(reply.error());
        if (reply->status != 200)
            return fail(
                pipelineHttpError(PipelineResponse{reply->status, reply->body, reply->headers}, what));
        const Result<QJsonObject> root = objectOf(reply->body, what);
        if (!root)
            return fail(root.error());
        const QJsonValue accounts = root->value(QLatin1String("accounts"));
        if (!accounts.isUndefined() && !accounts.isArray())
            return fail(malformed(what, QStringLiteral("accounts is not an array")));
        for (const QJsonValue &v : accounts.toArray()) {
            const QJsonObject o = v.toObject();
            Credential c;
            c.kind = Credential::Kind::ServiceAccount;
            c.source = m_options.project;
            c.externalId = o.value(QLatin1String("email")).toString();
            if (!v.isObject() || c.externalId.isEmpty())
                return fail(malformed(what, QStringLiteral("a service account without an email")));
            if (m_accountIndex.contains(c.externalId.toLower()))
                continue; // an account that moved between pages
            c.owner = c.externalId;
            c.name = o.value(QLatin1String("displayName")).toString();
            c.disabled = o.value(QLatin1String("disabled")).toBool();
            const QString uniqueId = o.value(QLatin1String("uniqueId")).toString();
            c.detail = QJsonObject{
                {QStringLiteral("uniqueId"), uniqueId},
                {QStringLiteral("description"), o.value(QLatin1String("description")).toString()}};
            m_accountIndex.insert(c.externalId.toLower(), m_result.items.size());
            if (!uniqueId.isEmpty())
                m_accountIndex.insert(uniqueId, m_result.items.size());
            m_accountsToRead << m_result.items.size();
            m_result.items << c;
        }
        emit progress(int(m_accountsToRead.size()), 0);
        const QJsonValue next = root->value(QLatin1String("nextPageToken"));
        if (!next.isUndefined() && !next.isString())
            return fail(malformed(what, QStringLiteral("nextPageToken is not a string")));
        if (!next.toString().isEmpty())
            return listAccounts(next.toString());
        readKeys();
    });
}

void GcpIamFetcher::readKeys()
{
    if (m_done)
        return;
    while (m_inFlight < m_options.parallelKeyReads && m_nextAccount < m_accountsToRead.size()) {
        const qsizetype index = m_accountsToRead[m_nextAccount++];
        const QString email = m_result.items[index].externalId;
        QUrl url = accountsUrl();
        url.setPath(url.path() + QLatin1Char('/') + email + QStringLiteral("/keys"));
        url.setQuery(QStringLiteral("keyTypes=USER_MANAGED&keyTypes=SYSTEM_MANAGED"));
        HttpRequest request = HttpRequest::get(url);
        request.acceptedTypes = {"application/json"};
        ++m_inFlight;
        m_client.send(request, m_context, [this, email](const Result<HttpResponse> &reply) {
            --m_inFlight;
            const QString what = tr("Listing the keys of %1").arg(email);
            if (!reply)
                return fail(reply.error());
            if (reply->status == 404)
                return readKeys(); // deleted since it was listed: it has no keys to show
            if (reply->status != 200)
                return fail(
                    pipelineHttpError(PipelineResponse{reply->status, reply->body, reply->headers}, what));
            const Result<QJsonObject> root = objectOf(reply->body, what);
            if (!root)
                return fail(root.error());
            const QJsonValue keys = root->value(QLatin1String("keys"));
            if (!keys.isUndefined() && !keys.isArray())
                return fail(malformed(what, QStringLiteral("keys is not an array")));
            for (const QJsonValue &v : keys.toArray()) {
                // Only the listed fields are copied: privateKeyData, were it ever present, is never kept.
                const QJsonObject o = v.toObject();
                Credential c;
                c.kind = Credential::Kind::Key;
                c.source = m_options.project;
                c.externalId = o.value(QLatin1String("name")).toString();
                if (!v.isObject() || !c.externalId.contains(QLatin1String("/keys/")))
                    return fail(malformed(what, QStringLiteral("a key without a resource name")));
                c.parentExternalId = email;
                c.owner = email;
                c.name = Credential::keyIdOf(c.externalId);
                c.keyType = o.value(QLatin1String("keyType")).toString();
                c.keyOrigin = o.value(QLatin1String("keyOrigin")).toString();
                c.disabled = o.value(QLatin1String("disabled")).toBool();
                const Result<Timestamp> created = timeField(o, QLatin1String("validAfterTime"), what);
                const Result<Timestamp> expires = timeField(o, QLatin1String("validBeforeTime"), what);
                if (!created)
                    return fail(created.error());
                if (!expires)
                    return fail(expires.error());
                c.createdAt = *created;
                c.expiresAt = *expires;
                c.detail = QJsonObject{
                    {QStringLiteral("keyAlgorithm"), o.value(QLatin1String("keyAlgorithm")).toString()},
                    {QStringLiteral("disableReason"), o.value(QLatin1String("disableReason")).toString()}};
                m_keyIndex.insert((email + QLatin1Char('/') + c.name).toLower(), m_result.items.size());
                m_result.items << c;
            }
            emit progress(int(m_nextAccount), int(m_accountsToRead.size()));
            readKeys();
        });
    }
    if (m_inFlight == 0 && m_nextAccount >= m_accountsToRead.size())
        readActivities(0, QString());
}

void GcpIamFetcher::readActivities(int type, const QString &token)
{
    if (m_done)
        return;
    if (!token.isEmpty() && !checkToken(1 + type, token))
        return;
    QUrl url = m_options.policyAnalyzerBase;
    url.setPath(m_options.policyAnalyzerBase.path() +
                QStringLiteral("/v1/projects/%1/locations/global/activityTypes/%2/activities:query")
                    .arg(m_options.project, QLatin1String(kActivityTypes[type])));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(m_options.activityPageSize));
    if (!token.isEmpty())
        q.addQueryItem(QStringLiteral("pageToken"), token);
    url.setQuery(q);
    HttpRequest request = HttpRequest::get(url);
    request.acceptedTypes = {"application/json"};
    m_client.send(request, m_context, [this, type](const Result<HttpResponse> &reply) {
        const QString what =
            tr("Reading the last authentication of the service accounts of %1 (Policy Analyzer)")
                .arg(m_options.project);
        if (!reply)
            return fail(reply.error());
        if (reply->status != 200)
            return fail(
                pipelineHttpError(PipelineResponse{reply->status, reply->body, reply->headers}, what));
        const Result<QJsonObject> root = objectOf(reply->body, what);
        if (!root)
            return fail(root.error());
        const QJsonValue activities = root->value(QLatin1String("activities"));
        if (!activities.isUndefined() && !activities.isArray())
            return fail(malformed(what, QStringLiteral("activities is not an array")));
        for (const QJsonValue &v : activities.toArray()) {
            const QJsonObject o = v.toObject();
            const QJsonObject activity = o.value(QLatin1String("activity")).toObject();
            const QString resource = o.value(QLatin1String("fullResourceName")).toString();
            if (!v.isObject() || resource.isEmpty())
                return fail(malformed(what, QStringLiteral("an activity without a fullResourceName")));
            const Result<Timestamp> at = timeField(activity, QLatin1String("lastAuthenticatedTime"), what);
            if (!at)
                return fail(at.error());
            applyActivity(type, resource, *at);
        }
        const QJsonValue next = root->value(QLatin1String("nextPageToken"));
        if (!next.isUndefined() && !next.isString())
            return fail(malformed(what, QStringLiteral("nextPageToken is not a string")));
        if (!next.toString().isEmpty())
            return readActivities(type, next.toString());
        if (type + 1 < int(std::size(kActivityTypes)))
            return readActivities(type + 1, QString());
        m_done = true;
        emit finished();
    });
}

void GcpIamFetcher::applyActivity(int type, const QString &fullResourceName, Timestamp at)
{
    // //iam.googleapis.com/projects/P/serviceAccounts/EMAIL-OR-UNIQUE-ID[/keys/KEY]
    const qsizetype at0 = fullResourceName.indexOf(QLatin1String("/serviceAccounts/"));
    if (at0 < 0)
        return;
    const QString rest = fullResourceName.mid(at0 + int(qstrlen("/serviceAccounts/")));
    const QString account = rest.section(QLatin1Char('/'), 0, 0).toLower();
    qsizetype index = -1;
    if (type == 0) {
        index = m_accountIndex.value(account, -1);
        if (index >= 0 && m_result.items[index].lastUsedAt == 0 && at > 0)
            ++m_result.accountsWithLastAuthentication;
    } else {
        const qsizetype accountIndex = m_accountIndex.value(account, -1);
        if (accountIndex >= 0) {
            const QString key = rest.section(QLatin1Char('/'), 2, 2);
            index = m_keyIndex.value(
                (m_result.items[accountIndex].externalId + QLatin1Char('/') + key).toLower(), -1);
        }
        if (index >= 0 && m_result.items[index].lastUsedAt == 0 && at > 0)
            ++m_result.keysWithLastAuthentication;
    }
    if (index >= 0)
        m_result.items[index].lastUsedAt = qMax(m_result.items[index].lastUsedAt, at);
}

} // namespace Scimflow
