#include "pipelinesandboxdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Scimflow {

namespace {

// Qt::UTC (not QTimeZone::utc()) so that the text ends in "Z" as the Google APIs write it.
QString iso(Timestamp t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// GitHub writes whole seconds: "2026-11-20T02:00:03Z".
QString githubTime(Timestamp t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

bool isTerminal(const Job &j)
{
    return j.state == Job::State::Succeeded || j.state == Job::State::Failed ||
           j.state == Job::State::Cancelled;
}

/// Opaque page tokens, as the Google APIs use: the offset, base64url-encoded with a prefix so that a
/// token of one list is not mistaken for another's.
QString makeToken(const char *kind, qsizetype offset)
{
    return QString::fromLatin1(
        (QByteArray(kind) + ':' + QByteArray::number(offset)).toBase64(QByteArray::Base64UrlEncoding));
}

/// A plain offset ("15"), as some servers write their page tokens.
qsizetype readPlainOffset(const QString &token, bool *ok)
{
    *ok = true;
    return token.isEmpty() ? 0 : token.toLongLong(ok);
}

qsizetype readToken(const char *kind, const QString &token, bool *ok)
{
    *ok = true;
    if (token.isEmpty())
        return 0;
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    const QByteArray prefix = QByteArray(kind) + ':';
    if (!raw.startsWith(prefix)) {
        *ok = false;
        return 0;
    }
    return raw.mid(prefix.size()).toLongLong(ok);
}

/// A deterministic 1-in-5 of human launches go through service-account impersonation.
bool impersonated(const Job &j)
{
    return qHash(j.externalId, 7) % 5 == 0 && j.launcher.contains(QLatin1Char('@')) &&
           !j.launcher.endsWith(QLatin1String(".gserviceaccount.com"));
}

QString githubState(const Job &j, QString *conclusion)
{
    switch (j.state) {
    case Job::State::Pending:
        return QStringLiteral("queued");
    case Job::State::Running:
        return QStringLiteral("in_progress");
    case Job::State::Succeeded:
        *conclusion = QStringLiteral("success");
        return QStringLiteral("completed");
    case Job::State::Failed:
        *conclusion = QStringLiteral("failure");
        return QStringLiteral("completed");
    case Job::State::Cancelled:
        *conclusion = QStringLiteral("cancelled");
        return QStringLiteral("completed");
    case Job::State::Unknown:
        break;
    }
    return QStringLiteral("requested");
}

} // namespace

PipelineSandboxData::PipelineSandboxData(const Scenario &scenario)
    : m_anchor(scenario.anchor)
{
    for (const Job &j : scenario.jobs) {
        if (j.source == QLatin1String("dataflow"))
            m_dataflow << j;
        else if (j.source == QLatin1String("github"))
            m_github << j;
    }
    auto newestFirst = [](const Job &a, const Job &b) {
        return a.createTime != b.createTime ? a.createTime > b.createTime : a.externalId > b.externalId;
    };
    std::sort(m_dataflow.begin(), m_dataflow.end(), newestFirst);
    std::sort(m_github.begin(), m_github.end(), newestFirst);
    for (qsizetype i = 0; i < m_dataflow.size(); ++i)
        m_dataflowIndex.insert(m_dataflow[i].externalId, i);
    for (qsizetype i = 0; i < m_github.size(); ++i)
        m_githubIndex.insert(m_github[i].externalId, i);
    for (qsizetype i = m_dataflow.size() - 1; i >= 0; --i)
        m_launchOrder << i;
    m_project = m_dataflow.isEmpty() ? QStringLiteral("scimflow-demo") : m_dataflow.first().project;
    m_location = m_dataflow.isEmpty() ? QStringLiteral("europe-west1") : m_dataflow.first().location;
    m_repo = m_github.isEmpty() ? QStringLiteral("acme/data-pipelines") : m_github.first().project;
}

SandboxResponse PipelineSandboxData::googleError(int code, const char *status, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), code},
                            {QStringLiteral("message"), message},
                            {QStringLiteral("status"), QLatin1String(status)}};
    return SandboxResponse{
        code,
        QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact),
        "application/json",
        {}};
}

