#pragma once

#include "reportjob.h"

#include <QDialog>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace Scimflow {

/// The Reports dialog: pick a report, a period and a scope, preview its pages, export it as PDF, CSV, JSON
/// or HTML. The report is built off the GUI thread (ReportJob) with progress and cancel.
class ReportsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportsDialog(const QString &databasePath, QWidget *parent = nullptr);
    ~ReportsDialog() override;

    /// "Compliance reports..." (Ctrl+Shift+R) opening a non-modal dialog on the database \a databasePath
    /// returns at the time it is triggered; for a menu: `menu->addAction(ReportsDialog::createAction(...))`.
    static QAction *createAction(QWidget *parent, std::function<QString()> databasePath);

    /// The database the reports read. An open dialog follows the console to another database: the
    /// previous preview goes, and a report still being built for the previous database is dropped.
    QString databasePath() const { return m_databasePath; }
    void setDatabasePath(const QString &databasePath);

    /// The options as currently entered.
    ReportOptions options() const;
    /// Builds the preview of the current options.
    void preview();
    /// Exports the current options to \a path without asking (the Export button asks for the file).
    void exportTo(const QString &path, ReportFormat format);
    /// The preview page shown (0-based) and the page count of the last preview.
    int currentPage() const { return m_page; }
    int pageCount() const;
    bool isBusy() const;

signals:
    /// A preview or export finished; files are the exported paths (empty for a preview).
    void reportReady(const QStringList &files);
    void reportFailed(const QString &message);

private:
    void buildUi();
    void applyPreset(int index);
    void updateKindControls();
    void chooseExportFile();
    void start(const ReportJob::Request &request);
    void setBusy(bool busy);
    void showPage(int page);
    void onFinished(std::shared_ptr<ReportOutcome> outcome);
    void onFailed(const Error &error);

    QString m_databasePath;
    QString m_startedFor; // the database of the report being built
    ReportJob *m_job = nullptr;
    std::shared_ptr<ReportOutcome> m_outcome;
    int m_page = 0;

    QComboBox *m_kind = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_scopeKind = nullptr;
    QLineEdit *m_roles = nullptr;
    QComboBox *m_source = nullptr;
    QSpinBox *m_slaHours = nullptr;
    QSpinBox *m_idleDays = nullptr;
    QComboBox *m_format = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_prevPage = nullptr;
    QPushButton *m_nextPage = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_pageImage = nullptr;
    QScrollArea *m_scroll = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    bool m_pendingExport = false;
    QString m_exportFolder; // where Export suggests the file
};

} // namespace Scimflow
