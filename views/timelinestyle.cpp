#include "timelinestyle.h"

#include <QPainter>

#include <cmath>

namespace Scimflow {

namespace {

// Okabe-Ito
const QColor kOrange(0xE6, 0x9F, 0x00);
const QColor kSkyBlue(0x56, 0xB4, 0xE9);
const QColor kGreen(0x00, 0x9E, 0x73);
const QColor kYellow(0xF0, 0xE4, 0x42);
const QColor kBlue(0x00, 0x72, 0xB2);
const QColor kVermillion(0xD5, 0x5E, 0x00);
const QColor kPurple(0xCC, 0x79, 0xA7);
const QColor kGrey(0x99, 0x99, 0x99);

} // namespace

TimelineStyle::TimelineStyle(const QPalette &palette)
{
    m_background = palette.color(QPalette::Base);
    m_text = palette.color(QPalette::Text);
    m_dark = m_background.lightnessF() < 0.5;
    m_muted = palette.color(QPalette::PlaceholderText);
    if (std::abs(m_muted.lightnessF() - m_background.lightnessF()) < 0.3)
        m_muted = m_dark ? QColor(0xB0, 0xB0, 0xB0) : QColor(0x55, 0x55, 0x55);
    m_outline = m_dark ? QColor(0xF2, 0xF2, 0xF2) : QColor(0x1A, 0x1A, 0x1A);
    m_laneShade = m_dark ? m_background.lighter(135) : m_background.darker(106);
    if (m_dark && m_laneShade == m_background)
        m_laneShade = QColor(0x2A, 0x2A, 0x2A);
    m_grid = m_text;
    m_grid.setAlphaF(0.18f);
}

QColor TimelineStyle::finding() const
{
    return kPurple;
}

QColor TimelineStyle::eventColor(IdentityEvent::Kind kind) const
{
    switch (kind) {
    case IdentityEvent::Kind::Created:
    case IdentityEvent::Kind::Reactivated:
        return kGreen;
    case IdentityEvent::Kind::Updated:
        return m_dark ? QColor(0xC8, 0xC8, 0xC8) : QColor(0x70, 0x70, 0x70);
    case IdentityEvent::Kind::Deactivated:
    case IdentityEvent::Kind::Deleted:
        return kVermillion;
    case IdentityEvent::Kind::MembershipAdded:
    case IdentityEvent::Kind::MembershipRemoved:
        return m_dark ? kSkyBlue : kBlue;
    case IdentityEvent::Kind::RoleChanged:
        return kOrange;
    }
    return kGrey;
}

QColor TimelineStyle::jobColor(Job::State state) const
{
    switch (state) {
    case Job::State::Succeeded:
        return kGreen;
    case Job::State::Failed:
        return kVermillion;
    case Job::State::Running:
        return m_dark ? kSkyBlue : kBlue;
    case Job::State::Pending:
        return kYellow;
    case Job::State::Cancelled:
    case Job::State::Unknown:
        break;
    }
    return kGrey;
}

QPainterPath TimelineStyle::markerPath(IdentityEvent::Kind kind, qreal size)
{
    const qreal r = size / 2;
    QPainterPath p;
    auto polygon = [&](std::initializer_list<QPointF> points) {
        p.addPolygon(QPolygonF(QList<QPointF>(points)));
        p.closeSubpath();
    };
    const qreal t = std::max<qreal>(1.5, size / 4); // bar thickness for plus and minus
    switch (kind) {
    case IdentityEvent::Kind::Created:
        p.addEllipse(QPointF(0, 0), r, r);
        break;
    case IdentityEvent::Kind::Updated:
        polygon({{0, -r * 0.8}, {r * 0.8, 0}, {0, r * 0.8}, {-r * 0.8, 0}});
        break;
    case IdentityEvent::Kind::Deactivated:
        polygon({{-r, -r * 0.8}, {r, -r * 0.8}, {0, r}});
        break;
    case IdentityEvent::Kind::Reactivated:
        polygon({{-r, r * 0.8}, {r, r * 0.8}, {0, -r}});
        break;
    case IdentityEvent::Kind::Deleted: {
        const qreal a = r * 0.35;
        polygon({{-r, -r + a},
                 {-r + a, -r},
                 {0, -a},
                 {r - a, -r},
                 {r, -r + a},
                 {a, 0},
                 {r, r - a},
                 {r - a, r},
                 {0, a},
                 {-r + a, r},
                 {-r, r - a},
                 {-a, 0}});
        break;
    }
    case IdentityEvent::Kind::MembershipAdded:
        polygon({{-t / 2, -r},
                 {t / 2, -r},
                 {t / 2, -t / 2},
                 {r, -t / 2},
                 {r, t / 2},
                 {t / 2, t / 2},
                 {t / 2, r},
                 {-t / 2, r},
                 {-t / 2, t / 2},
                 {-r, t / 2},
                 {-r, -t / 2},
                 {-t / 2, -t / 2}});
        break;
    case IdentityEvent::Kind::MembershipRemoved:
        p.addRect(QRectF(-r, -t / 2 - 0.5, 2 * r, t + 1));
        break;
    case IdentityEvent::Kind::RoleChanged:
        p.addRect(QRectF(-r * 0.8, -r * 0.8, r * 1.6, r * 1.6));
        break;
    }
    return p;
}

void TimelineStyle::drawMarker(QPainter *painter, IdentityEvent::Kind kind, QPointF centre, qreal size) const
{
    QPen pen(m_outline, 1);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(eventColor(kind));
    painter->drawPath(markerPath(kind, size).translated(centre));
}

void TimelineStyle::drawFindingFlag(QPainter *painter, qreal x, qreal top, qreal bottom,
                                    bool acrossChart) const
{
    QPen pole(finding(), acrossChart ? 1.5 : 2, acrossChart ? Qt::DashLine : Qt::SolidLine);
    painter->setPen(pole);
    painter->drawLine(QPointF(x, top), QPointF(x, bottom));
    QPainterPath flag;
    flag.addPolygon(QPolygonF({QPointF(x, top), QPointF(x + 9, top + 3.5), QPointF(x, top + 7)}));
    flag.closeSubpath();
    QPen pen(m_outline, 1);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(finding());
    painter->drawPath(flag);
}

QColor TimelineStyle::credential() const
{
    // Okabe-Ito reddish purple: apart from the event colours' blues, greens and oranges.
    return m_dark ? QColor(0xe3, 0x9c, 0xc4) : QColor(0xcc, 0x79, 0xa7);
}

void TimelineStyle::drawCredentialMark(QPainter *painter, bool created, QPointF centre, qreal size) const
{
    // A key lying on its side: a round bow on the left, the shaft and a bit to the right.
    const qreal r = size * 0.28;
    const QPointF bow(centre.x() - size * 0.22, centre.y());
    QPen outline(m_outline, 1);
    outline.setCosmetic(true);
    QPainterPath shaft;
    shaft.addRect(QRectF(bow.x() + r * 0.8, centre.y() - size * 0.08, size * 0.55, size * 0.16));
    shaft.addRect(QRectF(centre.x() + size * 0.28, centre.y(), size * 0.12, size * 0.24));
    painter->setPen(outline);
    painter->setBrush(credential());
    painter->drawPath(shaft);
    painter->setBrush(created ? credential() : m_background);
    painter->drawEllipse(bow, r, r);
    if (!created) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(credential());
        painter->drawEllipse(bow, r * 0.4, r * 0.4);
    }
}

QList<IdentityEvent::Kind> TimelineStyle::eventKinds()
{
    using K = IdentityEvent::Kind;
    return {K::Created, K::Updated,         K::Deactivated,       K::Reactivated,
            K::Deleted, K::MembershipAdded, K::MembershipRemoved, K::RoleChanged};
}

QList<Job::State> TimelineStyle::jobStates()
{
    using S = Job::State;
    return {S::Running, S::Pending, S::Succeeded, S::Failed, S::Cancelled};
}

} // namespace Scimflow
