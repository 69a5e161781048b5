#pragma once

#include "identityevent.h"
#include "job.h"

#include <QColor>
#include <QPainterPath>
#include <QPalette>

class QPainter;

namespace Scimflow {

/// Colours and marker shapes of the timeline, shared by the chart item and its legend. Colours come from the
/// Okabe-Ito palette (distinguishable with the common colour-vision deficiencies); shapes differ per event
/// kind so that colour is never the only cue, and every mark gets an outline that contrasts with the
/// background of the current (light or dark) palette.
class TimelineStyle
{
public:
    explicit TimelineStyle(const QPalette &palette);

    bool isDark() const { return m_dark; }
    QColor background() const { return m_background; }
    QColor laneShade() const { return m_laneShade; }
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_muted; }
    QColor outline() const { return m_outline; }
    QColor grid() const { return m_grid; }
    QColor nowLine() const { return m_text; }
    QColor finding() const;

    QColor eventColor(IdentityEvent::Kind kind) const;
    QColor jobColor(Job::State state) const;

    /// The marker of \a kind centred on (0, 0), about \a size pixels across.
    static QPainterPath markerPath(IdentityEvent::Kind kind, qreal size);
    /// Draws the marker of \a kind at \a centre with its fill and contrasting outline.
    void drawMarker(QPainter *painter, IdentityEvent::Kind kind, QPointF centre, qreal size) const;
    /// Draws the flag that marks where a finding begins, its pole at \a x from \a top down to \a bottom.
    void drawFindingFlag(QPainter *painter, qreal x, qreal top, qreal bottom, bool acrossChart) const;
    QColor credential() const;
    /// Draws a key mark at \a centre: a key created (its bow filled), or a key or token last used (hollow
    /// bow with a dot), about \a size pixels across.
    void drawCredentialMark(QPainter *painter, bool created, QPointF centre, qreal size) const;

    static QList<IdentityEvent::Kind> eventKinds();
    static QList<Job::State> jobStates();

private:
    bool m_dark = false;
    QColor m_background;
    QColor m_laneShade;
    QColor m_text;
    QColor m_muted;
    QColor m_outline;
    QColor m_grid;
};

} // namespace Scimflow
