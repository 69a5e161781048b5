#pragma once

#include "credentialsource.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace Scimflow {

/// Edits one credential inventory source of a connection: a Google Cloud project (with its credentials file
/// or an access token, and optional IAM / Policy Analyzer URLs) or a GitHub organisation (the GitHub App's
/// id and private key). The key file's or token's content goes to the keychain, never to the settings.
class CredentialSourceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CredentialSourceDialog(QWidget *parent = nullptr);

    void setSource(const CredentialSource &source);
    CredentialSource source() const;
    /// What goes to the keychain (the credentials file's JSON, the token, the App's PEM key), read when the
    /// dialog was accepted; empty keeps the stored one.
    QString secret() const { return m_secret; }

    void accept() override;

private:
    void updateKind();
    bool usesCredentialsFile() const;
    QLineEdit *fileRow(QHBoxLayout *row, const QString &accessibleName, const QString &browseName,
                       const QString &title, const QString &filter);

    QComboBox *m_kind;
    QLineEdit *m_project;
    QLineEdit *m_iamUrl;
    QLineEdit *m_policyAnalyzerUrl;
    QComboBox *m_credentials;
    QHBoxLayout *m_credentialsRow;
    QLineEdit *m_credentialsFile;
    QLineEdit *m_token;
    QLineEdit *m_organisation;
    QLineEdit *m_appId;
    QHBoxLayout *m_keyRow;
    QLineEdit *m_keyFile;
    QLineEdit *m_githubUrl;
    QFormLayout *m_form;
    QLabel *m_status;
    QString m_secretRef;
    QString m_storedFile; // the file the stored secret was read from, when editing
    QString m_secret;
};

} // namespace Scimflow
