#include "reviewcampaigndialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Scimflow {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

QDate dateOf(Timestamp ts)
{
    return QDateTime::fromMSecsSinceEpoch(ts, QTimeZone::utc()).date();
}

Timestamp startOf(const QDate &date)
{
    return date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

ReviewCampaignDialog::ReviewCampaignDialog(Timestamp today, const ReviewCampaign *corrects, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(corrects ? tr("Correct Campaign %1").arg(corrects->id) : tr("New Access Review Campaign"));
    auto *form = new QFormLayout;
    m_name = new QLineEdit(corrects ? tr("%1 (correction)").arg(corrects->name) : QString());
    m_name->setAccessibleName(tr("Campaign name"));
    m_name->setPlaceholderText(tr("e.g. Q4 2026 pipeline access"));
    form->addRow(tr("&Name:"), m_name);

    m_memberships = new QCheckBox(tr("Group &memberships that grant a pipeline role"));
    m_memberships->setChecked(corrects ? corrects->scope.memberships : true);
    m_memberships->setAccessibleName(m_memberships->text());
    m_serviceAccounts = new QCheckBox(tr("&Service accounts (owner and role)"));
    m_serviceAccounts->setChecked(corrects ? corrects->scope.serviceAccounts : true);
    m_serviceAccounts->setAccessibleName(m_serviceAccounts->text());
    m_credentials = new QCheckBox(tr("&Keys and tokens of the credential inventory"));
    m_credentials->setChecked(corrects && corrects->scope.credentials);
    m_credentials->setAccessibleName(m_credentials->text());
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_memberships);
    scope->addWidget(m_serviceAccounts);
    scope->addWidget(m_credentials);
    form->addRow(tr("Scope:"), scope);
    m_roles = new QLineEdit(corrects ? corrects->scope.roles.join(QStringLiteral(", ")) : QString());
    m_roles->setPlaceholderText(tr("every pipeline role; or e.g. dataflow.admin, dataflow.developer"));
    m_roles->setAccessibleName(tr("Pipeline roles in scope"));
    form->addRow(tr("Pipeline &roles:"), m_roles);
    m_groups = new QLineEdit(corrects ? corrects->scope.groups.join(QStringLiteral(", ")) : QString());
    m_groups->setPlaceholderText(tr("every IdP group; or a comma-separated list"));
    m_groups->setAccessibleName(tr("IdP groups in scope"));
    form->addRow(tr("IdP &groups:"), m_groups);

    const QDate now = dateOf(today);
    m_from = new QDateEdit(corrects ? dateOf(corrects->periodFrom) : now.addDays(-90));
    m_to = new QDateEdit(corrects ? dateOf(corrects->periodTo - 1) : now);
    m_due = new QDateEdit(now.addDays(14));
    for (QDateEdit *edit : {m_from, m_to, m_due}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("Review period start"));
    m_to->setAccessibleName(tr("Review period end"));
    m_due->setAccessibleName(tr("Due date"));
    auto *period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to")));
    period->addWidget(m_to);
    period->addStretch();
    form->addRow(tr("&Period (UTC):"), period);
    form->addRow(tr("&Due:"), m_due);
    m_reviewers = new QLineEdit(corrects ? corrects->reviewers.join(QStringLiteral(", ")) : QString());
    m_reviewers->setPlaceholderText(
        tr("names or IdP identities, comma-separated; items are shared among them"));
    m_reviewers->setAccessibleName(tr("Reviewers"));
    form->addRow(tr("Re&viewers:"), m_reviewers);
    m_idleDays = new QSpinBox;
    m_idleDays->setRange(1, 3650);
    m_idleDays->setValue(corrects ? corrects->idleDays : 30);
    m_idleDays->setSuffix(tr(" days"));
    m_idleDays->setAccessibleName(tr("Recommend revoking access unused for"));
    form->addRow(tr("Revoke when &unused for:"), m_idleDays);
    if (corrects) {
        m_supersedes = corrects->id;
        form->addRow(tr("Corrects:"), new QLabel(tr("campaign %1, %2, signed off by %3")
                                                     .arg(corrects->id)
                                                     .arg(corrects->name, corrects->signedBy)));
    }

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("What is missing"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Campaign"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_roles, m_groups, m_reviewers})
        connect(edit, &QLineEdit::textChanged, this, &ReviewCampaignDialog::validate);
    for (QCheckBox *check : {m_memberships, m_serviceAccounts, m_credentials})
        connect(check, &QCheckBox::toggled, this, &ReviewCampaignDialog::validate);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ReviewCampaignDialog::validate);
    validate();
}

void ReviewCampaignDialog::validate()
{
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Give the campaign a name.");
    else if (!m_memberships->isChecked() && !m_serviceAccounts->isChecked() && !m_credentials->isChecked())
        problem = tr("Choose at least one kind of access to review.");
    else if (m_to->date() < m_from->date())
        problem = tr("The period ends before it starts.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ReviewCampaign ReviewCampaignDialog::campaign() const
{
    ReviewCampaign c;
    c.name = m_name->text().trimmed();
    c.scope.memberships = m_memberships->isChecked();
    c.scope.serviceAccounts = m_serviceAccounts->isChecked();
    c.scope.credentials = m_credentials->isChecked();
    c.scope.roles = splitList(m_roles->text());
    c.scope.groups = splitList(m_groups->text());
    c.periodFrom = startOf(m_from->date());
    c.periodTo = startOf(m_to->date().addDays(1));
    c.dueAt = startOf(m_due->date().addDays(1));
    c.reviewers = splitList(m_reviewers->text());
    c.idleDays = m_idleDays->value();
    c.supersedes = m_supersedes;
    return c;
}

} // namespace Scimflow
