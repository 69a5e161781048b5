#include "credentialsandboxdata.h"

#include "scenario.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Scimflow {

namespace {

QString iso(Timestamp t)
{
    return t == 0 ? QStringLiteral("9999-12-31T23:59:59Z") : timestampToIso(t);
}

/// Policy Analyzer reports days: the midnight (UTC) of the day of \a t.
Timestamp day(Timestamp t)
{
    return t - t % kMsPerDay;
}

QString hexId(const QString &seed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(seed.toUtf8(), QCryptographicHash::Sha1).toHex().left(40));
}

QString pageToken(qsizetype offset)
{
    return QString::fromLatin1(
        QByteArray("o:" + QByteArray::number(offset)).toBase64(QByteArray::Base64UrlEncoding));
}

qsizetype offsetOf(const QUrlQuery &query)
{
    const QByteArray token = QByteArray::fromBase64(
        query.queryItemValue(QStringLiteral("pageToken")).toLatin1(), QByteArray::Base64UrlEncoding);
    return token.startsWith("o:") ? token.mid(2).toLongLong() : 0;
}

int pageSizeOf(const QUrlQuery &query, const char *name, int fallback, int maximum)
{
    const int n = query.queryItemValue(QLatin1String(name)).toInt();
    return n > 0 ? qMin(n, maximum) : fallback;
}

SandboxResponse json(int status, const QJsonDocument &doc)
{
    return SandboxResponse::json(status, doc.toJson(QJsonDocument::Compact), "application/json");
}

} // namespace

SandboxResponse CredentialSandboxData::googleError(int status, const QString &message, const char *statusName)
{
    return json(status, QJsonDocument(QJsonObject{
                            {QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), status},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("status"), QLatin1String(statusName)}}}}));
}

CredentialSandboxData CredentialSandboxData::fromScenario(const Scenario &scenario)
{
    CredentialSandboxData d;
    const Timestamp now = scenario.anchor;
    d.m_project = QStringLiteral("scimflow-demo");
    for (const ServiceAccount &sa : scenario.serviceAccounts) {
        if (const qsizetype at = sa.email.indexOf(QLatin1Char('@')); at > 0)
            d.m_project = sa.email.mid(at + 1).section(QLatin1Char('.'), 0, 0);
        break;
    }
    d.m_organisation = QStringLiteral("acme");
    for (const Job &j : scenario.jobs) {
        if (j.source == QLatin1String("github") && j.project.contains(QLatin1Char('/'))) {
            d.m_organisation = j.project.section(QLatin1Char('/'), 0, 0);
            break;
        }
    }
    int n = 0;
    for (const ServiceAccount &sa : scenario.serviceAccounts) {
        Account a;
        a.email = sa.email;
        a.uniqueId = QStringLiteral("1%1").arg(100000000000000000LL + n, 20, 10, QLatin1Char('0'));
        a.displayName = sa.displayName;
        a.lastAuthenticated = day(now - kMsPerDay);
        // The last job of an account is its last authentication.
        Timestamp lastJob = 0;
        for (const Job &j : scenario.jobs) {
            if (j.runAs == sa.email)
                lastJob = qMax(lastJob, qMax(j.startTime, j.endTime));
        }
        if (lastJob > 0)
            a.lastAuthenticated = day(lastJob);
        Key system;
        system.id = hexId(sa.email + QStringLiteral("/system"));
        system.keyType = QStringLiteral("SYSTEM_MANAGED");
        system.validAfter = day(now - 9 * kMsPerDay);
        system.validBefore = system.validAfter + 730 * kMsPerDay;
        a.keys << system;
        Key user;
        user.id = hexId(sa.email + QStringLiteral("/user"));
        user.validAfter = now - (20 + n) * kMsPerDay;
        user.validBefore = user.validAfter + 90 * kMsPerDay;
        user.lastAuthenticated = a.lastAuthenticated;
        if (n == 0) {
            user.validAfter = now - 400 * kMsPerDay; // planted: never rotated (an org policy gave it 2 years)
            user.validBefore = user.validAfter + 730 * kMsPerDay;
        } else if (n == 1) {
            user.validAfter = now - 30 * kMsPerDay; // planted: never expires
            user.validBefore = 0;
        }
        a.keys << user;
        d.m_accounts << a;
        ++n;
    }
    // Planted: an account nobody authenticated as for 120 days, outside the RBAC mapping.
    Account unused;
    unused.email = QStringLiteral("bi-extract@%1.iam.gserviceaccount.com").arg(d.m_project);
    unused.uniqueId = QStringLiteral("109999999999999999999");
    unused.displayName = QStringLiteral("BI extract (retired dashboard)");
    unused.description = QStringLiteral("Nightly extract for the old BI dashboard");
    unused.lastAuthenticated = day(now - 120 * kMsPerDay);
    Key unusedSystem;
    unusedSystem.id = hexId(unused.email + QStringLiteral("/system"));
    unusedSystem.keyType = QStringLiteral("SYSTEM_MANAGED");
    unusedSystem.validAfter = day(now - 9 * kMsPerDay);
    unusedSystem.validBefore = unusedSystem.validAfter + 730 * kMsPerDay;
    unused.keys << unusedSystem;
    d.m_accounts << unused;

    // Fine-grained tokens of four active users, and of the first departed user: used after the departure.
    qint64 id = 25380;
    int active = 0;
    bool departed = false;
    for (const User &u : scenario.users) {
        const QString login = scenario.principalAliases.key(u.userName);
        if (login.isEmpty() || u.deletedAt > 0)
            continue;
        if (u.active && active >= 4)
            continue;
        if (!u.active && departed)
            continue;
        Token t;
        t.id = ++id;
        t.tokenId = 98700 + id;
        t.ownerLogin = login;
        t.name = u.active ? QStringLiteral("ci-deploy") : QStringLiteral("local-backfill");
        t.grantedAt = now - 60 * kMsPerDay;
        t.expiresAt = now + 30 * kMsPerDay;
        t.lastUsed = u.active ? now - 2 * kMsPerDay : now - 20 * kMsPerHour;
        if (u.active)
            ++active;
        else
            departed = true;
        d.m_tokens << t;
        if (active >= 4 && departed)
            break;
    }
    return d;
}

