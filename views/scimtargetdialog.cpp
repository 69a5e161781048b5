#include "scimtargetdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Scimflow {

ScimTargetDialog::ScimTargetDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_vendor(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("SCIM provisioning target"));
    m_name->setPlaceholderText(QStringLiteral("aws"));
    m_name->setAccessibleName(tr("Target name"));
    m_url->setPlaceholderText(QStringLiteral("https://scim.us-east-1.amazonaws.com/TENANT/scim/v2"));
    m_url->setAccessibleName(tr("SCIM base URL"));
    // The values are VendorProfile::targetNames().
    m_vendor->addItem(tr("AWS IAM Identity Center"), QStringLiteral("aws-identity-center"));
    m_vendor->addItem(tr("Generic SCIM 2.0"), QStringLiteral("generic"));
    m_vendor->addItem(tr("Databricks"), QStringLiteral("databricks"));
    m_vendor->addItem(tr("GitHub Enterprise Managed Users"), QStringLiteral("github-emu"));
    m_vendor->setAccessibleName(tr("Target profile"));
    m_vendor->setToolTip(tr("How the target pages, filters and reports group memberships."));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Bearer token"));
    m_token->setPlaceholderText(tr("kept in the system keychain"));
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Base &URL:"), m_url);
    form->addRow(tr("&Profile:"), m_vendor);
    form->addRow(tr("Bearer &token:"), m_token);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScimTargetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ScimTargetDialog::setTarget(const ScimTargetSource &target)
{
    m_name->setText(target.name);
    m_url->setText(target.url);
    m_vendor->setCurrentIndex(qMax(0, m_vendor->findData(target.vendor)));
    m_secretRef = target.secretRef;
    m_token->clear();
    m_token->setPlaceholderText(m_secretRef.isEmpty() ? tr("kept in the system keychain")
                                                      : tr("leave empty to keep the stored token"));
}

ScimTargetSource ScimTargetDialog::target() const
{
    ScimTargetSource t;
    t.name = m_name->text().trimmed();
    t.url = m_url->text().trimmed();
    t.vendor = m_vendor->currentData().toString();
    t.secretRef = m_secretRef;
    return t;
}

QString ScimTargetDialog::secret() const
{
    return m_token->text();
}

void ScimTargetDialog::accept()
{
    if (const QString missing = target().validate(); !missing.isEmpty()) {
        m_status->setText(missing);
        return;
    }
    if (m_secretRef.isEmpty() && m_token->text().isEmpty()) {
        m_status->setText(tr("Type the target's bearer token: the SCIM token the identity provider pushes "
                             "with, or one made for reading in the target's console."));
        return;
    }
    QDialog::accept();
}

} // namespace Scimflow
