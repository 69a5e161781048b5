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
    m_save->setEnabled(false);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("teamStoreProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link);"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_save);

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
    validate();
}

QString TeamStoreDialog::location() const
{
    return m_location->text().trimmed();
}

QString TeamStoreDialog::password() const
{
    return m_password->text();
}

bool TeamStoreDialog::savePassword() const
{
    return m_save->isEnabled() && m_save->isChecked();
}

void TeamStoreDialog::validate()
{
    QString problem;
    if (location().isEmpty())
        problem = tr("Enter the store's postgresql:// URL.");
    else if (!StoreLocation::isPostgresUrl(location()))
        problem =
            tr("A team store's location starts with postgresql://; open a database file with File > Open "
               "Database.");
    else if (const auto parsed = StoreLocation::parse(location()); !parsed)
        problem = parsed.error().message;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty());
}

} // namespace Scimflow
