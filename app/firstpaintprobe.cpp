#include "firstpaintprobe.h"

#include "consolesession.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace Scimflow {

bool FirstPaintProbe::isRequested()
{
    return qEnvironmentVariableIntValue("SCIMFLOW_EXIT_AFTER_FIRST_PAINT") == 1;
}

FirstPaintProbe::FirstPaintProbe(ConsoleSession *session, QWidget *painted, QObject *parent)
    : QObject(parent)
    , m_painted(painted)
{
    connect(session, &ConsoleSession::loaded, this, [this] {
        m_loaded = true;
        m_painted->installEventFilter(this);
        m_painted->update(); // a paint follows even when nothing else asks for one
    });
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_painted && event->type() == QEvent::Paint && m_loaded && !m_done) {
        m_done = true;
        // After this paint event has been handled, i.e. the rows are on screen.
        QTimer::singleShot(0, this, [] {
            QTextStream(stdout) << "painted" << Qt::endl;
            QCoreApplication::exit(0);
        });
    }
    return false;
}

} // namespace Scimflow
