#pragma once

#include <QDialog>

class QTextBrowser;

namespace Scimflow {

/// Help > About Scimflow: the version, the Qt it runs on and was built with, how it was built, and the
/// licences of Scimflow and of the libraries it ships with.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The dialog's text as plain text (tests, and copying into a bug report).
    QString plainText() const;
    /// Version, Qt and build lines, one per line, for bug reports.
    static QString buildInfo();

private:
    QTextBrowser *m_text;
};

} // namespace Scimflow
