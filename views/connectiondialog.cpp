#include "connectiondialog.h"

#include "credentialsourcedialog.h"
#include "pipelinesourcedialog.h"
#include "scimtargetdialog.h"
#include "secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Scimflow {

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_idpKind(new QComboBox(this))
    , m_pages(new QStackedWidget(this))
    , m_oktaUrl(new QLineEdit(this))
    , m_oktaAuth(new QComboBox(this))
    , m_oktaClientId(new QLineEdit(this))
    , m_oktaKeyId(new QLineEdit(this))
    , m_tenant(new QLineEdit(this))
    , m_entraClientId(new QLineEdit(this))
    , m_entraAuth(new QComboBox(this))
    , m_certificateFile(new QLineEdit(this))
    , m_graphUrl(new QLineEdit(this))
    , m_loginUrl(new QLineEdit(this))
    , m_keyFile(new QLineEdit(this))
    , m_keyFileLabel(new QLabel(tr("Private &key file:"), this))
    , m_tokenLabel(new QLabel(tr("&Token:"), this))
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
    , m_targetList(new QTreeWidget(this))
    , m_editTarget(new QPushButton(tr("C&hange…"), this))
    , m_removeTarget(new QPushButton(tr("Re&move"), this))
    , m_credentialList(new QTreeWidget(this))
    , m_editCredential(new QPushButton(tr("Modif&y…"), this))
    , m_removeCredential(new QPushButton(tr("Remo&ve"), this))
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

    // First the kind of identity provider; each kind has its own page of settings.
    m_idpKind->addItem(tr("Okta"), int(ConnectionProfile::IdpKind::Okta));
    m_idpKind->addItem(tr("Microsoft Entra ID"), int(ConnectionProfile::IdpKind::Entra));
    m_idpKind->addItem(tr("Generic SCIM 2.0"), int(ConnectionProfile::IdpKind::Scim));
    m_idpKind->setAccessibleName(tr("Identity provider kind"));

    auto *oktaPage = new QWidget(m_pages);
    auto *oktaForm = new QFormLayout(oktaPage);
    oktaForm->setContentsMargins(0, 0, 0, 0);
    m_oktaUrl->setPlaceholderText(QStringLiteral("https://example.okta.com"));
    m_oktaAuth->addItem(tr("API token (SSWS), read-only admin"), int(ConnectionProfile::AuthKind::Bearer));
    m_oktaAuth->addItem(tr("OAuth service app (private key JWT)"),
                        int(ConnectionProfile::AuthKind::PrivateKeyJwt));
    m_oktaKeyId->setPlaceholderText(tr("Optional: the key id Okta shows for the public key"));
    oktaForm->addRow(tr("Org &URL:"), m_oktaUrl);
    oktaForm->addRow(tr("&Authentication:"), m_oktaAuth);
    oktaForm->addRow(tr("&Client id:"), m_oktaClientId);
    oktaForm->addRow(tr("Key &id (kid):"), m_oktaKeyId);
    auto *oktaNote =
        new QLabel(tr("Reads users, groups and the System Log. A service app needs the scopes "
                      "okta.users.read, okta.groups.read and okta.logs.read (and okta.users.manage, "
                      "okta.groups.manage for fixes)."),
                   oktaPage);
    oktaNote->setWordWrap(true);
    oktaForm->addRow(oktaNote);

    auto *entraPage = new QWidget(m_pages);
    auto *entraForm = new QFormLayout(entraPage);
    entraForm->setContentsMargins(0, 0, 0, 0);
    m_tenant->setPlaceholderText(tr("Tenant id or primary domain, e.g. contoso.onmicrosoft.com"));
    m_entraAuth->addItem(tr("Client secret"), int(ConnectionProfile::AuthKind::OAuthClientCredentials));
    m_entraAuth->addItem(tr("Certificate (private key JWT)"),
                         int(ConnectionProfile::AuthKind::PrivateKeyJwt));
    m_certificateFile->setPlaceholderText(tr("The app's certificate (PEM)"));
    m_graphUrl->setPlaceholderText(QStringLiteral("https://graph.microsoft.com/v1.0"));
    m_loginUrl->setPlaceholderText(QStringLiteral("https://login.microsoftonline.com"));
    auto *browseCertificate = new QPushButton(tr("Browse…"), entraPage);
    browseCertificate->setAccessibleName(tr("Choose the certificate file"));
    auto *certificateRow = new QHBoxLayout;
    certificateRow->addWidget(m_certificateFile);
    certificateRow->addWidget(browseCertificate);
    auto *certificateLabel = new QLabel(tr("Ce&rtificate:"), entraPage);
    certificateLabel->setBuddy(m_certificateFile);
    entraForm->addRow(tr("&Tenant:"), m_tenant);
    entraForm->addRow(tr("&Client id:"), m_entraClientId);
    entraForm->addRow(tr("&Authentication:"), m_entraAuth);
    entraForm->addRow(certificateLabel, certificateRow);
    entraForm->addRow(tr("&Graph URL:"), m_graphUrl);
    entraForm->addRow(tr("&Login URL:"), m_loginUrl);

    auto *scimPage = new QWidget(m_pages);
    auto *scimForm = new QFormLayout(scimPage);
    scimForm->setContentsMargins(0, 0, 0, 0);
    scimForm->addRow(tr("SCIM base &URL:"), m_url);
    scimForm->addRow(tr("&Vendor:"), m_vendor);
    scimForm->addRow(tr("&Authentication:"), m_authKind);
    scimForm->addRow(tr("Token &endpoint:"), m_tokenUrl);
    scimForm->addRow(tr("&Client id:"), m_clientId);
    scimForm->addRow(tr("Sco&pe:"), m_scope);
    m_pages->addWidget(oktaPage);
    m_pages->addWidget(entraPage);
    m_pages->addWidget(scimPage);

    m_browseKey = new QPushButton(tr("Browse…"), this);
    m_browseKey->setAccessibleName(tr("Choose the private key file"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile);
    keyRow->addWidget(m_browseKey);
    m_keyFile->setPlaceholderText(tr("PEM file; the key is kept in the keychain, not the file name"));
    m_keyFileLabel->setBuddy(m_keyFile);
    m_tokenLabel->setBuddy(m_token);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("I&dentity provider:"), m_idpKind);
    form->addRow(m_pages);
    form->addRow(m_tokenLabel, m_token);
    form->addRow(m_keyFileLabel, keyRow);
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
    auto *targets = new QGroupBox(tr("SCIM pr&ovisioning targets"), this);
    m_targetList->setHeaderLabels({tr("Name"), tr("Profile"), tr("Base URL")});
    m_targetList->setRootIsDecorated(false);
    m_targetList->setAccessibleName(tr("SCIM provisioning targets"));
    m_targetList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_targetList->setMinimumHeight(70);
    auto *addTarget = new QPushButton(tr("Ne&w target…"), targets);
    addTarget->setAccessibleName(tr("Add a SCIM target"));
    m_editTarget->setAccessibleName(tr("Edit the SCIM target"));
    m_removeTarget->setAccessibleName(tr("Remove the SCIM target"));
    auto *targetButtons = new QVBoxLayout;
    targetButtons->addWidget(addTarget);
    targetButtons->addWidget(m_editTarget);
    targetButtons->addWidget(m_removeTarget);
    targetButtons->addStretch();
    auto *targetRow = new QHBoxLayout(targets);
    targetRow->addWidget(m_targetList, 1);
    targetRow->addLayout(targetButtons);
    auto *credentials = new QGroupBox(tr("Service-account credential sources"), this);
    m_credentialList->setHeaderLabels({tr("Source"), tr("Credentials"), tr("API")});
    m_credentialList->setRootIsDecorated(false);
    m_credentialList->setAccessibleName(tr("Credential sources"));
    m_credentialList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_credentialList->setMinimumHeight(60);
    auto *addCredential = new QPushButton(tr("Add &GCP or GitHub…"), credentials);
    addCredential->setAccessibleName(tr("Add a credential source"));
    addCredential->setToolTip(
        tr("A Google Cloud project whose service-account keys, or a GitHub organisation "
           "whose fine-grained tokens, each sync inventories"));
    m_editCredential->setAccessibleName(tr("Edit the credential source"));
    m_removeCredential->setAccessibleName(tr("Remove the credential source"));
    auto *credentialButtons = new QVBoxLayout;
    credentialButtons->addWidget(addCredential);
    credentialButtons->addWidget(m_editCredential);
    credentialButtons->addWidget(m_removeCredential);
    credentialButtons->addStretch();
    auto *credentialRow = new QHBoxLayout(credentials);
    credentialRow->addWidget(m_credentialList, 1);
    credentialRow->addLayout(credentialButtons);
    auto *caLabel = new QLabel(tr("C&A file:"), this);
    caLabel->setBuddy(m_caFile); // a row holding a layout gets no buddy, and would show the "&"
    form->addRow(caLabel, caRow);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(targets);
    layout->addWidget(sources);
    layout->addWidget(credentials);
    layout->addWidget(m_sessionOnly);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMinimumWidth(600);

    connect(m_authKind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateAuthFields);
    connect(m_oktaAuth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateAuthFields);
    connect(m_entraAuth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateAuthFields);
    connect(m_idpKind, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateKindFields);
    connect(m_browseKey, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Private key"), QString(),
                                                          tr("PEM files (*.pem *.key);;All files (*)"));
        if (!file.isEmpty())
            m_keyFile->setText(file);
    });
    connect(browseCertificate, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Certificate"), QString(), tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_certificateFile->setText(file);
    });
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
    connect(addTarget, &QPushButton::clicked, this, [this] { editTarget(-1); });
    connect(m_editTarget, &QPushButton::clicked, this,
            [this] { editTarget(m_targetList->indexOfTopLevelItem(m_targetList->currentItem())); });
    connect(m_targetList, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { editTarget(m_targetList->indexOfTopLevelItem(item)); });
    connect(m_removeTarget, &QPushButton::clicked, this, &ConnectionDialog::removeTarget);
    connect(m_targetList, &QTreeWidget::currentItemChanged, this, &ConnectionDialog::updateSourceButtons);
    connect(addCredential, &QPushButton::clicked, this, [this] { editCredentialSource(-1); });
    connect(m_editCredential, &QPushButton::clicked, this, [this] {
        editCredentialSource(m_credentialList->indexOfTopLevelItem(m_credentialList->currentItem()));
    });
    connect(m_credentialList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        editCredentialSource(m_credentialList->indexOfTopLevelItem(item));
    });
    connect(m_removeCredential, &QPushButton::clicked, this, &ConnectionDialog::removeCredentialSource);
    connect(m_credentialList, &QTreeWidget::currentItemChanged, this, &ConnectionDialog::updateSourceButtons);
    updateKindFields();
    showSources();
    showTargets();
    showCredentialSources();
}

