#include "reportpagelayout.h"

#include "chartrenderer.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::ReportPageLayout", text);
}

const QString kFamily = QStringLiteral("DejaVu Sans");
constexpr double kTablePt = 7.0;
constexpr double kFactsPt = 8.5;
constexpr int kMaxCellLines = 4;
const QColor kInk(0x1f, 0x23, 0x29);
const QColor kMuted(0x55, 0x5b, 0x66);
const QColor kRule(0xb8, 0xc0, 0xcc);
const QColor kHeaderFill(0xe9, 0xed, 0xf2);
const QColor kStripe(0xf3, 0xf5, 0xf8);

} // namespace

ReportPageLayout::ReportPageLayout(const ReportDocument &document, int dpi)
    : m_doc(document)
    , m_dpi(dpi)
{
    m_pageSize = QSizeF(mm(297), mm(210)); // A4 landscape: wide tables need the width
    m_content = QRectF(mm(12), mm(20), mm(297 - 24), mm(210 - 20 - 16));
    m_tableText = &text(kTablePt, false, true);
    m_headerText = &text(kTablePt, true, true);
    for (int t = 0; t < m_doc.tables.size(); ++t)
        m_columnWidths << columnWidths(t);
}

QFont ReportPageLayout::font(double pointSize, bool bold, bool condensed) const
{
    QFont f(kFamily);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    if (condensed)
        f.setStretch(QFont::SemiCondensed);         // tables: more text per line
    f.setHintingPreference(QFont::PreferNoHinting); // same advances on the page and in the preview
    return f;
}

const ReportTextCache &ReportPageLayout::text(double pointSize, bool bold, bool condensed) const
{
    const int key = int(pointSize * 10) * 4 + (bold ? 1 : 0) + (condensed ? 2 : 0);
    auto it = m_text.find(key);
    if (it == m_text.end())
        it = m_text.emplace(key, std::make_unique<ReportTextCache>(font(pointSize, bold, condensed), m_dpi))
                 .first;
    return *it->second;
}

QList<double> ReportPageLayout::columnWidths(int table) const
{
    // Start from the weights, then let columns whose content is narrower (sampled rows) give the spare width
    // to columns that would wrap, so short values such as times stay on one line.
    const ReportTable &t = m_doc.tables[table];
    const int n = int(t.columns.size());
    double total = 0;
    for (const ReportColumn &c : t.columns)
        total += c.weight;
    QList<double> widths;
    for (const ReportColumn &c : t.columns)
        widths << m_content.width() * c.weight / (total > 0 ? total : 1);
    const double pad = 2 * mm(1.2) + mm(0.5);
    QList<double> natural(n, 0.0);
    for (int c = 0; c < n; ++c) {
        for (const QString &word : t.columns[c].title.split(QLatin1Char(' ')))
            natural[c] = std::max(natural[c], m_headerText->width(word) + pad);
    }
    // A column shrinks below its weight only if its widest cell fits; it grows for what most rows (95%) need,
    // so a few long values wrap instead of squeezing every other column. Every row counts: a sparse column
    // (findings) keeps its room even if few rows use it.
    for (int c = 0; c < n; ++c) {
        QList<double> cellWidths;
        cellWidths.reserve(t.rows.size());
        for (const QStringList &row : t.rows)
            cellWidths << (c < row.size() ? m_tableText->width(row[c]) + pad : 0.0);
        if (cellWidths.isEmpty())
            continue;
        const double widest = *std::max_element(cellWidths.begin(), cellWidths.end());
        auto p95 = cellWidths.begin() + qsizetype(double(cellWidths.size() - 1) * 0.95);
        std::nth_element(cellWidths.begin(), p95, cellWidths.end());
        natural[c] = std::max({natural[c], *p95, std::min(widest, widths[c])});
    }
    const QList<double> weighted = widths;
    double spare = 0;
    double deficit = 0;
    for (int c = 0; c < n; ++c) {
        if (natural[c] < widths[c]) {
            spare += widths[c] - natural[c];
            widths[c] = natural[c];
        } else {
            deficit += natural[c] - widths[c];
        }
    }
    if (deficit <= 0)
        return weighted; // everything fits as weighted
    // Smallest deficits first: a column a little too narrow (a time, an email) is made to fit entirely before
    // a long free-text column, which wraps anyway, gets what is left.
    QList<int> order;
    for (int c = 0; c < n; ++c) {
        if (natural[c] > widths[c])
            order << c;
    }
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return natural[a] - widths[a] < natural[b] - widths[b]; });
    for (int c : order) {
        const double give = std::min(spare, natural[c] - widths[c]);
        widths[c] += give;
        spare -= give;
    }
    // Whatever is left after every column fits goes to the widest column.
    double used = 0;
    for (double w : widths)
        used += w;
    if (used < m_content.width()) {
        const auto widest = std::max_element(widths.begin(), widths.end());
        *widest += m_content.width() - used;
    }
    return widths;
}

