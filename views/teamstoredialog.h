#pragma once

#include "storelocation.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Scimflow {

/// File > Open Team Store…: the PostgreSQL location of a shared store, its password if the server asks for
/// one, and the passphrase of its client key when the location names an encrypted one (sslkey=). The location
/// is checked as it is typed (no password in it, verify-full TLS for another host); the secrets are only
/// handed to the caller, who keeps them in memory or the keychain, never in settings.
class TeamStoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamStoreDialog(const QString &location, QWidget *parent = nullptr);

    QString location() const;
    /// What was typed (empty: the keychain's, or libpq's own sources).
    TeamStoreSecrets secrets() const;
    /// The typed secrets whose "save in the keychain" box is ticked.
    TeamStoreSecrets secretsToSave() const;

private:
    void validate();

    QLineEdit *m_location = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_save = nullptr;
    QLineEdit *m_keyPassphrase = nullptr;
    QCheckBox *m_saveKeyPassphrase = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Scimflow
