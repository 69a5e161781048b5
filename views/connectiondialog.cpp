#include "connectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Scimflow {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_vendor(new QComboBox(this))
    , m_authKind(new QComboBox(this))
    , m_token(new QLineEdit(this))
    , m_tokenUrl(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_scope(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_sessionOnly(new QCheckBox(tr("Keep the secret for this session only (not saved anywhere)"), this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setWindowTitle(tr("Identity provider connection"));
    m_name->setText(tr("Identity provider"));
    m_url->setPlaceholderText(QStringLiteral("https://example.okta.com/scim/v2"));
    m_vendor->addItem(tr("Generic SCIM 2.0"), QStringLiteral("generic"));
    m_vendor->addItem(tr("Okta"), QStringLiteral("okta"));
    m_vendor->addItem(tr("Microsoft Entra ID"), QStringLiteral("entra"));
    m_authKind->addItem(tr("Bearer token"), int(ConnectionProfile::AuthKind::Bearer));
    m_authKind->addItem(tr("OAuth 2.0 client credentials"),
                        int(ConnectionProfile::AuthKind::OAuthClientCredentials));
    m_token->setEchoMode(QLineEdit::Password);
    m_caFile->setPlaceholderText(tr("System certificates"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(tr("Choose a CA certificate file"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    caRow->addWidget(browse);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("SCIM base &URL:"), m_url);
    form->addRow(tr("&Vendor:"), m_vendor);
    form->addRow(tr("&Authentication:"), m_authKind);
    form->addRow(tr("Token &endpoint:"), m_tokenUrl);
    form->addRow(tr("&Client id:"), m_clientId);
    form->addRow(tr("Sco&pe:"), m_scope);
    form->addRow(tr("&Token:"), m_token);
    auto *caLabel = new QLabel(tr("C&A file:"), this);
    caLabel->setBuddy(m_caFile); // a row holding a layout gets no buddy, and would show the "&"
    form->addRow(caLabel, caRow);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sessionOnly);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_authKind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateAuthFields);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseCaFile);
    connect(m_test, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Testing the connection…"));
        m_test->setEnabled(false);
        Q_EMIT testRequested(profile(), secret());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_save->setEnabled(false);
        Q_EMIT saveRequested(profile(), secret(), m_sessionOnly->isChecked());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAuthFields();
}

void ConnectionDialog::updateAuthFields()
{
    const bool oauth =
        m_authKind->currentData().toInt() == int(ConnectionProfile::AuthKind::OAuthClientCredentials);
    m_tokenUrl->setEnabled(oauth);
    m_clientId->setEnabled(oauth);
    m_scope->setEnabled(oauth);
    m_token->setPlaceholderText(oauth ? tr("Client secret") : tr("API token"));
    m_token->setAccessibleName(oauth ? tr("Client secret") : tr("API token"));
}

void ConnectionDialog::browseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("CA certificate"), QString(), tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!file.isEmpty())
        m_caFile->setText(file);
}

void ConnectionDialog::setProfile(const ConnectionProfile &p)
{
    m_id = p.id;
    m_secretRef = p.secretRef;
    m_name->setText(p.name);
    m_url->setText(p.scimUrl);
    m_vendor->setCurrentIndex(qMax(0, m_vendor->findData(p.vendor)));
    m_authKind->setCurrentIndex(qMax(0, m_authKind->findData(int(p.authKind))));
    m_tokenUrl->setText(p.tokenUrl);
    m_clientId->setText(p.clientId);
    m_scope->setText(p.scope);
    m_caFile->setText(p.caFile);
    m_token->clear(); // secrets are not shown again; leave empty to keep the stored one
    updateAuthFields();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.id = m_id;
    p.name = m_name->text().trimmed();
    p.scimUrl = m_url->text().trimmed();
    p.vendor = m_vendor->currentData().toString();
    p.authKind = ConnectionProfile::AuthKind(m_authKind->currentData().toInt());
    p.tokenUrl = m_tokenUrl->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    p.scope = m_scope->text().trimmed();
    p.caFile = m_caFile->text().trimmed();
    p.secretRef = m_secretRef;
    return p;
}

QString ConnectionDialog::secret() const
{
    return m_token->text();
}

void ConnectionDialog::showTestResult(bool ok, const QString &text)
{
    m_test->setEnabled(true);
    m_status->setText(ok ? tr("Connected: %1").arg(text) : tr("Connection failed: %1").arg(text));
}

void ConnectionDialog::showSaveResult(bool ok, const QString &text, bool keychainMissing)
{
    m_save->setEnabled(true);
    if (ok) {
        m_status->setText(text);
        accept();
        return;
    }
    if (keychainMissing) {
        m_sessionOnly->setChecked(true);
        m_status->setText(
            tr("%1\nTick \"this session only\" and save again to use the secret until the console "
               "closes.")
                .arg(text));
        return;
    }
    m_status->setText(text);
}

} // namespace Scimflow
