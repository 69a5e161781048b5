#pragma once

#include "connectionprofile.h"
#include "secretstore.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace Scimflow {

/// The Connections page of the Settings dialog: the saved identity provider profiles of the user's
/// database, with Edit and Connect (handled by the caller, which owns the connection dialog) and Remove,
/// which deletes the profile and its secret in the keychain; and the remembered team store, whether its
/// password and client key passphrase are in the keychain, and whether to open it at start. Secrets are never
/// shown here.
class SettingsConnectionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsConnectionsPage(QString databasePath, QWidget *parent = nullptr);

    /// Reads the profiles again (after the connection dialog saved one).
    void reload();
    QList<ConnectionProfile> profiles() const { return m_profiles; }
    /// Removes the profile \a name and its secret without asking; the Remove button asks first.
    void removeProfile(const QString &name);

    /// Reads the remembered team store again and asks the keychain which of its secrets it holds.
    void reloadTeamStore();
    /// Whether "Open at start" is ticked (saved with the dialog's other settings).
    bool openTeamStoreAtStart() const;
    void setOpenTeamStoreAtStart(bool open);
    /// Removes the team store's password and client key passphrase from the keychain.
    void forgetTeamStoreSecrets();
    /// Forgets the remembered team store and removes its secrets from the keychain, without asking; the
    /// Forget button asks first.
    void forgetTeamStore();

Q_SIGNALS:
    void editRequested(const Scimflow::ConnectionProfile &profile);
    void connectRequested();
    /// A profile was removed (the secret may still be on its way out of the keychain).
    void profileRemoved(const QString &name);
    /// The keychain answered which secrets of the remembered team store it holds, or secrets were removed.
    void teamStoreSecretsChecked();

private:
    const ConnectionProfile *currentProfile() const;
    void updateButtons();
    void confirmRemove();
    QGroupBox *buildTeamStoreGroup();
    void showTeamStoreSecrets();
    void confirmForgetTeamStore();

    QString m_databasePath;
    SecretStore m_secrets;
    QList<ConnectionProfile> m_profiles;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_connect;
    QLabel *m_status;

    QString m_teamStore;       // the remembered URL (it holds no secret)
    int m_secretChecks = 0;    // keychain reads still on their way
    int m_checkGeneration = 0; // answers to an earlier reload are dropped
    bool m_passwordSaved = false;
    bool m_keyPassphraseSaved = false;
    QString m_keychainProblem;
    bool m_removingSecrets = false; // the keychain jobs on their way remove rather than read
    QLabel *m_teamStoreLocation = nullptr;
    QLabel *m_teamStoreSecrets = nullptr;
    QCheckBox *m_openAtStart = nullptr;
    QPushButton *m_forgetSecrets = nullptr;
    QPushButton *m_forgetTeamStore = nullptr;
};

} // namespace Scimflow
