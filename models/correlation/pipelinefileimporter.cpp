#include "pipelinefileimporter.h"

#include "auditlogparser.h"
#include "openlineageparser.h"

#include <QCoreApplication>
#include <QFile>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::PipelineFileImporter", text);
}

} // namespace

PipelineFileImporter::PipelineFileImporter(Store &store, ParseLimits limits)
    : m_store(store)
    , m_limits(limits)
{}

Result<QByteArray> PipelineFileImporter::readFile(const QString &path, const QString &what) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           tr("Cannot open the %1 %2: %3.").arg(what, path, file.errorString()));
    // Checked before reading, so that a huge file is refused without being loaded.
    if (file.size() > m_limits.maxBytes) {
        return Error::make(Error::Kind::TooLarge,
                           tr("The %1 %2 is %3 bytes, more than the limit of %4 bytes; "
                              "split it.")
                               .arg(what, path)
                               .arg(file.size())
                               .arg(m_limits.maxBytes));
    }
    return file.readAll();
}

Result<JobSyncSummary>
PipelineFileImporter::importOpenLineage(const QString &path, const std::optional<OpenLineageOptions> &options)
{
    JobsWriter writer(m_store);
    const QString source = QStringLiteral("openlineage");
    Result<QByteArray> data = readFile(path, tr("OpenLineage file"));
    if (!data) {
        return writer.recordedFailure(source, data.error(), QStringLiteral("import"));
    }
    OpenLineageOptions chosen;
    if (options) {
        chosen = *options;
    } else {
        Result<StoredRbacMapping> mapping = RbacMappingRepository::current(m_store);
        if (!mapping)
            return mapping.error();
        chosen = mapping->mapping.openLineage;
    }
    OpenLineageParser parser(chosen);
    parser.setLimits(m_limits);
    Result<JobPage> page = parser.parse(*data);
    if (!page) {
        return writer.recordedFailure(source, page.error(), QStringLiteral("import"));
    }
    return writer.write(source, page->jobs, page->report, QStringLiteral("import"));
}

Result<JobSyncSummary> PipelineFileImporter::importAuditLogExport(const QString &path)
{
    JobsWriter writer(m_store);
    const QString source = QStringLiteral("dataflow");
    Result<QByteArray> data = readFile(path, tr("audit log export"));
    if (!data) {
        return writer.recordedFailure(source, data.error(), QStringLiteral("import"));
    }
    AuditLogParser parser;
    parser.setLimits(m_limits);
    Result<AuditLogPage> page = parser.parseExport(*data);
    if (!page) {
        return writer.recordedFailure(source, page.error(), QStringLiteral("import"));
    }
    QHash<QString, QString> launchers;
    const QHash<QString, LaunchRecord> byJob = AuditLogParser::byJob(page->launches);
    for (auto it = byJob.begin(); it != byJob.end(); ++it)
        launchers.insert(it.key(), it->launcher());
    return writer.applyLaunchers(source, launchers, page->report);
}

Result<RbacApplyReport> PipelineFileImporter::importRbacMapping(const QString &path, const QString &author)
{
    Result<QByteArray> data = readFile(path, tr("RBAC mapping"));
    if (!data)
        return data.error();
    return RbacMappingRepository::save(m_store, QString::fromUtf8(*data), author);
}

} // namespace Scimflow