CredentialSandboxData CredentialSandboxData::bulk(const QString &project, int accounts, int keysPerAccount,
                                                  Timestamp anchor)
{
    CredentialSandboxData d;
    d.m_project = project;
    d.m_organisation = QStringLiteral("bench");
    for (int i = 0; i < accounts; ++i) {
        Account a;
        a.email =
            QStringLiteral("sa-%1@%2.iam.gserviceaccount.com").arg(i, 5, 10, QLatin1Char('0')).arg(project);
        a.uniqueId = QString::number(100000000000000000LL + i);
        a.displayName = a.email.section(QLatin1Char('@'), 0, 0);
        a.lastAuthenticated = day(anchor - (i % 200) * kMsPerDay);
        for (int k = 0; k < keysPerAccount; ++k) {
            Key key;
            key.id = hexId(a.email + QString::number(k));
            key.keyType = k == 0 ? QStringLiteral("SYSTEM_MANAGED") : QStringLiteral("USER_MANAGED");
            key.validAfter = anchor - ((i + k) % 500) * kMsPerDay;
            key.validBefore = (i + k) % 7 == 0 ? 0 : key.validAfter + 365 * kMsPerDay;
            key.lastAuthenticated = a.lastAuthenticated;
            a.keys << key;
        }
        d.m_accounts << a;
        if (i % 10 == 0) {
            Token t;
            t.id = 1000 + i;
            t.tokenId = 5000 + i;
            t.ownerLogin = QStringLiteral("user%1").arg(i);
            t.name = QStringLiteral("token-%1").arg(i);
            t.grantedAt = anchor - 30 * kMsPerDay;
            t.expiresAt = anchor + 30 * kMsPerDay;
            d.m_tokens << t;
        }
    }
    return d;
}

CredentialSandboxData::Account *CredentialSandboxData::account(const QString &project,
                                                               const QString &emailOrId)
{
    if (project != m_project && project != QLatin1String("-"))
        return nullptr;
    const auto matches = [&](qsizetype i) {
        return i >= 0 && i < m_accounts.size() &&
               (m_accounts[i].email.compare(emailOrId, Qt::CaseInsensitive) == 0 ||
                m_accounts[i].uniqueId == emailOrId);
    };
    qsizetype i = m_accountIndex.value(emailOrId.toLower(), -1);
    if (!matches(i)) {
        indexAccounts();
        i = m_accountIndex.value(emailOrId.toLower(), -1);
    }
    return matches(i) ? &m_accounts[i] : nullptr;
}

void CredentialSandboxData::indexAccounts()
{
    m_accountIndex.clear();
    m_accountIndex.reserve(m_accounts.size() * 2);
    for (qsizetype i = 0; i < m_accounts.size(); ++i) {
        m_accountIndex.insert(m_accounts[i].email.toLower(), i);
        if (!m_accounts[i].uniqueId.isEmpty())
            m_accountIndex.insert(m_accounts[i].uniqueId.toLower(), i);
    }
}

