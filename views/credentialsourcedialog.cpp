#include "credentialsourcedialog.h"

#include "googlecredentials.h"
#include "jwtassertion.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Scimflow {

CredentialSourceDialog::CredentialSourceDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_project(new QLineEdit(this))
    , m_iamUrl(new QLineEdit(this))
    , m_policyAnalyzerUrl(new QLineEdit(this))
    , m_credentials(new QComboBox(this))
    , m_credentialsRow(new QHBoxLayout)
    , m_token(new QLineEdit(this))
    , m_organisation(new QLineEdit(this))
    , m_appId(new QLineEdit(this))
    , m_keyRow(new QHBoxLayout)
    , m_githubUrl(new QLineEdit(this))
    , m_form(new QFormLayout)
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Credential source"));
    m_kind->addItem(tr("Google Cloud project (service accounts and keys)"), int(CredentialSource::Kind::Gcp));
    m_kind->addItem(tr("GitHub organisation (fine-grained tokens)"), int(CredentialSource::Kind::Github));
    m_kind->setAccessibleName(tr("Credential source kind"));
    m_project->setPlaceholderText(tr("my-project"));
    m_project->setAccessibleName(tr("Google Cloud project"));
    m_iamUrl->setPlaceholderText(tr("https://iam.googleapis.com (default)"));
    m_iamUrl->setAccessibleName(tr("IAM API URL"));
    m_policyAnalyzerUrl->setPlaceholderText(tr("https://policyanalyzer.googleapis.com (default)"));
    m_policyAnalyzerUrl->setAccessibleName(tr("Policy Analyzer API URL"));
    m_credentials->addItem(tr("Google credentials file"));
    m_credentials->addItem(tr("Access token"));
    m_credentials->setAccessibleName(tr("Credentials"));
    m_credentials->setToolTip(tr("A service-account key file or an authorized_user file; its content goes to "
                                 "the keychain and access tokens are requested from it as needed."));
    m_credentialsFile =
        fileRow(m_credentialsRow, tr("Google credentials file"), tr("Choose the Google credentials file"),
                tr("Google credentials"), tr("Google credentials (*.json);;All files (*)"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Access token"));
    m_organisation->setPlaceholderText(tr("acme"));
    m_organisation->setAccessibleName(tr("GitHub organisation"));
    m_appId->setPlaceholderText(tr("123456"));
    m_appId->setAccessibleName(tr("GitHub App id"));
    m_keyFile =
        fileRow(m_keyRow, tr("GitHub App private key file"), tr("Choose the GitHub App's private key file"),
                tr("GitHub App private key"), tr("PEM files (*.pem *.key);;All files (*)"));
    m_githubUrl->setPlaceholderText(tr("https://api.github.com (default)"));
    m_githubUrl->setAccessibleName(tr("GitHub API URL"));
    m_status->setWordWrap(true);

    auto *credentialsFileLabel = new QLabel(tr("Credentials &file:"), this);
    credentialsFileLabel->setBuddy(m_credentialsFile);
    auto *keyFileLabel = new QLabel(tr("App private &key file:"), this);
    keyFileLabel->setBuddy(m_keyFile);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Project:"), m_project);
    m_form->addRow(tr("&IAM API URL:"), m_iamUrl);
    m_form->addRow(tr("Policy &Analyzer API URL:"), m_policyAnalyzerUrl);
    m_form->addRow(tr("&Credentials:"), m_credentials);
    m_form->addRow(credentialsFileLabel, m_credentialsRow);
    m_form->addRow(tr("Access &token:"), m_token);
    m_form->addRow(tr("&Organisation:"), m_organisation);
    m_form->addRow(tr("GitHub &App id:"), m_appId);
    m_form->addRow(keyFileLabel, m_keyRow);
    m_form->addRow(tr("GitHub API &URL:"), m_githubUrl);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CredentialSourceDialog::updateKind);
    connect(m_credentials, &QComboBox::currentIndexChanged, this, &CredentialSourceDialog::updateKind);
    connect(buttons, &QDialogButtonBox::accepted, this, &CredentialSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateKind();
}

QLineEdit *CredentialSourceDialog::fileRow(QHBoxLayout *row, const QString &accessibleName,
                                           const QString &browseName, const QString &title,
                                           const QString &filter)
{
    auto *edit = new QLineEdit(this);
    edit->setAccessibleName(accessibleName);
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAccessibleName(browseName);
    row->addWidget(edit);
    row->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
        const QString file = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    return edit;
}

bool CredentialSourceDialog::usesCredentialsFile() const
{
    return m_credentials->currentIndex() == 0;
}

void CredentialSourceDialog::updateKind()
{
    const bool gcp = CredentialSource::Kind(m_kind->currentData().toInt()) == CredentialSource::Kind::Gcp;
    for (QWidget *field :
         {static_cast<QWidget *>(m_project), static_cast<QWidget *>(m_iamUrl),
          static_cast<QWidget *>(m_policyAnalyzerUrl), static_cast<QWidget *>(m_credentials)})
        m_form->setRowVisible(field, gcp);
    m_form->setRowVisible(m_credentialsRow, gcp && usesCredentialsFile());
    m_form->setRowVisible(m_token, gcp && !usesCredentialsFile());
    for (QWidget *field : {static_cast<QWidget *>(m_organisation), static_cast<QWidget *>(m_appId),
                           static_cast<QWidget *>(m_githubUrl)})
        m_form->setRowVisible(field, !gcp);
    m_form->setRowVisible(m_keyRow, !gcp);
    const bool stored = !m_secretRef.isEmpty();
    m_token->setPlaceholderText(stored ? tr("leave empty to keep the stored token")
                                       : tr("kept in the system keychain"));
}

void CredentialSourceDialog::setSource(const CredentialSource &source)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(source.kind))));
    m_project->setText(source.project);
    m_iamUrl->setText(source.iamUrl);
    m_policyAnalyzerUrl->setText(source.policyAnalyzerUrl);
    m_credentials->setCurrentIndex(source.kind == CredentialSource::Kind::Gcp &&
                                           source.credentialsFile.isEmpty() && !source.secretRef.isEmpty()
                                       ? 1
                                       : 0);
    m_credentialsFile->setText(source.credentialsFile);
    m_organisation->setText(source.organisation);
    m_appId->setText(source.appId);
    m_keyFile->setText(source.appKeyFile);
    m_githubUrl->setText(source.githubUrl);
    m_secretRef = source.secretRef;
    m_storedFile = source.kind == CredentialSource::Kind::Gcp ? source.credentialsFile : source.appKeyFile;
    updateKind();
}

