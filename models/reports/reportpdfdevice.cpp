#include "reportpdfdevice.h"

#include <QDateTime>
#include <QGlyphRun>
#include <QHash>
#include <QIODevice>
#include <QImage>
#include <QMap>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextLayout>
#include <QtEndian>

#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

namespace Scimflow {

namespace {

// Numbers in content streams: device pixels to a hundredth, which is far below what a printer resolves.
// Written digit by digit: a page of a large table holds tens of thousands of them.
void num(QByteArray &out, double v)
{
    char buffer[32];
    char *end = buffer + sizeof buffer;
    char *p = end;
    qint64 n = std::llround(v * 100);
    const bool negative = n < 0;
    if (negative)
        n = -n;
    *--p = ' ';
    if (const int frac = int(n % 100)) {
        if (frac % 10)
            *--p = char('0' + frac % 10);
        *--p = char('0' + frac / 10);
        *--p = '.';
    }
    n /= 100;
    do {
        *--p = char('0' + n % 10);
        n /= 10;
    } while (n);
    if (negative)
        *--p = '-';
    out.append(p, end - p);
}

void color(QByteArray &out, const QColor &c)
{
    num(out, c.redF());
    num(out, c.greenF());
    num(out, c.blueF());
}

quint32 tableChecksum(const QByteArray &table)
{
    quint32 sum = 0;
    const qsizetype words = (table.size() + 3) / 4;
    for (qsizetype i = 0; i < words; ++i) {
        quint32 w = 0;
        for (int b = 0; b < 4; ++b) {
            const qsizetype at = i * 4 + b;
            w = (w << 8) | (at < table.size() ? uchar(table[at]) : 0);
        }
        sum += w;
    }
    return sum;
}

void put16(QByteArray &out, quint16 v)
{
    out += char(v >> 8);
    out += char(v & 0xff);
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v >> 16));
    put16(out, quint16(v & 0xffff));
}

quint16 get16(const QByteArray &data, qsizetype at)
{
    return at + 2 <= data.size() ? qFromBigEndian<quint16>(data.constData() + at) : 0;
}

quint32 get32(const QByteArray &data, qsizetype at)
{
    return at + 4 <= data.size() ? qFromBigEndian<quint32>(data.constData() + at) : 0;
}

QByteArray compressed(const QByteArray &data, int level)
{
    return qCompress(data, level).mid(4); // qCompress puts the length first; the rest is a zlib stream
}

} // namespace

class ReportPdfEngine : public QPaintEngine
{
public:
    ReportPdfEngine(QIODevice *out, const QSizeF &pageSize, int dpi)
        : QPaintEngine(QPaintEngine::AllFeatures &
                       ~(QPaintEngine::PorterDuff | QPaintEngine::PerspectiveTransform |
                         QPaintEngine::ObjectBoundingModeGradients | QPaintEngine::ConicalGradientFill))
        , m_out(out)
        , m_pageSize(pageSize)
        , m_dpi(dpi)
    {
        m_offsets.resize(kFirstFree, 0);
        write("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
        startPage();
    }

    QString title;
    QString creator;
    QPaintDevice *device = nullptr;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        const QPaintEngine::DirtyFlags flags = state.state();
        if (flags & DirtyTransform)
            m_matrix = state.transform();
        if (flags & DirtyPen)
            m_pen = state.pen();
        if (flags & DirtyBrush)
            m_brush = state.brush();
        if (flags & DirtyClipPath)
            updateClip(state.clipPath(), state.clipOperation());
        if (flags & DirtyClipRegion) {
            QPainterPath path;
            path.addRegion(state.clipRegion());
            updateClip(path, state.clipOperation());
        }
        if (flags & DirtyClipEnabled) {
            m_clipEnabled = state.isClipEnabled();
            m_clipDirty = true;
        }
    }

