#pragma once

#include "reportdocument.h"
#include "reporttextcache.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QSizeF>

#include <functional>
#include <map>
#include <memory>

class QPainter;

namespace Scimflow {

/// Lays a report out on A4 landscape pages and paints any page: a running header (title, period) and footer
/// (generation time, audit chain head, "Page n of m"), the facts, summary and charts on the first page, then
/// the tables, which break between rows and repeat their header row on every page. The PDF writer and the
/// preview paint the same pages.
class ReportPageLayout
{
public:
    using Progress = std::function<void(int done, int total)>;

    /// \a dpi is the resolution of the target device; all geometry is in its pixels. The layout refers to
    /// \a document, which must outlive it.
    explicit ReportPageLayout(const ReportDocument &document, int dpi = 300);

    /// Splits the document into pages. Returns false if cancelled.
    bool paginate(const ReportCancel *cancel = nullptr, const Progress &progress = {});
    int pageCount() const { return int(m_pages.size()); }
    QSizeF pageSize() const { return m_pageSize; } // in device pixels
    int dpi() const { return m_dpi; }
    /// Paints page \a page (0-based) onto a painter whose device has this layout's dpi.
    void paintPage(QPainter &painter, int page) const;
    /// The page as an image scaled by \a scale (1.0 = full resolution), for previews.
    QImage renderPage(int page, double scale) const;

private:
    enum class ItemKind {
        Title,
        Facts,
        Notes,
        Summary,
        Charts,
        TableTitle,
        TableHeader,
        TableRow,
        EmptyText
    };
    struct Item
    {
        ItemKind kind;
        int table = -1;
        int row = -1;
        double y = 0; // top, relative to the content area
        double height = 0;
        bool continued = false; // table title on a following page
    };
    using Page = QList<Item>;

    double mm(double v) const { return v * m_dpi / 25.4; }
    QFont font(double pointSize, bool bold = false, bool condensed = false) const;
    /// Measuring and drawing in one font; created on first use.
    const ReportTextCache &text(double pointSize, bool bold = false, bool condensed = false) const;
    double rowHeight(int table, int row) const;
    double itemHeight(const Item &item) const;
    QList<QPair<QString, QString>> facts() const;
    QList<double> columnWidths(int table) const;

    void paintHeaderFooter(QPainter &p, int page) const;
    // Table text of a whole page goes out in one glyph run per font: the PDF engine's cost is per call.
    using Batches = std::map<const ReportTextCache *, ReportTextCache::Batch>;
    void paintItem(QPainter &p, const Item &item, double top, Batches &batches) const;
    void paintRow(QPainter &p, int table, const QStringList &cells, double top, double height, bool header,
                  bool shaded, Batches &batches) const;

    const ReportDocument &m_doc;
    int m_dpi;
    QSizeF m_pageSize;
    QRectF m_content; // between header and footer
    mutable std::map<int, std::unique_ptr<ReportTextCache>>
        m_text; // key: tenths of a point, bold bit 0, condensed bit 1
    const ReportTextCache *m_tableText = nullptr;
    const ReportTextCache *m_headerText = nullptr;
    QList<QList<double>> m_columnWidths;
    QList<Page> m_pages;
};

} // namespace Scimflow