CredentialSource CredentialSourceDialog::source() const
{
    CredentialSource s;
    s.kind = CredentialSource::Kind(m_kind->currentData().toInt());
    s.secretRef = m_secretRef;
    if (s.kind == CredentialSource::Kind::Gcp) {
        s.project = m_project->text().trimmed();
        s.iamUrl = m_iamUrl->text().trimmed();
        s.policyAnalyzerUrl = m_policyAnalyzerUrl->text().trimmed();
        if (usesCredentialsFile())
            s.credentialsFile = m_credentialsFile->text().trimmed();
    } else {
        s.organisation = m_organisation->text().trimmed();
        s.appId = m_appId->text().trimmed();
        s.appKeyFile = m_keyFile->text().trimmed();
        s.githubUrl = m_githubUrl->text().trimmed();
    }
    return s;
}

void CredentialSourceDialog::accept()
{
    const CredentialSource s = source();
    if (const QString missing = s.validate(); !missing.isEmpty()) {
        m_status->setText(missing);
        return;
    }
    m_secret.clear();
    const bool gcp = s.kind == CredentialSource::Kind::Gcp;
    const QString file = gcp ? s.credentialsFile : s.appKeyFile;
    if (gcp && !usesCredentialsFile()) {
        m_secret = m_token->text().trimmed();
        if (m_secret.isEmpty() && (m_secretRef.isEmpty() || !m_storedFile.isEmpty())) {
            m_status->setText(tr("Type an access token with the IAM and Policy Analyzer read permissions, or "
                                 "choose a credentials file."));
            return;
        }
    } else if (file.isEmpty()) {
        m_status->setText(gcp ? tr("Choose the service account's key file (key.json) or an authorized_user "
                                   "file.")
                              : tr("Choose the GitHub App's private key file (PEM)."));
        return;
    } else if (m_secretRef.isEmpty() || file != m_storedFile) {
        // A new or changed file: its content goes to the keychain now; the file may be deleted afterwards.
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            m_status->setText(tr("Cannot read %1: %2").arg(file, f.errorString()));
            return;
        }
        const QByteArray content = f.read(1024 * 1024);
        if (gcp) {
            if (Result<GoogleCredentials> google = GoogleCredentials::fromJson(content, file); !google) {
                m_status->setText(google.error().message);
                return;
            }
        } else if (!JwtAssertion::checkPrivateKey(content)) {
            m_status->setText(
                tr("%1 holds no RSA private key a GitHub App can sign with; download the App's key (PEM) "
                   "from its settings page.")
                    .arg(file));
            return;
        }
        m_secret = QString::fromUtf8(content);
    }
    QDialog::accept();
}

} // namespace Scimflow