double ReportPageLayout::rowHeight(int table, int row) const
{
    const ReportTable &t = m_doc.tables[table];
    const ReportTextCache &tc = row < 0 ? *m_headerText : *m_tableText;
    const QList<double> &widths = m_columnWidths[table];
    const double pad = mm(1.2);
    int lines = 1;
    for (int c = 0; c < t.columns.size(); ++c) {
        const QString &cell =
            row < 0 ? t.columns[c].title : (c < t.rows[row].size() ? t.rows[row][c] : QString());
        if (tc.width(cell) > widths[c] - 2 * pad)
            lines = std::max(lines, int(tc.wrap(cell, widths[c] - 2 * pad, kMaxCellLines).size()));
    }
    return lines * tc.lineSpacing() + mm(1.6);
}

QList<QPair<QString, QString>> ReportPageLayout::facts() const
{
    QList<QPair<QString, QString>> f;
    f.append({tr("Period"), tr("%1 to %2").arg(reportTime(m_doc.from), reportTime(m_doc.to))});
    f.append({tr("Generated"), reportTime(m_doc.generatedAt)});
    f.append({tr("Scope"), m_doc.scope});
    if (!m_doc.parameters.isEmpty())
        f.append({tr("Parameters"), m_doc.parameters.join(QLatin1String("; "))});
    QStringList fresh;
    for (const SourceFreshness &s : m_doc.freshness)
        fresh << QStringLiteral("%1: %2").arg(
            s.source, s.lastSuccessfulSync ? reportTime(s.lastSuccessfulSync) : tr("never"));
    f.append({tr("Data freshness"), fresh.isEmpty() ? tr("never synced") : fresh.join(QLatin1String("; "))});
    f.append({tr("Findings computed"),
              m_doc.findingsComputedAt ? reportTime(m_doc.findingsComputedAt) : tr("not recorded")});
    f.append({tr("Audit chain head"), m_doc.chainHead.describe()});
    return f;
}

double ReportPageLayout::itemHeight(const Item &item) const
{
    switch (item.kind) {
    case ItemKind::Title:
        return text(18, true).lineSpacing() + text(10).lineSpacing() + mm(3);
    case ItemKind::Facts: {
        const ReportTextCache &tc = text(kFactsPt);
        double h = 0;
        for (const auto &fact : facts())
            h += tc.wrap(fact.second, m_content.width() - mm(40), 3).size() * tc.lineSpacing();
        return h + mm(3);
    }
    case ItemKind::Notes: {
        const ReportTextCache &tc = text(kFactsPt);
        double h = 0;
        for (const QString &note : m_doc.notes)
            h += tc.wrap(note, m_content.width(), 6).size() * tc.lineSpacing() + mm(1);
        return h + mm(2);
    }
    case ItemKind::Summary:
        return m_doc.summary.isEmpty() ? 0 : mm(15) + mm(4);
    case ItemKind::Charts:
        return m_doc.charts.isEmpty() ? 0 : mm(62) + mm(4);
    case ItemKind::TableTitle:
        return text(11, true).lineSpacing() + mm(2);
    case ItemKind::TableHeader:
        return rowHeight(item.table, -1);
    case ItemKind::TableRow:
        return rowHeight(item.table, item.row);
    case ItemKind::EmptyText:
        return text(kFactsPt).lineSpacing() + mm(4);
    }
    return 0;
}

