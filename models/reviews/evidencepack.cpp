#include "evidencepack.h"

#include "auditlog.h"
#include "backgroundpool.h"
#include "csvwriter.h"
#include "reportpdfwriter.h"
#include "reviewrepository.h"
#include "reviewrules.h"
#include "reviewsignoff.h"
#include "sha256.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Scimflow {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::EvidencePack", text);
}

const QString kFormat = QStringLiteral("scimflow-review-pack-v1");
const QString kManifest = QStringLiteral("manifest.json");

QString sha256Hex(const QByteArray &bytes)
{
    return Sha256::hex(bytes);
}

// A file of the pack written in pieces, hashed as it is written: the manifest needs no second read of the
// hundreds of megabytes.
class PackFile
{
public:
    explicit PackFile(const QString &path)
        : m_file(path)
    {
        m_open = m_file.open(QIODevice::WriteOnly);
    }
    void write(QByteArrayView bytes)
    {
        if (m_open && m_file.write(bytes.data(), bytes.size()) != bytes.size())
            m_open = false;
        m_hash.addData(bytes);
        m_size += bytes.size();
    }
    /// Commits the file and records its hash and size in \a files.
    Status commit(QJsonObject *entry)
    {
        if (!m_open || !m_file.commit())
            return Error::make(Error::Kind::Io,
                               QCoreApplication::translate("Scimflow::EvidencePack", "Cannot write %1: %2")
                                   .arg(m_file.fileName(), m_file.errorString()));
        *entry = QJsonObject{{QStringLiteral("name"), QFileInfo(m_file.fileName()).fileName()},
                             {QStringLiteral("sha256"), m_hash.hexResult()},
                             {QStringLiteral("bytes"), m_size}};
        return {};
    }

private:
    QSaveFile m_file;
    Sha256 m_hash;
    qint64 m_size = 0;
    bool m_open = false;
};

Status writeFile(const QString &path, const QByteArray &bytes, QJsonObject *entry)
{
    PackFile f(path);
    f.write(bytes);
    return f.commit(entry);
}

// The manifest entry of a file written by someone else (the PDF), read back in pieces.
Status hashFile(const QString &path, QJsonObject *entry)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
                           QCoreApplication::translate("Scimflow::EvidencePack", "Cannot read back %1: %2")
                               .arg(path, f.errorString()));
    Sha256 hash;
    qint64 size = 0;
    QByteArray buffer(4 << 20, Qt::Uninitialized);
    for (qint64 n; (n = f.read(buffer.data(), buffer.size())) > 0;) {
        hash.addData(QByteArrayView(buffer.constData(), n));
        size += n;
    }
    *entry = QJsonObject{{QStringLiteral("name"), QFileInfo(path).fileName()},
                         {QStringLiteral("sha256"), hash.hexResult()},
                         {QStringLiteral("bytes"), size}};
    return {};
}

// JSON text as QJsonDocument::toJson(Indented) writes it (keys in order, four spaces per level), without
// building a document first: decisions.json lists a million items.
void jsonString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        const auto u = uchar(c);
        if (u >= 0x20 && u != '"' && u != '\\') {
            out += c;
            continue;
        }
        out += '\\';
        switch (u) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '\b':
            out += 'b';
            break;
        case '\f':
            out += 'f';
            break;
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 0xf];
        }
    }
    out += '"';
}

class JsonObjectWriter
{
public:
    JsonObjectWriter(QByteArray &out, int indent)
        : m_out(out)
        , m_indent(indent)
    {
        m_out += "{\n";
    }
    void key(const char *name)
    {
        if (m_first)
            m_first = false;
        else
            m_out += ",\n";
        m_out.append(4 * (m_indent + 1), ' ');
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }
    void field(const char *name, const QString &value)
    {
        key(name);
        jsonString(m_out, value);
    }
    void field(const char *name, qint64 value)
    {
        key(name);
        m_out += QByteArray::number(value);
    }
    void field(const char *name, bool value)
    {
        key(name);
        m_out += value ? "true" : "false";
    }
    void end()
    {
        if (!m_first)
            m_out += '\n';
        m_out.append(4 * m_indent, ' ');
        m_out += '}';
    }

private:
    QByteArray &m_out;
    int m_indent;
    bool m_first = true;
};

