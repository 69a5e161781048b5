#include "reportjob.h"

#include "backgroundpool.h"
#include "reportbuilder.h"
#include "reportexporter.h"
#include "store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace Scimflow {

ReportJob::ReportJob(QObject *parent)
    : QObject(parent)
{}

ReportJob::~ReportJob()
{
    cancel();
    m_future.waitForFinished();
}

bool ReportJob::isRunning() const
{
    return m_future.isRunning();
}

bool ReportJob::start(const Request &request)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<ReportCancel>();
    m_future =
        QtConcurrent::run(backgroundPool(), [this, request, cancel = m_cancel] { run(request, cancel); });
    return true;
}

void ReportJob::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

void ReportJob::run(const Request &request, std::shared_ptr<ReportCancel> cancel)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Scimflow::Reports", text); };
    if (!QFileInfo(request.databasePath).isFile()) {
        emit failed(Error::make(
            Error::Kind::Io,
            tr("The database %1 does not exist; sync or open a database first.").arg(request.databasePath)));
        return;
    }
    // Each thread needs its own connection; this one lives and dies here.
    auto store = Store::open(request.databasePath);
    if (!store) {
        emit failed(store.error());
        return;
    }
    const QString reading = tr("Reading the database");
    Result<ReportDocument> document =
        ReportBuilder::build(**store, request.options, cancel.get(),
                             [&](int done, int total) { emit progress(done, total, reading); });
    store->reset();
    if (!document) {
        emit failed(document.error());
        return;
    }
    auto outcome = std::make_shared<ReportOutcome>();
    outcome->document = std::move(*document);
    if (request.layoutPages) {
        const QString laying = tr("Laying out pages");
        outcome->layout = std::make_unique<ReportPageLayout>(outcome->document);
        if (!outcome->layout->paginate(cancel.get(),
                                       [&](int done, int total) { emit progress(done, total, laying); })) {
            emit failed(Error::make(Error::Kind::Cancelled, tr("The report was cancelled.")));
            return;
        }
    }
    if (request.exportFile) {
        const QString writing = tr("Writing %1").arg(QFileInfo(request.outputPath).fileName());
        Result<QStringList> files =
            ReportExporter::write(outcome->document, request.format, request.outputPath, cancel.get(),
                                  [&](int done, int total) { emit progress(done, total, writing); });
        if (!files) {
            emit failed(files.error());
            return;
        }
        outcome->files = *files;
    }
    emit finished(outcome);
}

} // namespace Scimflow
