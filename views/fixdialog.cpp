#include "fixdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Scimflow {

FixDialog::FixDialog(const Finding &finding, QList<FixPlan> plans, FixExecutor *executor, QWidget *parent)
    : QDialog(parent)
    , m_planList(std::move(plans))
    , m_executor(executor)
{
    setWindowTitle(tr("Fix: %1").arg(finding.subject));
    auto *summary = new QLabel(finding.summary, this);
    summary->setWordWrap(true);

    m_plans = new QComboBox(this);
    m_plans->setAccessibleName(tr("Fix"));
    for (const FixPlan &p : m_planList)
        m_plans->addItem(p.title);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setAccessibleName(tr("Request preview"));
    m_effect = new QLabel(this);
    m_effect->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why (kept in the audit log), e.g. the ticket number"));
    m_reason->setAccessibleName(tr("Reason"));
    m_confirm = new QCheckBox(tr("I have &reviewed the request and want to send it"), this);
    m_confirmIrreversible = new QCheckBox(tr("I understand that this &cannot be undone"), this);
    m_confirmIrreversible->setObjectName(QStringLiteral("irreversibleCheck"));
    m_confirmIrreversible->setVisible(false);
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confirmation = new QLabel(this);
    m_confirmation->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Apply fix"), QDialogButtonBox::ApplyRole);

    auto *form = new QFormLayout;
    form->addRow(tr("&Fix:"), m_plans);
    form->addRow(tr("Expected effect:"), m_effect);
    form->addRow(tr("Request:"), m_preview);
    form->addRow(tr("R&eason:"), m_reason);
    form->addRow(QString(), m_confirm);
    form->addRow(QString(), m_confirmIrreversible);
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(tr("Server now:"), m_confirmation);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);

    connect(m_plans, &QComboBox::currentIndexChanged, this, &FixDialog::showPlan);
    connect(m_reason, &QLineEdit::textChanged, this, &FixDialog::updateApply);
    connect(m_confirm, &QCheckBox::toggled, this, &FixDialog::updateApply);
    connect(m_confirmIrreversible, &QCheckBox::toggled, this, &FixDialog::updateApply);
    connect(m_apply, &QPushButton::clicked, this, &FixDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_planList.isEmpty()) {
        m_plans->setEnabled(false);
        m_effect->setText(tr("No automatic fix applies to this finding. Fix it in the service's own console, "
                             "or acknowledge it with a reason and an expiry."));
    }
    showPlan(m_plans->currentIndex());
}

void FixDialog::showPlan(int index)
{
    if (index < 0 || index >= m_planList.size()) {
        m_preview->clear();
        updateApply();
        return;
    }
    const FixPlan &plan = m_planList[index];
    m_effect->setText(plan.expectedEffect);
    m_preview->setPlainText(plan.isAvailable() ? plan.request.toDisplayText() : plan.unavailableReason);
    m_confirm->setChecked(false);
    m_confirmIrreversible->setChecked(false);
    m_confirmIrreversible->setVisible(plan.action.kind == FixAction::Kind::DeleteKey);
    updateApply();
    if (!plan.isAvailable() || !m_executor)
        return;
    // Read the resource now so that the preview shows the request exactly as it will be sent (If-Match).
    QPointer<FixDialog> self(this);
    m_executor->prepare(plan.action, [self, index](Status prepared) {
        if (!self || self->m_plans->currentIndex() != index || self->m_busy)
            return;
        FixPlan &p = self->m_planList[index];
        if (prepared) {
            p.request = self->m_executor->describe(p.action);
            self->m_preview->setPlainText(p.request.toDisplayText());
        } else {
            self->m_preview->appendPlainText(
                tr("\n(The current state could not be read: %1. It is read again when you apply.)")
                    .arg(prepared.error().message));
        }
    });
}

void FixDialog::updateApply()
{
    const int index = m_plans->currentIndex();
    const bool available = index >= 0 && index < m_planList.size() && m_planList[index].isAvailable();
    const bool irreversible = available && m_planList[index].action.kind == FixAction::Kind::DeleteKey;
    m_apply->setEnabled(available && m_executor && !m_busy && m_confirm->isChecked() &&
                        (!irreversible || m_confirmIrreversible->isChecked()) &&
                        !m_reason->text().trimmed().isEmpty());
}

void FixDialog::apply()
{
    const int index = m_plans->currentIndex();
    if (index < 0 || index >= m_planList.size() || !m_executor)
        return;
    const FixPlan plan = m_planList[index];
    m_busy = true;
    m_plans->setEnabled(false);
    updateApply();
    m_outcome->setText(tr("Sending…"));
    m_confirmation->clear();
    QPointer<FixDialog> self(this);
    m_executor->execute(plan, m_reason->text(), [self, plan](FixOutcome outcome) {
        if (self)
            self->onOutcome(plan, outcome);
    });
}

void FixDialog::onOutcome(const FixPlan &plan, const FixOutcome &outcome)
{
    if (!outcome.performed) {
        m_busy = false;
        m_plans->setEnabled(true);
        m_outcome->setText(tr("Not sent: %1").arg(outcome.refusal.message));
        updateApply();
        return;
    }
    emit fixPerformed(outcome);
    switch (outcome.result.status) {
    case FixResult::Status::Succeeded:
        m_outcome->setText(
            tr("Done (audit entries %1 and %2).").arg(outcome.intentSeq).arg(outcome.outcomeSeq));
        break;
    case FixResult::Status::Conflict:
        m_outcome->setText(
            tr("The resource changed on the server (HTTP %1). Its current state:\n%2\nReview it, then apply "
               "again "
               "if the fix is still needed.")
                .arg(outcome.result.httpStatus)
                .arg(QString::fromUtf8(
                    QJsonDocument(outcome.result.serverState).toJson(QJsonDocument::Indented))));
        break;
    case FixResult::Status::Failed:
        m_outcome->setText(
            tr("Failed: %1. Nothing else was changed; try again later or fix it in the service's "
               "console.")
                .arg(FixExecutor::outcomeText(outcome.result)));
        break;
    }
    // Re-read the resource so the admin sees what the server has now.
    m_confirmation->setText(tr("Reading the resource again…"));
    QPointer<FixDialog> self(this);
    m_executor->confirm(plan.action, outcome.intentSeq, [self](ResourceState state) {
        if (!self)
            return;
        self->m_confirmation->setText(!state.readOk ? tr("Could not read it again: %1").arg(state.error)
                                      : state.effectApplied ? tr("Confirmed: %1").arg(state.summary)
                                                            : tr("Not in effect: %1").arg(state.summary));
        self->m_busy = false;
        self->m_plans->setEnabled(true);
        self->m_confirm->setChecked(false);
        self->updateApply();
    });
}

} // namespace Scimflow
