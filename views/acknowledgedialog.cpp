#include "acknowledgedialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Scimflow {

AcknowledgeDialog::AcknowledgeDialog(const QString &findingSummary, Timestamp now, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Acknowledge finding"));
    auto *summary = new QLabel(findingSummary, this);
    summary->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why this risk is accepted, and by whose decision"));
    m_reason->setAccessibleName(tr("Reason"));
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc()).date();
    m_until = new QDateEdit(today.addDays(30), this);
    m_until->setMinimumDate(today.addDays(1));
    m_until->setCalendarPopup(true);
    m_until->setAccessibleName(tr("Acknowledged until"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Acknowledge"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Until:"), m_until);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AcknowledgeDialog::reason() const
{
    return m_reason->text().trimmed();
}

Timestamp AcknowledgeDialog::until() const
{
    return QDateTime(m_until->date(), QTime(23, 59, 59), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace Scimflow
