#include "connectiondialog.h"

#include "pipelinesourcedialog.h"
#include "secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
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
    , m_sessionOnly(new QCheckBox(tr("Keep the secrets for this session only (not saved anywhere)"), this))
    , m_status(new QLabel(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_sourceList(new QTreeWidget(this))
    , m_editSource(new QPushButton(tr("&Edit…"), this))
    , m_removeSource(new QPushButton(tr("&Remove"), this))
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
    auto *sources = new QGroupBox(tr("&Pipeline sources"), this);
    m_sourceList->setHeaderLabels({tr("Name"), tr("Kind"), tr("Reads")});
    m_sourceList->setRootIsDecorated(false);
    m_sourceList->setAccessibleName(tr("Pipeline sources"));
    m_sourceList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sourceList->setMinimumHeight(90);
    auto *addSource = new QPushButton(tr("A&dd…"), sources);
    auto *sourceButtons = new QVBoxLayout;
    sourceButtons->addWidget(addSource);
    sourceButtons->addWidget(m_editSource);
    sourceButtons->addWidget(m_removeSource);
    sourceButtons->addStretch();
    auto *sourceRow = new QHBoxLayout(sources);
    sourceRow->addWidget(m_sourceList, 1);
    sourceRow->addLayout(sourceButtons);
    auto *caLabel = new QLabel(tr("C&A file:"), this);
    caLabel->setBuddy(m_caFile); // a row holding a layout gets no buddy, and would show the "&"
    form->addRow(caLabel, caRow);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sources);
    layout->addWidget(m_sessionOnly);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(600);

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
    connect(addSource, &QPushButton::clicked, this, [this] { editSource(-1); });
    connect(m_editSource, &QPushButton::clicked, this,
            [this] { editSource(m_sourceList->indexOfTopLevelItem(m_sourceList->currentItem())); });
    connect(m_sourceList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { editSource(m_sourceList->indexOfTopLevelItem(item)); });
    connect(m_removeSource, &QPushButton::clicked, this, &ConnectionDialog::removeSource);
    connect(m_sourceList, &QTreeWidget::currentItemChanged, this, &ConnectionDialog::updateSourceButtons);
    updateAuthFields();
    showSources();
}

void ConnectionDialog::editSource(int row)
{
    PipelineSourceDialog dialog(this);
    if (row >= 0 && row < m_sources.size())
        dialog.setSource(m_sources.at(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    PipelineSource source = dialog.source();
    for (int i = 0; i < m_sources.size(); ++i) {
        if (i != row && m_sources.at(i).name == source.name) {
            m_status->setText(
                tr("A pipeline source named %1 exists already; choose another name.").arg(source.name));
            return;
        }
    }
    if (const QString secret = dialog.secret(); !secret.isEmpty()) {
        if (source.secretRef.isEmpty())
            source.secretRef =
                SecretStore::newReference(m_name->text().trimmed() + QLatin1Char('/') + source.name);
        m_sourceSecrets.insert(source.secretRef, secret);
    }
    if (row >= 0 && row < m_sources.size())
        m_sources[row] = source;
    else
        m_sources << source;
    showSources();
}

void ConnectionDialog::removeSource()
{
    const int row = m_sourceList->indexOfTopLevelItem(m_sourceList->currentItem());
    if (row < 0 || row >= m_sources.size())
        return;
    m_sourceSecrets.remove(m_sources.at(row).secretRef);
    m_sources.removeAt(row);
    showSources();
}

void ConnectionDialog::showSources()
{
    const int current = m_sourceList->indexOfTopLevelItem(m_sourceList->currentItem());
    m_sourceList->clear();
    for (const PipelineSource &s : std::as_const(m_sources))
        m_sourceList->addTopLevelItem(
            new QTreeWidgetItem({s.name, PipelineSource::kindLabel(s.kind), s.target()}));
    if (m_sourceList->topLevelItemCount() > 0)
        m_sourceList->setCurrentItem(
            m_sourceList->topLevelItem(qBound(0, current, m_sourceList->topLevelItemCount() - 1)));
    updateSourceButtons();
}

void ConnectionDialog::updateSourceButtons()
{
    const bool selected = m_sourceList->currentItem() != nullptr;
    m_editSource->setEnabled(selected);
    m_removeSource->setEnabled(selected);
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
    m_sources = p.pipelineSources;
    showSources();
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
    p.pipelineSources = m_sources;
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
