#pragma once

#include "timestamp.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace Scimflow {

/// Asks for what an acknowledgement (accepted risk) needs: a reason and an expiry date. The author is the
/// signed-in OS account, filled in by the caller.
class AcknowledgeDialog : public QDialog
{
    Q_OBJECT
public:
    AcknowledgeDialog(const QString &findingSummary, Timestamp now, QWidget *parent = nullptr);

    QString reason() const;
    /// End of the chosen day, UTC.
    Timestamp until() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QDateEdit *untilEdit() const { return m_until; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QLineEdit *m_reason;
    QDateEdit *m_until;
    QDialogButtonBox *m_buttons;
};

} // namespace Scimflow
