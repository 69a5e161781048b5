#include "detailpane.h"

#include <QLocale>
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
    m_browser->setOpenLinks(false);
    showDetails({});
}

void DetailPane::showDetails(const EntityDetails &details)
{
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