    void drawPath(const QPainterPath &path) override
    {
        if (path.isEmpty())
            return;
        const bool fill = m_brush.style() != Qt::NoBrush;
        const bool stroke = m_pen.style() != Qt::NoPen;
        if (!fill && !stroke)
            return;
        prepare(fill, stroke);
        const QPainterPath p = m_matrix.map(path);
        for (int i = 0; i < p.elementCount(); ++i) {
            const QPainterPath::Element e = p.elementAt(i);
            if (e.isMoveTo()) {
                point(e);
                m_page += "m\n";
            } else if (e.isLineTo()) {
                point(e);
                m_page += "l\n";
            } else if (e.isCurveTo() && i + 2 < p.elementCount()) {
                point(e);
                point(p.elementAt(i + 1));
                point(p.elementAt(i + 2));
                m_page += "c\n";
                i += 2;
            }
        }
        paintOperator(fill, stroke, p.fillRule() == Qt::OddEvenFill);
    }

    void drawRects(const QRectF *rects, int count) override
    {
        const bool fill = m_brush.style() != Qt::NoBrush;
        const bool stroke = m_pen.style() != Qt::NoPen;
        if (!fill && !stroke)
            return;
        if (!m_matrix.isAffine() || m_matrix.type() > QTransform::TxScale) {
            for (int i = 0; i < count; ++i) {
                QPainterPath path;
                path.addRect(rects[i]);
                drawPath(path);
            }
            return;
        }
        prepare(fill, stroke);
        for (int i = 0; i < count; ++i) {
            const QRectF r = m_matrix.mapRect(rects[i]);
            num(m_page, r.x());
            num(m_page, r.y());
            num(m_page, r.width());
            num(m_page, r.height());
            m_page += "re\n";
        }
        paintOperator(fill, stroke, false);
    }

    void drawLines(const QLineF *lines, int count) override
    {
        if (m_pen.style() == Qt::NoPen)
            return;
        prepare(false, true);
        for (int i = 0; i < count; ++i) {
            point(m_matrix.map(lines[i].p1()));
            m_page += "m ";
            point(m_matrix.map(lines[i].p2()));
            m_page += "l\n";
        }
        m_page += "S\n";
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        if (count < 2)
            return;
        QPainterPath path(points[0]);
        for (int i = 1; i < count; ++i)
            path.lineTo(points[i]);
        if (mode == PolylineMode) {
            const QBrush brush = m_brush;
            m_brush = Qt::NoBrush;
            drawPath(path);
            m_brush = brush;
            return;
        }
        path.closeSubpath();
        path.setFillRule(mode == OddEvenMode ? Qt::OddEvenFill : Qt::WindingFill);
        drawPath(path);
    }

