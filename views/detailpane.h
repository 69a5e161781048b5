#pragma once

#include "entitydetails.h"

#include <QWidget>

class QTextBrowser;

namespace Scimflow {

/// Shows every attribute of the focused entity and what it is linked to (memberships, principals).
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(QWidget *parent = nullptr);

    void showDetails(const EntityDetails &details);
    /// The text shown, for tests and accessibility.
    QString plainText() const;

private:
    QTextBrowser *m_browser;
};

} // namespace Scimflow