// Moves a finished pack from \a staging to \a dir: the whole folder at once when \a dir does not exist yet,
// else file by file with the old manifest removed first and the new one moved last, so that an interrupted
// move leaves a folder that no longer verifies rather than one that verifies against the wrong files.
Status publish(QTemporaryDir &staging, const QString &dir)
{
    const auto moveError = [&](const QString &name) {
        return Error::make(
            Error::Kind::Io,
            QCoreApplication::translate("Scimflow::EvidencePack", "Cannot move %1 into %2.").arg(name, dir));
    };
    if (!QFileInfo::exists(dir)) {
        if (!QDir().rename(staging.path(), dir))
            return moveError(QFileInfo(staging.path()).fileName());
        staging.setAutoRemove(false);
        return {};
    }
    const QDir from(staging.path());
    QDir to(dir);
    if (to.exists(kManifest) && !to.remove(kManifest))
        return moveError(kManifest);
    QStringList names = EvidencePack::fileNames();
    names << kManifest;
    for (const QString &name : std::as_const(names)) {
        if (to.exists(name) && !to.remove(name))
            return moveError(name);
        if (!QFile::rename(from.filePath(name), to.filePath(name)))
            return moveError(name);
    }
    return {};
}

QJsonObject campaignJson(const ReviewCampaign &c)
{
    QJsonArray reviewers;
    for (const QString &r : c.reviewers)
        reviewers.append(r);
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("scope"), c.scope.describe()},
        {QStringLiteral("periodFrom"), c.periodFrom},
        {QStringLiteral("periodTo"), c.periodTo},
        {QStringLiteral("dueAt"), c.dueAt},
        {QStringLiteral("reviewers"), reviewers},
        {QStringLiteral("idleDays"), c.idleDays},
        {QStringLiteral("supersedes"), c.supersedes},
        {QStringLiteral("status"), c.signedOff ? QStringLiteral("signed") : QStringLiteral("in progress")},
        {QStringLiteral("signedAt"), c.signedAt},
        {QStringLiteral("signedBy"), c.signedBy},
        {QStringLiteral("signoffSeq"), c.signoffSeq}};
}

// One item of decisions.json at the items array's level, keys in QJsonObject's (sorted) order.
void writeItemJson(QByteArray &out, const ReviewItem &it, const ReviewCampaign &c)
{
    out.append(8, ' ');
    JsonObjectWriter o(out, 2);
    o.field("access", it.access);
    o.field("assignee", it.assignee);
    o.field("decidedAt", it.decidedAt);
    o.field("decidedBy", it.decidedBy);
    o.field("decision", reviewDecisionName(it.decision));
    o.field("id", it.id);
    o.field("identity", it.identity);
    o.field("idpStatus", it.idpStatus);
    o.field("jobsInPeriod", qint64(it.jobsInPeriod));
    o.field("justification", it.justification);
    o.field("kind", reviewItemKindName(it.kind));
    o.field("lastJob", it.lastJob);
    o.field("lastUsedAt", it.lastUsedAt);
    o.field("openFindings", qint64(it.openFindings));
    o.field("privileged", it.privileged);
    o.field("reason", it.reason);
    o.field("reasonText", ReviewRules::reasonText(it, c));
    o.field("recommendation", reviewDecisionName(it.recommendation));
    o.field("remediation", it.remediation);
    o.field("remediationMessage", it.remediationMessage);
    o.field("roles", it.roles);
    o.end();
}

