#include "dataflowparser.h"

#include "jsonfields.h"
#include "jsoninput.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::DataflowParser", text);
}

} // namespace

QString DataflowParser::source() const
{
    return QStringLiteral("dataflow");
}

Job::State DataflowParser::mapState(QStringView rawState)
{
    static const struct
    {
        const char *raw;
        Job::State state;
    } kStates[] = {
        {"JOB_STATE_STOPPED", Job::State::Pending}, // not yet started
        {"JOB_STATE_PENDING", Job::State::Pending},
        {"JOB_STATE_QUEUED", Job::State::Pending},
        {"JOB_STATE_RUNNING", Job::State::Running},
        {"JOB_STATE_DRAINING", Job::State::Running},
        {"JOB_STATE_CANCELLING", Job::State::Running},
        {"JOB_STATE_RESOURCE_CLEANING_UP", Job::State::Running},
        {"JOB_STATE_DONE", Job::State::Succeeded},
        {"JOB_STATE_DRAINED", Job::State::Succeeded},
        {"JOB_STATE_UPDATED", Job::State::Succeeded}, // replaced by an updated job
        {"JOB_STATE_FAILED", Job::State::Failed},
        {"JOB_STATE_CANCELLED", Job::State::Cancelled},
    };
    for (const auto &s : kStates) {
        if (rawState == QLatin1String(s.raw))
            return s.state;
    }
    return Job::State::Unknown;
}

bool DataflowParser::isTerminal(QStringView rawState)
{
    const Job::State s = mapState(rawState);
    return s == Job::State::Succeeded || s == Job::State::Failed || s == Job::State::Cancelled;
}

bool DataflowParser::readJob(const QJsonObject &object, Job *job, QString *why) const
{
    JsonFields f(object);
    job->source = source();
    job->externalId = f.string(QLatin1StringView("id"));
    job->name = f.string(QLatin1StringView("name"));
    job->rawState = f.string(QLatin1StringView("currentState"));
    job->project = f.string(QLatin1StringView("projectId"));
    job->location = f.string(QLatin1StringView("location"));
    job->createTime = f.time(QLatin1StringView("createTime"));
    job->startTime = f.time(QLatin1StringView("startTime"));
    job->stateTime = f.time(QLatin1StringView("currentStateTime"));
    const QJsonObject environment = f.object(QLatin1StringView("environment"));
    const QJsonObject labels = f.object(QLatin1StringView("labels"));
    if (!f.ok()) {
        *why = f.problem();
        return false;
    }
    if (job->externalId.isEmpty()) {
        *why = tr("no job id");
        return false;
    }
    if (job->name.isEmpty())
        job->name = job->externalId;
    const QJsonValue account = environment.value(QLatin1StringView("serviceAccountEmail"));
    if (!account.isUndefined() && !account.isNull() && !account.isString()) {
        *why = tr("\"environment.serviceAccountEmail\" is not a string");
        return false;
    }
    job->runAs = account.toString();
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!it.value().isString()) {
            *why = tr("label \"%1\" is not a string").arg(it.key());
            return false;
        }
        job->labels.insert(it.key(), it.value().toString());
    }
    job->role = job->labels.value(m_roleLabel);
    job->state = mapState(job->rawState);
    if (job->startTime == 0 && job->state != Job::State::Pending)
        job->startTime = job->createTime; // summaries often carry only createTime
    if (isTerminal(job->rawState))
        job->endTime = job->stateTime; // Dataflow has no end time: the terminal state's time is it
    return true;
}

Result<JobPage> DataflowParser::parse(const QByteArray &body) const
{
    Result<QJsonDocument> doc = JsonInput::parse(body, m_limits, tr("The Dataflow jobs response"));
    if (!doc)
        return doc.error();
    if (!doc->isObject())
        return Error::make(Error::Kind::Protocol, tr("The Dataflow jobs response is not a JSON object."));
    const QJsonObject root = doc->object();
    JobPage page;
    if (!root.contains(QLatin1StringView("jobs")) && root.contains(QLatin1StringView("id"))) {
        Job job;
        QString why;
        if (!readJob(root, &job, &why))
            return Error::make(Error::Kind::Protocol, tr("The Dataflow job cannot be read: %1.").arg(why));
        page.jobs << job;
        page.report.accepted = 1;
        return page;
    }
    const QJsonValue token = root.value(QLatin1StringView("nextPageToken"));
    if (!token.isUndefined() && !token.isString())
        return Error::make(Error::Kind::Protocol,
                           tr("The Dataflow jobs response has a non-string nextPageToken."));
    page.nextPageToken = token.toString();
    const QJsonValue jobs = root.value(QLatin1StringView("jobs"));
    if (jobs.isUndefined())
        return page; // the API omits empty lists
    if (!jobs.isArray())
        return Error::make(Error::Kind::Protocol,
                           tr("The Dataflow jobs response has \"jobs\" that is not an array."));
    const QJsonArray array = jobs.toArray();
    if (array.size() > m_limits.maxRecords) {
        return Error::make(Error::Kind::TooLarge,
                           tr("The Dataflow jobs response holds %1 jobs, more than the "
                              "limit of %2.")
                               .arg(array.size())
                               .arg(m_limits.maxRecords));
    }
    page.jobs.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const auto where = [i] { return tr("job %1").arg(i + 1); }; // named only when skipped
        if (!array.at(i).isObject()) {
            page.report.skip(where(), tr("not an object"), m_limits);
            continue;
        }
        Job job;
        QString why;
        if (!readJob(array.at(i).toObject(), &job, &why)) {
            page.report.skip(where(), why, m_limits);
            continue;
        }
        page.jobs << std::move(job);
        ++page.report.accepted;
    }
    return page;
}

Result<Job> DataflowParser::parseJob(const QByteArray &body) const
{
    Result<JobPage> page = parse(body);
    if (!page)
        return page.error();
    if (page->jobs.size() != 1 || !page->nextPageToken.isEmpty() || page->report.skipped)
        return Error::make(Error::Kind::Protocol, tr("The Dataflow job response is not a single job."));
    return page->jobs.first();
}

} // namespace Scimflow
