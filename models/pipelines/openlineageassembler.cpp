#include "openlineageassembler.h"

#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::OpenLineageAssembler", text);
}

/// Owners are written "user:alice@example.com" by convention; the principal is the part after it.
QString stripKind(const QString &principal)
{
    for (const char *prefix : {"user:", "serviceAccount:", "group:"}) {
        if (principal.startsWith(QLatin1String(prefix)))
            return principal.mid(int(qstrlen(prefix)));
    }
    return principal;
}

} // namespace

OpenLineageAssembler::OpenLineageAssembler(OpenLineageOptions options, ParseLimits limits)
    : m_options(std::move(options))
    , m_limits(limits)
{}

Job::State OpenLineageAssembler::mapEventType(QStringView eventType)
{
    if (eventType == QLatin1String("START") || eventType == QLatin1String("RUNNING"))
        return Job::State::Running;
    if (eventType == QLatin1String("COMPLETE"))
        return Job::State::Succeeded;
    if (eventType == QLatin1String("FAIL"))
        return Job::State::Failed;
    if (eventType == QLatin1String("ABORT"))
        return Job::State::Cancelled;
    return Job::State::Unknown;
}

QString OpenLineageAssembler::principalFrom(const QJsonObject &event, const QStringList &paths) const
{
    for (const QString &path : paths) {
        QJsonValue v = event;
        const QStringList parts = path.split(QLatin1Char('.'));
        for (const QString &part : parts) {
            bool isIndex = false;
            const int index = part.toInt(&isIndex);
            v = isIndex && v.isArray() ? v.toArray().at(index) : v.toObject().value(part);
            if (v.isUndefined())
                break;
        }
        if (v.isString() && !v.toString().isEmpty())
            return stripKind(v.toString());
    }
    return {};
}

bool OpenLineageAssembler::addEvent(const QJsonObject &event, QString *why)
{
    JsonFields f(event);
    const QString eventType = f.string(QLatin1StringView("eventType"));
    const Timestamp at = f.time(QLatin1StringView("eventTime"));
    const QJsonObject run = f.object(QLatin1StringView("run"));
    const QJsonObject jobObject = f.object(QLatin1StringView("job"));
    if (!f.ok()) {
        *why = f.problem();
        return false;
    }
    const QString runId = run.value(QLatin1StringView("runId")).toString();
    const QString name = jobObject.value(QLatin1StringView("name")).toString();
    const QString ns = jobObject.value(QLatin1StringView("namespace")).toString();
    if (runId.isEmpty()) {
        *why = tr("no run.runId (not a RunEvent)");
        return false;
    }
    if (name.isEmpty() || ns.isEmpty()) {
        *why = tr("no job.name or job.namespace");
        return false;
    }
    if (at == 0) {
        *why = tr("no eventTime");
        return false;
    }
    static const QStringList known{QStringLiteral("START"),    QStringLiteral("RUNNING"),
                                   QStringLiteral("COMPLETE"), QStringLiteral("ABORT"),
                                   QStringLiteral("FAIL"),     QStringLiteral("OTHER")};
    if (!eventType.isEmpty() && !known.contains(eventType)) {
        *why = tr("unknown eventType \"%1\"").arg(eventType);
        return false;
    }

    auto it = m_runs.find(runId);
    if (it == m_runs.end()) {
        if (m_runs.size() >= m_limits.maxRecords) {
            *why = tr("more than %1 runs; split the file").arg(m_limits.maxRecords);
            return false;
        }
        Run r;
        r.job.source = QStringLiteral("openlineage");
        r.job.externalId = runId;
        r.job.name = name;
        r.job.project = ns;
        r.job.createTime = at;
        it = m_runs.insert(runId, r);
        m_order << runId;
    }
    Job &job = it->job;
    job.createTime = std::min(job.createTime, at);
    if (job.launcher.isEmpty()) {
        job.launcher = principalFrom(event, m_options.principalPaths);
        if (job.launcher.isEmpty())
            job.launcher = m_options.namespacePrincipals.value(ns);
    }
    if (job.runAs.isEmpty() && !m_options.runAsPaths.isEmpty())
        job.runAs = principalFrom(event, m_options.runAsPaths);
    const Job::State state = mapEventType(eventType);
    const bool terminal =
        state == Job::State::Succeeded || state == Job::State::Failed || state == Job::State::Cancelled;
    if (eventType == QLatin1String("START") && (job.startTime == 0 || at < job.startTime))
        job.startTime = at;
    if (terminal) {
        // The first terminal event decides; a late duplicate does not rewrite the outcome.
        if (!it->terminal) {
            it->terminal = true;
            job.endTime = at;
            job.state = state;
            job.rawState = eventType;
            job.stateTime = at;
        }
    } else if (!it->terminal && state != Job::State::Unknown && at >= it->latest) {
        job.state = state;
        job.rawState = eventType;
        job.stateTime = at;
    }
    it->latest = std::max(it->latest, at);
    if (job.startTime == 0 && job.state != Job::State::Unknown)
        job.startTime = job.createTime;
    return true;
}

QList<Job> OpenLineageAssembler::jobs() const
{
    QList<Job> out;
    out.reserve(m_order.size());
    for (const QString &id : m_order)
        out << m_runs.value(id).job;
    return out;
}

Job OpenLineageAssembler::job(const QString &runId) const
{
    return m_runs.value(runId).job;
}

} // namespace Scimflow
