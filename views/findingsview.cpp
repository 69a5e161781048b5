#include "findingsview.h"

#include "columnchooser.h"
#include "evidencemodel.h"
#include "findingsmodel.h"
#include "selectioncontext.h"
#include "tablecsv.h"
#include "tonedelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Scimflow {

namespace {

/// Text filter over every column, and resolved/acknowledged findings only when asked for.
class FindingsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setShowClosed(bool show)
    {
        m_showClosed = show;
        invalidateFilter();
    }
    void setSubject(const QString &kind, qint64 id)
    {
        m_subjectKind = kind;
        m_subjectId = id;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex first = sourceModel()->index(row, 0, parent);
        if (!m_showClosed &&
            sourceModel()->data(first, FindingsModel::StatusRole).toString() != QLatin1String("open"))
            return false;
        if (m_subjectId > 0 &&
            (sourceModel()->data(first, FindingsModel::SubjectIdRole).toLongLong() != m_subjectId ||
             sourceModel()->data(first, FindingsModel::SubjectKindRole).toString() != m_subjectKind))
            return false;
        const QRegularExpression re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        for (int c = 0; c < sourceModel()->columnCount(parent); ++c) {
            if (sourceModel()->data(sourceModel()->index(row, c, parent)).toString().contains(re))
                return true;
        }
        return false;
    }

private:
    bool m_showClosed = false;
    QString m_subjectKind;
    qint64 m_subjectId = 0;
};

} // namespace

