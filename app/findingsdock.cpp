#include "findingsdock.h"

#include "acknowledgedialog.h"
#include "auditlog.h"
#include "consolesession.h"
#include "findingrepository.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "fixdialog.h"
#include "fixexecutor.h"
#include "fixplanner.h"
#include "mainwindow.h"
#include "osuser.h"
#include "store.h"
#include "workspace.h"

#include <QDockWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace Scimflow {

FindingsDock::FindingsDock(MainWindow *window, Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_workspace(workspace)
    , m_model(new FindingsModel(this))
{
    m_view = new FindingsView(m_model, workspace->session()->selection());
    auto *dock = new QDockWidget(tr("Findings"), window);
    dock->setObjectName(QStringLiteral("findingsDock"));
    dock->setWidget(m_view);
    window->addViewDock(dock, Qt::BottomDockWidgetArea);

    FindingsRecompute *findings = workspace->findings();
    connect(findings, &FindingsRecompute::started, this,
            [this] { m_view->recomputeButton()->setEnabled(false); });
    connect(findings, &FindingsRecompute::finished, this, &FindingsDock::onComputed);
    // A fix dialog plans with the connectors of the database it was opened on; it closes when they go.
    connect(workspace, &Workspace::opened, this, [this] {
        if (m_fixDialog && !m_fixDialog->isBusy())
            m_fixDialog->close();
    });
    connect(m_view, &FindingsView::recomputeRequested, this, &FindingsDock::recompute);
    connect(m_view, &FindingsView::timelineRequested, window, &MainWindow::openInTimeline);
    connect(m_view, &FindingsView::fixRequested, this, &FindingsDock::fix);
    connect(m_view, &FindingsView::acknowledgeRequested, this, &FindingsDock::acknowledge);
}

FindingsDock::~FindingsDock() = default;

FixDialog *FindingsDock::fixDialog() const
{
    return m_fixDialog;
}

void FindingsDock::recompute()
{
    m_workspace->recomputeFindings();
}

void FindingsDock::onComputed(const ComputedFindings &result)
{
    m_view->recomputeButton()->setEnabled(true);
    if (result.databasePath != m_workspace->databasePath())
        return; // computed for a database no longer shown
    if (!result.error.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Findings could not be computed: %1").arg(result.error));
        return;
    }
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

void FindingsDock::fix(const QString &fingerprint)
{
    const int row = m_model->rowOf(fingerprint);
    Store *store = m_workspace->store();
    if (row < 0 || !store)
        return;
    const Finding finding = *m_model->findingAt(row);
    FixPlanner planner(store->database(), m_workspace->connectors());
    Result<QList<FixPlan>> plans = planner.plansFor(finding);
    if (!plans) {
        QMessageBox::warning(m_window, tr("Fix"), plans.error().message);
        return;
    }
    // Say why a fix cannot be sent here when the workspace knows (no connection, secrets locked).
    const QString note = m_workspace->fixesNote();
    for (FixPlan &plan : *plans) {
        if (!plan.isAvailable() && !note.isEmpty())
            plan.unavailableReason = note;
    }
    if (m_fixDialog)
        m_fixDialog->close();
    m_fixDialog = new FixDialog(finding, *plans, m_workspace->executor(), m_window);
    m_fixDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_fixDialog, &FixDialog::fixPerformed, this, [this] { recompute(); });
    m_fixDialog->open();
}

void FindingsDock::acknowledge(const QString &fingerprint)
{
    const int row = m_model->rowOf(fingerprint);
    Store *store = m_workspace->store();
    if (row < 0 || !store)
        return;
    AcknowledgeDialog dialog(m_model->findingAt(row)->summary, currentTimestamp(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    FindingRepository repository(store->database());
    if (Status s = repository.acknowledge(fingerprint, dialog.reason(), currentOsUser(), dialog.until());
        !s) {
        QMessageBox::warning(m_window, tr("Acknowledge"), s.error().message);
        return;
    }
    AuditEntry note;
    note.action = QStringLiteral("acknowledge-finding");
    note.target = QStringLiteral("finding/") + fingerprint;
    note.reason = dialog.reason();
    note.outcome = QStringLiteral("acknowledged until ") + timestampToIso(dialog.until());
    if (Result<AuditEntry> logged = m_workspace->auditLog()->append(note); !logged)
        QMessageBox::warning(m_window, tr("Acknowledge"), logged.error().message);
    recompute();
}

} // namespace Scimflow
