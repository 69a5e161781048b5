#include "scimfiltertext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Scimflow {

QString ScimFilterText::quoted(const QString &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2)); // the JSON-escaped "..." literal
}

QString ScimFilterText::equals(const QString &attribute, const QString &value)
{
    return attribute + QStringLiteral(" eq ") + quoted(value);
}

QString ScimFilterText::greaterThan(const QString &attribute, const QString &value)
{
    return attribute + QStringLiteral(" gt ") + quoted(value);
}

} // namespace Scimflow