QByteArray PipelineSandboxData::dataflowJobJson(const Job &j, bool full) const
{
    QJsonObject o{
        {QStringLiteral("id"), j.externalId},
        {QStringLiteral("projectId"), j.project},
        {QStringLiteral("name"), j.name},
        {QStringLiteral("type"), j.labels.value(QStringLiteral("pipeline")).contains(QLatin1String("stream"))
                                     ? QStringLiteral("JOB_TYPE_STREAMING")
                                     : QStringLiteral("JOB_TYPE_BATCH")},
        {QStringLiteral("currentState"), j.rawState},
        {QStringLiteral("currentStateTime"), iso(j.stateTime)},
        {QStringLiteral("createTime"), iso(j.createTime)},
        {QStringLiteral("location"), j.location},
    };
    if (j.startTime)
        o.insert(QStringLiteral("startTime"), iso(j.startTime));
    if (full) {
        QJsonObject labels;
        for (auto it = j.labels.begin(); it != j.labels.end(); ++it)
            labels.insert(it.key(), it.value());
        if (!j.role.isEmpty())
            labels.insert(QStringLiteral("role"), j.role);
        o.insert(QStringLiteral("labels"), labels);
        o.insert(QStringLiteral("environment"),
                 QJsonObject{{QStringLiteral("serviceAccountEmail"), j.runAs},
                             {QStringLiteral("tempStoragePrefix"),
                              QStringLiteral("storage.googleapis.com/%1-dataflow-tmp").arg(j.project)}});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

SandboxResponse PipelineSandboxData::listDataflowJobs(const QString &project, const QString &location,
                                                      const QUrlQuery &query) const
{
    QMutexLocker lock(&m_mutex);
    const QString filter = query.queryItemValue(QStringLiteral("filter"));
    if (!filter.isEmpty() && filter != QLatin1String("ALL") && filter != QLatin1String("ACTIVE") &&
        filter != QLatin1String("TERMINATED") && filter != QLatin1String("UNKNOWN"))
        return googleError(400, "INVALID_ARGUMENT",
                           QStringLiteral("Invalid value for filter: %1").arg(filter));
    bool ok = false;
    int pageSize = query.queryItemValue(QStringLiteral("pageSize")).toInt(&ok);
    if (!ok || pageSize <= 0)
        pageSize = 25;
    pageSize = std::min(pageSize, kMaxDataflowPageSize);
    const QString token = query.queryItemValue(QStringLiteral("pageToken"));
    const qsizetype offset =
        m_plainOffsetTokens ? readPlainOffset(token, &ok) : readToken("dataflow", token, &ok);
    if (!ok || offset < 0)
        return googleError(400, "INVALID_ARGUMENT", QStringLiteral("Invalid page token."));
    // The list view is deprecated upstream; the sandbox honours JOB_VIEW_ALL so that a client can skip the
    // per-job GET when the server gives the environment.
    const bool full = query.queryItemValue(QStringLiteral("view")) == QLatin1String("JOB_VIEW_ALL");

    QByteArray body = "{\"jobs\":[";
    // Opaque tokens hold the index to resume at; plain offsets count the matching jobs to skip.
    qsizetype i = m_plainOffsetTokens ? 0 : offset;
    qsizetype skip = m_plainOffsetTokens ? offset : 0;
    int written = 0;
    for (; i < m_dataflow.size() && written < pageSize; ++i) {
        const Job &j = m_dataflow[i];
        if (j.project != project || (location != QLatin1String("-") && j.location != location))
            continue;
        if ((filter == QLatin1String("ACTIVE") && isTerminal(j)) ||
            (filter == QLatin1String("TERMINATED") && !isTerminal(j)))
            continue;
        if (skip > 0) {
            --skip;
            continue;
        }
        if (written++)
            body += ',';
        body += dataflowJobJson(j, full);
    }
    body += ']';
    if (i < m_dataflow.size())
        body += ",\"nextPageToken\":\"" +
                (m_plainOffsetTokens ? QByteArray::number(offset + written)
                                     : makeToken("dataflow", i).toLatin1()) +
                '"';
    body += '}';
    return SandboxResponse{200, body, "application/json", {}};
}

SandboxResponse PipelineSandboxData::getDataflowJob(const QString &project, const QString &location,
                                                    const QString &jobId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_dataflowIndex.constFind(jobId);
    if (it == m_dataflowIndex.cend() || m_dataflow[*it].project != project ||
        (location != QLatin1String("-") && m_dataflow[*it].location != location))
        return googleError(404, "NOT_FOUND", QStringLiteral("(%1): Job %2 not found.").arg(project, jobId));
    return SandboxResponse{200, dataflowJobJson(m_dataflow[*it], true), "application/json", {}};
}

SandboxResponse PipelineSandboxData::updateDataflowJob(const QString &project, const QString &location,
                                                       const QString &jobId, const QByteArray &body)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    const QString requested = request.value(QLatin1String("requestedState")).toString();
    if (requested != QLatin1String("JOB_STATE_CANCELLED") && requested != QLatin1String("JOB_STATE_DRAINED"))
        return googleError(400, "INVALID_ARGUMENT",
                           QStringLiteral("requestedState must be JOB_STATE_CANCELLED or "
                                          "JOB_STATE_DRAINED."));
    QMutexLocker lock(&m_mutex);
    const auto it = m_dataflowIndex.constFind(jobId);
    if (it == m_dataflowIndex.cend() || m_dataflow[*it].project != project ||
        (location != QLatin1String("-") && m_dataflow[*it].location != location))
        return googleError(404, "NOT_FOUND", QStringLiteral("(%1): Job %2 not found.").arg(project, jobId));
    Job &j = m_dataflow[*it];
    if (isTerminal(j)) {
        return googleError(
            400, "FAILED_PRECONDITION",
            QStringLiteral("Workflow modification failed. Causes: (%1): Job %2 has terminated in "
                           "state %3 and cannot be updated.")
                .arg(project, jobId, j.rawState));
    }
    const bool cancel = requested == QLatin1String("JOB_STATE_CANCELLED");
    j.state = cancel ? Job::State::Cancelled : Job::State::Succeeded;
    j.rawState = requested;
    j.stateTime = std::max(currentTimestamp(), j.startTime);
    j.endTime = j.stateTime;
    lock.unlock();
    return getDataflowJob(project, location, jobId);
}

SandboxResponse PipelineSandboxData::listLogEntries(const QByteArray &requestBody) const
{
    const QJsonObject request = QJsonDocument::fromJson(requestBody).object();
    const QJsonArray resources = request.value(QLatin1String("resourceNames")).toArray();
    if (resources.isEmpty())
        return googleError(400, "INVALID_ARGUMENT", QStringLiteral("resourceNames must not be empty."));
    QStringList projects;
    for (const QJsonValue &r : resources)
        projects << r.toString().section(QLatin1Char('/'), 1, 1);
    int pageSize = request.value(QLatin1String("pageSize")).toInt(50);
    pageSize = std::clamp(pageSize, 1, kMaxLogPageSize);
    bool ok = false;
    const QString token = request.value(QLatin1String("pageToken")).toString();
    const qsizetype offset =
        m_plainOffsetTokens ? readPlainOffset(token, &ok) : readToken("logging", token, &ok);
    if (!ok || offset < 0)
        return googleError(400, "INVALID_ARGUMENT", QStringLiteral("Invalid page token."));
    const QString filter = request.value(QLatin1String("filter")).toString();
    const bool onlyCreation = filter.isEmpty() || filter.contains(QLatin1String("dataflow.jobs.create"));

    QMutexLocker lock(&m_mutex);
    QJsonArray entries;
    qsizetype i = m_plainOffsetTokens ? 0 : offset;
    qsizetype skip = m_plainOffsetTokens ? offset : 0;
    for (; i < m_launchOrder.size() && entries.size() < pageSize; ++i) {
        const Job &j = m_dataflow[m_launchOrder[i]];
        if (!projects.contains(j.project) || j.launcher.isEmpty() || !onlyCreation)
            continue;
        if (skip > 0) {
            --skip;
            continue;
        }
        QJsonObject auth;
        if (impersonated(j)) {
            auth.insert(QStringLiteral("principalEmail"), j.runAs);
            auth.insert(
                QStringLiteral("serviceAccountDelegationInfo"),
                QJsonArray{QJsonObject{{QStringLiteral("firstPartyPrincipal"),
                                        QJsonObject{{QStringLiteral("principalEmail"), j.launcher}}}}});
        } else {
            auth.insert(QStringLiteral("principalEmail"), j.launcher);
        }
        const QString resourceName =
            QStringLiteral("projects/%1/locations/%2/jobs/%3").arg(j.project, j.location, j.externalId);
        const QJsonObject payload{
            {QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.cloud.audit.AuditLog")},
            {QStringLiteral("authenticationInfo"), auth},
            {QStringLiteral("serviceName"), QStringLiteral("dataflow.googleapis.com")},
            {QStringLiteral("methodName"), QStringLiteral("dataflow.jobs.create")},
            {QStringLiteral("resourceName"), resourceName},
        };
        const QJsonObject labels{{QStringLiteral("job_id"), j.externalId},
                                 {QStringLiteral("job_name"), j.name},
                                 {QStringLiteral("project_id"), j.project},
                                 {QStringLiteral("region"), j.location}};
        entries.append(QJsonObject{
            {QStringLiteral("protoPayload"), payload},
            {QStringLiteral("insertId"), QString::number(qHash(j.externalId, 11), 36)},
            {QStringLiteral("resource"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("dataflow_step")},
                         {QStringLiteral("labels"), labels}}},
            {QStringLiteral("timestamp"), iso(j.createTime)},
            {QStringLiteral("severity"), QStringLiteral("NOTICE")},
            {QStringLiteral("logName"),
             QStringLiteral("projects/%1/logs/cloudaudit.googleapis.com%2Factivity").arg(j.project)},
        });
    }
    QJsonObject root{{QStringLiteral("entries"), entries}};
    if (i < m_launchOrder.size())
        root.insert(QStringLiteral("nextPageToken"),
                    m_plainOffsetTokens ? QString::number(offset + entries.size()) : makeToken("logging", i));
    return SandboxResponse{200, QJsonDocument(root).toJson(QJsonDocument::Compact), "application/json", {}};
}

SandboxResponse PipelineSandboxData::listGithubRuns(const QString &repo, const QUrlQuery &query,
                                                    const QUrl &requestUrl) const
{
    QMutexLocker lock(&m_mutex);
    m_githubRemaining = m_githubRemaining > 0 ? m_githubRemaining - 1 : 4999;
    const QList<std::pair<QByteArray, QByteArray>> rateHeaders{
        {"x-ratelimit-limit", "5000"},
        {"x-ratelimit-remaining", QByteArray::number(m_githubRemaining)},
        {"x-ratelimit-used", QByteArray::number(5000 - m_githubRemaining)},
        {"x-ratelimit-reset", QByteArray::number(currentTimestamp() / 1000 + 3600)},
        {"x-ratelimit-resource", "core"},
    };
    if (repo != m_repo) {
        return SandboxResponse{
            404, R"({"message":"Not Found","documentation_url":"https://docs.github.com/rest"})",
            "application/json", rateHeaders};
    }
    bool ok = false;
    int perPage = query.queryItemValue(QStringLiteral("per_page")).toInt(&ok);
    if (!ok || perPage <= 0)
        perPage = 30;
    perPage = std::min(perPage, kMaxGithubPerPage);
    int page = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
    if (!ok || page <= 0)
        page = 1;
    const qsizetype first = qsizetype(page - 1) * perPage;
    const int lastPage = std::max(1, int((m_github.size() + perPage - 1) / perPage));

    QJsonArray runs;
    for (qsizetype i = first; i < m_github.size() && i < first + perPage; ++i) {
        runs.append(githubRunJson(i, repo));
    }
    const QJsonObject root{{QStringLiteral("total_count"), qint64(m_github.size())},
                           {QStringLiteral("workflow_runs"), runs}};
    SandboxResponse r{200, QJsonDocument(root).toJson(QJsonDocument::Compact), "application/json",
                      rateHeaders};

    auto pageUrl = [&](int n) {
        QUrl u = requestUrl;
        QUrlQuery q(u);
        q.removeAllQueryItems(QStringLiteral("page"));
        q.removeAllQueryItems(QStringLiteral("per_page"));
        q.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
        q.addQueryItem(QStringLiteral("page"), QString::number(n));
        u.setQuery(q);
        return u.toEncoded();
    };
    QList<QByteArray> links;
    if (page < lastPage) {
        links << '<' + pageUrl(page + 1) + ">; rel=\"next\"";
        links << '<' + pageUrl(lastPage) + ">; rel=\"last\"";
    }
    if (page > 1) {
        links << '<' + pageUrl(page - 1) + ">; rel=\"prev\"";
        links << '<' + pageUrl(1) + ">; rel=\"first\"";
    }
    if (!links.isEmpty())
        r.headers.append({"Link", links.join(", ")});
    return r;
}

QJsonObject PipelineSandboxData::githubRunJson(qsizetype i, const QString &repo) const
{
    const Job &j = m_github[i];
    const QString owner = repo.section(QLatin1Char('/'), 0, 0);
    QString conclusion;
    const QString status = githubState(j, &conclusion);
    const QJsonObject actor{{QStringLiteral("login"), j.runAs},
                            {QStringLiteral("type"), QStringLiteral("User")}};
    const QJsonObject triggering{{QStringLiteral("login"), j.launcher},
                                 {QStringLiteral("type"), QStringLiteral("User")}};
    return QJsonObject{
        {QStringLiteral("id"), j.externalId.toLongLong()},
        {QStringLiteral("name"), j.name},
        {QStringLiteral("head_branch"), QStringLiteral("main")},
        {QStringLiteral("run_number"), qint64(m_github.size() - i)},
        {QStringLiteral("event"), j.labels.value(QStringLiteral("event"), QStringLiteral("push"))},
        {QStringLiteral("status"), status},
        {QStringLiteral("conclusion"), conclusion.isEmpty() ? QJsonValue() : QJsonValue(conclusion)},
        {QStringLiteral("created_at"), githubTime(j.createTime)},
        {QStringLiteral("run_started_at"), githubTime(j.startTime)},
        {QStringLiteral("updated_at"), githubTime(j.stateTime)},
        {QStringLiteral("run_attempt"), 1},
        {QStringLiteral("actor"), actor},
        {QStringLiteral("triggering_actor"), triggering},
        {QStringLiteral("repository"),
         QJsonObject{{QStringLiteral("full_name"), repo},
                     {QStringLiteral("name"), repo.section(QLatin1Char('/'), 1)},
                     {QStringLiteral("owner"), QJsonObject{{QStringLiteral("login"), owner}}}}},
    };
}

SandboxResponse PipelineSandboxData::getGithubRun(const QString &repo, const QString &runId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_githubIndex.constFind(runId);
    if (repo != m_repo || it == m_githubIndex.cend())
        return SandboxResponse{404, R"({"message":"Not Found"})", "application/json", {}};
    return SandboxResponse{
        200, QJsonDocument(githubRunJson(*it, repo)).toJson(QJsonDocument::Compact), "application/json", {}};
}

SandboxResponse PipelineSandboxData::cancelGithubRun(const QString &repo, const QString &runId)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_githubIndex.constFind(runId);
    if (repo != m_repo || it == m_githubIndex.cend())
        return SandboxResponse{404, R"({"message":"Not Found"})", "application/json", {}};
    Job &j = m_github[*it];
    if (isTerminal(j)) {
        return SandboxResponse{
            409, R"({"message":"Cannot cancel a workflow run that is completed."})", "application/json", {}};
    }
    j.state = Job::State::Cancelled;
    j.rawState = QStringLiteral("cancelled");
    j.stateTime = std::max(currentTimestamp(), j.startTime);
    j.endTime = j.stateTime;
    return SandboxResponse{202, "{}", "application/json", {}};
}

} // namespace Scimflow
