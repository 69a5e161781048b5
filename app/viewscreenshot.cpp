#include "viewscreenshot.h"

#include "connectiondialog.h"
#include "connectionprofile.h"
#include "consolesession.h"
#include "findingsdock.h"
#include "findingsmodel.h"
#include "findingsview.h"
#include "mainwindow.h"
#include "reportsdialog.h"
#include "reviewcontroller.h"
#include "reviewwindow.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QPixmap>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace Scimflow {

namespace {

// Time for the views to lay out freshly loaded rows (and a dialog its pages) before grabbing.
constexpr int kSettleMs = 150;
constexpr int kReportSettleMs = 200;
// A screenshot does not wait forever for findings that could not be computed.
constexpr int kFindingsTimeoutMs = 10000;

} // namespace

QStringList ViewScreenshot::viewNames()
{
    return {QStringLiteral("main"),    QStringLiteral("findings"),   QStringLiteral("timeline"),
            QStringLiteral("reports"), QStringLiteral("connection"), QStringLiteral("review")};
}

ViewScreenshot::ViewScreenshot(MainWindow *window, ConsoleSession *session, FindingsDock *findings,
                               QString view, QString file, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_findings(findings)
    , m_view(std::move(view))
    , m_file(std::move(file))
{}

void ViewScreenshot::start()
{
    if (m_started)
        return;
    m_started = true;
    // The findings dock recomputes after each load; pictures show its result, not an empty list.
    connect(m_findings, &FindingsDock::recomputed, this, &ViewScreenshot::arrange, Qt::SingleShotConnection);
    QTimer::singleShot(kFindingsTimeoutMs, this, &ViewScreenshot::arrange);
}

void ViewScreenshot::arrange()
{
    if (m_arranged)
        return;
    m_arranged = true;
    FindingsView *findings = m_findings->view();
    const QAbstractItemModel *model = findings->table()->model();
    if (m_view != QLatin1String("main") && model->rowCount() > 0) {
        // The most severe finding shows its evidence; the timeline reads best for a person's finding.
        int row = 0;
        for (int r = 0; m_view == QLatin1String("timeline") && r < model->rowCount(); ++r) {
            if (model->index(r, 0).data(FindingsModel::SubjectKindRole).toString() == QLatin1String("user")) {
                row = r;
                break;
            }
        }
        findings->table()->selectionModel()->setCurrentIndex(
            model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    auto floatDock = [this](const char *name, QSize size) -> QWidget * {
        auto *dock = m_window->findChild<QDockWidget *>(QLatin1String(name));
        if (!dock)
            return m_window;
        dock->setFloating(true);
        dock->resize(size);
        dock->show();
        return dock->widget();
    };
    QWidget *target = m_window;
    if (m_view == QLatin1String("findings")) {
        target = floatDock("findingsDock", QSize(1180, 520));
    } else if (m_view == QLatin1String("timeline")) {
        target = floatDock("timelineDock", QSize(1180, 560));
    } else if (m_view == QLatin1String("reports")) {
        auto *dialog = new ReportsDialog(m_session->databasePath(), m_window);
        dialog->resize(1100, 760);
        dialog->show();
        // The preview shows the first page once it is built.
        connect(dialog, &ReportsDialog::reportReady, this, [this, dialog] {
            QTimer::singleShot(kReportSettleMs, this, [this, dialog] { grabAndExit(dialog); });
        });
        connect(dialog, &ReportsDialog::reportFailed, this, [this, dialog] { grabAndExit(dialog); });
        dialog->preview();
        return;
    } else if (m_view == QLatin1String("review") && m_reviews) {
        // A campaign over the demo, part-way through: the recommended revocations decided.
        if (Status s = m_reviews->startDemoSession(); !s)
            QTextStream(stderr) << s.error().message << '\n';
        target = m_reviews->window();
        target->resize(1440, 720);
        target->show();
    } else if (m_view == QLatin1String("connection")) {
        auto *dialog = new ConnectionDialog(m_window);
        ConnectionProfile example;
        example.name = tr("Okta production");
        example.idpKind = ConnectionProfile::IdpKind::Okta;
        example.orgUrl = QStringLiteral("https://example.okta.com");
        example.authKind = ConnectionProfile::AuthKind::PrivateKeyJwt;
        example.clientId = QStringLiteral("0oa8scimflowreader");
        example.keyId = QStringLiteral("scimflow-2026");
        ScimTargetSource aws;
        aws.name = QStringLiteral("aws");
        aws.url = QStringLiteral("https://scim.us-east-1.amazonaws.com/d-90677/scim/v2");
        aws.vendor = QStringLiteral("aws-identity-center");
        example.scimTargets = {aws};
        dialog->setProfile(example);
        dialog->resize(640, dialog->sizeHint().height());
        dialog->show();
        target = dialog;
    }
    QTimer::singleShot(kSettleMs, this, [this, target] { grabAndExit(target); });
}

void ViewScreenshot::grabAndExit(QWidget *widget)
{
    const QPixmap pixmap = widget->grab();
    const bool saved = !pixmap.isNull() && pixmap.save(m_file, "PNG");
    if (!saved)
        QTextStream(stderr) << tr("error: cannot write the screenshot to %1").arg(m_file) << '\n';
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace Scimflow
