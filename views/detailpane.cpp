#include "detailpane.h"

#include <QLocale>
#include <QMenu>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Scimflow {

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_browser);
    m_browser->setAccessibleName(tr("Details of the selected item"));
    m_browser->setAccessibleDescription(
        tr("Attributes and links of the focus; context menu: timeline, findings"));
    m_browser->setOpenLinks(false);
    m_browser->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_browser, &QWidget::customContextMenuRequested, this, &DetailPane::showContextMenu);
    showDetails({});
}

void DetailPane::showContextMenu(const QPoint &pos)
{
    // Copy and Select All from the text browser, then what can be done with the entity shown.
    QMenu *menu = m_browser->createStandardContextMenu(pos);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addSeparator();
    const EntityRef ref = m_ref;
    QAction *timeline = menu->addAction(tr("Open in &Timeline"));
    timeline->setEnabled(ref.isValid());
    connect(timeline, &QAction::triggered, this, [this, ref] { emit timelineRequested(ref); });
    QAction *findings = menu->addAction(tr("Show &Findings"));
    findings->setEnabled(ref.isValid());
    connect(findings, &QAction::triggered, this, [this, ref] { emit findingsRequested(ref); });
    menu->popup(m_browser->viewport()->mapToGlobal(pos));
}

void DetailPane::showDetails(const EntityDetails &details)
{
    m_ref = details.ref;
    if (details.isEmpty()) {
        m_browser->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                               .arg(tr("Select a person, service account, role or job to see its details "
                                       "here. The other views then narrow to what it is linked to.")
                                        .toHtmlEscaped()));
        return;
    }
    QString html =
        QStringLiteral("<h3 style='margin-bottom:0'>%1</h3><p style='color:gray;margin-top:2px'>%2</p>")
            .arg(details.title.toHtmlEscaped(), details.subtitle.toHtmlEscaped());
    html += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='2'>");
    for (const auto &attribute : details.attributes)
        html +=
            QStringLiteral("<tr><td width='35%' style='color:gray;padding-right:6px'>%1</td><td>%2</td></tr>")
                .arg(attribute.label.toHtmlEscaped(), attribute.value.toHtmlEscaped());
    html += QStringLiteral("</table>");
    for (const auto &section : details.sections) {
        html += QStringLiteral("<p style='margin-bottom:2px'><b>%1</b> (%2)</p>")
                    .arg(section.title.toHtmlEscaped())
                    .arg(QLocale().toString(section.total));
        if (section.items.isEmpty()) {
            html +=
                QStringLiteral("<p style='color:gray;margin-top:0'>%1</p>").arg(tr("none").toHtmlEscaped());
            continue;
        }
        html += QStringLiteral("<ul style='margin-top:0'>");
        for (const QString &item : section.items)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_browser->setHtml(html);
}

QString DetailPane::plainText() const
{
    return m_browser->toPlainText();
}

} // namespace Scimflow