QJsonObject auditJson(const AuditEntry &e)
{
    return {{QStringLiteral("seq"), e.seq},
            {QStringLiteral("at"), e.at},
            {QStringLiteral("osUser"), e.osUser},
            {QStringLiteral("idpIdentity"), e.idpIdentity},
            {QStringLiteral("kind"), auditKindName(e.kind)},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("target"), e.target},
            {QStringLiteral("request"), e.request},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("outcome"), e.outcome},
            {QStringLiteral("intentSeq"), e.intentSeq},
            {QStringLiteral("prevHash"), e.prevHash},
            {QStringLiteral("hash"), e.hash}};
}

AuditEntry auditFromJson(const QJsonObject &o)
{
    AuditEntry e;
    e.seq = qint64(o.value(QStringLiteral("seq")).toDouble());
    e.at = qint64(o.value(QStringLiteral("at")).toDouble());
    e.osUser = o.value(QStringLiteral("osUser")).toString();
    e.idpIdentity = o.value(QStringLiteral("idpIdentity")).toString();
    auditKindFromName(o.value(QStringLiteral("kind")).toString(), &e.kind);
    e.action = o.value(QStringLiteral("action")).toString();
    e.target = o.value(QStringLiteral("target")).toString();
    e.request = o.value(QStringLiteral("request")).toString();
    e.reason = o.value(QStringLiteral("reason")).toString();
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.intentSeq = qint64(o.value(QStringLiteral("intentSeq")).toDouble());
    e.prevHash = o.value(QStringLiteral("prevHash")).toString();
    e.hash = o.value(QStringLiteral("hash")).toString();
    return e;
}

// The campaign's own entries (sign-off) and the fix entries its remediation wrote, with their outcomes.
Result<QList<AuditEntry>> involvedEntries(QSqlDatabase db, const ReviewCampaign &c,
                                          const QList<ReviewItem> &items)
{
    QSet<qint64> intents;
    for (const ReviewItem &it : items) {
        if (it.remediationSeq)
            intents.insert(it.remediationSeq);
    }
    Result<QList<AuditEntry>> all = AuditLog(db).entries();
    if (!all)
        return all.error();
    const QString target = ReviewRepository::auditTarget(c.id);
    QList<AuditEntry> out;
    for (const AuditEntry &e : std::as_const(*all)) {
        if (e.target == target || intents.contains(e.seq) || (e.intentSeq && intents.contains(e.intentSeq)))
            out << e;
    }
    return out;
}

QString decisionText(ReviewDecision d)
{
    switch (d) {
    case ReviewDecision::None:
        return QCoreApplication::translate("Scimflow::EvidencePack", "undecided");
    case ReviewDecision::Keep:
        return QCoreApplication::translate("Scimflow::EvidencePack", "keep");
    case ReviewDecision::Revoke:
        return QCoreApplication::translate("Scimflow::EvidencePack", "revoke");
    case ReviewDecision::NeedsInfo:
        return QCoreApplication::translate("Scimflow::EvidencePack", "needs info");
    }
    return {};
}

} // namespace

QStringList EvidencePack::fileNames()
{
    return {QStringLiteral("campaign.pdf"), QStringLiteral("decisions.csv"), QStringLiteral("decisions.json"),
            QStringLiteral("audit.json")};
}

