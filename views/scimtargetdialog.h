#pragma once

#include "scimtargetsource.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Scimflow {

/// Edits one SCIM provisioning target of a connection: its name, base URL, target profile and the bearer
/// token to read and fix it with (never shown again once saved; it goes to the keychain).
class ScimTargetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ScimTargetDialog(QWidget *parent = nullptr);

    void setTarget(const ScimTargetSource &target);
    ScimTargetSource target() const;
    /// The token as typed; empty keeps the stored one.
    QString secret() const;

    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_vendor;
    QLineEdit *m_token;
    QLabel *m_status;
    QString m_secretRef;
};

} // namespace Scimflow
