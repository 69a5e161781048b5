#pragma once

#include <QWidget>

namespace Scimflow {

/// The key under the timeline: one entry per event kind (its marker), job state (its colour), the finding
/// flag and the "now" line, laid out in rows that wrap with the width.
class TimelineLegend : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineLegend(QWidget *parent = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Entry;
    QList<Entry> entries() const;
    int layoutHeight(int width, QList<QRect> *rects) const;
};

} // namespace Scimflow
