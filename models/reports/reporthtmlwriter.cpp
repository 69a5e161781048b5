#include "reporthtmlwriter.h"

#include "chartrenderer.h"

#include <QCoreApplication>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::ReportHtmlWriter", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

const char kStyle[] = R"(
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:13px;color:#1f2329;margin:24px;}
h1{font-size:22px;margin:0 0 2px 0;} h2{font-size:16px;margin:22px 0 8px 0;}
.subtitle{color:#555b66;margin-bottom:12px;}
.facts{border-collapse:collapse;margin-bottom:12px;} .facts th{text-align:left;padding:2px 12px 2px 0;color:#555b66;font-weight:normal;}
.facts td{padding:2px 0;}
.hash{font-family:"DejaVu Sans Mono",monospace;font-size:11px;word-break:break-all;}
.cards{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0;}
.card{border:1px solid #dde1e6;border-radius:4px;padding:6px 12px;min-width:120px;}
.card .v{font-size:20px;font-weight:bold;} .card .l{color:#555b66;font-size:12px;}
.charts{display:flex;flex-wrap:wrap;gap:16px;} .charts img{border:1px solid #eef0f3;}
table.data{border-collapse:collapse;width:100%;font-size:12px;}
table.data th{background:#e9edf2;text-align:left;padding:4px 6px;border-bottom:1px solid #b8c0cc;}
table.data td{padding:3px 6px;border-bottom:1px solid #eef0f3;vertical-align:top;}
table.data tr:nth-child(even) td{background:#f7f8fa;}
thead{display:table-header-group;} tr{page-break-inside:avoid;}
.note{color:#555b66;} .empty{color:#555b66;font-style:italic;}
)";

} // namespace

QByteArray ReportHtmlWriter::write(const ReportDocument &d, int maxRowsPerTable)
{
    QString h;
    h.reserve(4096 + int(d.tables.isEmpty() ? 0 : d.tables.first().rows.size()) * 300);
    h += QStringLiteral(
             "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
             "<meta name=\"generator\" content=\"Scimflow\"><title>%1</title><style>%2</style></head>"
             "<body>\n")
             .arg(esc(d.title), QString::fromLatin1(kStyle));
    h += QStringLiteral("<h1>%1</h1><div class=\"subtitle\">%2</div>\n").arg(esc(d.title), esc(d.subtitle));
    h += QStringLiteral("<table class=\"facts\">");
    auto fact = [&h](const QString &label, const QString &value, const char *cls = nullptr) {
        h += QStringLiteral("<tr><th>%1</th><td%2>%3</td></tr>")
                 .arg(esc(label), cls ? QStringLiteral(" class=\"%1\"").arg(QLatin1String(cls)) : QString(),
                      esc(value));
    };
    fact(tr("Period"), tr("%1 to %2").arg(reportTime(d.from), reportTime(d.to)));
    fact(tr("Generated"), reportTime(d.generatedAt));
    fact(tr("Scope"), d.scope);
    if (!d.parameters.isEmpty())
        fact(tr("Parameters"), d.parameters.join(QLatin1String("; ")));
    for (const SourceFreshness &f : d.freshness)
        fact(tr("Last sync: %1").arg(f.source),
             f.lastSuccessfulSync ? reportTime(f.lastSuccessfulSync) : tr("never"));
    if (d.freshness.isEmpty())
        fact(tr("Last sync"), tr("never"));
    fact(tr("Findings computed"),
         d.findingsComputedAt ? reportTime(d.findingsComputedAt) : tr("not recorded"));
    fact(tr("Audit chain head"), d.chainHead.describe(), "hash");
    h += QStringLiteral("</table>\n");

    for (const QString &note : d.notes)
        h += QStringLiteral("<p class=\"note\">%1</p>\n").arg(esc(note));

    h += QStringLiteral("<h2>%1</h2><div class=\"cards\">").arg(esc(tr("Summary")));
    for (const ReportCount &c : d.summary)
        h += QStringLiteral("<div class=\"card\" data-key=\"%1\"><div class=\"v\">%2</div><div class=\"l\">%3"
                            "</div></div>")
                 .arg(esc(c.key), QString::number(c.value), esc(c.label));
    h += QStringLiteral("</div>\n");

    if (!d.charts.isEmpty()) {
        h += QStringLiteral("<div class=\"charts\">");
        for (const ChartData &c : d.charts) {
            QStringList alt;
            for (int i = 0; i < c.categories.size() && i < c.values.size(); ++i)
                alt << QStringLiteral("%1: %2").arg(c.categories[i]).arg(c.values[i]);
            const QSize size(qMax(420, qMin(900, int(c.categories.size()) * 70)), 260);
            h +=
                QStringLiteral("<img width=\"%1\" height=\"%2\" alt=\"%3\" src=\"data:image/png;base64,%4\">")
                    .arg(size.width())
                    .arg(size.height())
                    .arg(esc(c.title + QLatin1String(" - ") + alt.join(QLatin1String(", "))),
                         QString::fromLatin1(ChartRenderer::png(c, size).toBase64()));
        }
        h += QStringLiteral("</div>\n");
    }

    for (const ReportTable &t : d.tables) {
        h += QStringLiteral("<h2 id=\"%1\">%2 (%3)</h2>\n").arg(esc(t.id), esc(t.title)).arg(t.rows.size());
        if (t.rows.isEmpty()) {
            h += QStringLiteral("<p class=\"empty\">%1</p>\n").arg(esc(t.emptyText));
            continue;
        }
        h += QStringLiteral("<table class=\"data\"><thead><tr>");
        for (const ReportColumn &c : t.columns)
            h += QStringLiteral("<th>%1</th>").arg(esc(c.title));
        h += QStringLiteral("</tr></thead><tbody>\n");
        const qsizetype shown =
            maxRowsPerTable > 0 ? qMin<qsizetype>(maxRowsPerTable, t.rows.size()) : t.rows.size();
        for (qsizetype r = 0; r < shown; ++r) {
            h += QLatin1String("<tr>");
            for (const QString &cell : t.rows[r]) {
                h += QLatin1String("<td>");
                h += esc(cell);
                h += QLatin1String("</td>");
            }
            h += QLatin1String("</tr>\n");
        }
        h += QStringLiteral("</tbody></table>\n");
        if (shown < t.rows.size())
            h += QStringLiteral("<p class=\"empty\">%1</p>\n")
                     .arg(esc(tr("%1 more rows are in the exported report.").arg(t.rows.size() - shown)));
    }
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

} // namespace Scimflow