SandboxResponse CredentialSandboxData::listAccounts(const QString &project, const QUrlQuery &query) const
{
    if (project != m_project)
        return googleError(404, QStringLiteral("Project %1 not found.").arg(project), "NOT_FOUND");
    const qsizetype offset = offsetOf(query);
    const int size = pageSizeOf(query, "pageSize", 20, 100);
    QJsonArray accounts;
    for (qsizetype i = offset; i < m_accounts.size() && i < offset + size; ++i) {
        const Account &a = m_accounts[i];
        QJsonObject o{{QStringLiteral("name"),
                       QStringLiteral("projects/%1/serviceAccounts/%2").arg(m_project, a.email)},
                      {QStringLiteral("projectId"), m_project},
                      {QStringLiteral("uniqueId"), a.uniqueId},
                      {QStringLiteral("email"), a.email},
                      {QStringLiteral("displayName"), a.displayName},
                      {QStringLiteral("oauth2ClientId"), a.uniqueId}};
        if (!a.description.isEmpty())
            o.insert(QStringLiteral("description"), a.description);
        if (a.disabled)
            o.insert(QStringLiteral("disabled"), true);
        accounts.append(o);
    }
    QJsonObject root;
    if (!accounts.isEmpty())
        root.insert(QStringLiteral("accounts"), accounts);
    if (offset + size < m_accounts.size())
        root.insert(QStringLiteral("nextPageToken"), pageToken(offset + size));
    return json(200, QJsonDocument(root));
}

SandboxResponse CredentialSandboxData::listKeys(const QString &project, const QString &email) const
{
    const Account *a = const_cast<CredentialSandboxData *>(this)->account(project, email);
    if (!a)
        return googleError(404, QStringLiteral("Service account %1 does not exist.").arg(email), "NOT_FOUND");
    QJsonArray keys;
    for (const Key &k : a->keys) {
        QJsonObject o{
            {QStringLiteral("name"),
             QStringLiteral("projects/%1/serviceAccounts/%2/keys/%3").arg(m_project, a->email, k.id)},
            {QStringLiteral("validAfterTime"), iso(k.validAfter)},
            {QStringLiteral("validBeforeTime"), iso(k.validBefore)},
            {QStringLiteral("keyAlgorithm"), QStringLiteral("KEY_ALG_RSA_2048")},
            {QStringLiteral("keyOrigin"), k.keyOrigin},
            {QStringLiteral("keyType"), k.keyType}};
        if (k.disabled)
            o.insert(QStringLiteral("disabled"), true);
        if (m_returnPrivateKeyData)
            o.insert(QStringLiteral("privateKeyData"),
                     QString::fromLatin1(("-----BEGIN PRIVATE KEY-----\n" + privateKeyMarker()).toBase64()));
        keys.append(o);
    }
    return json(200, QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}}));
}

SandboxResponse CredentialSandboxData::getAccount(const QString &project, const QString &email) const
{
    const Account *a = const_cast<CredentialSandboxData *>(this)->account(project, email);
    if (!a)
        return googleError(404, QStringLiteral("Service account %1 does not exist.").arg(email), "NOT_FOUND");
    return json(200, QJsonDocument(QJsonObject{{QStringLiteral("email"), a->email},
                                               {QStringLiteral("uniqueId"), a->uniqueId},
                                               {QStringLiteral("displayName"), a->displayName},
                                               {QStringLiteral("disabled"), a->disabled}}));
}

SandboxResponse CredentialSandboxData::getKey(const QString &project, const QString &email,
                                              const QString &keyId) const
{
    const Account *a = const_cast<CredentialSandboxData *>(this)->account(project, email);
    if (a) {
        for (const Key &k : a->keys) {
            if (k.id == keyId)
                return json(
                    200, QJsonDocument(QJsonObject{
                             {QStringLiteral("name"), QStringLiteral("projects/%1/serviceAccounts/%2/keys/%3")
                                                          .arg(m_project, a->email, k.id)},
                             {QStringLiteral("keyType"), k.keyType},
                             {QStringLiteral("disabled"), k.disabled}}));
        }
    }
    return googleError(404, QStringLiteral("Service account key %1 does not exist.").arg(keyId), "NOT_FOUND");
}

