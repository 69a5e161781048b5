#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Scimflow {

/// File > Open Team Store…: the PostgreSQL location of a shared store, and its password if the server asks
/// for one. The location is checked as it is typed (no password in it, verify-full TLS for another host); the
/// password is only handed to the caller, who keeps it in memory or the keychain, never in settings.
class TeamStoreDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TeamStoreDialog(const QString &location, QWidget *parent = nullptr);

    QString location() const;
    QString password() const;
    bool savePassword() const;

private:
    void validate();

    QLineEdit *m_location = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_save = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Scimflow
