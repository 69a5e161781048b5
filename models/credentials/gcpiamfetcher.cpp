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
    listAccounts();
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

void GcpIamFetcher::getList(const ListRequest &list, const QString &pageToken, const ItemsHandler &onItems,
                            const std::function<void()> &onDone)
{
    if (m_done)
        return;
    if (!pageToken.isEmpty() && !checkToken(list.listing, pageToken))
        return;
    QUrl url = list.url;
    if (list.listing >= 0) {
        QUrlQuery q(url);
        q.addQueryItem(QStringLiteral("pageSize"), QString::number(list.pageSize));
        if (!pageToken.isEmpty())
            q.addQueryItem(QStringLiteral("pageToken"), pageToken);
        url.setQuery(q);
    }
    HttpRequest request = HttpRequest::get(url);
    request.acceptedTypes = {"application/json"};
    m_client.send(request, m_context, [this, list, onItems, onDone](const Result<HttpResponse> &reply) {
        if (!reply)
            return fail(reply.error());
        if (reply->status == 404 && list.notFoundIsEmpty)
            return onDone();
        if (reply->status != 200)
            return fail(
                pipelineHttpError(PipelineResponse{reply->status, reply->body, reply->headers}, list.what));
        const Result<QJsonObject> root = objectOf(reply->body, list.what);
        if (!root)
            return fail(root.error());
        const QJsonValue items = root->value(list.arrayKey);
        if (!items.isUndefined() && !items.isArray())
            return fail(malformed(list.what, QStringLiteral("%1 is not an array").arg(list.arrayKey)));
        if (!onItems(items.toArray()))
            return; // it failed the read
        const QJsonValue next = root->value(QLatin1String("nextPageToken"));
        if (list.listing >= 0 && !next.isUndefined() && !next.isString())
            return fail(malformed(list.what, QStringLiteral("nextPageToken is not a string")));
        if (list.listing >= 0 && !next.toString().isEmpty())
            return getList(list, next.toString(), onItems, onDone);
        onDone();
    });
}

void GcpIamFetcher::listAccounts()
{
    ListRequest list;
    list.url = accountsUrl();
    list.what = tr("Listing the service accounts of %1").arg(m_options.project);
    list.arrayKey = QLatin1String("accounts");
    list.listing = kAccountListing;
    list.pageSize = m_options.pageSize;
    const auto onItems = [this, what = list.what](const QJsonArray &accounts) {
        for (const QJsonValue &v : accounts) {
            const QJsonObject o = v.toObject();
            Credential c;
            c.kind = Credential::Kind::ServiceAccount;
            c.source = m_options.project;
            c.externalId = o.value(QLatin1String("email")).toString();
            if (!v.isObject() || c.externalId.isEmpty()) {
                fail(malformed(what, QStringLiteral("a service account without an email")));
                return false;
            }
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
        return true;
    };
    getList(list, QString(), onItems, [this] { readKeys(); });
}

void GcpIamFetcher::readKeys()
{
    if (m_done)
        return;
    // Several key listings in flight: one request per account, and the round trips dominate.
    while (m_inFlight < m_options.parallelKeyReads && m_nextAccount < m_accountsToRead.size()) {
        const qsizetype index = m_accountsToRead[m_nextAccount++];
        const QString email = m_result.items[index].externalId;
        ListRequest list;
        list.url = accountsUrl();
        list.url.setPath(list.url.path() + QLatin1Char('/') + email + QStringLiteral("/keys"));
        list.url.setQuery(QStringLiteral("keyTypes=USER_MANAGED&keyTypes=SYSTEM_MANAGED"));
        list.what = tr("Listing the keys of %1").arg(email);
        list.arrayKey = QLatin1String("keys");
        list.notFoundIsEmpty = true; // deleted since it was listed: it has no keys to show
        const auto onItems = [this, email, what = list.what](const QJsonArray &keys) {
            for (const QJsonValue &v : keys) {
                // Only the listed fields are copied: privateKeyData, were it ever present, is never kept.
                const QJsonObject o = v.toObject();
                Credential c;
                c.kind = Credential::Kind::Key;
                c.source = m_options.project;
                c.externalId = o.value(QLatin1String("name")).toString();
                if (!v.isObject() || !c.externalId.contains(QLatin1String("/keys/"))) {
                    fail(malformed(what, QStringLiteral("a key without a resource name")));
                    return false;
                }
                c.parentExternalId = email;
                c.owner = email;
                c.name = Credential::keyIdOf(c.externalId);
                c.keyType = o.value(QLatin1String("keyType")).toString();
                c.keyOrigin = o.value(QLatin1String("keyOrigin")).toString();
                c.disabled = o.value(QLatin1String("disabled")).toBool();
                const Result<Timestamp> created = timeField(o, QLatin1String("validAfterTime"), what);
                const Result<Timestamp> expires = timeField(o, QLatin1String("validBeforeTime"), what);
                if (!created || !expires) {
                    fail(!created ? created.error() : expires.error());
                    return false;
                }
                c.createdAt = *created;
                c.expiresAt = *expires;
                c.detail = QJsonObject{
                    {QStringLiteral("keyAlgorithm"), o.value(QLatin1String("keyAlgorithm")).toString()},
                    {QStringLiteral("disableReason"), o.value(QLatin1String("disableReason")).toString()}};
                m_keyIndex.insert((email + QLatin1Char('/') + c.name).toLower(), m_result.items.size());
                m_result.items << c;
            }
            return true;
        };
        ++m_inFlight;
        getList(list, QString(), onItems, [this] {
            --m_inFlight;
            emit progress(int(m_nextAccount - m_inFlight), int(m_accountsToRead.size()));
            readKeys();
        });
    }
    if (m_inFlight == 0 && m_nextAccount >= m_accountsToRead.size())
        readActivities(0);
}

void GcpIamFetcher::readActivities(int type)
{
    ListRequest list;
    list.url = m_options.policyAnalyzerBase;
    list.url.setPath(m_options.policyAnalyzerBase.path() +
                     QStringLiteral("/v1/projects/%1/locations/global/activityTypes/%2/activities:query")
                         .arg(m_options.project, QLatin1String(kActivityTypes[type])));
    list.what = tr("Reading the last authentication of the service accounts of %1 (Policy Analyzer)")
                    .arg(m_options.project);
    list.arrayKey = QLatin1String("activities");
    list.listing = 1 + type;
    list.pageSize = m_options.activityPageSize;
    const auto onItems = [this, type, what = list.what](const QJsonArray &activities) {
        for (const QJsonValue &v : activities) {
            const QJsonObject o = v.toObject();
            const QJsonObject activity = o.value(QLatin1String("activity")).toObject();
            const QString resource = o.value(QLatin1String("fullResourceName")).toString();
            if (!v.isObject() || resource.isEmpty()) {
                fail(malformed(what, QStringLiteral("an activity without a fullResourceName")));
                return false;
            }
            const Result<Timestamp> at = timeField(activity, QLatin1String("lastAuthenticatedTime"), what);
            if (!at) {
                fail(at.error());
                return false;
            }
            applyActivity(type, resource, *at);
        }
        return true;
    };
    getList(list, QString(), onItems, [this, type] {
        if (type + 1 < int(std::size(kActivityTypes)))
            return readActivities(type + 1);
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
