#include "timelinetext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::TimelineText", text);
}

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

/// A readable one-liner of an event's details JSON ({"department":{"old":..,"new":..}} -> department: a ->
/// b).
QString detailsText(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isObject() && v.toObject().contains(QLatin1String("new"))) {
            parts << QStringLiteral("%1: %2 \u2192 %3")
                         .arg(it.key(), v.toObject().value(QLatin1String("old")).toVariant().toString(),
                              v.toObject().value(QLatin1String("new")).toVariant().toString());
        } else if (v.isArray()) {
            QStringList items;
            for (const QJsonValue &item : v.toArray())
                items << item.toVariant().toString();
            parts << QStringLiteral("%1: %2").arg(it.key(), items.join(QStringLiteral(", ")));
        } else {
            parts << QStringLiteral("%1: %2").arg(it.key(), v.toVariant().toString());
        }
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString TimelineText::eventKindName(IdentityEvent::Kind kind)
{
    switch (kind) {
    case IdentityEvent::Kind::Created:
        return tr("Created");
    case IdentityEvent::Kind::Updated:
        return tr("Updated");
    case IdentityEvent::Kind::Deactivated:
        return tr("Deactivated");
    case IdentityEvent::Kind::Reactivated:
        return tr("Reactivated");
    case IdentityEvent::Kind::Deleted:
        return tr("Deleted");
    case IdentityEvent::Kind::MembershipAdded:
        return tr("Membership added");
    case IdentityEvent::Kind::MembershipRemoved:
        return tr("Membership removed");
    case IdentityEvent::Kind::RoleChanged:
        return tr("Role changed");
    }
    return QString();
}

QString TimelineText::jobStateName(Job::State state)
{
    switch (state) {
    case Job::State::Pending:
        return tr("Pending");
    case Job::State::Running:
        return tr("Running");
    case Job::State::Succeeded:
        return tr("Succeeded");
    case Job::State::Failed:
        return tr("Failed");
    case Job::State::Cancelled:
        return tr("Cancelled");
    case Job::State::Unknown:
        break;
    }
    return tr("Unknown");
}

QString TimelineText::time(Timestamp t)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t), QLocale::ShortFormat);
}

QString TimelineText::duration(Timestamp ms)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 1)
        return tr("%1 s").arg(ms / 1000);
    if (minutes < 120)
        return tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
}

QString TimelineText::eventToolTip(const TimelineEventMark &m, const TimelineLane &lane)
{
    if (m.isBucket()) {
        QStringList kinds;
        for (IdentityEvent::Kind k :
             {IdentityEvent::Kind::Deleted, IdentityEvent::Kind::Deactivated,
              IdentityEvent::Kind::Reactivated, IdentityEvent::Kind::RoleChanged,
              IdentityEvent::Kind::MembershipRemoved, IdentityEvent::Kind::MembershipAdded,
              IdentityEvent::Kind::Created, IdentityEvent::Kind::Updated}) {
            if (const int n = m.kindCounts[size_t(k)])
                kinds << QStringLiteral("%1 %2").arg(n).arg(escaped(eventKindName(k)).toLower());
        }
        return tr("<b>%1 identity events</b> on %2<br>%3<br>from %4<br>to %5<br><i>Click to zoom in.</i>")
            .arg(m.count)
            .arg(escaped(lane.label), kinds.join(QStringLiteral(", ")), time(m.at), time(m.lastAt));
    }
    QString text =
        tr("<b>%1</b>: %2<br>when: %3").arg(escaped(eventKindName(m.kind)), escaped(m.subject), time(m.at));
    if (!m.actor.isEmpty())
        text += tr("<br>by: %1").arg(escaped(m.actor));
    text += tr("<br>source: %1").arg(escaped(m.source));
    const QString details = detailsText(m.details);
    if (!details.isEmpty())
        text += QStringLiteral("<br>") + escaped(details);
    return text;
}

QString TimelineText::jobToolTip(const TimelineJobBar &b, const TimelineLane &lane)
{
    if (b.isBucket()) {
        QStringList states;
        for (Job::State s : {Job::State::Failed, Job::State::Running, Job::State::Pending,
                             Job::State::Cancelled, Job::State::Succeeded, Job::State::Unknown}) {
            if (const int n = b.stateCounts[size_t(s)])
                states << QStringLiteral("%1 %2").arg(n).arg(escaped(jobStateName(s)).toLower());
        }
        return tr("<b>%1 jobs active</b> on %2<br>%3<br>between %4<br>and %5<br><i>Click to zoom in.</i>")
            .arg(b.count)
            .arg(escaped(lane.label), states.join(QStringLiteral(", ")), time(b.start), time(b.end));
    }
    QString text =
        tr("<b>%1</b> (%2, %3)<br>started: %4")
            .arg(escaped(b.name), escaped(b.source), escaped(jobStateName(b.state)).toLower(), time(b.start));
    if (b.openEnded)
        text += tr("<br>still running after %1").arg(duration(b.end - b.start));
    else
        text += tr("<br>ended: %1 (%2)").arg(time(b.end), duration(b.end - b.start));
    if (!b.launcher.isEmpty())
        text += tr("<br>launched by: %1").arg(escaped(b.launcher));
    if (!b.runAs.isEmpty())
        text += tr("<br>runs as: %1").arg(escaped(b.runAs));
    return text;
}

QString TimelineText::findingToolTip(const TimelineFindingMark &f)
{
    return tr("<b>Finding: %1</b><br>%2<br>subject: %3<br>began: %4")
        .arg(escaped(f.rule), escaped(f.summary), escaped(f.subject), time(f.startedAt));
}

QString TimelineText::credentialToolTip(const TimelineCredentialMark &m)
{
    const QString what = m.kind == TimelineCredentialMark::Kind::Created
                             ? tr("Key %1 created").arg(escaped(m.name))
                         : m.token ? tr("Token %1 last used").arg(escaped(m.name))
                                   : tr("Key %1 last used").arg(escaped(m.name));
    const QString when =
        m.dayGranularity
            ? tr("%1 (UTC; Google Cloud reports the day only)")
                  .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.at, QTimeZone::utc()).date(),
                                          QLocale::ShortFormat))
            : time(m.at);
    return tr("<b>%1</b><br>owner: %2<br>%3").arg(what, escaped(m.owner), when);
}

QString TimelineText::laneToolTip(const TimelineLane &lane)
{
    return escaped(lane.description.isEmpty() ? lane.label : lane.description);
}

QString TimelineText::toolTip(const TimelineSnapshot &s, const TimelineItem::Hit &hit)
{
    switch (hit.kind) {
    case TimelineItem::Hit::Kind::None:
        break;
    case TimelineItem::Hit::Kind::Event:
        return eventToolTip(s.events[hit.index], s.lanes[s.events[hit.index].lane]);
    case TimelineItem::Hit::Kind::Job:
        return jobToolTip(s.jobs[hit.index], s.lanes[s.jobs[hit.index].lane]);
    case TimelineItem::Hit::Kind::Finding:
        return findingToolTip(s.findings[hit.index]);
    case TimelineItem::Hit::Kind::Credential:
        return credentialToolTip(s.credentials[hit.index]);
    case TimelineItem::Hit::Kind::Lane:
        return laneToolTip(s.lanes[hit.index]);
    }
    return QString();
}

} // namespace Scimflow
