#include "remediationplandialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Scimflow {

RemediationPlanDialog::RemediationPlanDialog(const ReviewCampaign &campaign,
                                             const QList<RemediationStep> &steps, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Apply Remediation Plan: %1").arg(campaign.name));
    int sendable = 0;
    for (const RemediationStep &s : steps)
        sendable += s.hasAction && s.plan.isAvailable();
    auto *summary = new QLabel(
        tr("Campaign %1 has %n revocation(s) not applied yet.", nullptr, int(steps.size())).arg(campaign.id) +
            QLatin1Char(' ') +
            tr("%n change(s) will be sent, one after the other, each with an intent and an outcome entry in "
               "the audit log; the others are recorded as not supported. Items already applied are not "
               "listed.",
               nullptr, sendable),
        this);
    summary->setWordWrap(true);

    m_changes = new QTreeWidget(this);
    m_changes->setAccessibleName(tr("Changes to send"));
    m_changes->setRootIsDecorated(false);
    m_changes->setUniformRowHeights(true);
    m_changes->setHeaderLabels({tr("Item"), tr("Identity"), tr("Access"), tr("Change"), tr("Request")});
    for (const RemediationStep &s : steps) {
        const bool sendableStep = s.hasAction && s.plan.isAvailable();
        const QString change = sendableStep ? s.plan.title : tr("Not supported: %1").arg(s.unsupportedReason);
        const QString request = sendableStep
                                    ? s.plan.request.method + QLatin1Char(' ') + s.plan.request.url.toString()
                                    : QString();
        auto *row = new QTreeWidgetItem(m_changes,
                                        {QString::number(s.itemId), s.identity, s.access, change, request});
        row->setToolTip(3, sendableStep ? s.plan.expectedEffect : s.unsupportedReason);
        row->setToolTip(4, sendableStep ? s.plan.request.toDisplayText() : QString());
    }
    m_changes->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why (kept in the audit log with every change), e.g. the ticket number"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setText(tr("access review \"%1\", campaign %2").arg(campaign.name).arg(campaign.id));
    m_confirm = new QCheckBox(tr("I have &reviewed every change and want to send them"), this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply to %n Item(s)", nullptr, int(steps.size())),
                                 QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &RemediationPlanDialog::updateApply);
    connect(m_confirm, &QCheckBox::toggled, this, &RemediationPlanDialog::updateApply);

    auto *form = new QFormLayout;
    form->addRow(tr("R&eason:"), m_reason);
    form->addRow(QString(), m_confirm);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_changes, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(900, 480);
    updateApply();
}

QString RemediationPlanDialog::reason() const
{
    return m_reason->text().trimmed();
}

void RemediationPlanDialog::updateApply()
{
    m_apply->setEnabled(!reason().isEmpty() && m_confirm->isChecked() && m_changes->topLevelItemCount() > 0);
}

} // namespace Scimflow
