#include "settingsconnectionspage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Scimflow {

SettingsConnectionsPage::SettingsConnectionsPage(QString databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_connect(new QPushButton(tr("&New Connection…"), this))
    , m_status(new QLabel(this))
{
    auto *intro = new QLabel(tr("Identity provider connections saved in %1. Their secrets stay in the "
                                "system keychain and are never shown here.")
                                 .arg(QFileInfo(m_databasePath).fileName()),
                             this);
    intro->setWordWrap(true);
    auto *listLabel = new QLabel(tr("Saved &connections:"), this);
    listLabel->setBuddy(m_list);
    m_list->setAccessibleName(tr("Saved connections"));
    m_edit->setAccessibleName(tr("Edit the selected connection"));
    m_remove->setAccessibleName(tr("Remove the selected connection and its secret"));
    m_connect->setAccessibleName(tr("Connect to a new identity provider"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Connections status"));
    m_list->setObjectName(QStringLiteral("connections"));
    m_edit->setObjectName(QStringLiteral("editConnection"));
    m_remove->setObjectName(QStringLiteral("removeConnection"));
    m_connect->setObjectName(QStringLiteral("newConnection"));
    m_status->setObjectName(QStringLiteral("connectionsStatus"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_connect);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addLayout(row, 1);
    layout->addWidget(m_status);

    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsConnectionsPage::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (const ConnectionProfile *p = currentProfile())
            Q_EMIT editRequested(*p);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const ConnectionProfile *p = currentProfile())
            Q_EMIT editRequested(*p);
    });
    connect(m_remove, &QPushButton::clicked, this, &SettingsConnectionsPage::confirmRemove);
    connect(m_connect, &QPushButton::clicked, this, &SettingsConnectionsPage::connectRequested);
    reload();
}

void SettingsConnectionsPage::reload()
{
    const QString current = currentProfile() ? currentProfile()->name : QString();
    m_profiles.clear();
    if (Result<QList<ConnectionProfile>> saved = ConnectionProfiles::allIn(m_databasePath))
        m_profiles = std::move(saved).value();
    else
        m_status->setText(saved.error().message);
    m_list->clear();
    for (const ConnectionProfile &p : std::as_const(m_profiles)) {
        const QString auth = p.authKind == ConnectionProfile::AuthKind::OAuthClientCredentials
                                 ? tr("OAuth client %1").arg(p.clientId)
                             : p.authKind == ConnectionProfile::AuthKind::PrivateKeyJwt
                                 ? tr("OAuth client %1").arg(p.clientId)
                                 : tr("API token");
        m_list->addItem(tr("%1 — %2 (%3)").arg(p.name, p.identityProviderDisplay(), auth));
        if (p.name == current)
            m_list->setCurrentRow(m_list->count() - 1);
    }
    if (m_profiles.isEmpty())
        m_status->setText(tr("No connection is saved yet: use New Connection… to add one."));
    else if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

const ConnectionProfile *SettingsConnectionsPage::currentProfile() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_profiles.size() ? &m_profiles.at(row) : nullptr;
}

void SettingsConnectionsPage::updateButtons()
{
    const bool selected = currentProfile() != nullptr;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void SettingsConnectionsPage::confirmRemove()
{
    const ConnectionProfile *p = currentProfile();
    if (!p)
        return;
    const QString name = p->name;
    const auto answer = QMessageBox::question(
        this, tr("Remove connection"),
        tr("Remove the connection %1 and its secret from the keychain? Synced data stays in the database.")
            .arg(name));
    if (answer == QMessageBox::Yes)
        removeProfile(name);
}

void SettingsConnectionsPage::removeProfile(const QString &name)
{
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                 [&](const ConnectionProfile &p) { return p.name == name; });
    if (it == m_profiles.cend())
        return;
    const QString secretRef = it->secretRef;
    QStringList sourceRefs; // the pipeline sources' and SCIM targets' tokens must not outlive the connection
    for (const PipelineSource &source : it->pipelineSources)
        sourceRefs << source.secretRef;
    for (const ScimTargetSource &target : it->scimTargets)
        sourceRefs << target.secretRef;
    if (Status removed = ConnectionProfiles::removeFrom(m_databasePath, name); !removed) {
        m_status->setText(removed.error().message);
        return;
    }
    reload();
    Q_EMIT profileRemoved(name);
    for (const QString &ref : std::as_const(sourceRefs)) {
        if (!ref.isEmpty() && ref != secretRef)
            m_secrets.remove(ref, this, [](const Status &) {});
    }
    if (secretRef.isEmpty()) {
        m_status->setText(tr("Removed %1.").arg(name));
        return;
    }
    m_status->setText(tr("Removed %1; removing its secret from the keychain…").arg(name));
    m_secrets.remove(secretRef, this, [this, name](const Status &done) {
        m_status->setText(done ? tr("Removed %1 and its secret.").arg(name)
                               : tr("Removed %1, but its secret could not be removed from the keychain: %2")
                                     .arg(name, done.error().message));
    });
}

} // namespace Scimflow
