#include "reportpdfwriter.h"

#include "reportpdfdevice.h"
#include <QCoreApplication>

#include <QPainter>
#include <QSaveFile>

namespace Scimflow {

Status ReportPdfWriter::write(const ReportDocument &document, const QString &path, const ReportCancel *cancel,
                              const ReportPageLayout::Progress &progress)
{
    auto cancelled = [] {
        return Error::make(Error::Kind::Cancelled,
                           QCoreApplication::translate("Scimflow::Reports", "The report was cancelled."));
    };
    ReportPageLayout layout(document, 300);
    qsizetype rows = 0;
    for (const ReportTable &t : document.tables)
        rows += t.rows.size();
    if (!layout.paginate(cancel, progress))
        return cancelled();
    const int pages = layout.pageCount();
    const int total = int(rows) + pages;

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Scimflow::Reports",
                                                                        "Cannot write %1: %2. Choose another "
                                                                        "folder.")
                                                .arg(path, file.errorString()));
    ReportPdfDevice pdf(&file, layout.pageSize(), layout.dpi());
    pdf.setTitle(document.title);
    pdf.setCreator(QStringLiteral("Scimflow"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Scimflow::Reports", "Cannot start the PDF %1.").arg(path));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            pdf.newPage();
        layout.paintPage(painter, page);
        if (progress && (page & 15) == 0)
            progress(int(rows) + page, total);
        if (cancel && cancel->isCancelled()) {
            painter.end();
            file.cancelWriting();
            return cancelled();
        }
    }
    painter.end();
    if (!pdf.finish() || !file.commit())
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Scimflow::Reports",
                                                                        "Cannot write %1: %2. Choose another "
                                                                        "folder or free some disk space.")
                                                .arg(path, file.errorString()));
    if (progress)
        progress(total, total);
    return {};
}

} // namespace Scimflow