    void drawPixmap(const QRectF &r, const QPixmap &pm, const QRectF &sr) override
    {
        QImage image = pm.toImage();
        if (sr.toRect() != image.rect())
            image = image.copy(sr.toRect());
        if (image.isNull())
            return;
        if (image.hasAlphaChannel()) { // on white paper
            QImage flat(image.size(), QImage::Format_RGB888);
            flat.fill(Qt::white);
            QPainter p(&flat);
            p.drawImage(0, 0, image);
            p.end();
            image = flat;
        } else {
            image = image.convertToFormat(QImage::Format_RGB888);
        }
        QByteArray pixels;
        pixels.reserve(qsizetype(image.width()) * image.height() * 3);
        for (int y = 0; y < image.height(); ++y)
            pixels.append(reinterpret_cast<const char *>(image.constScanLine(y)), image.width() * 3);
        const int object = newObject();
        const QByteArray data = compressed(pixels, 6);
        write("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(image.width()) + " /Height " +
              QByteArray::number(image.height()) +
              " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length " +
              QByteArray::number(data.size()) + " >>\nstream\n");
        write(data);
        write("\nendstream\nendobj\n");
        const QByteArray name = "/Im" + QByteArray::number(m_images.size());
        m_images << qMakePair(name, object);
        prepare(false, false);
        m_page += "q ";
        const QTransform t = QTransform(r.width(), 0, 0, -r.height(), r.x(), r.y() + r.height()) * m_matrix;
        for (double v : {t.m11(), t.m12(), t.m21(), t.m22(), t.dx(), t.dy()})
            num(m_page, v);
        m_page += "cm " + name + " Do Q\n";
    }

    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QString text = item.text();
        if (text.isEmpty() || m_pen.style() == Qt::NoPen)
            return;
        // Shaped again here (scripts that need it, right to left) and written as glyph runs.
        QTextLayout layout(text, item.font(), device);
        QTextOption option;
        option.setAlignment(Qt::AlignLeft | Qt::AlignAbsolute);
        option.setTextDirection(item.renderFlags() & QTextItem::RightToLeft ? Qt::RightToLeft
                                                                            : Qt::LeftToRight);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (!line.isValid()) {
            layout.endLayout();
            return;
        }
        line.setLineWidth(1e6);
        line.setPosition(QPointF(0, 0));
        layout.endLayout();
        for (const QGlyphRun &run : layout.glyphRuns()) {
            const QRawFont font = run.rawFont();
            FontEntry &f = fontFor(font);
            // Characters for the glyphs they map to one to one, for text extraction.
            for (int i = 0; i < text.size(); ++i) {
                const int n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
                const QString c = text.mid(i, n);
                const QList<quint32> g = font.glyphIndexesForString(c);
                if (g.size() == 1 && g[0] < f.unicode.size() && f.unicode[g[0]].isEmpty())
                    f.unicode[g[0]] = c;
                i += n - 1;
            }
            QList<QPointF> positions = run.positions();
            for (QPointF &pos : positions)
                pos += QPointF(p.x(), p.y() - line.ascent());
            glyphs(font, run.glyphIndexes(), positions, QPointF(), {}, m_pen.color());
        }
    }

    void glyphs(const QRawFont &font, const QList<quint32> &glyphs, const QList<QPointF> &positions,
                const QPointF &origin, QStringView text, const QColor &color)
    {
        if (glyphs.isEmpty())
            return;
        FontEntry &f = fontFor(font);
        prepare(false, false);
        setFill(color);
        const bool mapped = m_matrix.type() <= QTransform::TxTranslate;
        if (!mapped) {
            m_page += "q ";
            for (double v : {m_matrix.m11(), m_matrix.m12(), m_matrix.m21(), m_matrix.m22(), m_matrix.dx(),
                             m_matrix.dy()})
                num(m_page, v);
            m_page += "cm\n";
        }
        const QPointF offset = origin + (mapped ? QPointF(m_matrix.dx(), m_matrix.dy()) : QPointF());
        const double size = font.pixelSize();
        const double scale = size / f.unitsPerEm;
        m_page += "BT /F" + QByteArray::number(f.index) + ' ';
        num(m_page, size);
        m_page += "Tf 1 0 0 -1 0 0 Tm\n";
        // Consecutive glyphs at their natural advance go out as one string; anything else starts a new
        // one at a relative move.
        QPointF lineStart(0, 0);
        double x = 0;
        double y = 0;
        bool open = false;
        for (qsizetype i = 0; i < glyphs.size(); ++i) {
            const quint32 g = glyphs[i];
            if (g >= quint32(f.advance.size()))
                continue;
            const QPointF pos = positions[i] + offset;
            if (!open || std::abs(pos.x() - x) > 0.05 || std::abs(pos.y() - y) > 0.01) {
                if (open)
                    m_page += ")Tj\n";
                num(m_page, pos.x() - lineStart.x());
                num(m_page, lineStart.y() - pos.y());
                m_page += "Td(";
                lineStart = pos;
                y = pos.y();
                open = true;
            }
            if (f.advance[g] < 0) {
                f.advance[g] =
                    f.metrics.advancesForGlyphIndexes(QList<quint32>{g}, QRawFont::UseDesignMetrics)
                        .value(0)
                        .x();
            }
            if (!text.isEmpty() && i < text.size() && f.unicode[g].isEmpty())
                f.unicode[g] = text.at(i);
            x = pos.x() + f.advance[g] * scale;
            char bytes[8];
            int size = 0;
            for (const char b : {char(g >> 8), char(g & 0xff)}) {
                switch (b) {
                case '(':
                case ')':
                case '\\':
                    bytes[size++] = '\\';
                    bytes[size++] = b;
                    break;
                case '\r':
                    bytes[size++] = '\\';
                    bytes[size++] = 'r';
                    break;
                case '\n':
                    bytes[size++] = '\\';
                    bytes[size++] = 'n';
                    break;
                default:
                    bytes[size++] = b;
                }
            }
            m_page.append(bytes, size);
        }
        if (open)
            m_page += ")Tj\n";
        m_page += "ET\n";
        if (!mapped) {
            m_page += "Q\n";
            resetEmitted();
        }
    }

    void newPage()
    {
        endPage();
        startPage();
    }

    bool finish()
    {
        endPage();
        // Fonts: subsets of the glyphs used, with their widths and characters.
        QByteArray fontRefs;
        for (const auto &f : std::as_const(m_fonts))
            fontRefs +=
                "/F" + QByteArray::number(f->index) + ' ' + QByteArray::number(writeFont(*f)) + " 0 R ";
        QByteArray imageRefs;
        for (const auto &[name, object] : std::as_const(m_images))
            imageRefs += name + ' ' + QByteArray::number(object) + " 0 R ";
        startObject(kResources);
        write("<< /ProcSet [/PDF /Text /ImageC] /Font << " + fontRefs + ">> /XObject << " + imageRefs +
              ">> >>\nendobj\n");
        startObject(kPages);
        QByteArray kids;
        for (int page : std::as_const(m_pageObjects))
            kids += QByteArray::number(page) + " 0 R\n";
        write("<< /Type /Pages /Count " + QByteArray::number(m_pageObjects.size()) + " /Kids [\n" + kids +
              "] >>\nendobj\n");
        startObject(kCatalog);
        write("<< /Type /Catalog /Pages " + QByteArray::number(kPages) + " 0 R >>\nendobj\n");
        startObject(kInfo);
        write("<< /Title " + pdfText(title) + " /Creator " + pdfText(creator) + " /Producer " +
              pdfText(QStringLiteral("Scimflow")) + " /CreationDate (D:" +
              QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() +
              "Z) >>\nendobj\n");
        const qint64 xref = m_pos;
        QByteArray table = "xref\n0 " + QByteArray::number(m_offsets.size()) + "\n0000000000 65535 f \n";
        for (qsizetype i = 1; i < m_offsets.size(); ++i)
            table += QByteArray::number(m_offsets[i]).rightJustified(10, '0') + " 00000 n \n";
        table += "trailer\n<< /Size " + QByteArray::number(m_offsets.size()) + " /Root " +
                 QByteArray::number(kCatalog) + " 0 R /Info " + QByteArray::number(kInfo) +
                 " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        write(table);
        return m_ok;
    }

