#include "schemadriftrule.h"

#include "driftqueries.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>

namespace Scimflow {

Status SchemaDriftRule::recordSchemas(QSqlDatabase db, const QByteArray &schemasDocument)
{
    const QString current =
        QString::fromLatin1(QCryptographicHash::hash(schemasDocument, QCryptographicHash::Sha256).toHex());
    return DriftQueries(db).recordSchemaFingerprint(currentKey(), previousKey(), current);
}

Result<QList<Finding>> SchemaDriftRule::evaluate(const DriftContext &context) const
{
    Result<QMap<QString, QString>> values =
        DriftQueries(context.db, id()).metaValues({currentKey(), previousKey()});
    if (!values)
        return values.error();
    const QString current = values->value(currentKey()).trimmed();
    const QString previous = values->value(previousKey()).trimmed();
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
