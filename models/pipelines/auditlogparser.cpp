#include "auditlogparser.h"

#include "jsonfields.h"
#include "jsoninput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::AuditLogParser", text);
}

/// "projects/p/locations/l/jobs/j" -> {p, l, j}; missing parts stay empty.
void splitResourceName(const QString &name, QString *project, QString *location, QString *job)
{
    const QStringList parts = name.split(QLatin1Char('/'));
    for (int i = 0; i + 1 < parts.size(); i += 2) {
        if (parts[i] == QLatin1String("projects"))
            *project = parts[i + 1];
        else if (parts[i] == QLatin1String("locations"))
            *location = parts[i + 1];
        else if (parts[i] == QLatin1String("jobs"))
            *job = parts[i + 1];
    }
}

} // namespace

const QStringList &AuditLogParser::creationMethods()
{
    static const QStringList methods{
        QStringLiteral("dataflow.jobs.create"),
        QStringLiteral("dataflow.jobs.createFromTemplate"),
        QStringLiteral("dataflow.templates.launch"),
        QStringLiteral("dataflow.flexTemplates.launch"),
        QStringLiteral("google.dataflow.v1beta3.Jobs.CreateJob"),
        QStringLiteral("google.dataflow.v1beta3.TemplatesService.LaunchTemplate"),
        QStringLiteral("google.dataflow.v1beta3.FlexTemplatesService.LaunchFlexTemplate"),
    };
    return methods;
}

QString AuditLogParser::creationFilter(const QString &project)
{
    QStringList methods;
    for (const QString &m : creationMethods())
        methods << QStringLiteral("\"%1\"").arg(m);
    return QStringLiteral("logName=\"projects/%1/logs/cloudaudit.googleapis.com%2Factivity\" AND "
                          "protoPayload.serviceName=\"dataflow.googleapis.com\" AND "
                          "protoPayload.methodName=(%2)")
        .arg(project, methods.join(QStringLiteral(" OR ")));
}

int AuditLogParser::readEntry(const QJsonObject &entry, LaunchRecord *out, QString *why) const
{
    JsonFields f(entry);
    const QJsonObject payload = f.object(QLatin1StringView("protoPayload"));
    const QJsonObject resource = f.object(QLatin1StringView("resource"));
    out->at = f.time(QLatin1StringView("timestamp"));
    if (!f.ok()) {
        *why = f.problem();
        return -1;
    }
    if (payload.isEmpty()) {
        *why = tr("no protoPayload");
        return -1;
    }
    JsonFields p(payload);
    const QString method = p.string(QLatin1StringView("methodName"));
    const QString resourceName = p.string(QLatin1StringView("resourceName"));
    const QJsonObject auth = p.object(QLatin1StringView("authenticationInfo"));
    if (!p.ok()) {
        *why = QStringLiteral("protoPayload: ") + p.problem();
        return -1;
    }
    if (!method.isEmpty() && !creationMethods().contains(method))
        return 0;
    splitResourceName(resourceName, &out->project, &out->location, &out->jobId);
    const QJsonObject labels = resource.value(QLatin1StringView("labels")).toObject();
    if (out->jobId.isEmpty())
        out->jobId = labels.value(QLatin1StringView("job_id")).toString();
    if (out->project.isEmpty())
        out->project = labels.value(QLatin1StringView("project_id")).toString();
    if (out->location.isEmpty())
        out->location = labels.value(QLatin1StringView("region")).toString();
    if (out->jobId.isEmpty()) {
        *why = tr("no job id in protoPayload.resourceName or resource.labels.job_id");
        return -1;
    }
    JsonFields a(auth);
    out->principalEmail = a.string(QLatin1StringView("principalEmail"));
    const QJsonValue delegation = auth.value(QLatin1StringView("serviceAccountDelegationInfo"));
    if (!a.ok()) {
        *why = QStringLiteral("authenticationInfo: ") + a.problem();
        return -1;
    }
    if (!delegation.isUndefined() && !delegation.isArray()) {
        *why = tr("serviceAccountDelegationInfo is not an array");
        return -1;
    }
    for (const QJsonValue &d : delegation.toArray()) {
        const QJsonObject o = d.toObject();
        // firstPartyPrincipal for Google identities, thirdPartyPrincipal claims for federated ones.
        QString who = o.value(QLatin1StringView("firstPartyPrincipal"))
                          .toObject()
                          .value(QLatin1StringView("principalEmail"))
                          .toString();
        if (who.isEmpty())
            who = o.value(QLatin1StringView("principalSubject")).toString();
        if (!who.isEmpty())
            out->delegation << who;
    }
    if (out->principalEmail.isEmpty() && out->delegation.isEmpty()) {
        *why = tr("no principalEmail and no delegation");
        return -1;
    }
    return 1;
}

