#pragma once

#include "entityref.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QSortFilterProxyModel;
class QTableView;

namespace Scimflow {

class EvidenceModel;
class FindingsModel;
class SelectionContext;

/// The Findings view: the findings (filterable, sortable, resolved and acknowledged ones on request), the
/// selected finding's summary and evidence, and the actions on it. The evidence is a table of rows (who,
/// what, when, source); clicking a row that names a user, service account, group or job focuses it, so
/// the linked views select it. The raw JSON is behind Show JSON. Selecting a finding focuses its subject
/// in the linked views through the shared SelectionContext; fixing, acknowledging and recomputing are
/// requested by signal (the composition root performs them).
class FindingsView : public QWidget
{
    Q_OBJECT
public:
    FindingsView(FindingsModel *model, SelectionContext *selection, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QCheckBox *showClosedCheck() const { return m_showClosed; }
    QTableView *evidenceTable() const { return m_evidenceTable; }
    EvidenceModel *evidenceModel() const { return m_evidenceModel; }
    QPlainTextEdit *evidenceJsonView() const { return m_evidenceJson; }
    QCheckBox *showJsonCheck() const { return m_showJson; }
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *recomputeButton() const { return m_recompute; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    /// Fingerprint of the current finding, empty when none.
    QString currentFingerprint() const;
    void selectFingerprint(const QString &fingerprint);

    /// Shows only the findings whose subject is \a ref (named \a name in the banner); an invalid ref
    /// shows all findings again.
    void showSubject(const EntityRef &ref, const QString &name);
    EntityRef subject() const;
    /// The context menu for a right-click at \a pos (table viewport coordinates); the caller owns it.
    QMenu *createContextMenu(const QPoint &pos);

signals:
    void fixRequested(const QString &fingerprint);
    void acknowledgeRequested(const QString &fingerprint);
    void recomputeRequested();
    /// Open in Timeline from the context menu, for the subject of the finding clicked.
    void timelineRequested(const Scimflow::EntityRef &ref);

private:
    void onCurrentChanged();
    void updateTitle();
    void followEvidence(const QModelIndex &index);

    FindingsModel *m_model;
    SelectionContext *m_selection;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_title;
    QLineEdit *m_filter;
    QCheckBox *m_showClosed;
    QTableView *m_table;
    EntityRef m_subjectRef;
    QLabel *m_subjectLabel;
    QToolButton *m_clearSubject;
    QLabel *m_summary;
    EvidenceModel *m_evidenceModel;
    QTableView *m_evidenceTable;
    QPlainTextEdit *m_evidenceJson;
    QCheckBox *m_showJson;
    QPushButton *m_fix;
    QPushButton *m_acknowledge;
    QPushButton *m_recompute;
};

} // namespace Scimflow
