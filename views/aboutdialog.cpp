#include "aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QTextBrowser>
#include <QVBoxLayout>

#ifndef SCIMFLOW_BUILD_TYPE
#define SCIMFLOW_BUILD_TYPE ""
#endif

namespace Scimflow {

namespace {

QString compiler()
{
#if defined(__clang__)
    return QStringLiteral("Clang ") + QLatin1String(__clang_version__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC ") + QLatin1String(__VERSION__);
#else
    return QString();
#endif
}

} // namespace

QString AboutDialog::buildInfo()
{
    QStringList lines;
    lines << tr("Scimflow %1").arg(QApplication::applicationVersion());
    lines << tr("Qt %1 (built with Qt %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    QString build = QSysInfo::buildAbi();
    if (!QStringLiteral(SCIMFLOW_BUILD_TYPE).isEmpty())
        build += QStringLiteral(", ") + QStringLiteral(SCIMFLOW_BUILD_TYPE);
    if (!compiler().isEmpty())
        build += QStringLiteral(", ") + compiler();
    lines << tr("Build: %1").arg(build);
    lines << tr("System: %1").arg(QSysInfo::prettyProductName());
    return lines.join(QLatin1Char('\n'));
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QTextBrowser(this))
{
    setWindowTitle(tr("About Scimflow"));
    setObjectName(QStringLiteral("aboutDialog"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Scimflow icon"));
    icon->setVisible(!QApplication::windowIcon().isNull());

    QString html = tr("<h2>Scimflow %1</h2>"
                      "<p>Shows where the identities in the identity provider and the identities data "
                      "pipelines run as have drifted apart, and lets you fix it by hand with a "
                      "tamper-evident audit log.</p>")
                       .arg(QApplication::applicationVersion().toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>").arg(buildInfo().toHtmlEscaped().replace(QLatin1Char('\n'), "<br>"));
    html += tr("<h3>Licences</h3>"
               "<p><b>Scimflow</b> — MIT licence. Copyright © 2026 The Scimflow authors. The full text is "
               "in the file LICENSE of the source and in /usr/share/doc/scimflow/copyright of the "
               "package.</p>"
               "<p><b>Qt 6</b> — GNU Lesser General Public License v3 (LGPLv3), © The Qt Company Ltd and "
               "other contributors. Scimflow links Qt dynamically; you may replace the Qt libraries. "
               "<a href=\"https://www.qt.io/licensing/open-source-lgpl-obligations\">Qt's LGPL "
               "obligations</a>.</p>"
               "<p><b>QtKeychain</b> — BSD 3-Clause licence, © Frank Osterfeld and contributors.</p>"
               "<p><b>SQLite</b> — public domain.</p>");
    m_text->setHtml(html);
    m_text->setOpenExternalLinks(true);
    m_text->setAccessibleName(tr("About Scimflow"));
    m_text->setMinimumSize(520, 380);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Info"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the version and build lines, e.g. for a bug report"));
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(buildInfo()); });
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);
}

QString AboutDialog::plainText() const
{
    return m_text->toPlainText();
}

} // namespace Scimflow
