#include "pipelinesourcedialog.h"

#include "googlecredentials.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Scimflow {

PipelineSourceDialog::PipelineSourceDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_dataflowUrl(new QLineEdit(QStringLiteral("https://dataflow.googleapis.com"), this))
    , m_loggingUrl(new QLineEdit(this))
    , m_project(new QLineEdit(this))
    , m_location(new QLineEdit(this))
    , m_githubUrl(new QLineEdit(QStringLiteral("https://api.github.com"), this))
    , m_repository(new QLineEdit(this))
    , m_file(new QLineEdit(this))
    , m_listenPort(new QSpinBox(this))
    , m_credentials(new QComboBox(this))
    , m_credentialsFile(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_tokenLabel(new QLabel(tr("&Token:"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Pipeline source"));
    for (const auto kind :
         {PipelineSource::Kind::Dataflow, PipelineSource::Kind::Github, PipelineSource::Kind::OpenLineage})
        m_kind->addItem(PipelineSource::kindLabel(kind), int(kind));
    m_loggingUrl->setPlaceholderText(tr("https://logging.googleapis.com (default)"));
    m_project->setPlaceholderText(tr("my-project"));
    m_location->setPlaceholderText(tr("europe-west1"));
    m_repository->setPlaceholderText(tr("owner/repository"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Token"));
    m_tokenLabel->setBuddy(m_token);
    m_status->setWordWrap(true);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the OpenLineage file"));
    m_fileRow = new QHBoxLayout;
    m_fileRow->addWidget(m_file);
    m_fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("NDJSON &file:"), this);
    fileLabel->setBuddy(m_file);
    m_listenPort->setRange(0, 65535);
    m_listenPort->setSpecialValueText(tr("Off"));
    m_listenPort->setToolTip(tr("While the console is open, accept OpenLineage events on "
                                "POST http://127.0.0.1:PORT/api/v1/lineage (loopback only)."));

    m_credentials->addItem(tr("Access token"));
    m_credentials->addItem(tr("Google credentials file"));
    m_credentials->setAccessibleName(tr("Credentials"));
    m_credentials->setToolTip(tr("A service-account key file or an authorized_user file (gcloud auth "
                                 "application-default login); its key or refresh token goes to the keychain "
                                 "and access tokens are requested from it as needed."));
    m_credentialsFile->setAccessibleName(tr("Google credentials file"));
    m_credentialsFile->setPlaceholderText(tr("service-account key or authorized_user JSON"));
    auto *browseCredentials = new QPushButton(tr("Bro&wse…"), this);
    browseCredentials->setAccessibleName(tr("Choose the Google credentials file"));
    m_credentialsRow = new QHBoxLayout;
    m_credentialsRow->addWidget(m_credentialsFile);
    m_credentialsRow->addWidget(browseCredentials);
    auto *credentialsFileLabel = new QLabel(tr("Credentials &file:"), this);
    credentialsFileLabel->setBuddy(m_credentialsFile);

    // One form, so that the labels line up; updateKind() shows the rows of the chosen kind.
    m_form = new QFormLayout;
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("Dataflow API &URL:"), m_dataflowUrl);
    m_form->addRow(tr("Cloud &Logging API URL:"), m_loggingUrl);
    m_form->addRow(tr("&Project:"), m_project);
    m_form->addRow(tr("L&ocation:"), m_location);
    m_form->addRow(tr("GitHub API &URL:"), m_githubUrl);
    m_form->addRow(tr("&Repository:"), m_repository);
    m_form->addRow(fileLabel, m_fileRow);
    m_form->addRow(tr("&Receive on port:"), m_listenPort);
    m_form->addRow(tr("&Credentials:"), m_credentials);
    m_form->addRow(credentialsFileLabel, m_credentialsRow);
    m_form->addRow(m_tokenLabel, m_token);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &PipelineSourceDialog::updateKind);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("OpenLineage events"), m_file->text(),
                                         tr("OpenLineage events (*.ndjson *.json);;All files (*)"));
        if (!file.isEmpty())
            m_file->setText(file);
    });
    connect(m_credentials, &QComboBox::currentIndexChanged, this, &PipelineSourceDialog::updateKind);
    connect(browseCredentials, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Google credentials"), m_credentialsFile->text(),
                                         tr("Google credentials (*.json);;All files (*)"));
        if (!file.isEmpty())
            m_credentialsFile->setText(file);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &PipelineSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateKind();
}

