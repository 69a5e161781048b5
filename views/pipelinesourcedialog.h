#pragma once

#include "pipelinesource.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QFormLayout;
class QHBoxLayout;

namespace Scimflow {

/// Edits one pipeline source of a connection: a Dataflow project and location, a GitHub repository or an
/// OpenLineage file, and the token to read it with (never shown again once saved).
class PipelineSourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PipelineSourceDialog(QWidget *parent = nullptr);

    void setSource(const PipelineSource &source);
    PipelineSource source() const;
    /// The token as typed; empty keeps the stored one.
    QString secret() const;

    void accept() override;

private:
    void updateKind();

    QComboBox *m_kind;
    QLineEdit *m_name;
    QFormLayout *m_form;
    QHBoxLayout *m_fileRow;
    QLineEdit *m_dataflowUrl;
    QLineEdit *m_loggingUrl;
    QLineEdit *m_project;
    QLineEdit *m_location;
    QLineEdit *m_githubUrl;
    QLineEdit *m_repository;
    QLineEdit *m_file;
    QSpinBox *m_listenPort;
    QLineEdit *m_token;
    QLabel *m_tokenLabel;
    QLabel *m_status;
    QString m_secretRef;
};

} // namespace Scimflow
