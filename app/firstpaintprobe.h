#pragma once

#include <QObject>

class QWidget;

namespace Scimflow {

class ConsoleSession;

/// For measuring cold start (tests/bench/bench_coldstart): with SCIMFLOW_EXIT_AFTER_FIRST_PAINT=1 in the
/// environment, the console prints "painted" on stdout as soon as the loaded rows have been painted, and
/// exits 0. The bench times the whole process from outside, dynamic linking included.
class FirstPaintProbe : public QObject
{
    Q_OBJECT
public:
    static bool isRequested();

    /// Watches \a painted (a table's viewport) once \a session has loaded.
    FirstPaintProbe(ConsoleSession *session, QWidget *painted, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_painted;
    bool m_loaded = false;
    bool m_done = false;
};

} // namespace Scimflow