void PipelineSourceDialog::updateKind()
{
    const auto kind = PipelineSource::Kind(m_kind->currentData().toInt());
    const bool dataflow = kind == PipelineSource::Kind::Dataflow;
    const bool github = kind == PipelineSource::Kind::Github;
    const bool openLineage = kind == PipelineSource::Kind::OpenLineage;
    for (QWidget *field : {static_cast<QWidget *>(m_dataflowUrl), static_cast<QWidget *>(m_loggingUrl),
                           static_cast<QWidget *>(m_project), static_cast<QWidget *>(m_location)})
        m_form->setRowVisible(field, dataflow);
    m_form->setRowVisible(m_githubUrl, github);
    m_form->setRowVisible(m_repository, github);
    m_form->setRowVisible(m_fileRow, openLineage);
    m_form->setRowVisible(m_listenPort, openLineage);
    m_form->setRowVisible(m_credentials, dataflow);
    m_form->setRowVisible(m_credentialsRow, usesCredentialsFile());
    m_form->setRowVisible(m_token, !usesCredentialsFile());
    if (kind == PipelineSource::Kind::OpenLineage)
        m_token->setPlaceholderText(tr("Optional: the bearer token senders must present"));
    else if (kind == PipelineSource::Kind::Github)
        m_token->setPlaceholderText(tr("Personal access token (optional for public repositories)"));
    else
        m_token->setPlaceholderText(tr("OAuth 2.0 access token"));
    if (!m_secretRef.isEmpty() && m_storedCredentialsFile.isEmpty())
        m_token->setPlaceholderText(tr("Stored; type a new one to replace it"));
    // A new source is named after its kind until the user names it.
    const QString name = m_name->text();
    if (name.isEmpty() || name == PipelineSource::kindName(PipelineSource::Kind::Dataflow) ||
        name == PipelineSource::kindName(PipelineSource::Kind::Github) ||
        name == PipelineSource::kindName(PipelineSource::Kind::OpenLineage))
        m_name->setText(PipelineSource::kindName(kind));
}

bool PipelineSourceDialog::usesCredentialsFile() const
{
    return PipelineSource::Kind(m_kind->currentData().toInt()) == PipelineSource::Kind::Dataflow &&
           m_credentials->currentIndex() == 1;
}

void PipelineSourceDialog::setSource(const PipelineSource &s)
{
    m_secretRef = s.secretRef;
    m_storedCredentialsFile = s.kind == PipelineSource::Kind::Dataflow ? s.credentialsFile : QString();
    m_credentialsJson.clear();
    m_credentialsFile->setText(m_storedCredentialsFile);
    m_credentials->setCurrentIndex(m_storedCredentialsFile.isEmpty() ? 0 : 1);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(s.kind))));
    m_name->setText(s.name);
    if (s.kind == PipelineSource::Kind::Dataflow)
        m_dataflowUrl->setText(s.url);
    else if (s.kind == PipelineSource::Kind::Github)
        m_githubUrl->setText(s.url);
    m_loggingUrl->setText(s.loggingUrl);
    m_project->setText(s.project);
    m_location->setText(s.location);
    m_repository->setText(s.repository);
    m_file->setText(s.file);
    m_listenPort->setValue(s.listenPort);
    m_token->clear();
    updateKind();
}

PipelineSource PipelineSourceDialog::source() const
{
    PipelineSource s;
    s.kind = PipelineSource::Kind(m_kind->currentData().toInt());
    s.name = m_name->text().trimmed();
    s.secretRef = m_secretRef;
    switch (s.kind) {
    case PipelineSource::Kind::Dataflow:
        s.url = m_dataflowUrl->text().trimmed();
        s.loggingUrl = m_loggingUrl->text().trimmed();
        s.project = m_project->text().trimmed();
        s.location = m_location->text().trimmed();
        if (usesCredentialsFile())
            s.credentialsFile = m_credentialsFile->text().trimmed();
        break;
    case PipelineSource::Kind::Github:
        s.url = m_githubUrl->text().trimmed();
        s.repository = m_repository->text().trimmed();
        break;
    case PipelineSource::Kind::OpenLineage:
        s.file = m_file->text().trimmed();
        s.listenPort = m_listenPort->value();
        if (s.listenPort == 0)
            s.secretRef.clear(); // a token is what senders must present to the receiver
        break;
    }
    return s;
}

QString PipelineSourceDialog::secret() const
{
    const PipelineSource s = source();
    if (usesCredentialsFile())
        return m_credentialsJson;
    return s.kind == PipelineSource::Kind::OpenLineage && s.listenPort == 0 ? QString() : m_token->text();
}

void PipelineSourceDialog::accept()
{
    if (const QString missing = source().validate(); !missing.isEmpty()) {
        m_status->setText(missing);
        return;
    }
    m_credentialsJson.clear();
    if (usesCredentialsFile()) {
        const QString path = m_credentialsFile->text().trimmed();
        if (path.isEmpty()) {
            m_status->setText(tr("Choose the Google credentials file: a service-account key or an "
                                 "authorized_user file."));
            return;
        }
        // Read now, so that the secret goes to the keychain and the file itself is no longer needed.
        if (path != m_storedCredentialsFile || m_secretRef.isEmpty()) {
            Result<GoogleCredentials> read = GoogleCredentials::fromFile(path);
            if (!read) {
                m_status->setText(read.error().message);
                return;
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                m_status->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
                return;
            }
            m_credentialsJson = QString::fromUtf8(file.readAll());
        }
    } else if (!m_storedCredentialsFile.isEmpty() && m_token->text().isEmpty() &&
               source().kind == PipelineSource::Kind::Dataflow) {
        m_status->setText(tr("Type the access token that replaces the credentials file."));
        return;
    }
    QDialog::accept();
}

} // namespace Scimflow
