#pragma once

#include "result.h"

#include <QColor>
#include <QString>

class QGraphicsView;
class QWidget;

namespace Scimflow {

/// Writes what a chart view shows, with a legend widget underneath, to PNG or SVG.
class TimelineExport
{
public:
    /// PNG at twice the screen resolution (crisp on high-density screens and in documents).
    static Status toPng(const QString &path, QGraphicsView *chart, QWidget *legend, QColor background);
    static Status toSvg(const QString &path, QGraphicsView *chart, QWidget *legend, QColor background,
                        const QString &title, const QString &description);
};

} // namespace Scimflow