private:
    static constexpr int kCatalog = 1;
    static constexpr int kPages = 2;
    static constexpr int kResources = 3;
    static constexpr int kInfo = 4;
    static constexpr int kFirstFree = 5;

    struct FontEntry
    {
        int index = 0;
        QRawFont metrics; // at unitsPerEm pixels: advances in font units
        double unitsPerEm = 1000;
        std::vector<double> advance; // by glyph; < 0 until used
        QList<QString> unicode;      // by glyph
    };

    static QByteArray pdfText(const QString &s)
    {
        QByteArray out = "<FEFF";
        for (QChar c : s)
            out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        return out + '>';
    }

    void write(const QByteArray &bytes)
    {
        if (m_out->write(bytes) != bytes.size())
            m_ok = false;
        m_pos += bytes.size();
    }

    int newObject()
    {
        m_offsets << 0;
        const int object = int(m_offsets.size() - 1);
        startObject(object);
        return object;
    }

    void startObject(int object)
    {
        m_offsets[object] = m_pos;
        write(QByteArray::number(object) + " 0 obj\n");
    }

    void startPage()
    {
        m_page.clear();
        const double s = 72.0 / m_dpi;
        num(m_page, s);
        m_page += "0 0 ";
        num(m_page, -s);
        m_page += "0 ";
        num(m_page, m_pageSize.height() * s);
        m_page += "cm\nq\n";
        resetEmitted();
        m_clipDirty = m_clipEnabled && !m_clips.isEmpty();
    }

    void endPage()
    {
        m_page += "Q\n";
        const QByteArray data = compressed(m_page, 1);
        const int content = newObject();
        write("<< /Length " + QByteArray::number(data.size()) + " /Filter /FlateDecode >>\nstream\n");
        write(data);
        write("\nendstream\nendobj\n");
        const int page = newObject();
        QByteArray box;
        num(box, 0);
        num(box, 0);
        num(box, m_pageSize.width() * 72.0 / m_dpi);
        num(box, m_pageSize.height() * 72.0 / m_dpi);
        write("<< /Type /Page /Parent " + QByteArray::number(kPages) + " 0 R /MediaBox [" + box.trimmed() +
              "] /Resources " + QByteArray::number(kResources) + " 0 R /Contents " +
              QByteArray::number(content) + " 0 R >>\nendobj\n");
        m_pageObjects << page;
        m_page.clear();
    }

    void resetEmitted()
    {
        m_fill = QColor();
        m_stroke = QColor();
        m_lineWidth = -1;
        m_cap = -1;
        m_join = -1;
    }

    void updateClip(const QPainterPath &path, Qt::ClipOperation op)
    {
        const QPainterPath device = m_matrix.map(path);
        switch (op) {
        case Qt::NoClip:
            m_clips.clear();
            m_clipEnabled = false;
            break;
        case Qt::ReplaceClip:
            m_clips = {device};
            m_clipEnabled = true;
            break;
        case Qt::IntersectClip:
            m_clips << device;
            m_clipEnabled = true;
            break;
        }
        m_clipDirty = true;
    }

    void point(const QPointF &p)
    {
        num(m_page, p.x());
        num(m_page, p.y());
    }

    void setFill(const QColor &c)
    {
        if (c.rgb() == m_fill.rgb() && m_fill.isValid())
            return;
        m_fill = c;
        color(m_page, c);
        m_page += "rg\n";
    }

    // Clip, colours and line style for what is drawn next.
    void prepare(bool fill, bool stroke)
    {
        if (m_clipDirty) {
            m_page += "Q q\n";
            resetEmitted();
            if (m_clipEnabled) {
                for (const QPainterPath &clip : std::as_const(m_clips)) {
                    for (int i = 0; i < clip.elementCount(); ++i) {
                        const QPainterPath::Element e = clip.elementAt(i);
                        point(e);
                        if (e.isMoveTo()) {
                            m_page += "m\n";
                        } else if (e.isLineTo()) {
                            m_page += "l\n";
                        } else if (e.isCurveTo() && i + 2 < clip.elementCount()) {
                            point(clip.elementAt(i + 1));
                            point(clip.elementAt(i + 2));
                            m_page += "c\n";
                            i += 2;
                        }
                    }
                    m_page += clip.fillRule() == Qt::OddEvenFill ? "W* n\n" : "W n\n";
                }
            }
            m_clipDirty = false;
        }
        if (fill)
            setFill(m_brush.color());
        if (stroke) {
            const QColor c = m_pen.color();
            if (!m_stroke.isValid() || c.rgb() != m_stroke.rgb()) {
                m_stroke = c;
                color(m_page, c);
                m_page += "RG\n";
            }
            double width = m_pen.widthF();
            if (!m_pen.isCosmetic())
                width *= std::sqrt(std::abs(m_matrix.determinant()));
            width = std::max(width, 1.0); // a cosmetic or zero-width pen: one device pixel
            if (width != m_lineWidth) {
                m_lineWidth = width;
                num(m_page, width);
                m_page += "w\n";
            }
            const int cap = m_pen.capStyle() == Qt::FlatCap ? 0 : m_pen.capStyle() == Qt::RoundCap ? 1 : 2;
            const int join = m_pen.joinStyle() == Qt::RoundJoin   ? 1
                             : m_pen.joinStyle() == Qt::BevelJoin ? 2
                                                                  : 0;
            if (cap != m_cap || join != m_join) {
                m_cap = cap;
                m_join = join;
                m_page += QByteArray::number(cap) + " J " + QByteArray::number(join) + " j\n";
            }
        }
    }

    void paintOperator(bool fill, bool stroke, bool oddEven)
    {
        if (fill && stroke)
            m_page += oddEven ? "B*\n" : "B\n";
        else if (fill)
            m_page += oddEven ? "f*\n" : "f\n";
        else
            m_page += "S\n";
    }

    FontEntry &fontFor(const QRawFont &font)
    {
        for (const auto &[raw, entry] : std::as_const(m_fontsBySize)) {
            if (raw == font)
                return *entry;
        }
        const QByteArray key = font.familyName().toUtf8() + '|' + font.styleName().toUtf8() + '|' +
                               QByteArray::number(font.weight()) + '|' +
                               QByteArray::number(int(font.style())) + '|' + font.fontTable("head").toHex();
        auto it = m_fonts.find(key);
        if (it == m_fonts.end()) {
            auto f = std::make_shared<FontEntry>();
            f->index = int(m_fonts.size());
            f->metrics = font;
            f->unitsPerEm = font.unitsPerEm();
            f->metrics.setPixelSize(f->unitsPerEm);
            int glyphCount = get16(font.fontTable("maxp"), 4);
            if (glyphCount == 0)
                glyphCount = 0x10000;
            f->advance.assign(size_t(glyphCount), -1.0);
            f->unicode.resize(glyphCount);
            it = m_fonts.insert(key, f);
        }
        m_fontsBySize << qMakePair(font, it.value());
        return *it.value();
    }

    // A TrueType font holding the outlines of the used glyphs only, at their original glyph ids.
    QByteArray subset(const FontEntry &f) const
    {
        const QRawFont &font = f.metrics;
        QByteArray head = font.fontTable("head");
        const QByteArray loca = font.fontTable("loca");
        const QByteArray glyf = font.fontTable("glyf");
        const bool longOffsets = get16(head, 50) == 1;
        const int glyphCount = int(f.advance.size());
        const auto offset = [&](int g) -> quint32 {
            return longOffsets ? get32(loca, qsizetype(g) * 4) : quint32(get16(loca, qsizetype(g) * 2)) * 2;
        };
        std::vector<char> keep(size_t(glyphCount), 0);
        QList<int> todo;
        if (glyphCount > 0)
            todo << 0; // .notdef
        for (int g = 0; g < glyphCount; ++g) {
            if (f.advance[size_t(g)] >= 0)
                todo << g;
        }
        while (!todo.isEmpty()) {
            const int g = todo.takeLast();
            if (g >= glyphCount || keep[size_t(g)])
                continue;
            keep[size_t(g)] = 1;
            const quint32 start = offset(g);
            const quint32 end = offset(g + 1);
            if (end <= start || qsizetype(end) > glyf.size() || qint16(get16(glyf, start)) >= 0)
                continue;
            // A composite glyph: keep its components too.
            qsizetype at = start + 10;
            for (;;) {
                const quint16 flags = get16(glyf, at);
                todo << get16(glyf, at + 2);
                at += 4 + ((flags & 0x1) ? 4 : 2);
                if (flags & 0x8)
                    at += 2;
                else if (flags & 0x40)
                    at += 4;
                else if (flags & 0x80)
                    at += 8;
                if (!(flags & 0x20) || at >= qsizetype(end))
                    break;
            }
        }
        QByteArray newGlyf;
        QByteArray newLoca;
        for (int g = 0; g < glyphCount; ++g) {
            put32(newLoca, quint32(newGlyf.size()));
            if (keep[size_t(g)]) {
                const quint32 start = offset(g);
                const quint32 end = offset(g + 1);
                if (end > start && qsizetype(end) <= glyf.size())
                    newGlyf += glyf.mid(start, end - start);
                while (newGlyf.size() % 4)
                    newGlyf += '\0';
            }
        }
        put32(newLoca, quint32(newGlyf.size()));
        if (head.size() >= 54) {
            head[8] = head[9] = head[10] = head[11] = 0; // checkSumAdjustment
            head[50] = 0;
            head[51] = 1; // long loca offsets
        }
        QMap<QByteArray, QByteArray> tables; // sorted by tag, as the directory must be
        for (const char *tag : {"OS/2", "cvt ", "fpgm", "hhea", "hmtx", "maxp", "name", "post", "prep"}) {
            const QByteArray table = font.fontTable(tag);
            if (!table.isEmpty())
                tables.insert(tag, table);
        }
        tables.insert("head", head);
        tables.insert("loca", newLoca);
        tables.insert("glyf", newGlyf);
        const int n = int(tables.size());
        int power = 1;
        int log2 = 0;
        while (power * 2 <= n) {
            power *= 2;
            ++log2;
        }
        QByteArray out;
        put32(out, 0x00010000);
        put16(out, quint16(n));
        put16(out, quint16(power * 16));
        put16(out, quint16(log2));
        put16(out, quint16(n * 16 - power * 16));
        quint32 at = quint32(12 + 16 * n);
        QByteArray data;
        for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
            out += it.key();
            put32(out, tableChecksum(it.value()));
            put32(out, at + quint32(data.size()));
            put32(out, quint32(it.value().size()));
            data += it.value();
            while (data.size() % 4)
                data += '\0';
        }
        return out + data;
    }

    int writeFont(const FontEntry &f)
    {
        const QRawFont &font = f.metrics;
        const double em = f.unitsPerEm;
        const auto units = [&](double v) { return QByteArray::number(qRound(v * 1000 / em)); };
        QByteArray name;
        for (QChar c : font.familyName() + font.styleName()) {
            if (c.isLetterOrNumber() && c.unicode() < 0x80)
                name += char(c.unicode());
        }
        QByteArray tag;
        for (int i = 0, v = f.index; i < 6; ++i, v /= 26)
            tag += char('A' + v % 26);
        name = tag + '+' + (name.isEmpty() ? QByteArray("Font") : name);

        const QByteArray program = subset(f);
        const QByteArray programData = compressed(program, 6);
        const int file = newObject();
        write("<< /Length " + QByteArray::number(programData.size()) + " /Length1 " +
              QByteArray::number(program.size()) + " /Filter /FlateDecode >>\nstream\n");
        write(programData);
        write("\nendstream\nendobj\n");

        const QByteArray head = font.fontTable("head");
        const QByteArray bbox = units(qint16(get16(head, 36))) + ' ' + units(qint16(get16(head, 38))) + ' ' +
                                units(qint16(get16(head, 40))) + ' ' + units(qint16(get16(head, 42)));
        const int descriptor = newObject();
        write("<< /Type /FontDescriptor /FontName /" + name + " /Flags 4 /FontBBox [" + bbox +
              "] /ItalicAngle 0 /Ascent " + units(font.ascent()) + " /Descent " + units(-font.descent()) +
              " /CapHeight " + units(font.capHeight()) + " /StemV 80 /FontFile2 " + QByteArray::number(file) +
              " 0 R >>\nendobj\n");

        QByteArray widths;
        QByteArray map;
        int mapped = 0;
        QByteArray block;
        const auto flushMap = [&] {
            if (mapped) {
                map += QByteArray::number(mapped) + " beginbfchar\n" + block + "endbfchar\n";
                block.clear();
                mapped = 0;
            }
        };
        for (size_t g = 0; g < f.advance.size(); ++g) {
            if (f.advance[g] < 0)
                continue;
            widths += QByteArray::number(qulonglong(g)) + " [" +
                      QByteArray::number(f.advance[g] * 1000 / em, 'f', 2) + "]\n";
            const QString &text = f.unicode[qsizetype(g)];
            if (text.isEmpty())
                continue;
            block += '<' + QByteArray::number(qulonglong(g), 16).rightJustified(4, '0') + "> <";
            for (QChar c : text)
                block += QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
            block += ">\n";
            if (++mapped == 100)
                flushMap();
        }
        flushMap();
        const int cid = newObject();
        write("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
              " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
              QByteArray::number(descriptor) + " 0 R /CIDToGIDMap /Identity /W [\n" + widths +
              "] >>\nendobj\n");

        const QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                                "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                                "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                                "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" +
                                map + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        const QByteArray cmapData = compressed(cmap, 6);
        const int toUnicode = newObject();
        write("<< /Length " + QByteArray::number(cmapData.size()) + " /Filter /FlateDecode >>\nstream\n");
        write(cmapData);
        write("\nendstream\nendobj\n");

        const int type0 = newObject();
        write("<< /Type /Font /Subtype /Type0 /BaseFont /" + name +
              " /Encoding /Identity-H /DescendantFonts [" + QByteArray::number(cid) + " 0 R] /ToUnicode " +
              QByteArray::number(toUnicode) + " 0 R >>\nendobj\n");
        return type0;
    }

    QIODevice *m_out;
    QSizeF m_pageSize;
    int m_dpi;
    bool m_ok = true;
    qint64 m_pos = 0;
    QList<qint64> m_offsets; // by object number; 0 is the free head
    QList<int> m_pageObjects;
    QByteArray m_page;

    QTransform m_matrix;
    QPen m_pen;
    QBrush m_brush;
    bool m_clipEnabled = false;
    bool m_clipDirty = false;
    QList<QPainterPath> m_clips; // device pixels, intersected
    QColor m_fill;
    QColor m_stroke;
    double m_lineWidth = -1;
    int m_cap = -1;
    int m_join = -1;

    QMap<QByteArray, std::shared_ptr<FontEntry>> m_fonts;
    QList<QPair<QRawFont, std::shared_ptr<FontEntry>>> m_fontsBySize;
    QList<QPair<QByteArray, int>> m_images;
};