FindingsView::FindingsView(FindingsModel *model, SelectionContext *selection, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_selection(selection)
{
    auto *filter = new FindingsFilter(this);
    filter->setSourceModel(model);
    filter->setSortRole(FindingsModel::SortRole);
    filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy = filter;

    m_title = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter findings (rule, subject, summary)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter findings"));
    m_filter->setAccessibleDescription(
        tr("Shows only findings whose rule, subject or summary contain this text"));
    m_showClosed = new QCheckBox(tr("Show &resolved and acknowledged"), this);
    m_showClosed->setAccessibleDescription(
        tr("Also list findings that were fixed or whose risk was accepted"));
    m_recompute = new QPushButton(tr("Re&compute"), this);
    m_recompute->setToolTip(tr("Run the drift rules again over the current data"));
    m_recompute->setAccessibleDescription(m_recompute->toolTip());
    m_subjectLabel = new QLabel(this);
    m_subjectLabel->setAccessibleName(tr("Findings shown for"));
    m_subjectLabel->hide();
    m_clearSubject = new QToolButton(this);
    m_clearSubject->setText(tr("Show all"));
    m_clearSubject->setToolTip(tr("Show the findings about every subject again"));
    m_clearSubject->setAccessibleName(tr("Show the findings about every subject"));
    m_clearSubject->hide();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ToneDelegate(m_table));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FindingsModel::SeverityColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Wide enough for the translated header ("Schweregrad") and its sort arrow.
    m_table->setColumnWidth(
        FindingsModel::SeverityColumn,
        qMax(70, m_table->horizontalHeader()->sectionSizeHint(FindingsModel::SeverityColumn)));
    m_table->setColumnWidth(FindingsModel::RuleColumn, 180);
    m_table->setColumnWidth(FindingsModel::SubjectColumn, 220);
    m_table->setColumnWidth(FindingsModel::FirstSeenColumn, 130);
    m_table->setAccessibleName(tr("Findings"));
    m_table->setAccessibleDescription(tr("Selecting a finding focuses its subject in the linked views"));
    ColumnChooser::install(m_table);

    m_summary = new QLabel(this);
    m_summary->setAccessibleName(tr("Finding summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidenceModel = new EvidenceModel(this);
    m_evidenceTable = new QTableView(this);
    m_evidenceTable->setObjectName(QStringLiteral("evidenceTable"));
    m_evidenceTable->setModel(m_evidenceModel);
    m_evidenceTable->setItemDelegate(new ToneDelegate(m_evidenceTable));
    m_evidenceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_evidenceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_evidenceTable->verticalHeader()->hide();
    m_evidenceTable->setTextElideMode(Qt::ElideMiddle);
    // A handful of rows: when and source fit their text, "what" takes the rest and wraps, rows grow to fit.
    QHeaderView *evidenceHeader = m_evidenceTable->horizontalHeader();
    evidenceHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    evidenceHeader->setSectionResizeMode(EvidenceModel::WhoColumn, QHeaderView::Interactive);
    evidenceHeader->setSectionResizeMode(EvidenceModel::WhatColumn, QHeaderView::Stretch);
    m_evidenceTable->setColumnWidth(EvidenceModel::WhoColumn, 160);
    m_evidenceTable->setWordWrap(true);
    m_evidenceTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_evidenceTable->setAccessibleName(tr("Evidence"));
    m_evidenceTable->setAccessibleDescription(
        tr("The rows and events that prove the finding; activating a row selects what it names in the "
           "linked views"));
    m_evidenceJson = new QPlainTextEdit(this);
    m_evidenceJson->setObjectName(QStringLiteral("evidenceJson"));
    m_evidenceJson->setReadOnly(true);
    m_evidenceJson->setAccessibleName(tr("Evidence as JSON"));
    m_evidenceJson->setPlaceholderText(tr("Select a finding to see the rows and events that prove it."));
    m_evidenceJson->hide();
    m_showJson = new QCheckBox(tr("Show &JSON"), this);
    m_showJson->setToolTip(tr("Show the evidence as the raw JSON the finding stores"));
    m_showJson->setAccessibleDescription(m_showJson->toolTip());
    m_fix = new QPushButton(tr("&Fix…"), this);
    m_fix->setToolTip(tr("Preview and apply a fix for the selected finding"));
    m_fix->setAccessibleDescription(m_fix->toolTip());
    m_acknowledge = new QPushButton(tr("&Acknowledge…"), this);
    m_acknowledge->setToolTip(tr("Accept the risk of the selected finding until a date"));
    m_acknowledge->setAccessibleDescription(m_acknowledge->toolTip());

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_subjectLabel);
    top->addWidget(m_clearSubject);
    top->addWidget(m_filter, 1);
    top->addWidget(m_showClosed);
    top->addWidget(m_recompute);

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_summary);
    detailsLayout->addWidget(m_evidenceTable, 1);
    detailsLayout->addWidget(m_evidenceJson, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showJson);
    buttons->addStretch(1);
    buttons->addWidget(m_acknowledge);
    buttons->addWidget(m_fix);
    detailsLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this, filter](const QString &text) {
        filter->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption));
        updateTitle();
    });
    connect(m_showClosed, &QCheckBox::toggled, this, [this, filter](bool show) {
        filter->setShowClosed(show);
        updateTitle();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsView::onCurrentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateTitle();
        onCurrentChanged();
    });
    connect(m_showJson, &QCheckBox::toggled, this, [this](bool json) {
        m_evidenceJson->setVisible(json);
        m_evidenceTable->setVisible(!json);
    });
    connect(m_evidenceTable, &QAbstractItemView::clicked, this, &FindingsView::followEvidence);
    connect(m_evidenceTable, &QAbstractItemView::activated, this, &FindingsView::followEvidence);
    connect(m_recompute, &QPushButton::clicked, this, &FindingsView::recomputeRequested);
    connect(m_clearSubject, &QToolButton::clicked, this, [this] { showSubject({}, {}); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu *menu = createContextMenu(pos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_fix, &QPushButton::clicked, this, [this] {
        if (!currentFingerprint().isEmpty())
            emit fixRequested(currentFingerprint());
    });
    connect(m_acknowledge, &QPushButton::clicked, this, [this] {
        if (!currentFingerprint().isEmpty())
            emit acknowledgeRequested(currentFingerprint());
    });
    updateTitle();
    onCurrentChanged();
}

QString FindingsView::currentFingerprint() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(FindingsModel::FingerprintRole).toString() : QString();
}

