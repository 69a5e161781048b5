#pragma once

#include "reviewremediation.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Scimflow {

/// The one preview of a campaign's whole remediation plan: every change it will send (or why an item
/// cannot be carried out from here), one reason and one confirmation for all of them.
class RemediationPlanDialog : public QDialog
{
    Q_OBJECT
public:
    RemediationPlanDialog(const ReviewCampaign &campaign, const QList<RemediationStep> &steps,
                          QWidget *parent = nullptr);

    QString reason() const;
    QTreeWidget *changes() const { return m_changes; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QCheckBox *confirmCheck() const { return m_confirm; }
    QPushButton *applyButton() const { return m_apply; }

private:
    void updateApply();

    QTreeWidget *m_changes;
    QLineEdit *m_reason;
    QCheckBox *m_confirm;
    QPushButton *m_apply;
};

} // namespace Scimflow
