#pragma once

#include "reportdocument.h"
#include "reportpagelayout.h"
#include "result.h"

#include <QFuture>
#include <QObject>

#include <memory>

namespace Scimflow {

/// A finished report for the GUI: the document, its page layout (for previews) and the files exported.
struct ReportOutcome
{
    ReportDocument document;
    std::unique_ptr<ReportPageLayout> layout; // refers to document; null if no preview was asked for
    QStringList files;
};

/// Builds (and optionally exports) a report off the GUI thread with its own database connection.
/// progress/finished/failed arrive on the thread that owns the job; cancel() stops it between rows and pages.
class ReportJob : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString databasePath;
        ReportOptions options;
        bool layoutPages = true; // paginate for a preview
        bool exportFile = false;
        ReportFormat format = ReportFormat::Pdf;
        QString outputPath;
    };

    explicit ReportJob(QObject *parent = nullptr);
    ~ReportJob() override; // cancels and waits: the worker never outlives the job

    /// Starts \a request; a job runs one request at a time (returns false while busy).
    bool start(const Request &request);
    bool isRunning() const;

public slots:
    void cancel();

signals:
    void progress(int done, int total, const QString &stage);
    void finished(std::shared_ptr<Scimflow::ReportOutcome> outcome);
    void failed(const Scimflow::Error &error);

private:
    void run(const Request &request, std::shared_ptr<ReportCancel> cancel);

    QFuture<void> m_future;
    std::shared_ptr<ReportCancel> m_cancel;
};

} // namespace Scimflow