void ConnectionDialog::editCredentialSource(int row)
{
    CredentialSourceDialog dialog(this);
    if (row >= 0 && row < m_credentialSources.size())
        dialog.setSource(m_credentialSources.at(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    CredentialSource source = dialog.source();
    for (int i = 0; i < m_credentialSources.size(); ++i) {
        const CredentialSource &other = m_credentialSources.at(i);
        if (i != row && other.kind == source.kind && other.displayName() == source.displayName()) {
            m_status->setText(tr("%1 is a credential source already.").arg(source.displayName()));
            return;
        }
    }
    if (const QString secret = dialog.secret(); !secret.isEmpty()) {
        if (source.secretRef.isEmpty())
            source.secretRef = SecretStore::newReference(
                m_name->text().trimmed() + QStringLiteral("/credentials/") +
                CredentialSource::kindName(source.kind) + QLatin1Char('/') +
                (source.kind == CredentialSource::Kind::Gcp ? source.project : source.organisation));
        m_sourceSecrets.insert(source.secretRef, secret);
    }
    if (row >= 0 && row < m_credentialSources.size())
        m_credentialSources[row] = source;
    else
        m_credentialSources << source;
    showCredentialSources();
}

void ConnectionDialog::removeCredentialSource()
{
    const int row = m_credentialList->indexOfTopLevelItem(m_credentialList->currentItem());
    if (row < 0 || row >= m_credentialSources.size())
        return;
    m_sourceSecrets.remove(m_credentialSources.at(row).secretRef);
    m_credentialSources.removeAt(row);
    showCredentialSources();
}

void ConnectionDialog::showCredentialSources()
{
    const int current = m_credentialList->indexOfTopLevelItem(m_credentialList->currentItem());
    m_credentialList->clear();
    for (const CredentialSource &s : std::as_const(m_credentialSources)) {
        const bool gcp = s.kind == CredentialSource::Kind::Gcp;
        const QString how = gcp ? (s.credentialsFile.isEmpty() ? tr("access token (keychain)")
                                                               : tr("%1 (keychain)").arg(s.credentialsFile))
                                : tr("GitHub App %1 (key in the keychain)").arg(s.appId);
        const QString api = gcp ? (s.iamUrl.isEmpty() ? QStringLiteral("iam.googleapis.com") : s.iamUrl)
                                : (s.githubUrl.isEmpty() ? QStringLiteral("api.github.com") : s.githubUrl);
        m_credentialList->addTopLevelItem(new QTreeWidgetItem({s.displayName(), how, api}));
    }
    if (m_credentialList->topLevelItemCount() > 0)
        m_credentialList->setCurrentItem(
            m_credentialList->topLevelItem(qBound(0, current, m_credentialList->topLevelItemCount() - 1)));
    updateSourceButtons();
}

void ConnectionDialog::editTarget(int row)
{
    ScimTargetDialog dialog(this);
    if (row >= 0 && row < m_targets.size())
        dialog.setTarget(m_targets.at(row));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ScimTargetSource target = dialog.target();
    for (int i = 0; i < m_targets.size(); ++i) {
        if (i != row && m_targets.at(i).name == target.name) {
            m_status->setText(
                tr("A SCIM target named %1 exists already; choose another name.").arg(target.name));
            return;
        }
    }
    if (const QString secret = dialog.secret(); !secret.isEmpty()) {
        if (target.secretRef.isEmpty())
            target.secretRef = SecretStore::newReference(m_name->text().trimmed() +
                                                         QStringLiteral("/target/") + target.name);
        m_sourceSecrets.insert(target.secretRef, secret);
    }
    if (row >= 0 && row < m_targets.size())
        m_targets[row] = target;
    else
        m_targets << target;
    showTargets();
}

void ConnectionDialog::removeTarget()
{
    const int row = m_targetList->indexOfTopLevelItem(m_targetList->currentItem());
    if (row < 0 || row >= m_targets.size())
        return;
    m_sourceSecrets.remove(m_targets.at(row).secretRef);
    m_targets.removeAt(row);
    showTargets();
}

void ConnectionDialog::showTargets()
{
    const int current = m_targetList->indexOfTopLevelItem(m_targetList->currentItem());
    m_targetList->clear();
    for (const ScimTargetSource &t : std::as_const(m_targets))
        m_targetList->addTopLevelItem(new QTreeWidgetItem({t.name, t.vendor, t.url}));
    if (m_targetList->topLevelItemCount() > 0)
        m_targetList->setCurrentItem(
            m_targetList->topLevelItem(qBound(0, current, m_targetList->topLevelItemCount() - 1)));
    updateSourceButtons();
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
    const bool targetSelected = m_targetList->currentItem() != nullptr;
    m_editTarget->setEnabled(targetSelected);
    m_removeTarget->setEnabled(targetSelected);
    const bool credentialSelected = m_credentialList->currentItem() != nullptr;
    m_editCredential->setEnabled(credentialSelected);
    m_removeCredential->setEnabled(credentialSelected);
}

void ConnectionDialog::updateKindFields()
{
    m_pages->setCurrentIndex(m_idpKind->currentIndex());
    updateAuthFields();
}

void ConnectionDialog::updateAuthFields()
{
    const auto kind = ConnectionProfile::IdpKind(m_idpKind->currentData().toInt());
    const bool oauth =
        m_authKind->currentData().toInt() == int(ConnectionProfile::AuthKind::OAuthClientCredentials);
    m_tokenUrl->setEnabled(oauth);
    m_clientId->setEnabled(oauth);
    m_scope->setEnabled(oauth);
    bool keyFile = false;
    QString secretName = oauth ? tr("Client secret") : tr("API token");
    if (kind == ConnectionProfile::IdpKind::Okta) {
        keyFile = m_oktaAuth->currentData().toInt() == int(ConnectionProfile::AuthKind::PrivateKeyJwt);
        m_oktaClientId->setEnabled(keyFile);
        m_oktaKeyId->setEnabled(keyFile);
        secretName = tr("Okta API token");
    } else if (kind == ConnectionProfile::IdpKind::Entra) {
        keyFile = m_entraAuth->currentData().toInt() == int(ConnectionProfile::AuthKind::PrivateKeyJwt);
        m_certificateFile->setEnabled(keyFile);
        secretName = tr("Client secret");
    }
    m_keyFile->setVisible(keyFile);
    m_keyFileLabel->setVisible(keyFile);
    for (QWidget *w : {static_cast<QWidget *>(m_token), static_cast<QWidget *>(m_tokenLabel)})
        w->setVisible(!keyFile);
    m_token->setPlaceholderText(secretName);
    m_token->setAccessibleName(secretName);
    m_browseKey->setVisible(keyFile);
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
    m_idpKind->setCurrentIndex(qMax(0, m_idpKind->findData(int(p.idpKind))));
    m_oktaUrl->setText(p.orgUrl);
    m_tenant->setText(p.tenant);
    m_graphUrl->setText(p.graphUrl);
    m_loginUrl->setText(p.loginUrl);
    m_certificateFile->setText(p.certificateFile);
    m_oktaKeyId->setText(p.keyId);
    if (p.idpKind == ConnectionProfile::IdpKind::Okta) {
        m_oktaAuth->setCurrentIndex(qMax(0, m_oktaAuth->findData(int(p.authKind))));
        m_oktaClientId->setText(p.clientId);
    } else if (p.idpKind == ConnectionProfile::IdpKind::Entra) {
        m_entraAuth->setCurrentIndex(qMax(0, m_entraAuth->findData(int(p.authKind))));
        m_entraClientId->setText(p.clientId);
    }
    m_url->setText(p.scimUrl);
    m_vendor->setCurrentIndex(qMax(0, m_vendor->findData(p.vendor)));
    m_authKind->setCurrentIndex(qMax(0, m_authKind->findData(int(p.authKind))));
    m_tokenUrl->setText(p.tokenUrl);
    m_clientId->setText(p.clientId);
    m_scope->setText(p.scope);
    m_caFile->setText(p.caFile);
    m_sources = p.pipelineSources;
    showSources();
    m_targets = p.scimTargets;
    showTargets();
    m_credentialSources = p.credentialSources;
    showCredentialSources();
    m_token->clear(); // secrets are not shown again; leave empty to keep the stored one
    m_keyFile->clear();
    updateKindFields();
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
    p.scimTargets = m_targets;
    p.credentialSources = m_credentialSources;
    p.idpKind = ConnectionProfile::IdpKind(m_idpKind->currentData().toInt());
    switch (p.idpKind) {
    case ConnectionProfile::IdpKind::Okta:
        p.orgUrl = m_oktaUrl->text().trimmed();
        p.authKind = ConnectionProfile::AuthKind(m_oktaAuth->currentData().toInt());
        if (p.authKind == ConnectionProfile::AuthKind::PrivateKeyJwt) {
            p.clientId = m_oktaClientId->text().trimmed();
            p.keyId = m_oktaKeyId->text().trimmed();
        } else {
            p.clientId.clear();
        }
        p.scope.clear();
        p.tokenUrl.clear();
        break;
    case ConnectionProfile::IdpKind::Entra:
        p.tenant = m_tenant->text().trimmed();
        p.clientId = m_entraClientId->text().trimmed();
        p.authKind = ConnectionProfile::AuthKind(m_entraAuth->currentData().toInt());
        if (p.authKind == ConnectionProfile::AuthKind::PrivateKeyJwt)
            p.certificateFile = m_certificateFile->text().trimmed();
        p.graphUrl = m_graphUrl->text().trimmed();
        p.loginUrl = m_loginUrl->text().trimmed();
        p.scope.clear();
        p.tokenUrl.clear();
        break;
    case ConnectionProfile::IdpKind::Scim:
        break;
    }
    return p;
}

QString ConnectionDialog::secret() const
{
    const auto kind = ConnectionProfile::IdpKind(m_idpKind->currentData().toInt());
    const bool keyFile =
        (kind == ConnectionProfile::IdpKind::Okta &&
         m_oktaAuth->currentData().toInt() == int(ConnectionProfile::AuthKind::PrivateKeyJwt)) ||
        (kind == ConnectionProfile::IdpKind::Entra &&
         m_entraAuth->currentData().toInt() == int(ConnectionProfile::AuthKind::PrivateKeyJwt));
    if (!keyFile)
        return m_token->text();
    // The private key itself is the secret (kept in the keychain); the file name is not remembered.
    QFile file(m_keyFile->text().trimmed());
    if (m_keyFile->text().trimmed().isEmpty() || !file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
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