ReportPdfDevice::ReportPdfDevice(QIODevice *out, const QSizeF &pageSize, int dpi)
    : m_engine(std::make_unique<ReportPdfEngine>(out, pageSize, dpi))
    , m_pageSize(pageSize)
    , m_dpi(dpi)
{
    m_engine->device = this;
}

ReportPdfDevice::~ReportPdfDevice() = default;

void ReportPdfDevice::setTitle(const QString &title)
{
    m_engine->title = title;
}

void ReportPdfDevice::setCreator(const QString &creator)
{
    m_engine->creator = creator;
}

void ReportPdfDevice::newPage()
{
    m_engine->newPage();
}

bool ReportPdfDevice::finish()
{
    return m_engine->finish();
}

QPaintEngine *ReportPdfDevice::paintEngine() const
{
    return m_engine.get();
}

bool ReportPdfDevice::drawGlyphs(QPainter &painter, const QRawFont &font, const QList<quint32> &glyphs,
                                 const QList<QPointF> &positions, const QPointF &origin, QStringView text)
{
    QPaintEngine *engine = painter.paintEngine();
    if (!engine || engine->type() != QPaintEngine::User)
        return false;
    auto *pdf = dynamic_cast<ReportPdfEngine *>(engine);
    if (!pdf)
        return false;
    painter.drawPath(QPainterPath()); // hands the painter's state (clip, transform, pen) to the engine
    pdf->glyphs(font, glyphs, positions, origin, text, painter.pen().color());
    return true;
}

int ReportPdfDevice::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return qRound(m_pageSize.width());
    case PdmHeight:
        return qRound(m_pageSize.height());
    case PdmWidthMM:
        return qRound(m_pageSize.width() * 25.4 / m_dpi);
    case PdmHeightMM:
        return qRound(m_pageSize.height() * 25.4 / m_dpi);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(QPaintDevice::devicePixelRatioFScale());
    default:
        return QPaintDevice::metric(metric);
    }
}

} // namespace Scimflow
