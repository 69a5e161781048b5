#include "evidenceitem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTimeZone>

namespace Scimflow {

namespace {

/// The translation context of the evidence texts.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Scimflow::EvidenceItem)
};

QString text(const QJsonObject &row, const char *key)
{
    return row.value(QLatin1String(key)).toString();
}

Timestamp timeOf(const QJsonObject &row, const char *key)
{
    const QString iso = text(row, key);
    return iso.isEmpty() ? 0 : timestampFromIso(iso);
}

/// An array of strings or one string, as "a, b".
QString list(const QJsonValue &value)
{
    if (!value.isArray())
        return value.toString();
    QStringList parts;
    for (const QJsonValue &v : value.toArray())
        parts << v.toString();
    return parts.join(QStringLiteral(", "));
}

/// A JSON value as short text: a change as "old → new", scalars as they read, the rest as compact JSON.
QString value(const QJsonValue &v)
{
    const QJsonObject change = v.toObject();
    if (change.size() == 2 && change.contains(QLatin1String("old")) && change.contains(QLatin1String("new")))
        return QStringLiteral("%1 → %2").arg(value(change.value(QLatin1String("old"))),
                                             value(change.value(QLatin1String("new"))));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return v.toVariant().toString();
}

QString sourceName(const QString &source)
{
    if (source == QLatin1String("scim"))
        return Text::tr("Identity provider");
    if (source == QLatin1String("okta"))
        return Text::tr("Okta");
    if (source == QLatin1String("graph"))
        return Text::tr("Entra ID");
    if (source == QLatin1String("dataflow"))
        return Text::tr("Dataflow");
    if (source == QLatin1String("github"))
        return Text::tr("GitHub Actions");
    if (source == QLatin1String("openlineage"))
        return Text::tr("OpenLineage");
    if (source == QLatin1String("scenario"))
        return Text::tr("Scenario import");
    return source;
}

EvidenceItem job(const QJsonObject &row)
{
    EvidenceItem item;
    item.who = text(row, "launcher");
    QString what = Text::tr("Job %1 (%2)").arg(text(row, "name"), text(row, "state"));
    if (const QString runAs = text(row, "runAs"); !runAs.isEmpty())
        what += Text::tr(", runs as %1").arg(runAs);
    if (const QString role = text(row, "role"); !role.isEmpty())
        what += Text::tr(", role %1").arg(role);
    if (const QString relation = text(row, "relation"); !relation.isEmpty())
        what += Text::tr("; the principal is its %1").arg(relation);
    item.what = what;
    item.when = timeOf(row, "startTime");
    if (item.when == 0)
        item.when = timeOf(row, "endTime");
    item.source = sourceName(text(row, "source"));
    item.linkKind = QStringLiteral("job");
    return item;
}

EvidenceItem user(const QJsonObject &row)
{
    EvidenceItem item;
    item.who = text(row, "userName");
    QStringList what;
    if (row.contains(QLatin1String("deletedAt")))
        what << Text::tr("IdP user, deleted");
    else
        what << (row.value(QLatin1String("active")).toBool() ? Text::tr("IdP user, active")
                                                             : Text::tr("IdP user, inactive"));
    if (const QString relation = text(row, "relation"); !relation.isEmpty())
        what << Text::tr("the job's %1").arg(relation);
    if (const QString how = text(row, "deprovisioning"); !how.isEmpty())
        what << Text::tr("deprovisioned (%1)").arg(how);
    item.what = what.join(QStringLiteral("; "));
    item.when = timeOf(row, "deprovisionedAt");
    if (item.when == 0)
        item.when = timeOf(row, "deletedAt");
    item.source = Text::tr("Identity provider");
    item.linkKind = QStringLiteral("user");
    return item;
}

EvidenceItem event(const QJsonObject &row)
{
    EvidenceItem item;
    item.who = text(row, "actor");
    QString what = QStringLiteral("%1: %2").arg(text(row, "kind"), text(row, "subject"));
    const QJsonObject details = row.value(QLatin1String("details")).toObject();
    QStringList changes;
    for (auto it = details.begin(); it != details.end(); ++it)
        changes << QStringLiteral("%1 %2").arg(it.key(), value(it.value()));
    if (!changes.isEmpty())
        what += QStringLiteral(" (%1)").arg(changes.join(QStringLiteral(", ")));
    item.what = what;
    item.when = timeOf(row, "at");
    item.source = Text::tr("IdP audit log");
    return item;
}

/// provisioning-drift rows: an account, a membership or the schemas of a SCIM provisioning target.
EvidenceItem targetEvidence(const QString &type, const QJsonObject &row)
{
    EvidenceItem item;
    const QString target = text(row, "target");
    item.source = Text::tr("SCIM target %1").arg(target);
    if (type == QLatin1String("target-account")) {
        item.who = text(row, "userName");
        const QString correlation = text(row, "correlation");
        item.what = correlation == QLatin1String("none")
                        ? Text::tr("Account %1 in the target, matching no IdP user")
                              .arg(row.value(QLatin1String("active")).toBool() ? Text::tr("active")
                                                                               : Text::tr("inactive"))
                        : Text::tr("Account %1 in the target, matched to %2 by %3")
                              .arg(row.value(QLatin1String("active")).toBool() ? Text::tr("active")
                                                                               : Text::tr("inactive"),
                                   text(row, "idpUser"), correlation);
        if (!text(row, "deprovisionedAt").isEmpty()) {
            item.what += text(row, "deprovisionedBy").isEmpty()
                             ? Text::tr("; %1 in the IdP at %2")
                                   .arg(text(row, "deprovisioned"),
                                        EvidenceItem::timeText(timeOf(row, "deprovisionedAt")))
                             : Text::tr("; %1 in the IdP at %2 by %3")
                                   .arg(text(row, "deprovisioned"),
                                        EvidenceItem::timeText(timeOf(row, "deprovisionedAt")),
                                        text(row, "deprovisionedBy"));
            item.when = timeOf(row, "deprovisionedAt");
        }
    } else if (type == QLatin1String("target-membership")) {
        item.who = text(row, "idpUser");
        item.what = Text::tr("Member of %1 in the target (account matched by %2, group by %3); the IdP does "
                             "not grant it")
                        .arg(text(row, "group"), text(row, "correlation"), text(row, "groupCorrelation"));
    } else {
        item.what = Text::tr("Schemas added: %1; removed: %2")
                        .arg(text(row, "added").isEmpty() ? Text::tr("none") : text(row, "added"),
                             text(row, "removed").isEmpty() ? Text::tr("none") : text(row, "removed"));
    }
    return item;
}

/// A service account, key or token from the credential inventory: its age, expiry and last use.
EvidenceItem credential(const QJsonObject &row)
{
    EvidenceItem item;
    const QString kind = text(row, "kind");
    item.who = text(row, "owner");
    const QString lastUsed = text(row, "lastUsedAt");
    const QString used =
        lastUsed.isEmpty() ? Text::tr("no use recorded") : Text::tr("last used %1").arg(lastUsed.left(10));
    const QString expires = text(row, "expiresAt") == QLatin1String("never")
                                ? Text::tr("never expires")
                                : Text::tr("expires %1").arg(text(row, "expiresAt").left(10));
    const QString state =
        row.value(QLatin1String("disabled")).toBool() ? Text::tr("disabled") : Text::tr("enabled");
    if (kind == QLatin1String("gcp-key"))
        item.what = Text::tr("Key %1 (%2), created %3, %4, %5, %6")
                        .arg(text(row, "name").left(12), text(row, "keyType"),
                             text(row, "createdAt").left(10), expires, used, state);
    else if (kind == QLatin1String("github-token"))
        item.what = Text::tr("Fine-grained token \"%1\", granted %2, %3, %4")
                        .arg(text(row, "name"), text(row, "createdAt").left(10), expires, used);
    else
        item.what = Text::tr("Service account in project %1, %2, %3").arg(text(row, "source"), used, state);
    item.when = timeOf(row, "lastUsedAt");
    item.source = kind == QLatin1String("github-token")
                      ? Text::tr("GitHub organisation %1").arg(text(row, "source"))
                      : Text::tr("Cloud IAM");
    return item;
}

} // namespace

