#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Scimflow {

struct RbacApplyReport;
class RbacMappingSaveJob;
class Store;

/// Edits the RBAC mapping: shows the current version, validates as the user types (errors with line
/// numbers; a click on one moves the cursor there) and saves the text as a new version. Saving relinks
/// every job, so it runs on a worker (RbacMappingSaveJob); the dialog stays responsive and cannot be
/// closed until the save has ended.
class RbacMappingDialog : public QDialog
{
    Q_OBJECT

public:
    RbacMappingDialog(Store &store, QString author, QWidget *parent = nullptr);

    /// Version shown as current (0: none saved yet).
    int currentVersion() const { return m_version; }
    QPlainTextEdit *editor() const { return m_editor; }
    QListWidget *errorList() const { return m_errors; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *validateButton() const { return m_validate; }
    QString statusText() const;

public slots:
    /// Re-reads the current version from the store into the editor.
    void reload();
    /// Checks the editor's text; returns true when it has no errors.
    bool validate();
    /// Starts saving the editor's text as a new version; returns true when the save started.
    /// saveEnded() follows, and mappingSaved() too when a new version was written.
    bool save();
    bool isSaving() const;
    void reject() override;

signals:
    /// A new version was saved and applied.
    void mappingSaved(int version);
    /// A save started by save() has ended, whatever its outcome (see statusText()).
    void saveEnded();

private:
    void showVersion();
    void jumpToError(int row);
    void onSaved(const RbacApplyReport &report);

    Store &m_store;
    QString m_author;
    int m_version = 0;
    QLabel *m_versionLabel = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QListWidget *m_errors = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_validate = nullptr;
    QPushButton *m_save = nullptr;
    QTimer *m_debounce = nullptr;
    RbacMappingSaveJob *m_saveJob = nullptr;
};

} // namespace Scimflow
