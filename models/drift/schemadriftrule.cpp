#include "schemadriftrule.h"

#include "store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Scimflow {

Result<QList<Finding>> SchemaDriftRule::evaluate(const DriftContext &context) const
{
    QSqlQuery q(context.db);
    q.prepare(QStringLiteral("SELECT key, value FROM meta WHERE key IN (?, ?)"));
    q.addBindValue(currentKey());
    q.addBindValue(previousKey());
    if (!q.exec())
        return sqlError(QStringLiteral("Drift rule %1 failed").arg(id()), q.lastError());
    QString current;
    QString previous;
    while (q.next())
        (q.value(0).toString() == currentKey() ? current : previous) = q.value(1).toString().trimmed();
    QList<Finding> out;
    if (current.isEmpty() || previous.isEmpty() || current.compare(previous, Qt::CaseInsensitive) == 0)
        return out;
    Finding f;
    f.rule = id();
    f.severity = Finding::Severity::Low;
    f.subjectKind = QStringLiteral("source");
    f.subject = QStringLiteral("scim");
    f.subjectKey = f.subject;
    f.detail = current.toLower(); // each change of the schemas is its own finding
    f.summary = QCoreApplication::translate(
        "Drift", "The IdP's SCIM schemas changed since the previous sync; check "
                 "the attribute mapping (department, active, emails) still holds.");
    f.evidence.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("meta")},
                                  {QStringLiteral("key"), currentKey()},
                                  {QStringLiteral("previous"), previous},
                                  {QStringLiteral("current"), current}});
    out << f;
    return out;
}

} // namespace Scimflow
