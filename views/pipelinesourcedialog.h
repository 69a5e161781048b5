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
/// OpenLineage file, and the token to read it with (never shown again once saved). A Dataflow source can take
/// a Google credentials file instead of a token: its content (private key or refresh token) becomes the
/// source's secret, for the keychain; only the file's path stays in the profile.
class PipelineSourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PipelineSourceDialog(QWidget *parent = nullptr);

    void setSource(const PipelineSource &source);
    PipelineSource source() const;
    /// The token as typed, or the Google credentials file's content when one was chosen; empty keeps the
    /// stored one.
    QString secret() const;

    void accept() override;

private:
    void updateKind();
    bool usesCredentialsFile() const;

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
    QComboBox *m_credentials;
    QLineEdit *m_credentialsFile;
    QHBoxLayout *m_credentialsRow;
    QLineEdit *m_token;
    QLabel *m_tokenLabel;
    QLabel *m_status;
    QString m_secretRef;
    QString m_storedCredentialsFile; // the file the stored secret was read from; empty: a token
    QString m_credentialsJson;       // read from the chosen file on OK
};

} // namespace Scimflow
