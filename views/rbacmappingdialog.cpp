#include "rbacmappingdialog.h"

#include "rbacmapping.h"
#include "rbacmappingrepository.h"
#include "rbacmappingsavejob.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace Scimflow {

namespace {
constexpr int kLineRole = Qt::UserRole;
constexpr int kColumnRole = Qt::UserRole + 1;
} // namespace

RbacMappingDialog::RbacMappingDialog(Store &store, QString author, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_author(std::move(author))
    , m_saveJob(new RbacMappingSaveJob(store, this))
{
    setWindowTitle(tr("RBAC Mapping"));
    resize(760, 640);

    m_versionLabel = new QLabel(this);
    m_versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_editor = new QPlainTextEdit(this);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_editor->setAccessibleName(tr("Mapping text"));
    m_editor->setPlaceholderText(tr("{\"version\": 1, \"groups\": {...}, \"serviceAccounts\": [...]}"));

    m_errors = new QListWidget(this);
    m_errors->setAccessibleName(tr("Validation errors"));
    m_errors->setMaximumHeight(140);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    m_validate = new QPushButton(tr("&Validate"), this);
    m_validate->setShortcut(QKeySequence(Qt::Key_F7));
    m_validate->setToolTip(tr("Check the mapping (F7)"));
    m_save = new QPushButton(tr("&Save as New Version"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Store the mapping as a new version and apply it (Ctrl+S)"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_validate, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_versionLabel);
    layout->addWidget(m_editor, 1);
    layout->addWidget(new QLabel(tr("Errors:"), this));
    layout->addWidget(m_errors);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // Validate while typing, but not on every keystroke of a large mapping.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400);
    connect(m_debounce, &QTimer::timeout, this, &RbacMappingDialog::validate);
    connect(m_editor, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_validate, &QPushButton::clicked, this, &RbacMappingDialog::validate);
    connect(m_save, &QPushButton::clicked, this, &RbacMappingDialog::save);
    connect(m_errors, &QListWidget::currentRowChanged, this, &RbacMappingDialog::jumpToError);
    connect(m_errors, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { jumpToError(m_errors->row(item)); });
    connect(m_saveJob, &RbacMappingSaveJob::finished, this, &RbacMappingDialog::onSaved);
    connect(m_saveJob, &RbacMappingSaveJob::failed, this, [this](const Error &error) {
        m_editor->setReadOnly(false);
        m_validate->setEnabled(true);
        m_save->setEnabled(true);
        m_status->setText(tr("Not saved: %1").arg(error.message));
        emit saveEnded();
    });

    reload();
}

QString RbacMappingDialog::statusText() const
{
    return m_status->text();
}

void RbacMappingDialog::reload()
{
    Result<StoredRbacMapping> current = RbacMappingRepository::current(m_store);
    if (!current) {
        m_status->setText(tr("The mapping cannot be read: %1").arg(current.error().message));
        m_save->setEnabled(false);
        return;
    }
    m_version = current->version;
    m_editor->setPlainText(current->content);
    showVersion();
    if (m_version > 0) {
        m_versionLabel->setText(
            tr("Version %1, saved %2 by %3")
                .arg(m_version)
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(current->createdAt),
                                        QLocale::ShortFormat),
                     current->author.isEmpty() ? tr("unknown") : current->author));
    }
    validate();
    m_debounce->stop();
}

void RbacMappingDialog::showVersion()
{
    if (m_version == 0)
        m_versionLabel->setText(tr("No mapping saved yet. Write one and save it as version 1."));
}

bool RbacMappingDialog::validate()
{
    m_debounce->stop();
    m_errors->clear();
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_status->setText(tr("The mapping is empty."));
        m_save->setEnabled(false);
        return false;
    }
    const RbacMappingParseResult result = RbacMappingParser::parse(text);
    for (const TextIssue &e : result.errors) {
        auto *item = new QListWidgetItem(e.toString(), m_errors);
        item->setData(kLineRole, e.line);
        item->setData(kColumnRole, e.column);
    }
    if (!result.ok()) {
        m_status->setText(tr("%n error(s): fix them before saving. Click an error to go to its line.",
                             nullptr, int(result.errors.size())));
        m_save->setEnabled(false);
        return false;
    }
    m_status->setText(tr("Valid: %1 groups, %2 service accounts, %3 privileged groups, %4 aliases.")
                          .arg(result.mapping.groupRoles.size())
                          .arg(result.mapping.serviceAccounts.size())
                          .arg(result.mapping.privilegedGroups.size())
                          .arg(result.mapping.aliases.size()));
    m_save->setEnabled(true);
    return true;
}

bool RbacMappingDialog::save()
{
    if (isSaving() || !validate())
        return false;
    if (!m_saveJob->start(m_editor->toPlainText(), m_author))
        return false;
    m_debounce->stop();
    m_editor->setReadOnly(true);
    m_validate->setEnabled(false);
    m_save->setEnabled(false);
    m_status->setText(tr("Saving a new version and relinking the jobs to it…"));
    return true;
}

bool RbacMappingDialog::isSaving() const
{
    return m_saveJob->isRunning();
}

void RbacMappingDialog::reject()
{
    // The save is one transaction on a worker: let it end so its outcome is seen and reloaded.
    if (isSaving())
        return;
    QDialog::reject();
}

void RbacMappingDialog::onSaved(const RbacApplyReport &report)
{
    m_editor->setReadOnly(false);
    m_validate->setEnabled(true);
    if (report.unchanged) {
        m_save->setEnabled(true);
        m_status->setText(tr("No changes: version %1 is already current.").arg(report.version));
        emit saveEnded();
        return;
    }
    reload();
    QString text =
        tr("Saved as version %1: %2 service accounts and %3 group roles applied, %4 jobs relinked.")
            .arg(report.version)
            .arg(report.serviceAccounts)
            .arg(report.groupRoles)
            .arg(report.jobsRelinked);
    if (!report.warnings.isEmpty())
        text +=
            QLatin1Char('\n') + tr("Warnings:") + QLatin1Char('\n') + report.warnings.join(QLatin1Char('\n'));
    m_status->setText(text);
    emit mappingSaved(report.version);
    emit saveEnded();
}

void RbacMappingDialog::jumpToError(int row)
{
    QListWidgetItem *item = m_errors->item(row);
    if (!item)
        return;
    const QTextBlock block = m_editor->document()->findBlockByLineNumber(item->data(kLineRole).toInt() - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor,
                        std::min(item->data(kColumnRole).toInt() - 1, block.length() - 1));
    m_editor->setTextCursor(cursor);
    m_editor->setFocus();
}

} // namespace Scimflow