bool ReportPageLayout::paginate(const ReportCancel *cancel, const Progress &progress)
{
    m_pages.clear();
    Page page;
    double y = 0;
    auto newPage = [&] {
        m_pages << page;
        page.clear();
        y = 0;
    };
    auto place = [&](Item item) {
        item.height = itemHeight(item);
        if (y > 0 && y + item.height > m_content.height())
            newPage();
        item.y = y;
        y += item.height;
        page << item;
    };
    for (ItemKind k :
         {ItemKind::Title, ItemKind::Facts, ItemKind::Notes, ItemKind::Summary, ItemKind::Charts})
        place(Item{k});

    qsizetype totalRows = 0;
    for (const ReportTable &t : m_doc.tables)
        totalRows += t.rows.size();
    qsizetype done = 0;
    for (int t = 0; t < m_doc.tables.size(); ++t) {
        const ReportTable &table = m_doc.tables[t];
        Item title{ItemKind::TableTitle, t};
        Item header{ItemKind::TableHeader, t};
        title.height = itemHeight(title);
        header.height = itemHeight(header);
        const double firstRow =
            table.rows.isEmpty() ? itemHeight(Item{ItemKind::EmptyText, t}) : rowHeight(t, 0);
        // Keep the title with the header and the first row.
        if (y > 0 && y + mm(3) + title.height + header.height + firstRow > m_content.height())
            newPage();
        else if (y > 0)
            y += mm(3);
        place(title);
        if (table.rows.isEmpty()) {
            place(Item{ItemKind::EmptyText, t});
            continue;
        }
        place(header);
        for (int r = 0; r < table.rows.size(); ++r) {
            Item row{ItemKind::TableRow, t, r};
            row.height = rowHeight(t, r);
            if (y + row.height > m_content.height()) {
                newPage();
                Item cont = title;
                cont.continued = true;
                place(cont);
                place(header);
            }
            row.y = y;
            y += row.height;
            page << row;
            if ((++done & 0x3ff) == 0) {
                if (cancel && cancel->isCancelled())
                    return false;
                if (progress)
                    progress(int(done), int(totalRows));
            }
        }
    }
    if (!page.isEmpty())
        m_pages << page;
    return true;
}

void ReportPageLayout::paintHeaderFooter(QPainter &p, int page) const
{
    const ReportTextCache &head = text(8, true);
    const ReportTextCache &small = text(7.5);
    const double left = m_content.left();
    const double right = m_content.right();
    const double headerBase = mm(12);
    p.setPen(kInk);
    head.draw(p, QPointF(left, headerBase), m_doc.title);
    const QString period = tr("Period %1 to %2").arg(reportTime(m_doc.from), reportTime(m_doc.to));
    small.draw(p, QPointF(right - small.width(period), headerBase), period);
    p.setPen(QPen(kRule, mm(0.25)));
    p.drawLine(QPointF(left, headerBase + mm(2)), QPointF(right, headerBase + mm(2)));

    const double footerBase = m_pageSize.height() - mm(8);
    p.drawLine(QPointF(left, footerBase - small.ascent() - mm(1.5)),
               QPointF(right, footerBase - small.ascent() - mm(1.5)));
    p.setPen(kMuted);
    const QString footer =
        tr("Generated %1 by Scimflow - audit chain head: %2")
            .arg(reportTime(m_doc.generatedAt),
                 m_doc.chainHead.isEmpty() ? tr("empty") : tr("seq %1").arg(m_doc.chainHead.seq));
    small.draw(p, QPointF(left, footerBase), footer);
    const QString number = tr("Page %1 of %2").arg(page + 1).arg(pageCount());
    small.draw(p, QPointF(right - small.width(number), footerBase), number);
}

void ReportPageLayout::paintRow(QPainter &p, int table, const QStringList &cells, double top, double height,
                                bool header, bool shaded, Batches &batches) const
{
    const QList<double> &widths = m_columnWidths[table];
    const ReportTextCache &tc = header ? *m_headerText : *m_tableText;
    const double pad = mm(1.2);
    if (header || shaded)
        p.fillRect(QRectF(m_content.left(), top, m_content.width(), height), header ? kHeaderFill : kStripe);
    p.setPen(kInk); // for text in scripts the cache does not cover, which is drawn right away
    ReportTextCache::Batch &batch = batches[&tc];
    double x = m_content.left();
    for (int c = 0; c < widths.size(); ++c) {
        const QString text = c < cells.size() ? cells[c] : QString();
        double baseline = top + mm(0.8) + tc.ascent();
        for (const QString &line : tc.wrap(text, widths[c] - 2 * pad, kMaxCellLines)) {
            tc.add(batch, p, QPointF(x + pad, baseline), line);
            baseline += tc.lineSpacing();
        }
        x += widths[c];
    }
    if (header) {
        p.setPen(QPen(kRule, mm(0.3)));
        p.drawLine(QPointF(m_content.left(), top + height), QPointF(m_content.right(), top + height));
    }
}

