#include "scimtargetsource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

namespace Scimflow {

QString ScimTargetSource::validate() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Scimflow::ScimTargetSource", "Give the target a name.");
    const QUrl base(url.trimmed());
    if (!base.isValid() || base.host().isEmpty() ||
        (base.scheme() != QLatin1String("https") && base.scheme() != QLatin1String("http")))
        return QCoreApplication::translate("Scimflow::ScimTargetSource",
                                           "A SCIM target needs its base URL, e.g. "
                                           "https://scim.us-east-1.amazonaws.com/TENANT/scim/v2.");
    return {};
}

QJsonArray ScimTargetSource::toJson(const QList<ScimTargetSource> &targets)
{
    QJsonArray out;
    for (const ScimTargetSource &t : targets) {
        QJsonObject o{{QLatin1String("name"), t.name},
                      {QLatin1String("url"), t.url},
                      {QLatin1String("vendor"), t.vendor}};
        if (!t.secretRef.isEmpty())
            o.insert(QLatin1String("secretRef"), t.secretRef);
        out.append(o);
    }
    return out;
}

QList<ScimTargetSource> ScimTargetSource::fromJson(const QJsonArray &array)
{
    QList<ScimTargetSource> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ScimTargetSource t;
        t.name = o.value(QLatin1String("name")).toString();
        t.url = o.value(QLatin1String("url")).toString();
        t.vendor = o.value(QLatin1String("vendor")).toString(QStringLiteral("generic"));
        t.secretRef = o.value(QLatin1String("secretRef")).toString();
        if (!t.name.isEmpty())
            out << t;
    }
    return out;
}

} // namespace Scimflow
