#include "reportexporter.h"

#include "reportcsvwriter.h"
#include "reporthtmlwriter.h"
#include "reportjsonwriter.h"
#include "reportpdfwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Scimflow {

namespace {

Result<QStringList> writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Scimflow::Reports",
                                                                        "Cannot write %1: %2. Choose another "
                                                                        "folder or free some disk space.")
                                                .arg(path, file.errorString()));
    return QStringList{path};
}

} // namespace

Result<QStringList> ReportExporter::write(const ReportDocument &document, ReportFormat format,
                                          const QString &path, const ReportCancel *cancel,
                                          const ReportPageLayout::Progress &progress)
{
    switch (format) {
    case ReportFormat::Pdf:
        if (Status s = ReportPdfWriter::write(document, path, cancel, progress); !s)
            return s.error();
        return QStringList{path};
    case ReportFormat::Csv:
        return ReportCsvWriter::write(document, path);
    case ReportFormat::Json:
        return writeBytes(path, ReportJsonWriter::write(document));
    case ReportFormat::Html:
        return writeBytes(path, ReportHtmlWriter::write(document));
    }
    return Error::make(Error::Kind::Internal, QStringLiteral("unknown report format"));
}

} // namespace Scimflow
