#include "settingsconnectionspage.h"

#include "teamstoresettings.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace Scimflow {

namespace {

// The two keychain entries of a forgotten team store, on their way out.
struct KeychainRemoval
{
    int pending = 2;
    QString problem;
};

} // namespace

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
    layout->addWidget(buildTeamStoreGroup());

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
    reloadTeamStore();
}

QGroupBox *SettingsConnectionsPage::buildTeamStoreGroup()
{
    auto *group = new QGroupBox(tr("Team store"), this);
    m_teamStoreLocation = new QLabel(group);
    m_teamStoreLocation->setObjectName(QStringLiteral("rememberedTeamStore"));
    m_teamStoreLocation->setWordWrap(true);
    m_teamStoreLocation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_teamStoreLocation->setAccessibleName(tr("Remembered team store"));
    m_teamStoreSecrets = new QLabel(group);
    m_teamStoreSecrets->setObjectName(QStringLiteral("teamStoreSecrets"));
    m_teamStoreSecrets->setWordWrap(true);
    m_teamStoreSecrets->setAccessibleName(tr("Team store secrets in the keychain"));
    m_openAtStart = new QCheckBox(tr("&Open this team store when the console starts"), group);
    m_openAtStart->setObjectName(QStringLiteral("openTeamStoreAtStart"));
    m_openAtStart->setAccessibleName(tr("Open the remembered team store when the console starts"));
    m_openAtStart->setToolTip(tr("Unless a database is given with --db. If the team store cannot be opened, "
                                 "the console says why and opens what it would have opened otherwise."));
    m_forgetSecrets = new QPushButton(tr("Forget saved &secrets"), group);
    m_forgetSecrets->setObjectName(QStringLiteral("forgetTeamStoreSecrets"));
    m_forgetSecrets->setAccessibleName(
        tr("Remove the team store's password and passphrase from the keychain"));
    m_forgetTeamStore = new QPushButton(tr("&Forget this team store"), group);
    m_forgetTeamStore->setObjectName(QStringLiteral("forgetTeamStore"));
    m_forgetTeamStore->setAccessibleName(tr("Forget the team store and its saved secrets"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_forgetSecrets);
    buttons->addWidget(m_forgetTeamStore);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(m_teamStoreLocation);
    layout->addWidget(m_teamStoreSecrets);
    layout->addWidget(m_openAtStart);
    layout->addLayout(buttons);

    connect(m_forgetSecrets, &QPushButton::clicked, this, &SettingsConnectionsPage::forgetTeamStoreSecrets);
    connect(m_forgetTeamStore, &QPushButton::clicked, this, &SettingsConnectionsPage::confirmForgetTeamStore);
    return group;
}

void SettingsConnectionsPage::reloadTeamStore()
{
    m_teamStore = TeamStoreSettings::rememberedLocation();
    const bool remembered = !m_teamStore.isEmpty();
    m_teamStoreLocation->setText(remembered ? m_teamStore
                                            : tr("No team store is remembered: File > Open Team Store… "
                                                 "remembers the one you open."));
    m_openAtStart->setEnabled(remembered);
    if (!remembered)
        m_openAtStart->setChecked(false);
    m_forgetTeamStore->setEnabled(remembered);
    m_passwordSaved = m_keyPassphraseSaved = false;
    m_keychainProblem.clear();
    m_removingSecrets = false;
    const int generation = ++m_checkGeneration;
    m_secretChecks = remembered ? 2 : 0;
    showTeamStoreSecrets();
    if (!remembered)
        return;
    // The keychain has no "is there an entry" question: read each entry and keep only whether it is there.
    const auto check = [this, generation](bool *saved) {
        return [this, generation, saved](const Result<QString> &loaded) {
            if (generation != m_checkGeneration)
                return;
            *saved = loaded && !loaded->isEmpty();
            if (!loaded && loaded.error().kind != Error::Kind::NotFound)
                m_keychainProblem = loaded.error().message;
            --m_secretChecks;
            showTeamStoreSecrets();
        };
    };
    m_secrets.load(TeamStoreSettings::passwordRef(m_teamStore), this, check(&m_passwordSaved));
    m_secrets.load(TeamStoreSettings::keyPassphraseRef(m_teamStore), this, check(&m_keyPassphraseSaved));
}

void SettingsConnectionsPage::showTeamStoreSecrets()
{
    const bool saved = m_passwordSaved || m_keyPassphraseSaved;
    m_forgetSecrets->setEnabled(!m_teamStore.isEmpty() && m_secretChecks == 0 &&
                                (saved || !m_keychainProblem.isEmpty()));
    QString text;
    if (m_teamStore.isEmpty())
        text.clear();
    else if (m_secretChecks > 0)
        text = m_removingSecrets ? tr("Removing the team store's secrets from the keychain…")
                                 : tr("Asking the keychain which secrets it holds for this team store…");
    else if (m_passwordSaved && m_keyPassphraseSaved)
        text = tr("The keychain holds its password and its client key passphrase.");
    else if (m_passwordSaved)
        text = tr("The keychain holds its password.");
    else if (m_keyPassphraseSaved)
        text = tr("The keychain holds its client key passphrase.");
    else if (!m_keychainProblem.isEmpty())
        text = m_removingSecrets
                   ? tr("The secrets could not be removed from the keychain: %1").arg(m_keychainProblem)
                   : tr("The keychain could not be asked: %1").arg(m_keychainProblem);
    else
        text = tr("The keychain holds no password or client key passphrase for it.");
    m_teamStoreSecrets->setText(text);
    m_teamStoreSecrets->setVisible(!text.isEmpty());
    if (m_secretChecks == 0)
        Q_EMIT teamStoreSecretsChecked();
}

bool SettingsConnectionsPage::openTeamStoreAtStart() const
{
    return m_openAtStart->isEnabled() && m_openAtStart->isChecked();
}

void SettingsConnectionsPage::setOpenTeamStoreAtStart(bool open)
{
    m_openAtStart->setChecked(open && m_openAtStart->isEnabled());
}

void SettingsConnectionsPage::forgetTeamStoreSecrets()
{
    if (m_teamStore.isEmpty())
        return;
    const int generation = ++m_checkGeneration;
    m_secretChecks = 2;
    m_keychainProblem.clear();
    m_removingSecrets = true;
    showTeamStoreSecrets();
    const auto removed = [this, generation](bool *saved) {
        return [this, generation, saved](const Status &done) {
            if (generation != m_checkGeneration)
                return;
            if (done)
                *saved = false;
            else
                m_keychainProblem = done.error().message;
            --m_secretChecks;
            showTeamStoreSecrets();
        };
    };
    m_secrets.remove(TeamStoreSettings::passwordRef(m_teamStore), this, removed(&m_passwordSaved));
    m_secrets.remove(TeamStoreSettings::keyPassphraseRef(m_teamStore), this, removed(&m_keyPassphraseSaved));
}

void SettingsConnectionsPage::confirmForgetTeamStore()
{
    if (m_teamStore.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Forget team store"),
        tr("Forget the team store %1 and remove its password and client key passphrase from the keychain? "
           "The team store itself is not changed.")
            .arg(m_teamStore));
    if (answer == QMessageBox::Yes)
        forgetTeamStore();
}

void SettingsConnectionsPage::forgetTeamStore()
{
    const QString location = m_teamStore;
    if (location.isEmpty())
        return;
    TeamStoreSettings::forget();
    reloadTeamStore();
    m_teamStoreSecrets->setText(tr("Forgot %1; removing its secrets from the keychain…").arg(location));
    m_teamStoreSecrets->setVisible(true);
    auto removal = std::make_shared<KeychainRemoval>();
    const int generation = m_checkGeneration;
    const auto done = [this, location, removal, generation](const Status &removed) {
        if (!removed)
            removal->problem = removed.error().message;
        if (--removal->pending > 0 || generation != m_checkGeneration)
            return;
        m_teamStoreSecrets->setText(
            removal->problem.isEmpty()
                ? tr("Forgot %1 and removed its secrets from the keychain.").arg(location)
                : tr("Forgot %1, but its secrets could not be removed from the keychain: %2")
                      .arg(location, removal->problem));
        Q_EMIT teamStoreSecretsChecked();
    };
    m_secrets.remove(TeamStoreSettings::passwordRef(location), this, done);
    m_secrets.remove(TeamStoreSettings::keyPassphraseRef(location), this, done);
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