void AuditLogParser::readEntries(const QJsonArray &entries, AuditLogPage *page) const
{
    page->launches.reserve(page->launches.size() + entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto where = [i] { return tr("entry %1").arg(i + 1); }; // named only when skipped
        if (!entries.at(i).isObject()) {
            page->report.skip(where(), tr("not an object"), m_limits);
            continue;
        }
        LaunchRecord record;
        QString why;
        switch (readEntry(entries.at(i).toObject(), &record, &why)) {
        case 1:
            page->launches << std::move(record);
            ++page->report.accepted;
            break;
        case 0:
            ++page->ignored;
            break;
        default:
            page->report.skip(where(), why, m_limits);
            break;
        }
    }
}

Result<AuditLogPage> AuditLogParser::parse(const QByteArray &body) const
{
    Result<QJsonDocument> doc = JsonInput::parse(body, m_limits, tr("The audit log response"));
    if (!doc)
        return doc.error();
    const QJsonObject root = doc->object();
    const QJsonValue token = root.value(QLatin1StringView("nextPageToken"));
    const QJsonValue list = root.value(QLatin1StringView("entries"));
    if (!doc->isObject() || (!token.isUndefined() && !token.isString()) ||
        (!list.isUndefined() && !list.isArray())) {
        return Error::make(Error::Kind::Protocol,
                           tr("The audit log response is not an entries:list response."));
    }
    AuditLogPage page;
    page.nextPageToken = token.toString();
    const QJsonArray entries = list.toArray();
    if (entries.size() > m_limits.maxRecords) {
        return Error::make(Error::Kind::TooLarge, tr("The audit log response holds %1 entries, more than the "
                                                     "limit of %2.")
                                                      .arg(entries.size())
                                                      .arg(m_limits.maxRecords));
    }
    readEntries(entries, &page);
    return page;
}

Result<AuditLogPage> AuditLogParser::parseExport(const QByteArray &data) const
{
    if (data.size() > m_limits.maxBytes) {
        return Error::make(Error::Kind::TooLarge,
                           tr("The audit log export is %1 bytes, more than the limit of "
                              "%2 bytes; split the file.")
                               .arg(data.size())
                               .arg(m_limits.maxBytes));
    }
    AuditLogPage page;
    if (JsonInput::looksLikeArray(data)) {
        Result<QJsonDocument> doc = JsonInput::parse(data, m_limits, tr("The audit log export"));
        if (!doc)
            return doc.error();
        const QJsonArray entries = doc->array();
        if (entries.size() > m_limits.maxRecords) {
            return Error::make(Error::Kind::TooLarge, tr("The audit log export holds %1 entries, more than "
                                                         "the limit of %2.")
                                                          .arg(entries.size())
                                                          .arg(m_limits.maxRecords));
        }
        readEntries(entries, &page);
        return page;
    }
    const QList<JsonInput::Line> lines = JsonInput::ndjsonLines(data);
    if (lines.size() > m_limits.maxRecords) {
        return Error::make(Error::Kind::TooLarge,
                           tr("The audit log export holds %1 lines, more than the limit "
                              "of %2.")
                               .arg(lines.size())
                               .arg(m_limits.maxRecords));
    }
    for (const JsonInput::Line &line : lines) {
        const QString where = tr("line %1").arg(line.number);
        Result<QJsonDocument> doc = JsonInput::parse(line.text.toByteArray(), m_limits, where);
        if (!doc || !doc->isObject()) {
            page.report.skip(where, doc ? tr("not an object") : doc.error().message, m_limits);
            continue;
        }
        AuditLogPage one;
        readEntries(QJsonArray{doc->object()}, &one);
        page.launches << one.launches;
        page.ignored += one.ignored;
        page.report.accepted += one.report.accepted;
        if (one.report.skipped)
            page.report.skip(where, one.report.problems.value(0).section(QStringLiteral(": "), 1), m_limits);
    }
    if (!lines.isEmpty() && page.report.accepted == 0 && page.ignored == 0) {
        return Error::make(Error::Kind::InvalidInput,
                           tr("No line of the audit log export is a log entry (%1). "
                              "Export the entries as JSON or NDJSON.")
                               .arg(page.report.problems.value(0)));
    }
    return page;
}

QHash<QString, LaunchRecord> AuditLogParser::byJob(const QList<LaunchRecord> &launches)
{
    QHash<QString, LaunchRecord> out;
    out.reserve(launches.size());
    for (const LaunchRecord &r : launches) {
        auto it = out.find(r.jobId);
        if (it == out.end())
            out.insert(r.jobId, r);
        else if (r.at != 0 && (it->at == 0 || r.at < it->at))
            *it = r;
    }
    return out;
}

} // namespace Scimflow
