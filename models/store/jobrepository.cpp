#include "jobrepository.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

namespace Scimflow {

namespace {

/// \a text as a JSON string (RFC 8259, section 7), as QJsonDocument writes it.
void appendJsonString(QString &out, const QString &text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

} // namespace

QString JobRepository::labelsJson(const QMap<QString, QString> &labels)
{
    // Written directly: a QJsonObject and its document for every job of a large sync cost more than the
    // rest of the row.
    QString json = QStringLiteral("{");
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (it != labels.begin())
            json += QLatin1Char(',');
        appendJsonString(json, it.key());
        json += QLatin1Char(':');
        appendJsonString(json, it.value());
    }
    json += QLatin1Char('}');
    return json;
}

Result<QHash<QString, StoredJobPrincipals>> JobRepository::principalsOfSource(const QString &source) const
{
    QHash<QString, StoredJobPrincipals> known;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT external_id, launcher, run_as, role FROM jobs WHERE source = ?"));
    q.addBindValue(source);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("Scimflow::JobsWriter", "Cannot read known jobs"),
                        q.lastError());
    while (q.next())
        known.insert(q.value(0).toString(),
                     {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return known;
}

const char *const JobRepository::kInsert =
    "INSERT INTO jobs(source, external_id, name, state, raw_state, project, location, create_time, "
    "start_time, end_time, state_time, launcher, run_as, role, labels, launcher_user_id, run_as_user_id, "
    "run_as_sa_id, sync_run) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

QVariantList JobRepository::rowValues(const QString &source, const Job &j,
                                      const StoredJobPrincipals &principals, const JobLinks &links,
                                      qint64 runId)
{
    return {source,
            j.externalId,
            sqlText(j.name),
            jobStateName(j.state),
            sqlText(j.rawState),
            sqlText(j.project),
            sqlText(j.location),
            j.createTime,
            j.startTime,
            j.endTime,
            j.stateTime,
            sqlText(principals.launcher),
            sqlText(principals.runAs),
            sqlText(principals.role),
            labelsJson(j.labels),
            idOrNull(links.launcherUser),
            idOrNull(links.runAsUser),
            idOrNull(links.runAsAccount),
            runId};
}

Status JobRepository::upsert(const QString &source, const Job &j, const StoredJobPrincipals &principals,
                             const JobLinks &links, qint64 runId)
{
    if (!m_upsert) {
        const QByteArray upsert =
            QByteArray(kInsert) +
            " ON CONFLICT(source, external_id) DO UPDATE SET name = excluded.name, state = excluded.state, "
            "raw_state = excluded.raw_state, project = excluded.project, location = excluded.location, "
            "create_time = excluded.create_time, start_time = excluded.start_time, "
            "end_time = excluded.end_time, state_time = excluded.state_time, launcher = excluded.launcher, "
            "run_as = excluded.run_as, "
            "role = excluded.role, labels = excluded.labels, launcher_user_id = excluded.launcher_user_id, "
            "run_as_user_id = excluded.run_as_user_id, run_as_sa_id = excluded.run_as_sa_id, "
            "sync_run = excluded.sync_run";
        Result<BulkStatement> prepared = BulkStatement::prepare(m_db, upsert.constData());
        if (!prepared)
            return prepared.error();
        m_upsert.emplace(std::move(*prepared));
    }
    const QVariantList values = rowValues(source, j, principals, links, runId);
    Status written;
    for (int i = 0; written && i < int(values.size()); ++i)
        written = m_upsert->bind(i + 1, values[i]);
    if (written)
        written = m_upsert->execute();
    if (!written)
        return Error::make(
            Error::Kind::Database,
            QCoreApplication::translate("Scimflow::JobsWriter", "Cannot write job %1").arg(j.externalId) +
                QStringLiteral(": ") + written.error().message);
    return {};
}

Result<bool> JobRepository::setLauncher(const QString &source, const QString &externalId,
                                        const QString &launcher, qint64 launcherUser)
{
    if (m_setLauncher.lastQuery().isEmpty()) {
        m_setLauncher.prepare(QStringLiteral(
            "UPDATE jobs SET launcher = ?, launcher_user_id = ? WHERE source = ? AND external_id = ?"));
    }
    QSqlQuery &q = m_setLauncher;
    q.bindValue(0, sqlText(launcher));
    q.bindValue(1, idOrNull(launcherUser));
    q.bindValue(2, source);
    q.bindValue(3, externalId);
    if (!q.exec())
        return sqlError(
            QCoreApplication::translate("Scimflow::JobsWriter", "Cannot set the launcher of job %1")
                .arg(externalId),
            q.lastError());
    return q.numRowsAffected() != 0;
}

Status JobRepository::forEachLink(
    const std::function<void(qint64 id, const QString &launcher, const QString &runAs, const JobLinks &links)>
        &visit) const
{
    QSqlQuery read(m_db);
    read.setForwardOnly(true);
    if (!read.exec(
            QStringLiteral("SELECT id, launcher, run_as, launcher_user_id, run_as_user_id, run_as_sa_id "
                           "FROM jobs")))
        return sqlError(QCoreApplication::translate("Scimflow::JobsWriter", "Cannot read jobs"),
                        read.lastError());
    while (read.next()) {
        visit(read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toString(),
              {read.value(3).toLongLong(), read.value(4).toLongLong(), read.value(5).toLongLong()});
    }
    return {};
}

Status JobRepository::setLinks(qint64 id, const JobLinks &links)
{
    if (m_setLinks.lastQuery().isEmpty()) {
        m_setLinks.prepare(QStringLiteral(
            "UPDATE jobs SET launcher_user_id = ?, run_as_user_id = ?, run_as_sa_id = ? WHERE id = ?"));
    }
    QSqlQuery &q = m_setLinks;
    q.bindValue(0, idOrNull(links.launcherUser));
    q.bindValue(1, idOrNull(links.runAsUser));
    q.bindValue(2, idOrNull(links.runAsAccount));
    q.bindValue(3, id);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("Scimflow::JobsWriter", "Cannot relink job %1").arg(id),
                        q.lastError());
    return {};
}

Result<QStringList> JobRepository::dropIndexesIfEmpty()
{
    if (m_db.driverName() != QLatin1String("QSQLITE"))
        return QStringList();
    QSqlQuery q(m_db);
    const QString what = QCoreApplication::translate("Scimflow::JobsWriter",
                                                     "Cannot prepare the jobs table for a first import");
    if (!q.exec(QStringLiteral("SELECT EXISTS(SELECT 1 FROM jobs)")) || !q.next())
        return sqlError(what, q.lastError());
    if (q.value(0).toBool())
        return QStringList();
    // Those with a definition: not the unique constraint's, which the upsert needs.
    if (!q.exec(
            QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'jobs' "
                           "AND sql IS NOT NULL")))
        return sqlError(what, q.lastError());
    QStringList names;
    QStringList definitions;
    while (q.next()) {
        names << q.value(0).toString();
        definitions << q.value(1).toString();
    }
    for (const QString &name : std::as_const(names)) {
        if (!q.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return sqlError(what, q.lastError());
    }
    return definitions;
}

Status JobRepository::buildIndexes(const QStringList &definitions)
{
    m_upsert.reset(); // no statement of this connection may be running
    QSqlQuery q(m_db);
    for (const QString &definition : definitions) {
        if (!q.exec(definition))
            return sqlError(
                QCoreApplication::translate("Scimflow::JobsWriter", "Cannot build the jobs' indexes"),
                q.lastError());
    }
    return {};
}

} // namespace Scimflow