SandboxResponse CredentialSandboxData::tokenRepositories(const QString &organisation, const QString &id) const
{
    for (const Token &t : m_tokens) {
        if (organisation == m_organisation && QString::number(t.id) == id)
            return json(200, QJsonDocument(QJsonArray{}));
    }
    return json(404, QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}}));
}

SandboxResponse CredentialSandboxData::changeAccount(const QString &project, const QString &emailAndVerb)
{
    const QString email = emailAndVerb.section(QLatin1Char(':'), 0, 0);
    const QString verb = emailAndVerb.section(QLatin1Char(':'), 1);
    Account *a = account(project, email);
    if (!a)
        return googleError(404, QStringLiteral("Service account %1 does not exist.").arg(email), "NOT_FOUND");
    if (verb != QLatin1String("disable") && verb != QLatin1String("enable"))
        return googleError(400, QStringLiteral("Unknown method %1.").arg(verb), "INVALID_ARGUMENT");
    a->disabled = verb == QLatin1String("disable");
    m_changes << QStringLiteral("POST %1:%2").arg(a->email, verb);
    return json(200, QJsonDocument(QJsonObject{}));
}

SandboxResponse CredentialSandboxData::changeKey(const QString &project, const QString &email,
                                                 const QString &keyAndVerb, bool remove)
{
    Account *a = account(project, email);
    const QString keyId = keyAndVerb.section(QLatin1Char(':'), 0, 0);
    const QString verb = keyAndVerb.section(QLatin1Char(':'), 1);
    if (a) {
        for (qsizetype i = 0; i < a->keys.size(); ++i) {
            Key &k = a->keys[i];
            if (k.id != keyId)
                continue;
            if (k.keyType != QLatin1String("USER_MANAGED"))
                return googleError(400, QStringLiteral("System-managed keys cannot be changed."),
                                   "FAILED_PRECONDITION");
            if (remove) {
                a->keys.removeAt(i);
                m_changes << QStringLiteral("DELETE %1/keys/%2").arg(a->email, keyId);
            } else if (verb == QLatin1String("disable") || verb == QLatin1String("enable")) {
                k.disabled = verb == QLatin1String("disable");
                m_changes << QStringLiteral("POST %1/keys/%2:%3").arg(a->email, keyId, verb);
            } else {
                return googleError(400, QStringLiteral("Unknown method %1.").arg(verb), "INVALID_ARGUMENT");
            }
            return json(200, QJsonDocument(QJsonObject{}));
        }
    }
    return googleError(404, QStringLiteral("Service account key %1 does not exist.").arg(keyId), "NOT_FOUND");
}

SandboxResponse CredentialSandboxData::queryActivities(const QString &project, const QString &activityType,
                                                       const QUrlQuery &query) const
{
    if (project != m_project)
        return googleError(404, QStringLiteral("Project %1 not found.").arg(project), "NOT_FOUND");
    const bool keys = activityType == QLatin1String("serviceAccountKeyLastAuthentication");
    if (!keys && activityType != QLatin1String("serviceAccountLastAuthentication"))
        return googleError(400, QStringLiteral("Unsupported activity type %1.").arg(activityType),
                           "INVALID_ARGUMENT");
    QJsonArray all;
    const QString period = timestampToIso(day(currentTimestamp()) - 180 * kMsPerDay);
    for (const Account &a : m_accounts) {
        const QString accountName =
            QStringLiteral("//iam.googleapis.com/projects/%1/serviceAccounts/%2").arg(m_project, a.email);
        if (!keys && a.lastAuthenticated > 0) {
            all.append(QJsonObject{
                {QStringLiteral("fullResourceName"), accountName},
                {QStringLiteral("activityType"), activityType},
                {QStringLiteral("observationPeriod"), QJsonObject{{QStringLiteral("startTime"), period}}},
                {QStringLiteral("activity"),
                 QJsonObject{{QStringLiteral("lastAuthenticatedTime"), timestampToIso(a.lastAuthenticated)},
                             {QStringLiteral("serviceAccount"),
                              QJsonObject{{QStringLiteral("serviceAccountId"), a.uniqueId},
                                          {QStringLiteral("fullResourceName"), accountName}}}}}});
        }
        if (!keys)
            continue;
        for (const Key &k : a.keys) {
            if (k.lastAuthenticated == 0)
                continue;
            const QString keyName = accountName + QStringLiteral("/keys/") + k.id;
            all.append(QJsonObject{
                {QStringLiteral("fullResourceName"), keyName},
                {QStringLiteral("activityType"), activityType},
                {QStringLiteral("observationPeriod"), QJsonObject{{QStringLiteral("startTime"), period}}},
                {QStringLiteral("activity"),
                 QJsonObject{{QStringLiteral("lastAuthenticatedTime"), timestampToIso(k.lastAuthenticated)},
                             {QStringLiteral("serviceAccountKey"),
                              QJsonObject{{QStringLiteral("serviceAccountId"), a.uniqueId},
                                          {QStringLiteral("fullResourceName"), keyName}}}}}});
        }
    }
    const qsizetype offset = offsetOf(query);
    const int size = pageSizeOf(query, "pageSize", 1000, 1000);
    QJsonArray page;
    for (qsizetype i = offset; i < all.size() && i < offset + size; ++i)
        page.append(all[i]);
    QJsonObject root{{QStringLiteral("activities"), page}};
    if (offset + size < all.size())
        root.insert(QStringLiteral("nextPageToken"), pageToken(offset + size));
    return json(200, QJsonDocument(root));
}