void FindingsView::selectFingerprint(const QString &fingerprint)
{
    const int row = m_model->rowOf(fingerprint);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void FindingsView::showSubject(const EntityRef &ref, const QString &name)
{
    auto *filter = static_cast<FindingsFilter *>(m_proxy);
    const bool on = ref.isValid();
    m_subjectRef = on ? ref : EntityRef{};
    filter->setSubject(EntityRef::kindName(m_subjectRef.kind), m_subjectRef.id);
    m_subjectLabel->setText(tr("About <b>%1</b>").arg(name.toHtmlEscaped()));
    m_subjectLabel->setVisible(on);
    m_clearSubject->setVisible(on);
    updateTitle();
}

EntityRef FindingsView::subject() const
{
    return m_subjectRef;
}

QMenu *FindingsView::createContextMenu(const QPoint &pos)
{
    auto *menu = new QMenu(this);
    QModelIndex cell = m_table->indexAt(pos);
    if (!cell.isValid())
        cell = m_table->currentIndex();
    QAction *copy = menu->addAction(tr("&Copy"));
    copy->setEnabled(cell.isValid());
    const QString summary =
        cell.isValid() ? cell.siblingAtColumn(FindingsModel::SummaryColumn).data().toString() : QString();
    connect(copy, &QAction::triggered, this, [summary] { QApplication::clipboard()->setText(summary); });
    QAction *csv = menu->addAction(tr("Copy as CS&V"));
    csv->setEnabled(cell.isValid());
    connect(csv, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(TableCsv::rows(m_table, true)); });
    QAction *csvAll = menu->addAction(tr("Copy &all shown findings as CSV"));
    connect(csvAll, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(TableCsv::rows(m_table, false)); });
    menu->addSeparator();
    const EntityRef ref =
        cell.isValid()
            ? EntityRef{EntityRef::kindFromName(cell.data(FindingsModel::SubjectKindRole).toString()),
                        cell.data(FindingsModel::SubjectIdRole).toLongLong()}
            : EntityRef{};
    QAction *timeline = menu->addAction(tr("Open in &Timeline"));
    timeline->setEnabled(ref.isValid());
    connect(timeline, &QAction::triggered, this, [this, ref] { emit timelineRequested(ref); });
    menu->addSeparator();
    menu->addAction(tr("&Fix…"), m_fix, &QPushButton::click)->setEnabled(m_fix->isEnabled());
    menu->addAction(tr("&Acknowledge…"), m_acknowledge, &QPushButton::click)
        ->setEnabled(m_acknowledge->isEnabled());
    return menu;
}

void FindingsView::updateTitle()
{
    m_title->setText(tr("<b>Findings</b> (%1 of %2)").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void FindingsView::onCurrentChanged()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const bool has = current.isValid();
    m_fix->setEnabled(has && current.data(FindingsModel::StatusRole).toString() != QLatin1String("resolved"));
    m_acknowledge->setEnabled(has && current.data(FindingsModel::StatusRole).toString() !=
                                         QLatin1String("resolved"));
    if (!has) {
        m_summary->clear();
        m_evidenceModel->setEvidence({});
        m_evidenceJson->clear();
        return;
    }
    m_summary->setText(current.data(Qt::ToolTipRole).toString());
    const Finding *finding = m_model->findingAt(m_proxy->mapToSource(current).row());
    m_evidenceModel->setEvidence(finding ? finding->evidence : QJsonArray());
    m_evidenceJson->setPlainText(current.data(FindingsModel::EvidenceRole).toString());
    const EntityKind kind = EntityRef::kindFromName(current.data(FindingsModel::SubjectKindRole).toString());
    const qint64 id = current.data(FindingsModel::SubjectIdRole).toLongLong();
    if (m_selection && kind != EntityKind::None && id > 0)
        m_selection->setFocus(EntityRef{kind, id});
}

void FindingsView::followEvidence(const QModelIndex &index)
{
    const EntityRef ref = m_evidenceModel->linkAt(index.row());
    if (m_selection && ref.isValid())
        m_selection->setFocus(ref);
}

} // namespace Scimflow
