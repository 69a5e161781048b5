#include "reportsdialog.h"

#include "consolesettings.h"
#include "reportbuilder.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Scimflow {

namespace {

enum Preset { Last7, Last30, Last90, PreviousMonth, QuarterToDate, Custom };
enum ScopeKind { ScopeAll, ScopeRoles, ScopeSource };

Timestamp dayStart(const QDate &date)
{
    return date.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

ReportsDialog::ReportsDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_databasePath(databasePath)
    , m_job(new ReportJob(this))
{
    setWindowTitle(tr("Compliance reports"));
    buildUi();
    connect(m_job, &ReportJob::progress, this, [this](int done, int total, const QString &stage) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_status->setText(stage);
    });
    connect(m_job, &ReportJob::finished, this, &ReportsDialog::onFinished);
    connect(m_job, &ReportJob::failed, this, &ReportsDialog::onFailed);
    // Settings > Reports and Drift Rules give the initial choices.
    const ConsoleSettings settings = ConsoleSettings::load();
    static_assert(int(ConsoleSettings::ReportPeriod::QuarterToDate) == QuarterToDate);
    applyPreset(int(settings.reportPeriod));
    m_slaHours->setValue(settings.slaHours);
    m_idleDays->setValue(settings.idleDays);
    m_format->setCurrentIndex(qMax(0, m_format->findData(int(settings.reportFormat))));
    m_exportFolder = settings.effectiveReportFolder();
    updateKindControls();
    setBusy(false);
}

ReportsDialog::~ReportsDialog() = default;

void ReportsDialog::setDatabasePath(const QString &databasePath)
{
    if (databasePath == m_databasePath)
        return;
    m_job->cancel();
    m_databasePath = databasePath;
    m_outcome.reset();
    m_page = 0;
    m_pageImage->clear();
    m_pageLabel->clear();
    m_summary->clear();
    m_status->setText(tr("The console now shows %1: Preview builds the report from it.")
                          .arg(QFileInfo(databasePath).fileName()));
    setBusy(false);
}

QAction *ReportsDialog::createAction(QWidget *parent, std::function<QString()> databasePath)
{
    auto action = new QAction(tr("Compliance &reports..."), parent);
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    action->setStatusTip(tr("Access review, deprovisioning, orphaned credentials and GDPR reports"));
    connect(action, &QAction::triggered, parent, [parent, databasePath = std::move(databasePath)] {
        auto dialog = new ReportsDialog(databasePath(), parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    return action;
}

void ReportsDialog::buildUi()
{
    m_kind = new QComboBox(this);
    for (ReportKind k : {ReportKind::AccessReview, ReportKind::Deprovisioning,
                         ReportKind::OrphanedCredentials, ReportKind::Gdpr})
        m_kind->addItem(reportKindTitle(k), int(k));
    m_kind->setAccessibleName(tr("Report"));

    m_preset = new QComboBox(this);
    m_preset->addItems({tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"), tr("Previous month"),
                        tr("Quarter to date"), tr("Custom")});
    m_preset->setCurrentIndex(Last30);
    m_preset->setAccessibleName(tr("Period preset"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("Period start"));
    m_to->setAccessibleName(tr("Period end (inclusive)"));
    auto period = new QHBoxLayout;
    period->addWidget(m_preset);
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);

    m_scopeKind = new QComboBox(this);
    m_scopeKind->addItems({tr("All identities"), tr("Roles or groups"), tr("Pipeline source")});
    m_scopeKind->setAccessibleName(tr("Scope"));
    m_roles = new QLineEdit(this);
    m_roles->setPlaceholderText(tr("e.g. dataflow.admin, data-engineering"));
    m_roles->setAccessibleName(tr("Roles or groups, comma separated"));
    m_source = new QComboBox(this);
    m_source->setEditable(true);
    m_source->addItems({QStringLiteral("dataflow"), QStringLiteral("github"), QStringLiteral("openlineage")});
    m_source->setAccessibleName(tr("Pipeline source"));
    auto scope = new QHBoxLayout;
    scope->addWidget(m_scopeKind);
    scope->addWidget(m_roles, 1);
    scope->addWidget(m_source);

    m_slaHours = new QSpinBox(this);
    m_slaHours->setRange(1, 24 * 90);
    m_slaHours->setValue(24);
    m_slaHours->setSuffix(tr(" h"));
    m_slaHours->setAccessibleName(tr("Deprovisioning SLA in hours"));
    m_idleDays = new QSpinBox(this);
    m_idleDays->setRange(1, 3650);
    m_idleDays->setValue(30);
    m_idleDays->setSuffix(tr(" days"));
    m_idleDays->setAccessibleName(tr("Idle limit in days"));

    auto form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    // Rows whose field is a layout need an explicit buddy for their mnemonic.
    auto periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_preset);
    auto scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_scopeKind);
    form->addRow(periodLabel, period);
    form->addRow(scopeLabel, scope);
    form->addRow(tr("Deprovisioning S&LA:"), m_slaHours);
    form->addRow(tr("&Idle after:"), m_idleDays);

    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setDefault(true);
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF"), int(ReportFormat::Pdf));
    m_format->addItem(tr("CSV"), int(ReportFormat::Csv));
    m_format->addItem(tr("JSON"), int(ReportFormat::Json));
    m_format->addItem(tr("HTML"), int(ReportFormat::Html));
    m_format->setAccessibleName(tr("Export format"));
    m_exportButton = new QPushButton(tr("&Export..."), this);
    m_exportButton->setShortcut(QKeySequence::Save);
    m_cancelButton = new QPushButton(tr("Cancel report"), this);
    auto actions = new QHBoxLayout;
    actions->addWidget(m_previewButton);
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("Format:"), this));
    actions->addWidget(m_format);
    actions->addWidget(m_exportButton);
    actions->addWidget(m_cancelButton);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pageImage = new QLabel(this);
    m_pageImage->setAlignment(Qt::AlignCenter);
    m_pageImage->setAccessibleName(tr("Report page preview"));
    m_pageImage->setText(tr("Choose a report and press Preview."));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_pageImage);
    m_scroll->setWidgetResizable(true);
    m_scroll->setMinimumSize(720, 420);
    m_prevPage = new QPushButton(tr("Previous page"), this);
    m_prevPage->setShortcut(QKeySequence::MoveToPreviousPage);
    m_nextPage = new QPushButton(tr("Next page"), this);
    m_nextPage->setShortcut(QKeySequence::MoveToNextPage);
    m_pageLabel = new QLabel(this);
    auto pages = new QHBoxLayout;
    pages->addWidget(m_prevPage);
    pages->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    pages->addWidget(m_nextPage);

    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Report progress"));
    m_status = new QLabel(this);
    auto status = new QHBoxLayout;
    status->addWidget(m_status, 1);
    status->addWidget(m_progress, 1);

    auto close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_summary);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(pages);
    layout->addLayout(status);
    layout->addWidget(close);

    // Object names let tests and automation find the controls.
    const std::pair<QWidget *, const char *> names[] = {{m_kind, "kind"},
                                                        {m_preset, "preset"},
                                                        {m_from, "from"},
                                                        {m_to, "to"},
                                                        {m_scopeKind, "scope"},
                                                        {m_roles, "roles"},
                                                        {m_source, "source"},
                                                        {m_slaHours, "slaHours"},
                                                        {m_idleDays, "idleDays"},
                                                        {m_format, "format"},
                                                        {m_previewButton, "preview"},
                                                        {m_exportButton, "export"},
                                                        {m_cancelButton, "cancel"},
                                                        {m_pageLabel, "pageLabel"},
                                                        {m_summary, "summary"},
                                                        {m_pageImage, "pageImage"},
                                                        {m_nextPage, "nextPage"},
                                                        {m_status, "status"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preset, &QComboBox::activated, this, &ReportsDialog::applyPreset);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::userDateChanged, this, [this] { m_preset->setCurrentIndex(Custom); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsDialog::updateKindControls);
    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, &ReportsDialog::updateKindControls);
    connect(m_previewButton, &QPushButton::clicked, this, &ReportsDialog::preview);
    connect(m_exportButton, &QPushButton::clicked, this, &ReportsDialog::chooseExportFile);
    connect(m_cancelButton, &QPushButton::clicked, m_job, &ReportJob::cancel);
    connect(m_prevPage, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_nextPage, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
}

