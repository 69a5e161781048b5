#pragma once

#include "reviewcampaign.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Scimflow {

/// New access review campaign: name, scope (roles, groups, memberships, service accounts, credentials),
/// review period, reviewers, due date and idle threshold. A correction names the signed campaign it corrects.
class ReviewCampaignDialog : public QDialog
{
    Q_OBJECT
public:
    /// \a today anchors the default period (the last 90 days) and due date (in 14 days).
    ReviewCampaignDialog(Timestamp today, const ReviewCampaign *corrects, QWidget *parent = nullptr);

    /// The campaign as entered (no id yet).
    ReviewCampaign campaign() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *rolesEdit() const { return m_roles; }
    QCheckBox *serviceAccountsCheck() const { return m_serviceAccounts; }

private:
    void validate();

    qint64 m_supersedes = 0;
    QLineEdit *m_name;
    QLineEdit *m_roles;
    QLineEdit *m_groups;
    QCheckBox *m_memberships;
    QCheckBox *m_serviceAccounts;
    QCheckBox *m_credentials;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDateEdit *m_due;
    QLineEdit *m_reviewers;
    QSpinBox *m_idleDays;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Scimflow
