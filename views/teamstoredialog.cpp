#include "teamstoredialog.h"

#include "storelocation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Scimflow {

TeamStoreDialog::TeamStoreDialog(const QString &location, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Team Store"));
    setObjectName(QStringLiteral("teamStoreDialog"));
    auto *intro = new QLabel(tr("A team store is a PostgreSQL database that several consoles share: one set "
                                "of findings, reviews and one audit chain."),
                             this);
    intro->setWordWrap(true);

    m_location = new QLineEdit(location, this);
    m_location->setObjectName(QStringLiteral("teamStoreLocation"));
    m_location->setPlaceholderText(
        QStringLiteral("postgresql://user@host:5432/scimflow?sslmode=verify-full"));
    m_location->setMinimumWidth(m_location->fontMetrics().horizontalAdvance(m_location->placeholderText()) +
                                24);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("teamStorePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("From the keychain, PGPASSWORD or ~/.pgpass"));
    m_save = new QCheckBox(tr("&Save the password in the system keychain"), this);
    m_save->setObjectName(QStringLiteral("teamStoreSavePassword"));
    m_save->setAccessibleName(tr("Save the password in the system keychain"));
    m_save->setEnabled(false);
    m_keyPassphrase = new QLineEdit(this);
    m_keyPassphrase->setObjectName(QStringLiteral("teamStoreKeyPassphrase"));
    m_keyPassphrase->setEchoMode(QLineEdit::Password);
    m_keyPassphrase->setAccessibleName(tr("Client key passphrase"));
    m_keyPassphrase->setPlaceholderText(tr("From the keychain; only for a location with sslkey="));
    m_saveKeyPassphrase = new QCheckBox(tr("Sa&ve the passphrase in the system keychain"), this);
    m_saveKeyPassphrase->setObjectName(QStringLiteral("teamStoreSaveKeyPassphrase"));
    m_saveKeyPassphrase->setAccessibleName(tr("Save the client key passphrase in the system keychain"));
    m_saveKeyPassphrase->setEnabled(false);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("teamStoreProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_save);
    form->addRow(tr("Client &key passphrase:"), m_keyPassphrase);
    form->addRow(QString(), m_saveKeyPassphrase);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_location, &QLineEdit::textChanged, this, &TeamStoreDialog::validate);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_save->setEnabled(!text.isEmpty()); });
    connect(m_keyPassphrase, &QLineEdit::textChanged, this, &TeamStoreDialog::validate);
    validate();
}

QString TeamStoreDialog::location() const
{
    return m_location->text().trimmed();
}

TeamStoreSecrets TeamStoreDialog::secrets() const
{
    return {m_password->text(), m_keyPassphrase->isEnabled() ? m_keyPassphrase->text() : QString()};
}

TeamStoreSecrets TeamStoreDialog::secretsToSave() const
{
    const TeamStoreSecrets typed = secrets();
    return {m_save->isEnabled() && m_save->isChecked() ? typed.password : QString(),
            m_saveKeyPassphrase->isEnabled() && m_saveKeyPassphrase->isChecked() ? typed.keyPassphrase
                                                                                 : QString()};
}

void TeamStoreDialog::validate()
{
    QString problem;
    bool hasClientKey = false;
    if (location().isEmpty()) {
        problem = tr("Enter the store's postgresql:// URL.");
    } else if (!StoreLocation::isPostgresUrl(location())) {
        problem =
            tr("A team store's location starts with postgresql://; open a database file with File > Open "
               "Database.");
    } else if (const auto parsed = StoreLocation::parse(location()); !parsed) {
        problem = parsed.error().message;
    } else {
        hasClientKey = parsed->hasClientKey();
    }
    // A passphrase only unlocks the client key the location names.
    m_keyPassphrase->setEnabled(hasClientKey);
    m_saveKeyPassphrase->setEnabled(hasClientKey && !m_keyPassphrase->text().isEmpty());
    if (problem.isEmpty() && hasClientKey &&
        !StoreLocation::passphraseProblem(m_keyPassphrase->text()).isEmpty())
        problem = tr("The client key passphrase contains a semicolon, which Qt's PostgreSQL driver cannot "
                     "pass on. Give the key a passphrase without one.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty());
}

} // namespace Scimflow
