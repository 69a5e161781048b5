#pragma once

#include "finding.h"
#include "fixexecutor.h"
#include "fixplanner.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Scimflow {

/// Applies one fix by hand: pick among the fixes that make sense for a finding, read exactly what will be
/// sent (method, URL, headers, body; the token redacted) and the expected effect, confirm, give a reason,
/// apply; then the outcome and the re-read resource are shown. A 412 shows the server's current state and
/// lets the admin apply again after review.
class FixDialog : public QDialog
{
    Q_OBJECT
public:
    FixDialog(const Finding &finding, QList<FixPlan> plans, FixExecutor *executor, QWidget *parent = nullptr);

    QComboBox *planCombo() const { return m_plans; }
    QPlainTextEdit *preview() const { return m_preview; }
    QLabel *effectLabel() const { return m_effect; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QCheckBox *confirmCheck() const { return m_confirm; }
    /// The second confirmation an irreversible fix (deleting a key) asks for; hidden for the others.
    QCheckBox *irreversibleCheck() const { return m_confirmIrreversible; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *outcomeLabel() const { return m_outcome; }
    QLabel *confirmationLabel() const { return m_confirmation; }
    bool isBusy() const { return m_busy; }

signals:
    /// A fix was performed (whatever its result); the composition root recomputes the findings.
    void fixPerformed(const Scimflow::FixOutcome &outcome);

private:
    void showPlan(int index);
    void updateApply();
    void apply();
    void onOutcome(const FixPlan &plan, const FixOutcome &outcome);

    QList<FixPlan> m_planList;
    FixExecutor *m_executor;
    QComboBox *m_plans;
    QPlainTextEdit *m_preview;
    QLabel *m_effect;
    QLineEdit *m_reason;
    QCheckBox *m_confirm;
    QCheckBox *m_confirmIrreversible = nullptr;
    QPushButton *m_apply;
    QLabel *m_outcome;
    QLabel *m_confirmation;
    bool m_busy = false;
};

} // namespace Scimflow

Q_DECLARE_METATYPE(Scimflow::FixOutcome)
