#pragma once

#include "driftsettings.h"
#include "finding.h"
#include "result.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Scimflow {

class AuditLog;
class ConsoleSession;
class FindingsModel;
class FindingsView;
class FixConnector;
class FixExecutor;
class MainWindow;
class Store;

/// Composition of the findings feature in the console: a Findings dock in the main window, recomputation
/// off the GUI thread after each load, the fix dialog (through the configured FixConnectors), the
/// acknowledge dialog, and reconciliation of fixes interrupted by a previous exit.
class FindingsDock : public QObject
{
    Q_OBJECT
public:
    FindingsDock(MainWindow *window, ConsoleSession *session, QObject *parent = nullptr);
    ~FindingsDock() override;

    /// The services fixes go through (the SCIM client, the pipeline connectors); not owned.
    void setConnectors(QList<FixConnector *> connectors);
    void setSettings(const DriftSettings &settings) { m_settings = settings; }

    FindingsView *view() const { return m_view; }
    FindingsModel *model() const { return m_model; }
    /// Runs the rules on a worker thread and shows the result.
    void recompute();

signals:
    void recomputed(int openFindings);
    /// A recompute found new findings, reopened or resolved some.
    void findingsChanged();

private:
    struct Computed
    {
        QList<Finding> findings;
        Timestamp now = 0;
        bool changed = false;
        QString error;
    };
    static Computed compute(const QString &path, const DriftSettings &settings);
    void onComputed();
    void openStore();
    void fix(const QString &fingerprint);
    void acknowledge(const QString &fingerprint);
    void reconcile();

    MainWindow *m_window;
    ConsoleSession *m_session;
    FindingsModel *m_model;
    FindingsView *m_view;
    DriftSettings m_settings;
    QList<FixConnector *> m_connectors;
    std::unique_ptr<Store> m_store; // GUI-thread connection for acknowledgements, planning and the audit log
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<FixExecutor> m_executor;
    QFutureWatcher<Computed> m_watcher;
    bool m_again = false;
};

} // namespace Scimflow