ReportDocument EvidencePack::document(const ReviewCampaign &c, const QList<ReviewItem> &items,
                                      const AuditChainHead &head)
{
    ReportDocument doc;
    doc.kind = ReportKind::AccessReview;
    doc.title = tr("Access review: %1").arg(c.name);
    doc.subtitle = tr("SOC 2 CC6.2/CC6.3, ISO 27001 A.5.18: periodic review of access to data pipelines");
    doc.from = c.periodFrom;
    doc.to = c.periodTo;
    doc.generatedAt = currentTimestamp();
    doc.scope = c.scope.describe();
    doc.parameters << tr("campaign %1").arg(c.id) << tr("idle after %1 days").arg(c.idleDays);
    if (c.dueAt)
        doc.parameters << tr("due %1").arg(reportTime(c.dueAt));
    if (!c.reviewers.isEmpty())
        doc.parameters << tr("reviewers: %1").arg(c.reviewers.join(QStringLiteral(", ")));
    if (c.supersedes)
        doc.parameters << tr("corrects campaign %1").arg(c.supersedes);
    doc.chainHead = head;

    int keep = 0, revoke = 0, info = 0, none = 0, against = 0, applied = 0, failed = 0;
    struct Progress
    {
        int assigned = 0, decided = 0, keep = 0, revoke = 0, info = 0;
    };
    QMap<QString, Progress> byReviewer;
    for (const QString &r : c.reviewers)
        byReviewer[r];
    for (const ReviewItem &it : items) {
        Progress &p = byReviewer[it.assignee];
        ++p.assigned;
        switch (it.decision) {
        case ReviewDecision::None:
            ++none;
            break;
        case ReviewDecision::Keep:
            ++keep, ++p.keep, ++p.decided;
            break;
        case ReviewDecision::Revoke:
            ++revoke, ++p.revoke, ++p.decided;
            break;
        case ReviewDecision::NeedsInfo:
            ++info, ++p.info;
            break;
        }
        if ((it.decision == ReviewDecision::Keep || it.decision == ReviewDecision::Revoke) &&
            it.decision != it.recommendation)
            ++against;
        applied += it.remediation == QLatin1String("applied");
        failed += !it.remediation.isEmpty() && it.remediation != QLatin1String("applied");
    }
    doc.summary = {
        {QStringLiteral("items"), tr("Items reviewed"), items.size()},
        {QStringLiteral("keep"), tr("Keep"), keep},
        {QStringLiteral("revoke"), tr("Revoke"), revoke},
        {QStringLiteral("needs_info"), tr("Needs information"), info},
        {QStringLiteral("undecided"), tr("Undecided"), none},
        {QStringLiteral("against_recommendation"), tr("Against the recommendation"), against},
        {QStringLiteral("remediation_applied"), tr("Revocations applied"), applied},
        {QStringLiteral("remediation_not_applied"), tr("Revocations failed or not applied"), failed}};

    if (c.signedOff) {
        doc.notes << tr("Signed off by %1 on %2. Digest of the decisions: %3 (audit entry %4).")
                         .arg(c.signedBy, reportTime(c.signedAt), c.digest)
                         .arg(c.signoffSeq);
    } else {
        doc.notes << tr("In progress: this campaign is not signed off; its decisions may still change.");
    }
    doc.notes << tr(
        "Each item is one access of one identity, with the evidence Scimflow had when the campaign "
        "was created: the last job run under it, the jobs in the period, open findings and the "
        "IdP status. Recommendations come from that use; decisions against them carry a "
        "justification.");

    ReportTable progress;
    progress.id = QStringLiteral("reviewers");
    progress.title = tr("Progress per reviewer");
    progress.columns = {
        {QStringLiteral("reviewer"), tr("Reviewer"), 2}, {QStringLiteral("assigned"), tr("Assigned"), 1},
        {QStringLiteral("decided"), tr("Decided"), 1},   {QStringLiteral("keep"), tr("Keep"), 1},
        {QStringLiteral("revoke"), tr("Revoke"), 1},     {QStringLiteral("needs_info"), tr("Needs info"), 1}};
    for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it) {
        progress.rows << QStringList{it.key().isEmpty() ? tr("(unassigned)") : it.key(),
                                     QString::number(it->assigned),
                                     QString::number(it->decided),
                                     QString::number(it->keep),
                                     QString::number(it->revoke),
                                     QString::number(it->info)};
    }
    progress.emptyText = tr("No items.");
    doc.tables << progress;

    ReportTable decisions;
    decisions.id = QStringLiteral("decisions");
    decisions.title = tr("Decisions");
    decisions.columns = {{QStringLiteral("item"), tr("Item"), 0.5},
                         {QStringLiteral("identity"), tr("Identity"), 2},
                         {QStringLiteral("access"), tr("Access"), 1.4},
                         {QStringLiteral("roles"), tr("Pipeline roles"), 1.2},
                         {QStringLiteral("last_used"), tr("Last used"), 1.3},
                         {QStringLiteral("jobs"), tr("Jobs in period"), 0.6},
                         {QStringLiteral("recommendation"), tr("Recommendation"), 2.2},
                         {QStringLiteral("decision"), tr("Decision"), 0.8},
                         {QStringLiteral("justification"), tr("Justification"), 1.8},
                         {QStringLiteral("reviewer"), tr("Reviewer"), 1},
                         {QStringLiteral("remediation"), tr("Remediation"), 1.4}};
    decisions.rows.reserve(items.size());
    for (const ReviewItem &it : items) {
        QString remediation = it.remediation;
        if (!it.remediationMessage.isEmpty())
            remediation += QStringLiteral(": ") + it.remediationMessage;
        decisions.rows << QStringList{QString::number(it.id),
                                      it.identity,
                                      it.access,
                                      it.roles,
                                      it.lastUsedAt ? reportTime(it.lastUsedAt) : tr("never"),
                                      QString::number(it.jobsInPeriod),
                                      decisionText(it.recommendation) + QStringLiteral(": ") +
                                          ReviewRules::reasonText(it, c),
                                      decisionText(it.decision),
                                      it.justification,
                                      it.decidedBy,
                                      remediation};
    }
    decisions.emptyText = tr("The campaign has no items.");
    doc.tables << decisions;
    return doc;
}

