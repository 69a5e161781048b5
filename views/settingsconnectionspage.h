#pragma once

#include "connectionprofile.h"
#include "secretstore.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Scimflow {

/// The Connections page of the Settings dialog: the saved identity provider profiles of the user's
/// database, with Edit and Connect (handled by the caller, which owns the connection dialog) and Remove,
/// which deletes the profile and its secret in the keychain. Secrets are never shown here.
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

Q_SIGNALS:
    void editRequested(const Scimflow::ConnectionProfile &profile);
    void connectRequested();
    /// A profile was removed (the secret may still be on its way out of the keychain).
    void profileRemoved(const QString &name);

private:
    const ConnectionProfile *currentProfile() const;
    void updateButtons();
    void confirmRemove();

    QString m_databasePath;
    SecretStore m_secrets;
    QList<ConnectionProfile> m_profiles;
    QListWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_connect;
    QLabel *m_status;
};

} // namespace Scimflow
