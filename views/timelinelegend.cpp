#include "timelinelegend.h"

#include "timelinestyle.h"
#include "timelinetext.h"

#include <QEvent>
#include <QPainter>

namespace Scimflow {

struct TimelineLegend::Entry
{
    enum class Kind { Event, Job, Finding, Credential, Now } kind;
    int value = 0;
    QString text;
};

TimelineLegend::TimelineLegend(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Timeline legend"));
}

QList<TimelineLegend::Entry> TimelineLegend::entries() const
{
    QList<Entry> out;
    for (IdentityEvent::Kind k : TimelineStyle::eventKinds())
        out << Entry{Entry::Kind::Event, int(k), TimelineText::eventKindName(k)};
    for (Job::State s : TimelineStyle::jobStates())
        out << Entry{Entry::Kind::Job, int(s), tr("Job %1").arg(TimelineText::jobStateName(s).toLower())};
    out << Entry{Entry::Kind::Finding, 0, tr("Finding begins")}
        << Entry{Entry::Kind::Credential, 1, tr("Key created")}
        << Entry{Entry::Kind::Credential, 0, tr("Key or token last used")}
        << Entry{Entry::Kind::Now, 0, tr("Now")};
    return out;
}

int TimelineLegend::layoutHeight(int width, QList<QRect> *rects) const
{
    const QFontMetrics fm(font());
    const int rowHeight = fm.height() + 6;
    int x = 4, y = 2;
    for (const Entry &e : entries()) {
        const int w = 22 + fm.horizontalAdvance(e.text) + 14;
        if (x > 4 && x + w > width) {
            x = 4;
            y += rowHeight;
        }
        if (rects)
            *rects << QRect(x, y, w, rowHeight);
        x += w;
    }
    return y + rowHeight + 2;
}

int TimelineLegend::heightForWidth(int width) const
{
    return layoutHeight(width, nullptr);
}

QSize TimelineLegend::sizeHint() const
{
    return QSize(900, heightForWidth(900));
}

QSize TimelineLegend::minimumSizeHint() const
{
    return QSize(200, heightForWidth(std::max(200, width())));
}

void TimelineLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, true);
    const TimelineStyle style(palette());
    QList<QRect> rects;
    layoutHeight(width(), &rects);
    const QList<Entry> all = entries();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Entry &e = all[i];
        const QRect r = rects[i];
        const QPointF c(r.left() + 9, r.center().y() + 0.5);
        switch (e.kind) {
        case Entry::Kind::Event:
            style.drawMarker(&p, IdentityEvent::Kind(e.value), c, 11);
            break;
        case Entry::Kind::Job:
            p.setPen(QPen(style.outline(), 1));
            p.setBrush(style.jobColor(Job::State(e.value)));
            p.drawRect(QRectF(c.x() - 8, c.y() - 4, 16, 8));
            break;
        case Entry::Kind::Finding:
            style.drawFindingFlag(&p, c.x() - 4, c.y() - 7, c.y() + 7, false);
            break;
        case Entry::Kind::Credential:
            style.drawCredentialMark(&p, e.value != 0, c, 14);
            break;
        case Entry::Kind::Now: {
            p.setPen(QPen(style.nowLine(), 1, Qt::DotLine));
            p.drawLine(QPointF(c.x(), c.y() - 7), QPointF(c.x(), c.y() + 7));
            break;
        }
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(r.left() + 22, r.top(), r.width() - 22, r.height()),
                   Qt::AlignVCenter | Qt::AlignLeft, e.text);
    }
}

void TimelineLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

} // namespace Scimflow
