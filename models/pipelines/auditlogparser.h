#pragma once

#include "parsereport.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Scimflow {

/// Who created one Dataflow job, from one Cloud Audit Logs (Admin Activity) entry.
struct LaunchRecord
{
    QString jobId;
    QString project;
    QString location;
    QString principalEmail; // authenticationInfo.principalEmail: the identity the call was made as
    QStringList delegation; // serviceAccountDelegationInfo, original caller first
    Timestamp at = 0;

    /// The person (or account) behind the call: the first delegating principal when the caller
    /// impersonated a service account, the caller otherwise.
    QString launcher() const { return delegation.isEmpty() ? principalEmail : delegation.first(); }
};

struct AuditLogPage
{
    QList<LaunchRecord> launches;
    QString nextPageToken;
    ParseReport report;
    int ignored = 0; // well-formed entries of other methods
};

/// Reads Cloud Logging audit entries for Dataflow job creation: an entries:list response
/// ({"entries":[...],"nextPageToken"}), an exported JSON array of entries, or an NDJSON export.
class AuditLogParser
{
public:
    /// An entries:list response body.
    Result<AuditLogPage> parse(const QByteArray &body) const;
    /// An exported file: a JSON array of entries or one entry per line (NDJSON).
    Result<AuditLogPage> parseExport(const QByteArray &data) const;

    const ParseLimits &limits() const { return m_limits; }
    void setLimits(const ParseLimits &limits) { m_limits = limits; }

    /// protoPayload.methodName values that create a job; entries with other methods are ignored.
    static const QStringList &creationMethods();
    /// The Cloud Logging filter that selects exactly those entries for \a project.
    static QString creationFilter(const QString &project);

    /// The earliest launch per job id.
    static QHash<QString, LaunchRecord> byJob(const QList<LaunchRecord> &launches);

private:
    /// 1: accepted into \a out, 0: ignored (other method), -1: malformed (\a why says how).
    int readEntry(const QJsonObject &entry, LaunchRecord *out, QString *why) const;
    void readEntries(const QJsonArray &entries, AuditLogPage *page) const;

    ParseLimits m_limits;
};

} // namespace Scimflow