SandboxResponse CredentialSandboxData::listTokens(const QString &organisation, const QUrlQuery &query,
                                                  const QUrl &pageUrl) const
{
    if (organisation != m_organisation)
        return json(404,
                    QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}}));
    const int perPage = pageSizeOf(query, "per_page", 30, 100);
    const int page = qMax(1, query.queryItemValue(QStringLiteral("page")).toInt());
    const qsizetype offset = qsizetype(page - 1) * perPage;
    QJsonArray out;
    for (qsizetype i = offset; i < m_tokens.size() && i < offset + perPage; ++i) {
        const Token &t = m_tokens[i];
        out.append(QJsonObject{
            {QStringLiteral("id"), t.id},
            {QStringLiteral("owner"), QJsonObject{{QStringLiteral("login"), t.ownerLogin},
                                                  {QStringLiteral("type"), QStringLiteral("User")}}},
            {QStringLiteral("repository_selection"), QStringLiteral("subset")},
            {QStringLiteral("repositories_url"),
             QStringLiteral("https://api.github.com/organizations/1/personal-access-tokens/%1/repositories")
                 .arg(t.id)},
            {QStringLiteral("permissions"),
             QJsonObject{{QStringLiteral("repository"),
                          QJsonObject{{QStringLiteral("contents"), QStringLiteral("write")}}}}},
            {QStringLiteral("access_granted_at"), timestampToIso(t.grantedAt)},
            {QStringLiteral("token_id"), t.tokenId},
            {QStringLiteral("token_name"), t.name},
            {QStringLiteral("token_expired"), t.expired},
            {QStringLiteral("token_expires_at"),
             t.expiresAt ? QJsonValue(timestampToIso(t.expiresAt)) : QJsonValue()},
            {QStringLiteral("token_last_used_at"),
             t.lastUsed ? QJsonValue(timestampToIso(t.lastUsed)) : QJsonValue()}});
    }
    SandboxResponse r = json(200, QJsonDocument(out));
    const int last = int(qMax<qsizetype>(1, (m_tokens.size() + perPage - 1) / perPage));
    const auto link = [&](int p, const char *rel) {
        QUrl url = pageUrl;
        QUrlQuery q(query);
        q.removeAllQueryItems(QStringLiteral("page"));
        q.addQueryItem(QStringLiteral("page"), QString::number(p));
        url.setQuery(q);
        r.headers.append(qMakePair(QByteArray("Link"), "<" + url.toEncoded() + ">; rel=\"" + rel + "\""));
    };
    if (page < last)
        link(page + 1, "next");
    if (page > 1)
        link(page - 1, "prev");
    link(last, "last");
    return r;
}

SandboxResponse CredentialSandboxData::revokeToken(const QString &organisation, const QString &id,
                                                   const QByteArray &body)
{
    if (organisation != m_organisation)
        return json(404,
                    QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}}));
    if (QJsonDocument::fromJson(body).object().value(QLatin1String("action")).toString() !=
        QLatin1String("revoke"))
        return json(422, QJsonDocument(
                             QJsonObject{{QStringLiteral("message"), QStringLiteral("Validation Failed")}}));
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        if (QString::number(m_tokens[i].id) == id) {
            m_tokens.removeAt(i);
            m_changes
                << QStringLiteral("POST /orgs/%1/personal-access-tokens/%2 revoke").arg(organisation, id);
            return SandboxResponse::json(204, QByteArray(), "application/json");
        }
    }
    return json(404, QJsonDocument(QJsonObject{{QStringLiteral("message"), QStringLiteral("Not Found")}}));
}

} // namespace Scimflow
