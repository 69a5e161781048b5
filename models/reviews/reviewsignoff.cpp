#include "reviewsignoff.h"

#include "auditlog.h"
#include "osuser.h"
#include "reviewrepository.h"
#include "sha256.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace Scimflow {

namespace {

void appendField(QByteArray &out, const char *name, QByteArrayView utf8)
{
    out += name;
    out += '=';
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += '\n';
}

void appendField(QByteArray &out, const char *name, const QString &value)
{
    appendField(out, name, QByteArrayView(value.toUtf8()));
}

void appendField(QByteArray &out, const char *name, qint64 value)
{
    appendField(out, name, QByteArrayView(QByteArray::number(value)));
}

// The canonical decisions in pieces of about \a chunk bytes, each handed to \a sink: a million items make
// a 150 MB text that need not exist at once to be hashed.
void writeCanonical(const ReviewCampaign &c, const QList<ReviewItem> &items, qsizetype chunk,
                    const std::function<void(QByteArrayView)> &sink)
{
    QByteArray out("scimflow-review-v1\n");
    out.reserve(chunk + 4096);
    appendField(out, "campaign", c.id);
    appendField(out, "name", c.name);
    appendField(out, "period_from", c.periodFrom);
    appendField(out, "period_to", c.periodTo);
    appendField(out, "supersedes", c.supersedes);
    appendField(out, "items", items.size());
    for (const ReviewItem &it : items) {
        appendField(out, "item", it.id);
        appendField(out, "kind", reviewItemKindName(it.kind));
        appendField(out, "identity", it.identity);
        appendField(out, "access", it.access);
        appendField(out, "roles", it.roles);
        appendField(out, "recommendation", reviewDecisionName(it.recommendation));
        appendField(out, "reason", it.reason);
        appendField(out, "decision", reviewDecisionName(it.decision));
        appendField(out, "justification", it.justification);
        appendField(out, "decided_by", it.decidedBy);
        appendField(out, "decided_at", it.decidedAt);
        if (out.size() >= chunk) {
            sink(out);
            out.resize(0);
        }
    }
    sink(out);
}

} // namespace

QByteArray ReviewSignOff::canonicalDecisions(const ReviewCampaign &c, const QList<ReviewItem> &items)
{
    QByteArray out;
    writeCanonical(c, items, 1 << 20, [&](QByteArrayView piece) { out += piece; });
    return out;
}

QString ReviewSignOff::digest(const ReviewCampaign &campaign, const QList<ReviewItem> &items)
{
    Sha256 hash;
    writeCanonical(campaign, items, 1 << 20, [&](QByteArrayView piece) { hash.addData(piece); });
    return hash.hexResult();
}

Result<ReviewCampaign> ReviewSignOff::signOff(qint64 campaignId, const QString &reviewer)
{
    if (reviewer.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput, QStringLiteral("Sign-off needs the reviewer's name."));
    ReviewRepository repo(m_db);
    Result<ReviewCampaign> c = repo.campaign(campaignId);
    if (!c)
        return c.error();
    if (Status s = repo.checkOpen(campaignId); !s)
        return s.error();
    Result<QList<ReviewItem>> list = repo.items(campaignId);
    if (!list)
        return list.error();
    int undecided = 0, needsInfo = 0;
    for (const ReviewItem &it : std::as_const(*list)) {
        undecided += it.decision == ReviewDecision::None;
        needsInfo += it.decision == ReviewDecision::NeedsInfo;
    }
    if (undecided || needsInfo)
        return Error::make(
            Error::Kind::InvalidInput,
            QStringLiteral("Campaign %1 cannot be signed off: %2 item(s) have no decision and %3 "
                           "need more information; decide keep or revoke on each first.")
                .arg(campaignId)
                .arg(undecided)
                .arg(needsInfo));

    // A sign-off interrupted after its audit entry is completed from that entry rather than signed twice.
    Result<ReviewSignoffEntry> entry = repo.signoffEntry(campaignId);
    if (!entry)
        return entry.error();
    const QString digestNow = digest(*c, *list);
    if (entry->seq == 0) {
        int keep = 0, revoke = 0;
        for (const ReviewItem &it : std::as_const(*list))
            (it.decision == ReviewDecision::Keep ? keep : revoke) += 1;
        const QJsonObject request{
            {QStringLiteral("campaign"), campaignId}, {QStringLiteral("name"), c->name},
            {QStringLiteral("digest"), digestNow},    {QStringLiteral("items"), int(list->size())},
            {QStringLiteral("keep"), keep},           {QStringLiteral("revoke"), revoke}};
        AuditEntry e;
        e.kind = AuditEntry::Kind::Note;
        e.osUser = currentOsUser();
        e.idpIdentity = reviewer.trimmed();
        e.action = QStringLiteral("review.signoff");
        e.target = ReviewRepository::auditTarget(campaignId);
        e.request = QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact));
        e.reason = QStringLiteral("access review \"%1\" signed off by %2").arg(c->name, reviewer.trimmed());
        Result<AuditEntry> appended = AuditLog(m_db).append(e);
        if (!appended)
            return appended.error();
        *entry = ReviewSignoffEntry{appended->seq, digestNow, appended->at};
    } else if (entry->digest != digestNow) {
        return Error::make(
            Error::Kind::Conflict,
            QStringLiteral("Audit entry %1 signed campaign %2 with digest %3, but its decisions now "
                           "hash to %4: the decisions changed after sign-off.")
                .arg(entry->seq)
                .arg(campaignId)
                .arg(entry->digest, digestNow));
    }
    if (Status s = repo.markSigned(campaignId, *entry, reviewer.trimmed()); !s)
        return s.error();
    return repo.campaign(campaignId);
}

} // namespace Scimflow