Status EvidencePack::write(QSqlDatabase db, qint64 campaignId, const QString &dir, const ReportCancel *cancel,
                           const Progress &progress)
{
    const auto cancelled = [cancel] { return cancel && cancel->isCancelled(); };
    const auto cancelledError = [] {
        return Error::make(Error::Kind::Cancelled,
                           tr("The export was cancelled; no evidence pack was written."));
    };
    const auto report = [&](int done, int total, const QString &stage) {
        if (progress)
            progress(done, total, stage);
    };
    report(0, 0, tr("Reading the campaign"));
    ReviewRepository repo(db);
    Result<ReviewCampaign> c = repo.campaign(campaignId);
    if (!c)
        return c.error();
    Result<QList<ReviewItem>> items = repo.items(campaignId);
    if (!items)
        return items.error();
    AuditChainHead head;
    if (const QString token = AuditLog(db).head(); !token.isEmpty()) {
        head.seq = token.section(QLatin1Char(':'), 0, 0).toLongLong();
        head.hash = token.section(QLatin1Char(':'), 1);
    }
    Result<QList<AuditEntry>> entries = involvedEntries(db, *c, *items);
    if (!entries)
        return entries.error();
    if (cancelled())
        return cancelledError();

    // Everything is written beside the destination first, so that nothing half-written ever lands in it.
    const QFileInfo target(QDir::cleanPath(dir));
    if (!QDir().mkpath(target.absolutePath()))
        return Error::make(Error::Kind::Io, tr("Cannot create the folder %1.").arg(target.absolutePath()));
    QTemporaryDir staging(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                          QStringLiteral(".partial-XXXXXX"));
    if (!staging.isValid())
        return Error::make(
            Error::Kind::Io,
            tr("Cannot create a temporary folder beside %1: %2").arg(dir, staging.errorString()));
    const QDir out(staging.path());

    // decisions.json, decisions.csv, the digest and audit.json are written on a second thread while this one
    // paints the PDF: both only read the items, and each writes its own files.
    struct Decisions
    {
        Status status = Error::make(Error::Kind::Cancelled, QString());
        QString digest;
        QMap<QString, QJsonObject> written; // manifest entries by file name
    };
    const int n = int(items->size());
    constexpr int kCheckEvery = 2000;
    report(0, n, tr("Writing the decisions"));
    std::atomic<bool> pdfFailed{false};
    const auto stop = [&] { return cancelled() || pdfFailed.load(); };
    const auto writeDecisions = [&, folder = out]() -> Decisions {
        Decisions result;
        // decisions.json: the campaign and every item; the digest is recomputed from it on verify. Written in
        // pieces as QJsonDocument would indent it.
        {
            PackFile json(folder.filePath(QStringLiteral("decisions.json")));
            QByteArray chunk = QJsonDocument(campaignJson(*c)).toJson(QJsonDocument::Indented).trimmed();
            chunk.replace('\n', "\n    ");
            chunk = "{\n    \"campaign\": " + chunk +
                    ",\n    \"format\": \"scimflow-review-decisions-v1\",\n    \"items\": [\n";
            for (int i = 0; i < n; ++i) {
                writeItemJson(chunk, items->at(i), *c);
                chunk += i + 1 < n ? ",\n" : "\n";
                if (chunk.size() >= (1 << 20)) {
                    json.write(chunk);
                    chunk.resize(0);
                }
                if (i % kCheckEvery == 0 && stop())
                    return result;
            }
            chunk += "    ]\n}\n";
            json.write(chunk);
            if (result.status = json.commit(&result.written[QStringLiteral("decisions.json")]);
                !result.status)
                return result;
        }
        result.digest = ReviewSignOff::digest(*c, *items);

        CsvWriter csv;
        csv.addRow({QStringLiteral("item"),          QStringLiteral("kind"),
                    QStringLiteral("identity"),      QStringLiteral("access"),
                    QStringLiteral("roles"),         QStringLiteral("privileged"),
                    QStringLiteral("idp_status"),    QStringLiteral("last_used_at"),
                    QStringLiteral("last_job"),      QStringLiteral("jobs_in_period"),
                    QStringLiteral("open_findings"), QStringLiteral("recommendation"),
                    QStringLiteral("reason"),        QStringLiteral("assignee"),
                    QStringLiteral("decision"),      QStringLiteral("justification"),
                    QStringLiteral("decided_by"),    QStringLiteral("decided_at"),
                    QStringLiteral("remediation"),   QStringLiteral("remediation_message")});
        for (int i = 0; i < n; ++i) {
            const ReviewItem &it = items->at(i);
            csv.addRow({QString::number(it.id),
                        reviewItemKindName(it.kind),
                        it.identity,
                        it.access,
                        it.roles,
                        it.privileged ? QStringLiteral("yes") : QStringLiteral("no"),
                        it.idpStatus,
                        reportTime(it.lastUsedAt),
                        it.lastJob,
                        QString::number(it.jobsInPeriod),
                        QString::number(it.openFindings),
                        reviewDecisionName(it.recommendation),
                        ReviewRules::reasonText(it, *c),
                        it.assignee,
                        reviewDecisionName(it.decision),
                        it.justification,
                        it.decidedBy,
                        reportTime(it.decidedAt),
                        it.remediation,
                        it.remediationMessage});
            if (i % kCheckEvery == 0 && stop())
                return result;
        }

        QJsonArray auditArray;
        for (const AuditEntry &e : std::as_const(*entries))
            auditArray.append(auditJson(e));
        const QByteArray auditBytes = QJsonDocument(auditArray).toJson(QJsonDocument::Indented);

        if (result.status = writeFile(folder.filePath(QStringLiteral("decisions.csv")), csv.toUtf8(),
                                      &result.written[QStringLiteral("decisions.csv")]);
            !result.status)
            return result;
        result.status = writeFile(folder.filePath(QStringLiteral("audit.json")), auditBytes,
                                  &result.written[QStringLiteral("audit.json")]);
        return result;
    };
    QFuture<Decisions> decisions = QtConcurrent::run(backgroundPool(), writeDecisions);

    const QString pdfStage = tr("Writing campaign.pdf");
    const Status pdf =
        ReportPdfWriter::write(document(*c, *items, head), out.filePath(QStringLiteral("campaign.pdf")),
                               cancel, [&](int done, int total) { report(done, total, pdfStage); });
    pdfFailed = !pdf;                       // then the decisions need not be finished
    Decisions written = decisions.result(); // waits: the lambda refers to this frame
    if (!pdf)
        return cancelled() ? cancelledError() : pdf;
    if (cancelled())
        return cancelledError();
    if (!written.status)
        return written.status;
    const QString digest = written.digest;

    report(0, 0, tr("Writing the manifest"));
    if (Status s = hashFile(out.filePath(QStringLiteral("campaign.pdf")),
                            &written.written[QStringLiteral("campaign.pdf")]);
        !s)
        return s;
    QJsonArray files;
    for (const QString &name : fileNames())
        files.append(written.written.value(name));
    const QJsonObject manifest{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("campaign"), c->id},
        {QStringLiteral("name"), c->name},
        {QStringLiteral("status"), c->signedOff ? QStringLiteral("signed") : QStringLiteral("in progress")},
        {QStringLiteral("digest"), digest},
        {QStringLiteral("signoffSeq"), c->signoffSeq},
        {QStringLiteral("auditChainHead"), head.token()},
        {QStringLiteral("generatedAt"), timestampToIso(currentTimestamp())},
        {QStringLiteral("files"), files}};
    QJsonObject manifestEntry;
    if (Status s = writeFile(out.filePath(kManifest), QJsonDocument(manifest).toJson(QJsonDocument::Indented),
                             &manifestEntry);
        !s)
        return s;
    if (cancelled())
        return cancelledError();
    return publish(staging, target.absoluteFilePath());
}

