#pragma once

#include "driftsettings.h"
#include "finding.h"
#include "result.h"

#include <QObject>
#include <QPointer>

namespace Scimflow {

class FindingsModel;
class FindingsView;
class FixDialog;
class MainWindow;
class Workspace;
struct ComputedFindings;

/// Composition of the findings feature in the console: a Findings dock in the main window showing the
/// workspace's findings (recomputed off the GUI thread after each load), the fix dialog (through the
/// workspace's fix connectors) and the acknowledge dialog.
class FindingsDock : public QObject
{
    Q_OBJECT
public:
    FindingsDock(MainWindow *window, Workspace *workspace, QObject *parent = nullptr);
    ~FindingsDock() override;

    FindingsView *view() const { return m_view; }
    FindingsModel *model() const { return m_model; }
    /// Runs the rules on a worker thread and shows the result.
    void recompute();
    /// Opens the fix dialog on the finding \a fingerprint (what the view's Fix… does).
    void fix(const QString &fingerprint);
    /// The fix dialog open now, if any.
    FixDialog *fixDialog() const;

signals:
    void recomputed(int openFindings);
    /// A recompute found new findings, reopened or resolved some.
    void findingsChanged();

private:
    void onComputed(const ComputedFindings &result);
    void acknowledge(const QString &fingerprint);

    MainWindow *m_window;
    Workspace *m_workspace;
    FindingsModel *m_model;
    FindingsView *m_view;
    QPointer<FixDialog> m_fixDialog;
};

} // namespace Scimflow
