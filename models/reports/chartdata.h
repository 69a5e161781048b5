#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace Scimflow {

/// A bar chart as plain data: one bar per category. Histograms are bar charts over bucket labels.
struct ChartData
{
    QString id;         // stable key, e.g. "delay-distribution"
    QString title;      // shown above the chart
    QString valueLabel; // y axis, e.g. "users"
    QStringList categories;
    QList<double> values;
    QList<QColor> colors; // per bar; empty: the default palette colour

    bool isEmpty() const { return categories.isEmpty(); }
};

} // namespace Scimflow