EvidencePackVerification EvidencePack::verify(const QString &dir)
{
    EvidencePackVerification v;
    const QDir in(dir);
    auto fail = [&](const QString &file, const QString &problem) {
        v.intact = false;
        v.firstMismatch = file;
        v.problem = problem;
        return v;
    };
    QFile manifestFile(in.filePath(QStringLiteral("manifest.json")));
    if (!manifestFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("manifest.json"),
                    tr("cannot read manifest.json: %1").arg(manifestFile.errorString()));
    QJsonParseError parseError;
    const QJsonDocument manifestDoc = QJsonDocument::fromJson(manifestFile.readAll(), &parseError);
    const QJsonObject manifest = manifestDoc.object();
    if (parseError.error != QJsonParseError::NoError ||
        manifest.value(QStringLiteral("format")).toString() != kFormat)
        return fail(QStringLiteral("manifest.json"),
                    tr("manifest.json is not a Scimflow evidence pack manifest"));
    v.digest = manifest.value(QStringLiteral("digest")).toString();
    v.status = manifest.value(QStringLiteral("status")).toString();

    // Every file the pack must hold, in manifest order, with its hash.
    const QJsonArray files = manifest.value(QStringLiteral("files")).toArray();
    QStringList listed;
    for (const QJsonValue &value : files)
        listed << value.toObject().value(QStringLiteral("name")).toString();
    for (const QString &name : fileNames()) {
        if (!listed.contains(name))
            return fail(QStringLiteral("manifest.json"), tr("the manifest does not list %1").arg(name));
    }
    QMap<QString, QByteArray> contents;
    for (const QJsonValue &value : files) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(QStringLiteral("name")).toString();
        if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
            name.startsWith(QLatin1Char('.')))
            return fail(QStringLiteral("manifest.json"),
                        tr("the manifest names a file outside the pack: %1").arg(name));
        QFile f(in.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return fail(name, tr("%1 is missing or unreadable").arg(name));
        const QByteArray bytes = f.readAll();
        const QString expected = entry.value(QStringLiteral("sha256")).toString();
        const QString actual = sha256Hex(bytes);
        if (actual != expected)
            return fail(
                name,
                tr("%1 does not match the manifest: SHA-256 %2, expected %3").arg(name, actual, expected));
        contents.insert(name, bytes);
        ++v.files;
    }

    // The digest, recomputed from the decisions.
    const QJsonObject decisions =
        QJsonDocument::fromJson(contents.value(QStringLiteral("decisions.json"))).object();
    const QJsonObject cj = decisions.value(QStringLiteral("campaign")).toObject();
    ReviewCampaign c;
    c.id = qint64(cj.value(QStringLiteral("id")).toDouble());
    c.name = cj.value(QStringLiteral("name")).toString();
    c.periodFrom = qint64(cj.value(QStringLiteral("periodFrom")).toDouble());
    c.periodTo = qint64(cj.value(QStringLiteral("periodTo")).toDouble());
    c.supersedes = qint64(cj.value(QStringLiteral("supersedes")).toDouble());
    QList<ReviewItem> items;
    for (const QJsonValue &value : decisions.value(QStringLiteral("items")).toArray()) {
        const QJsonObject o = value.toObject();
        ReviewItem it;
        it.id = qint64(o.value(QStringLiteral("id")).toDouble());
        reviewItemKindFromName(o.value(QStringLiteral("kind")).toString(), &it.kind);
        it.identity = o.value(QStringLiteral("identity")).toString();
        it.access = o.value(QStringLiteral("access")).toString();
        it.roles = o.value(QStringLiteral("roles")).toString();
        reviewDecisionFromName(o.value(QStringLiteral("recommendation")).toString(), &it.recommendation);
        it.reason = o.value(QStringLiteral("reason")).toString();
        reviewDecisionFromName(o.value(QStringLiteral("decision")).toString(), &it.decision);
        it.justification = o.value(QStringLiteral("justification")).toString();
        it.decidedBy = o.value(QStringLiteral("decidedBy")).toString();
        it.decidedAt = qint64(o.value(QStringLiteral("decidedAt")).toDouble());
        items << it;
    }
    const QString recomputed = ReviewSignOff::digest(c, items);
    if (recomputed != v.digest)
        return fail(
            QStringLiteral("digest"),
            tr("the decisions hash to %1 but the manifest records the digest %2").arg(recomputed, v.digest));
    if (manifest.value(QStringLiteral("campaign")).toDouble() != double(c.id))
        return fail(QStringLiteral("manifest.json"),
                    tr("the manifest names another campaign than decisions.json"));

    // A signed campaign: its sign-off entry must be in audit.json, intact, and carry the same digest.
    const QJsonArray audit = QJsonDocument::fromJson(contents.value(QStringLiteral("audit.json"))).array();
    bool signoffFound = false;
    for (const QJsonValue &value : audit) {
        const AuditEntry e = auditFromJson(value.toObject());
        if (e.computeHash() != e.hash)
            return fail(QStringLiteral("audit.json"),
                        tr("audit entry %1 in audit.json does not match its hash").arg(e.seq));
        if (e.action == QLatin1String("review.signoff") && e.target == ReviewRepository::auditTarget(c.id)) {
            signoffFound = true;
            const QString signedDigest = QJsonDocument::fromJson(e.request.toUtf8())
                                             .object()
                                             .value(QStringLiteral("digest"))
                                             .toString();
            if (signedDigest != v.digest)
                return fail(QStringLiteral("digest"),
                            tr("the sign-off audit entry %1 records the digest %2, not %3")
                                .arg(e.seq)
                                .arg(signedDigest, v.digest));
        }
    }
    if (v.status == QLatin1String("signed") && !signoffFound)
        return fail(QStringLiteral("audit.json"),
                    tr("the pack says signed but audit.json holds no sign-off entry"));
    v.intact = true;
    return v;
}

} // namespace Scimflow