void ReportPageLayout::paintItem(QPainter &p, const Item &item, double top, Batches &batches) const
{
    const double left = m_content.left();
    const double width = m_content.width();
    switch (item.kind) {
    case ItemKind::Title: {
        const ReportTextCache &big = text(18, true);
        const ReportTextCache &sub = text(10);
        p.setPen(kInk);
        big.draw(p, QPointF(left, top + big.ascent()), m_doc.title);
        p.setPen(kMuted);
        sub.draw(p, QPointF(left, top + big.lineSpacing() + sub.ascent()), m_doc.subtitle);
        break;
    }
    case ItemKind::Facts: {
        const ReportTextCache &label = text(kFactsPt, true);
        const ReportTextCache &value = text(kFactsPt);
        double y = top;
        for (const auto &fact : facts()) {
            p.setPen(kMuted);
            label.draw(p, QPointF(left, y + value.ascent()), fact.first);
            p.setPen(kInk);
            for (const QString &line : value.wrap(fact.second, width - mm(40), 3)) {
                value.draw(p, QPointF(left + mm(40), y + value.ascent()), line);
                y += value.lineSpacing();
            }
        }
        break;
    }
    case ItemKind::Notes: {
        const ReportTextCache &tc = text(kFactsPt);
        p.setPen(kMuted);
        double y = top;
        for (const QString &note : m_doc.notes) {
            for (const QString &line : tc.wrap(note, width, 6)) {
                tc.draw(p, QPointF(left, y + tc.ascent()), line);
                y += tc.lineSpacing();
            }
            y += mm(1);
        }
        break;
    }
    case ItemKind::Summary: {
        const int n = int(m_doc.summary.size());
        if (n == 0)
            break;
        const double gap = mm(3);
        const double cardWidth = (width - gap * (n - 1)) / n;
        const ReportTextCache &value = text(14, true);
        const ReportTextCache &label = text(7);
        for (int i = 0; i < n; ++i) {
            const QRectF card(left + i * (cardWidth + gap), top, cardWidth, mm(15));
            p.setPen(QPen(kRule, mm(0.25)));
            p.setBrush(Qt::NoBrush);
            p.drawRect(card);
            p.setPen(kInk);
            value.draw(p, QPointF(card.left() + mm(2), card.top() + mm(1.5) + value.ascent()),
                       QString::number(m_doc.summary[i].value));
            p.setPen(kMuted);
            double y = card.top() + mm(1.5) + value.lineSpacing() + label.ascent();
            for (const QString &line : label.wrap(m_doc.summary[i].label, card.width() - mm(4), 2)) {
                label.draw(p, QPointF(card.left() + mm(2), y), line);
                y += label.lineSpacing();
            }
        }
        break;
    }
    case ItemKind::Charts: {
        const int n = int(m_doc.charts.size());
        const double gap = mm(8);
        // A lone chart with many categories gets the full width; otherwise charts share the row.
        const bool wide = n == 1 && m_doc.charts.first().categories.size() > 6;
        const double chartWidth =
            wide ? width : std::min((width - gap * (n - 1)) / std::max(n, 1), (width - gap) / 2);
        for (int i = 0; i < n; ++i)
            ChartRenderer::paint(p, QRectF(left + i * (chartWidth + gap), top, chartWidth, mm(62)),
                                 m_doc.charts[i], font(8));
        break;
    }
    case ItemKind::TableTitle: {
        const ReportTextCache &tc = text(11, true);
        const ReportTable &t = m_doc.tables[item.table];
        p.setPen(kInk);
        const QString title = item.continued ? tr("%1 (continued)").arg(t.title)
                                             : tr("%1 (%2 rows)").arg(t.title).arg(t.rows.size());
        tc.draw(p, QPointF(left, top + tc.ascent()), title);
        break;
    }
    case ItemKind::TableHeader: {
        QStringList titles;
        for (const ReportColumn &c : m_doc.tables[item.table].columns)
            titles << c.title;
        paintRow(p, item.table, titles, top, item.height, true, false, batches);
        break;
    }
    case ItemKind::TableRow:
        paintRow(p, item.table, m_doc.tables[item.table].rows[item.row], top, item.height, false,
                 item.row % 2 == 1, batches);
        break;
    case ItemKind::EmptyText: {
        const ReportTextCache &tc = text(kFactsPt);
        p.setPen(kMuted);
        tc.draw(p, QPointF(left, top + mm(1) + tc.ascent()), m_doc.tables[item.table].emptyText);
        break;
    }
    }
}

void ReportPageLayout::paintPage(QPainter &p, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    paintHeaderFooter(p, page);
    Batches batches;
    for (const Item &item : m_pages[page])
        paintItem(p, item, m_content.top() + item.y, batches);
    p.setPen(kInk);
    for (auto &[text, batch] : batches)
        text->flush(batch, p);
}

QImage ReportPageLayout::renderPage(int page, double scale) const
{
    QImage image((m_pageSize * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    const int dotsPerMeter = int(m_dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    paintPage(p, page);
    p.end();
    return image;
}

} // namespace Scimflow
