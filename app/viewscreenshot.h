#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace Scimflow {

class ConsoleSession;
class FindingsDock;
class MainWindow;
class ReviewController;

/// --screenshot FILE [--screenshot-view VIEW]: once the data and the findings are shown, renders one view
/// of the console (the main window, the Findings or Timeline dock, the Reports or Connection dialog) to a
/// PNG and exits the event loop: 0 when the file was written. Used for the user guide's pictures.
class ViewScreenshot : public QObject
{
    Q_OBJECT
public:
    static QStringList viewNames();

    ViewScreenshot(MainWindow *window, ConsoleSession *session, FindingsDock *findings, QString view,
                   QString file, QObject *parent = nullptr);

    /// Call when the console has loaded its data: waits for the findings, arranges the view, grabs it.
    void start();
    /// The review window's controller, for the `review` view.
    void setReviews(ReviewController *reviews) { m_reviews = reviews; }

private:
    void arrange();
    void grabAndExit(QWidget *widget);

    MainWindow *m_window;
    ConsoleSession *m_session;
    FindingsDock *m_findings;
    ReviewController *m_reviews = nullptr;
    QString m_view;
    QString m_file;
    bool m_started = false;
    bool m_arranged = false; // by the findings signal or the timeout, whichever comes first
};

} // namespace Scimflow