EvidenceItem EvidenceItem::fromJson(const QJsonObject &row)
{
    const QString type = text(row, "type");
    EvidenceItem item;
    if (type.startsWith(QLatin1String("target-"))) {
        return targetEvidence(type, row);
    } else if (type == QLatin1String("job")) {
        item = job(row);
    } else if (type == QLatin1String("user")) {
        item = user(row);
    } else if (type == QLatin1String("event")) {
        item = event(row);
    } else if (type == QLatin1String("membership")) {
        item.what = Text::tr("Member of the privileged group %1").arg(text(row, "group"));
        item.source = Text::tr("Identity provider");
        item.linkKind = QStringLiteral("group");
        item.linkId = row.value(QLatin1String("groupId")).toInteger();
        return item;
    } else if (type == QLatin1String("service-account")) {
        item.who = text(row, "email");
        const QString owner = text(row, "owner");
        item.what = Text::tr("Active service account, %n job(s), owner %1", nullptr,
                             row.value(QLatin1String("jobs")).toInt())
                        .arg(owner.isEmpty() ? Text::tr("none") : owner);
        item.when = timeOf(row, "lastJobEnded");
        item.source = Text::tr("Cloud IAM");
        item.linkKind = QStringLiteral("service-account");
    } else if (type == QLatin1String("mapping")) {
        item.who = text(row, "principal");
        item.what = Text::tr("Used role %1 in %n job(s); mapping version %2 grants %3", nullptr,
                             row.value(QLatin1String("jobs")).toInt())
                        .arg(text(row, "usedRole"),
                             QString::number(row.value(QLatin1String("mappingVersion")).toInt()),
                             list(row.value(QLatin1String("expectedRoles"))));
        item.source = Text::tr("RBAC mapping");
        return item;
    } else if (type == QLatin1String("sync-run")) {
        item.what = Text::tr("Last successful sync; last attempt %1, stale after %n hour(s)", nullptr,
                             row.value(QLatin1String("thresholdHours")).toInt())
                        .arg(timeText(timeOf(row, "lastAttempt")));
        item.when = timeOf(row, "lastSuccess");
        item.source = sourceName(text(row, "source"));
        return item;
    } else if (type == QLatin1String("credential")) {
        return credential(row);
    } else if (type == QLatin1String("meta")) {
        item.what = Text::tr("%1 changed from %2 to %3")
                        .arg(text(row, "key"), text(row, "previous"), text(row, "current"));
        item.source = Text::tr("Local store");
        return item;
    } else {
        // A row type this version does not know: its fields as they are, never dropped.
        QJsonObject rest = row;
        rest.remove(QStringLiteral("type"));
        item.what = QString::fromUtf8(QJsonDocument(rest).toJson(QJsonDocument::Compact));
        item.source = type;
        return item;
    }
    item.linkId = row.value(QLatin1String("id")).toInteger();
    if (item.linkId <= 0)
        item.linkKind.clear();
    return item;
}

QList<EvidenceItem> EvidenceItem::fromEvidence(const QJsonArray &evidence)
{
    QList<EvidenceItem> items;
    items.reserve(evidence.size());
    for (const QJsonValue &row : evidence)
        items << fromJson(row.toObject());
    return items;
}

QString EvidenceItem::timeText(Timestamp when)
{
    return when ? QDateTime::fromMSecsSinceEpoch(when, QTimeZone::utc())
                      .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : QString();
}

QString EvidenceItem::toLine() const
{
    QString line = who.isEmpty() ? what : QStringLiteral("%1: %2").arg(who, what);
    QStringList context;
    if (when)
        context << QStringLiteral("%1 UTC").arg(timeText(when));
    if (!source.isEmpty())
        context << source;
    if (!context.isEmpty())
        line += QStringLiteral(" (%1)").arg(context.join(QStringLiteral(", ")));
    return line;
}

} // namespace Scimflow
