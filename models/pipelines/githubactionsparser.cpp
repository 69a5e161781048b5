#include "githubactionsparser.h"

#include "jsonfields.h"
#include "jsoninput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::GithubActionsParser", text);
}

} // namespace

QString GithubActionsParser::source() const
{
    return QStringLiteral("github");
}

Job::State GithubActionsParser::mapState(QStringView status, QStringView conclusion)
{
    if (status == QLatin1String("in_progress"))
        return Job::State::Running;
    if (status == QLatin1String("queued") || status == QLatin1String("waiting") ||
        status == QLatin1String("requested") || status == QLatin1String("pending"))
        return Job::State::Pending;
    if (status != QLatin1String("completed"))
        return Job::State::Unknown;
    if (conclusion == QLatin1String("success") || conclusion == QLatin1String("neutral") ||
        conclusion == QLatin1String("skipped"))
        return Job::State::Succeeded;
    if (conclusion == QLatin1String("cancelled"))
        return Job::State::Cancelled;
    if (conclusion == QLatin1String("failure") || conclusion == QLatin1String("timed_out") ||
        conclusion == QLatin1String("startup_failure") || conclusion == QLatin1String("action_required") ||
        conclusion == QLatin1String("stale"))
        return Job::State::Failed;
    return Job::State::Unknown;
}

bool GithubActionsParser::readRun(const QJsonObject &object, Job *job, QString *why) const
{
    const QJsonValue id = object.value(QLatin1StringView("id"));
    // Run ids are below 2^53 (JSON numbers are doubles); larger values would not convert to qint64.
    if (!id.isDouble() || id.toDouble() < 0 || id.toDouble() > 9007199254740992.0 ||
        id.toDouble() != double(qint64(id.toDouble()))) {
        *why = tr("\"id\" is not a run number");
        return false;
    }
    JsonFields f(object);
    job->source = source();
    job->externalId = QString::number(qint64(id.toDouble()));
    job->name = f.string(QLatin1StringView("name"));
    const QString status = f.string(QLatin1StringView("status"));
    const QString conclusion = f.string(QLatin1StringView("conclusion"));
    const QString event = f.string(QLatin1StringView("event"));
    const QString branch = f.string(QLatin1StringView("head_branch"));
    job->createTime = f.time(QLatin1StringView("created_at"));
    job->startTime = f.time(QLatin1StringView("run_started_at"));
    job->stateTime = f.time(QLatin1StringView("updated_at"));
    const QJsonObject actor = f.object(QLatin1StringView("actor"));
    const QJsonObject triggering = f.object(QLatin1StringView("triggering_actor"));
    const QJsonObject repository = f.object(QLatin1StringView("repository"));
    if (!f.ok()) {
        *why = f.problem();
        return false;
    }
    job->runAs = actor.value(QLatin1StringView("login")).toString();
    job->launcher = triggering.value(QLatin1StringView("login")).toString();
    if (job->launcher.isEmpty())
        job->launcher = job->runAs; // older payloads have no triggering_actor
    job->project = repository.value(QLatin1StringView("full_name")).toString();
    job->rawState = status == QLatin1String("completed") && !conclusion.isEmpty() ? conclusion : status;
    job->state = mapState(status, conclusion);
    if (job->startTime == 0)
        job->startTime = job->createTime;
    if (status == QLatin1String("completed"))
        job->endTime = job->stateTime; // a completed run is last updated when it ends
    if (!event.isEmpty())
        job->labels.insert(QStringLiteral("event"), event);
    if (!branch.isEmpty())
        job->labels.insert(QStringLiteral("branch"), branch);
    const QJsonValue attempt = object.value(QLatin1StringView("run_attempt"));
    if (attempt.isDouble() && attempt.toInt() > 1)
        job->labels.insert(QStringLiteral("attempt"), QString::number(attempt.toInt()));
    if (job->name.isEmpty())
        job->name = job->externalId;
    return true;
}

Result<JobPage> GithubActionsParser::parse(const QByteArray &body) const
{
    Result<QJsonDocument> doc = JsonInput::parse(body, m_limits, tr("The GitHub Actions runs response"));
    if (!doc)
        return doc.error();
    const QJsonValue runs = doc->object().value(QLatin1StringView("workflow_runs"));
    if (!doc->isObject() || !runs.isArray()) {
        return Error::make(Error::Kind::Protocol,
                           tr("The GitHub Actions response has no \"workflow_runs\" array; check the URL "
                              "points at /repos/OWNER/REPO/actions/runs."));
    }
    const QJsonArray array = runs.toArray();
    if (array.size() > m_limits.maxRecords) {
        return Error::make(Error::Kind::TooLarge,
                           tr("The GitHub Actions response holds %1 runs, more than the "
                              "limit of %2.")
                               .arg(array.size())
                               .arg(m_limits.maxRecords));
    }
    JobPage page;
    page.jobs.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto where = [i] { return tr("run %1").arg(i + 1); }; // named only when skipped
        if (!array.at(i).isObject()) {
            page.report.skip(where(), tr("not an object"), m_limits);
            continue;
        }
        Job job;
        QString why;
        if (!readRun(array.at(i).toObject(), &job, &why)) {
            page.report.skip(where(), why, m_limits);
            continue;
        }
        page.jobs << std::move(job);
        ++page.report.accepted;
    }
    return page;
}

QUrl GithubActionsParser::nextLink(const QByteArray &linkHeader)
{
    // <https://api.github.com/...&page=2>; rel="next", <...>; rel="last"
    static const QRegularExpression part(QStringLiteral(R"(<([^>]*)>\s*((?:;\s*[^;,]*)*))"));
    static const QRegularExpression relNext(QStringLiteral(R"(rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?)"));
    auto it = part.globalMatch(QString::fromLatin1(linkHeader));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (relNext.match(m.captured(2)).hasMatch())
            return QUrl(m.captured(1));
    }
    return {};
}

GithubRateLimit GithubActionsParser::rateLimit(const std::function<QByteArray(const QByteArray &)> &header)
{
    GithubRateLimit r;
    bool ok = false;
    int v = header("x-ratelimit-limit").toInt(&ok);
    if (ok)
        r.limit = v;
    v = header("x-ratelimit-remaining").toInt(&ok);
    if (ok)
        r.remaining = v;
    v = header("x-ratelimit-used").toInt(&ok);
    if (ok)
        r.used = v;
    const qint64 reset = header("x-ratelimit-reset").toLongLong(&ok);
    if (ok)
        r.resetAt = reset * 1000;
    r.resource = QString::fromLatin1(header("x-ratelimit-resource"));
    return r;
}

} // namespace Scimflow
