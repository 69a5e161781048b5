#include "findingsdock.h"

#include "acknowledgedialog.h"
#include "auditlog.h"
#include "consolesession.h"
#include "driftanalyzer.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "fixdialog.h"
#include "fixexecutor.h"
#include "fixplanner.h"
#include "mainwindow.h"
#include "store.h"

#include <QDockWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QtConcurrent>

namespace Scimflow {

FindingsDock::FindingsDock(MainWindow *window, ConsoleSession *session, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_model(new FindingsModel(this))
{
    m_view = new FindingsView(m_model, session->selection());
    auto *dock = new QDockWidget(tr("Findings"), window);
    dock->setObjectName(QStringLiteral("findingsDock"));
    dock->setWidget(m_view);
    window->addViewDock(dock, Qt::BottomDockWidgetArea);

    connect(session, &ConsoleSession::loaded, this, [this] {
        openStore();
        reconcile();
        recompute();
    });
    connect(m_view, &FindingsView::recomputeRequested, this, &FindingsDock::recompute);
    connect(m_view, &FindingsView::timelineRequested, window, &MainWindow::openInTimeline);
    connect(m_view, &FindingsView::fixRequested, this, &FindingsDock::fix);
    connect(m_view, &FindingsView::acknowledgeRequested, this, &FindingsDock::acknowledge);
    connect(&m_watcher, &QFutureWatcher<Computed>::finished, this, &FindingsDock::onComputed);
}

FindingsDock::~FindingsDock()
{
    m_watcher.waitForFinished();
}

void FindingsDock::setConnectors(QList<FixConnector *> connectors)
{
    m_connectors = std::move(connectors);
    if (m_audit)
        m_executor = std::make_unique<FixExecutor>(*m_audit, m_connectors);
}

void FindingsDock::openStore()
{
    const QString path = m_session->databasePath();
    if (m_store && m_store->path() == path)
        return;
    m_executor.reset();
    m_audit.reset();
    m_store.reset();
    auto store = Store::open(path);
    if (!store) {
        m_window->statusBar()->showMessage(store.error().message);
        return;
    }
    m_store = std::move(store).value();
    m_audit = std::make_unique<AuditLog>(m_store->database());
    m_executor = std::make_unique<FixExecutor>(*m_audit, m_connectors);
}

FindingsDock::Computed FindingsDock::compute(const QString &path, const DriftSettings &settings)
{
    Computed out;
    auto store = Store::open(path); // this thread's own connection
    if (!store) {
        out.error = store.error().message;
        return out;
    }
    DriftAnalyzer analyzer(**store, settings);
    Result<FindingChanges> changes = analyzer.recompute();
    if (!changes) {
        out.error = changes.error().message;
        return out;
    }
    out.now = analyzer.lastAnalysisTime();
    out.changed = changes->added + changes->reopened + changes->resolved > 0;
    Result<QList<Finding>> all = analyzer.repository().load(true);
    if (!all)
        out.error = all.error().message;
    else
        out.findings = std::move(all).value();
    return out;
}

void FindingsDock::recompute()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_view->recomputeButton()->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(&FindingsDock::compute, m_session->databasePath(), m_settings));
}

void FindingsDock::onComputed()
{
    const Computed result = m_watcher.result();
    m_view->recomputeButton()->setEnabled(true);
    if (!result.error.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Findings could not be computed: %1").arg(result.error));
    } else {
        const QString current = m_view->currentFingerprint();
        m_model->setFindings(result.findings, result.now);
        m_view->selectFingerprint(current);
        int open = 0;
        for (const Finding &f : result.findings)
            open += !f.isResolved() && !f.isAcknowledged(result.now);
        emit recomputed(open);
        if (result.changed)
            emit findingsChanged();
    }
    if (m_again) {
        m_again = false;
        recompute();
    }
}

void FindingsDock::fix(const QString &fingerprint)
{
    const int row = m_model->rowOf(fingerprint);
    if (row < 0 || !m_store)
        return;
    const Finding finding = *m_model->findingAt(row);
    FixPlanner planner(m_store->database(), m_connectors);
    Result<QList<FixPlan>> plans = planner.plansFor(finding);
    if (!plans) {
        QMessageBox::warning(m_window, tr("Fix"), plans.error().message);
        return;
    }
    auto *dialog = new FixDialog(finding, *plans, m_executor.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FixDialog::fixPerformed, this, [this] { recompute(); });
    dialog->open();
}

void FindingsDock::acknowledge(const QString &fingerprint)
{
    const int row = m_model->rowOf(fingerprint);
    if (row < 0 || !m_store)
        return;
    AcknowledgeDialog dialog(m_model->findingAt(row)->summary, currentTimestamp(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    FindingRepository repository(m_store->database());
    if (Status s =
            repository.acknowledge(fingerprint, dialog.reason(), AuditLog::currentOsUser(), dialog.until());
        !s) {
        QMessageBox::warning(m_window, tr("Acknowledge"), s.error().message);
        return;
    }
    AuditEntry note;
    note.action = QStringLiteral("acknowledge-finding");
    note.target = QStringLiteral("finding/") + fingerprint;
    note.reason = dialog.reason();
    note.outcome = QStringLiteral("acknowledged until ") + timestampToIso(dialog.until());
    if (Result<AuditEntry> logged = m_audit->append(note); !logged)
        QMessageBox::warning(m_window, tr("Acknowledge"), logged.error().message);
    recompute();
}

void FindingsDock::reconcile()
{
    if (!m_executor)
        return;
    m_executor->reconcile([this](ReconcileReport report) {
        if (report.reconciled || report.stillPending)
            m_window->statusBar()->showMessage(tr("Interrupted fixes: %1 reconciled, %2 still pending.")
                                                   .arg(report.reconciled)
                                                   .arg(report.stillPending));
    });
}

} // namespace Scimflow
