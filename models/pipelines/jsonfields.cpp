#include "jsonfields.h"

#include <QCoreApplication>

namespace Scimflow {

void JsonFields::fail(QLatin1StringView key, const char *what)
{
    if (m_problem.isEmpty())
        m_problem =
            QCoreApplication::translate("JsonFields", "\"%1\" is not %2").arg(key, QLatin1String(what));
}

QString JsonFields::string(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, "a string");
        return {};
    }
    return v.toString();
}

Timestamp JsonFields::time(QLatin1StringView key)
{
    const QString text = string(key);
    if (text.isEmpty())
        return 0;
    const Timestamp t = timestampFromIso(text);
    if (t == 0)
        fail(key, "an RFC 3339 time");
    return t;
}

QJsonObject JsonFields::object(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        fail(key, "an object");
        return {};
    }
    return v.toObject();
}

} // namespace Scimflow
