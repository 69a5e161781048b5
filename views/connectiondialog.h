#pragma once

#include "connectionprofile.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Scimflow {

/// Edits a connection to an identity provider: base URL, vendor profile, bearer token or OAuth client
/// credentials, CA file, and the SCIM provisioning targets and pipeline sources read with it. Emits intents
/// (test, save); the caller runs discovery and the keychain through models/ and reports back with
/// showTestResult() / showSaveResult().
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const;
    QString secret() const; // the token or client secret as typed; kept only in this widget
    /// Secrets typed or read for pipeline sources, SCIM targets and credential sources in this dialog, by
    /// their secretRef.
    QHash<QString, QString> sourceSecrets() const { return m_sourceSecrets; }

public Q_SLOTS:
    void showTestResult(bool ok, const QString &text);
    /// \a keychainMissing: offer "this session only" instead of failing.
    void showSaveResult(bool ok, const QString &text, bool keychainMissing);

Q_SIGNALS:
    void testRequested(const Scimflow::ConnectionProfile &profile, const QString &secret);
    void saveRequested(const Scimflow::ConnectionProfile &profile, const QString &secret, bool sessionOnly);

private:
    void updateKindFields();
    void updateAuthFields();
    void browseCaFile();
    void editSource(int row); // -1: add a new one
    void removeSource();
    void showSources();
    void updateSourceButtons();
    void editTarget(int row); // -1: add a new one
    void removeTarget();
    void showTargets();
    void editCredentialSource(int row); // -1: add a new one
    void removeCredentialSource();
    void showCredentialSources();

    QLineEdit *m_name;
    QComboBox *m_idpKind;
    QStackedWidget *m_pages;
    // Okta
    QLineEdit *m_oktaUrl;
    QComboBox *m_oktaAuth;
    QLineEdit *m_oktaClientId;
    QLineEdit *m_oktaKeyId;
    // Microsoft Entra ID
    QLineEdit *m_tenant;
    QLineEdit *m_entraClientId;
    QComboBox *m_entraAuth;
    QLineEdit *m_certificateFile;
    QLineEdit *m_graphUrl;
    QLineEdit *m_loginUrl;
    // private_key_jwt (Okta service app, Entra certificate): the key file read into the secret on save
    QLineEdit *m_keyFile;
    QLabel *m_keyFileLabel;
    QPushButton *m_browseKey = nullptr;
    QLabel *m_tokenLabel;
    // Generic SCIM 2.0
    QLineEdit *m_url;
    QComboBox *m_vendor;
    QComboBox *m_authKind;
    QLineEdit *m_token;
    QLineEdit *m_tokenUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_scope;
    QLineEdit *m_caFile;
    QCheckBox *m_sessionOnly;
    QLabel *m_status;
    QPushButton *m_test;
    QPushButton *m_save;
    QTreeWidget *m_sourceList;
    QPushButton *m_editSource;
    QPushButton *m_removeSource;
    QList<PipelineSource> m_sources;
    QTreeWidget *m_targetList;
    QPushButton *m_editTarget;
    QPushButton *m_removeTarget;
    QList<ScimTargetSource> m_targets;
    QTreeWidget *m_credentialList;
    QPushButton *m_editCredential;
    QPushButton *m_removeCredential;
    QList<CredentialSource> m_credentialSources;
    // pipeline sources', SCIM targets' and credential sources' secrets, by secretRef
    QHash<QString, QString> m_sourceSecrets;
    QString m_secretRef;
    qint64 m_id = 0;
};

} // namespace Scimflow