void ReportsDialog::applyPreset(int index)
{
    const QDate today = QDate::currentDate();
    QDate from = today.addDays(-29);
    QDate to = today;
    switch (index) {
    case Last7:
        from = today.addDays(-6);
        break;
    case Last30:
        break;
    case Last90:
        from = today.addDays(-89);
        break;
    case PreviousMonth:
        from = QDate(today.year(), today.month(), 1).addMonths(-1);
        to = from.addMonths(1).addDays(-1);
        break;
    case QuarterToDate:
        from = QDate(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
        break;
    default:
        return;
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_preset->setCurrentIndex(index);
}

void ReportsDialog::updateKindControls()
{
    const auto kind = ReportKind(m_kind->currentData().toInt());
    m_slaHours->setEnabled(kind == ReportKind::Deprovisioning);
    m_idleDays->setEnabled(kind == ReportKind::OrphanedCredentials);
    m_roles->setVisible(m_scopeKind->currentIndex() == ScopeRoles);
    m_source->setVisible(m_scopeKind->currentIndex() == ScopeSource);
}

ReportOptions ReportsDialog::options() const
{
    ReportOptions o;
    o.kind = ReportKind(m_kind->currentData().toInt());
    o.from = dayStart(m_from->date());
    o.to = dayStart(m_to->date().addDays(1)); // the end date is included
    o.slaHours = m_slaHours->value();
    o.idleDays = m_idleDays->value();
    if (m_scopeKind->currentIndex() == ScopeRoles) {
        for (const QString &role : m_roles->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
            o.scope.roles << role.trimmed();
    } else if (m_scopeKind->currentIndex() == ScopeSource) {
        o.scope.source = m_source->currentText().trimmed();
    }
    return o;
}

void ReportsDialog::preview()
{
    ReportJob::Request request;
    request.databasePath = m_databasePath;
    request.options = options();
    m_pendingExport = false;
    start(request);
}

void ReportsDialog::chooseExportFile()
{
    const auto format = ReportFormat(m_format->currentData().toInt());
    const QString ext = reportFormatName(format);
    const QString suggested =
        QStringLiteral("%1-%2.%3")
            .arg(reportKindName(options().kind), m_to->date().toString(Qt::ISODate), ext);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export report"), QDir(m_exportFolder).filePath(suggested),
                                     tr("%1 files (*.%2)").arg(ext.toUpper(), ext));
    if (!path.isEmpty())
        exportTo(path, format);
}

void ReportsDialog::exportTo(const QString &path, ReportFormat format)
{
    ReportJob::Request request;
    request.databasePath = m_databasePath;
    request.options = options();
    request.exportFile = true;
    request.format = format;
    request.outputPath = path;
    m_pendingExport = true;
    start(request);
}

void ReportsDialog::start(const ReportJob::Request &request)
{
    if (Status valid = ReportBuilder::validate(request.options); !valid) {
        onFailed(valid.error());
        return;
    }
    if (!m_job->start(request))
        return;
    m_startedFor = request.databasePath;
    m_progress->setRange(0, 0);
    m_status->setText(tr("Starting..."));
    setBusy(true);
}

void ReportsDialog::setBusy(bool busy)
{
    m_previewButton->setEnabled(!busy);
    m_exportButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_progress->setVisible(busy);
    m_prevPage->setEnabled(!busy && m_page > 0);
    m_nextPage->setEnabled(!busy && m_page + 1 < pageCount());
}

bool ReportsDialog::isBusy() const
{
    return m_job->isRunning() || m_cancelButton->isEnabled();
}

int ReportsDialog::pageCount() const
{
    return m_outcome && m_outcome->layout ? m_outcome->layout->pageCount() : 0;
}

void ReportsDialog::showPage(int page)
{
    if (!m_outcome || !m_outcome->layout || page < 0 || page >= pageCount())
        return;
    m_page = page;
    // One page at a time, scaled to the width of the preview area.
    // Leave room for the vertical scroll bar the page will need, so no horizontal one appears.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    const double width = std::max(480, m_scroll->viewport()->width() - scrollBar - 8);
    const double scale = width / m_outcome->layout->pageSize().width();
    m_pageImage->setPixmap(QPixmap::fromImage(m_outcome->layout->renderPage(page, scale)));
    m_pageLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
    m_prevPage->setEnabled(page > 0);
    m_nextPage->setEnabled(page + 1 < pageCount());
}

void ReportsDialog::onFinished(std::shared_ptr<ReportOutcome> outcome)
{
    if (m_startedFor != m_databasePath)
        return; // built from the database shown before
    m_outcome = std::move(outcome);
    setBusy(false);
    QStringList counts;
    for (const ReportCount &c : m_outcome->document.summary)
        counts << QStringLiteral("%1: %2").arg(c.label).arg(c.value);
    m_summary->setText(counts.join(QLatin1String(" | ")));
    m_status->setText(m_pendingExport ? tr("Exported to %1").arg(m_outcome->files.join(QLatin1String(", ")))
                                      : tr("Preview ready."));
    showPage(0);
    emit reportReady(m_outcome->files);
}

void ReportsDialog::onFailed(const Error &error)
{
    if (m_startedFor != m_databasePath && error.kind == Error::Kind::Cancelled)
        return; // the report of the database shown before, cancelled when the console moved on
    setBusy(false);
    m_status->setText(error.kind == Error::Kind::Cancelled ? tr("Cancelled.") : error.message);
    emit reportFailed(error.message);
}

} // namespace Scimflow
