#include "snapshotwriter.h"

#include "bulkstatement.h"
#include "identityevent.h"
#include "keysandindexesdeferred.h"
#include "postgrescopy.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <list>
#include <optional>

Q_LOGGING_CATEGORY(lcSync, "scimflow.sync", QtWarningMsg)

namespace Scimflow {

namespace {

/// How far before an audit-log event a snapshot-derived event of the same change may be stamped (clock skew
/// between the log and the directory's lastModified).
constexpr qint64 kMergeSkewMs = 5 * 60 * 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Scimflow::Writer", text);
}

/// Attributes that differ, as {"name":{"old":..,"new":..}}.
QJsonObject userChanges(const User &a, const User &b)
{
    QJsonObject changed;
    auto cmp = [&changed](const char *name, const QString &x, const QString &y) {
        if (x != y)
            changed.insert(QLatin1String(name),
                           QJsonObject{{QLatin1String("old"), x}, {QLatin1String("new"), y}});
    };
    cmp("userName", a.userName, b.userName);
    cmp("externalId", a.externalId, b.externalId);
    cmp("displayName", a.displayName, b.displayName);
    cmp("givenName", a.givenName, b.givenName);
    cmp("familyName", a.familyName, b.familyName);
    cmp("email", a.email, b.email);
    cmp("emails", a.emails.join(QLatin1Char(',')), b.emails.join(QLatin1Char(',')));
    cmp("department", a.department, b.department);
    cmp("employeeNumber", a.employeeNumber, b.employeeNumber);
    cmp("manager", a.managerScimId, b.managerScimId);
    return changed;
}

class Writer
{
public:
    Writer(Store &store, const SyncSnapshot &snap, const std::atomic<bool> *cancelled)
        : m_store(store)
        , m_snap(snap)
        , m_derivedSource(snap.source + QStringLiteral("-sync"))
        , m_cancelled(cancelled)
        , m_q(store.database())
        , m_batchRows(store.isPostgres() ? kCopyRows : kBatchRows)
        , m_userBatchRows(store.isPostgres() ? kCopyRows : kUserBatchRows)
    {}

    Result<SnapshotStats> run()
    {
        // A big page cache for the diff of a large directory; this connection belongs to this write only.
        // Every id this writer binds comes from a lookup in the same transaction, so the per-row foreign key
        // checks only cost time (a third of a first sync). This connection is private to the write.
        if (!m_store.isPostgres()) {
            QSqlQuery(m_store.database()).exec(QStringLiteral("PRAGMA cache_size = -131072"));
            QSqlQuery(m_store.database()).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        }
        QElapsedTimer timer;
        timer.start();
        Transaction tx(m_store.database());
        if (!tx.isActive())
            return Error::make(Error::Kind::Database,
                               tr("Cannot start a transaction; is the database locked?"));
        if (Status locked = m_store.lockSyncSource(m_snap.source); !locked)
            return locked.error();
        m_first = m_store.count(QStringLiteral("users")) == 0 && m_store.count(QStringLiteral("groups")) == 0;
        const QString insertEvents = QStringLiteral("INSERT INTO identity_events(at, kind, user_id, "
                                                    "group_id, subject, actor, source, details, sync_run) "
                                                    "VALUES ");
        const QString eventRow = QStringLiteral("(?,?,?,?,?,'',?,?,?)");
        if (Status s = prepare(m_event, insertEvents + eventRow, "Cannot prepare the event insert"); !s)
            return s.error();
        if (Status s =
                prepare(m_eventBatch, insertEvents + QStringList(kBatchRows, eventRow).join(QLatin1Char(',')),
                        "Cannot prepare the event insert");
            !s)
            return s.error();
        // Into an empty team store the tables a first sync fills get their plain indexes built and their
        // references checked once, after the last row (nothing on SQLite).
        std::list<KeysAndIndexesDeferred> deferred;
        if (m_first) {
            for (const char *table : {"users", "identity_events", "memberships"})
                deferred.emplace_back(m_store.database(), QLatin1String(table));
        }
        if (Status s = writeUsers(); !s)
            return s.error();
        qCDebug(lcSync) << "users written" << timer.elapsed() << "ms";
        if (Status s = writeGroups(); !s)
            return s.error();
        qCDebug(lcSync) << "groups written" << timer.elapsed() << "ms";
        Result<bool> baseline = isBaseline();
        if (!baseline)
            return baseline.error();
        // On an empty store every membership is this snapshot's: they are inserted as the baseline rather
        // than marked afterwards (a second pass over 800,000 rows on a large first sync).
        m_insertBaseline = *baseline && m_first;
        if (Status s = writeMemberships(); !s)
            return s.error();
        if (Status s = flushEvents(); !s)
            return s.error();
        qCDebug(lcSync) << "memberships written" << timer.elapsed() << "ms";
        for (KeysAndIndexesDeferred &d : deferred) {
            if (Status s = d.restore(); !s)
                return s.error();
        }
        qCDebug(lcSync) << "indexed and checked" << timer.elapsed() << "ms";
        if (*baseline && !m_insertBaseline) {
            QSqlQuery mark(m_store.database());
            if (!mark.exec(QStringLiteral("UPDATE memberships SET baseline = 1")))
                return fail(mark, "Cannot mark the baseline memberships");
        }
        if (Status s = writeLogEvents(); !s)
            return s.error();
        if (Status s = m_store.setSyncRunResult(m_snap.runId, m_snap.mode, m_snap.nextState); !s)
            return s.error();
        if (isCancelled())
            return cancelledError();
        m_stats.users = scalar("SELECT count(*) FROM users WHERE deleted_at = 0");
        m_stats.groups = scalar("SELECT count(*) FROM groups WHERE deleted_at = 0");
        m_stats.memberships = scalar("SELECT count(*) FROM memberships");
        QString stats = m_stats.toJson();
        if (!m_snap.statsExtra.isEmpty())
            stats = stats.chopped(1) + QLatin1Char(',') + m_snap.statsExtra + QLatin1Char('}');
        // Finishing the run in the same transaction: a crash can never leave a half-recorded success.
        qCDebug(lcSync) << "totals counted" << timer.elapsed() << "ms";
        if (Status s = m_store.finishSyncRun(m_snap.runId, QStringLiteral("ok"), QString(), stats); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        qCDebug(lcSync) << "committed" << timer.elapsed() << "ms";
        // Move a large write into the database file now, so that the next (small) sync does not pay for it.
        if (!m_store.isPostgres())
            QSqlQuery(m_store.database()).exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        qCDebug(lcSync) << "checkpointed" << timer.elapsed() << "ms";
        return m_stats;
    }

private:
    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }
    static Error cancelledError()
    {
        return Error::make(Error::Kind::Cancelled, tr("The sync was cancelled; nothing was changed."));
    }
    Error fail(const QSqlQuery &q, const char *what)
    {
        return sqlError(QString::fromLatin1(what), q.lastError());
    }
    static Error fail(const Status &s, const char *what)
    {
        return Error::make(Error::Kind::Database,
                           QStringLiteral("%1: %2").arg(QString::fromLatin1(what), s.error().message));
    }

    /// The bulk inserts run as SQLite statements of their own (BulkStatement): Qt's bindValue() costs more
    /// than SQLite's insert of the value. On PostgreSQL they are prepared but COPY writes the rows.
    Status prepare(std::optional<BulkStatement> &statement, const QString &sql, const char *what)
    {
        Result<BulkStatement> prepared = BulkStatement::prepare(m_store.database(), sql.toUtf8().constData());
        if (!prepared)
            return fail(Status(prepared.error()), what);
        statement.emplace(std::move(*prepared));
        return {};
    }

    qint64 scalar(const char *sql)
    {
        QSqlQuery q(m_store.database());
        return q.exec(QString::fromLatin1(sql)) && q.next() ? q.value(0).toLongLong() : 0;
    }

    // Events are written kBatchRows to a statement, in the order they happen; flushEvents() writes the rest
    // before anything reads them.
    Status event(Timestamp at, IdentityEvent::Kind kind, qint64 userId, qint64 groupId,
                 const QString &subject, const QJsonObject &details = {})
    {
        m_pendingEvents << (at ? at : m_snap.syncTime) << identityEventKindName(kind) << idOrNull(userId)
                        << idOrNull(groupId) << sqlText(subject) << m_derivedSource
                        << (details.isEmpty()
                                ? QStringLiteral("{}")
                                : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)))
                        << m_snap.runId;
        ++m_stats.events;
        return m_pendingEvents.size() == m_batchRows * kEventColumns ? flushEvents() : Status();
    }

    Status flushEvents()
    {
        static const QStringList columns{QStringLiteral("at"),      QStringLiteral("kind"),
                                         QStringLiteral("user_id"), QStringLiteral("group_id"),
                                         QStringLiteral("subject"), QStringLiteral("source"),
                                         QStringLiteral("details"), QStringLiteral("sync_run")};
        return flushRows(*m_eventBatch, *m_event, m_pendingEvents, QStringLiteral("identity_events"), columns,
                         "Cannot record identity events");
    }

    Timestamp changeTime(Timestamp newModified, Timestamp oldModified) const
    {
        return newModified && newModified != oldModified ? newModified : m_snap.syncTime;
    }

    /// The values of a user's row as the insert and the update take them, last_seen_run last.
    QVariantList userColumnValues(const User &u) const { return userValues(u) << m_snap.runId; }

    /// Inserts the new users waiting in m_pendingUsers (a full batch in one statement), then records their
    /// ids and their events in snapshot order.
    Status flushUsers(BulkStatement &single)
    {
        if (m_pendingUsers.isEmpty())
            return {};
        QHash<QString, qint64> ids;
        const auto insert = [&](BulkStatement &q, qsizetype from, qsizetype count) -> Status {
            for (qsizetype i = 0; i < count; ++i) {
                const QVariantList values = userColumnValues(*m_pendingUsers[from + i])
                                            << m_snap.runId; // first_seen
                for (int c = 0; c < values.size(); ++c) {
                    if (Status s = q.bind(int(i) * kUserColumns + c + 1, values[c]); !s)
                        return fail(s, "Cannot insert users");
                }
            }
            while (q.next())
                ids.insert(QString::fromUtf8(q.text(1)), q.int64(0));
            if (Status s = q.status(); !s)
                return fail(s, "Cannot insert users");
            return {};
        };
        if (m_store.isPostgres()) {
            if (Status s = copyUsers(ids); !s)
                return s;
        } else if (m_pendingUsers.size() == kUserBatchRows) {
            if (Status s = insert(*m_userBatch, 0, kUserBatchRows); !s)
                return s;
        } else {
            for (qsizetype i = 0; i < m_pendingUsers.size(); ++i) {
                if (Status s = insert(single, i, 1); !s)
                    return s;
            }
        }
        for (const User *pending : std::as_const(m_pendingUsers)) {
            const User &u = *pending;
            const qint64 id = ids.value(u.scimId);
            if (!id)
                return Error::make(
                    Error::Kind::Database,
                    QStringLiteral("Cannot insert user %1: the store returned no id").arg(u.scimId));
            m_userIds.insert(u.scimId, id);
            m_userNames.insert(id, u.userName);
            ++m_stats.usersCreated;
            const Timestamp created = m_first ? (u.createdAt ? u.createdAt : u.lastModified)
                                              : (u.createdAt ? u.createdAt : m_snap.syncTime);
            if (Status s = event(created, IdentityEvent::Kind::Created, id, 0, u.userName); !s)
                return s;
            if (!u.active) {
                if (Status s = event(u.lastModified, IdentityEvent::Kind::Deactivated, id, 0, u.userName); !s)
                    return s;
            }
        }
        m_pendingUsers.clear();
        return {};
    }

    /// On PostgreSQL the waiting users take their ids from the table's sequence, then go in with one COPY.
    Status copyUsers(QHash<QString, qint64> &ids)
    {
        QSqlQuery next(m_store.database());
        next.prepare(QStringLiteral("SELECT nextval(pg_get_serial_sequence('users', 'id')) AS id "
                                    "FROM generate_series(1, ?) ORDER BY id"));
        next.addBindValue(m_pendingUsers.size());
        if (!next.exec())
            return fail(next, "Cannot insert users");
        QVariantList values;
        values.reserve(m_pendingUsers.size() * (kUserColumns + 1));
        for (const User *u : std::as_const(m_pendingUsers)) {
            if (!next.next())
                return fail(next, "Cannot insert users");
            const qint64 id = next.value(0).toLongLong();
            ids.insert(u->scimId, id);
            values << id << userValues(*u) << m_snap.runId << m_snap.runId;
        }
        static const QStringList columns =
            QStringLiteral(
                "id,scim_id,external_id,user_name,display_name,given_name,family_name,email,emails,"
                "active,department,employee_number,manager_scim_id,created_at,last_modified,version,"
                "last_seen_run,first_seen_run")
                .split(QLatin1Char(','));
        return PostgresCopy::insert(m_store.database(), QStringLiteral("users"), columns, values);
    }

    Status writeUsers()
    {
        QSqlQuery sel(m_store.database());
        if (m_snap.full) {
            sel.setForwardOnly(true);
            if (!sel.exec(QStringLiteral("SELECT %1 FROM users").arg(Store::userColumns())))
                return fail(sel, "Cannot read the users");
            while (sel.next()) {
                User u = Store::userFromRow(sel);
                m_userIds.insert(u.scimId, u.id);
                m_oldUsers.insert(u.scimId, std::move(u));
            }
        } else {
            sel.prepare(QStringLiteral("SELECT %1 FROM users WHERE scim_id = ?").arg(Store::userColumns()));
            for (const User &u : m_snap.users) {
                sel.addBindValue(u.scimId);
                if (sel.exec() && sel.next()) {
                    User old = Store::userFromRow(sel);
                    m_userIds.insert(old.scimId, old.id);
                    m_oldUsers.insert(old.scimId, std::move(old));
                }
            }
        }
        // New users go kUserBatchRows to a statement, each with the id and scim_id it was given; before any
        // other change the waiting ones are written, so that the events keep the snapshot's order.
        QSqlQuery upd(m_store.database());
        const QString insertUsers = QStringLiteral(
            "INSERT INTO users(scim_id, external_id, user_name, display_name, given_name, family_name, "
            "email, emails, active, department, employee_number, manager_scim_id, created_at, last_modified, "
            "version, last_seen_run, first_seen_run) VALUES ");
        const QString userRow = QStringLiteral("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        const QString returning = QStringLiteral(" RETURNING id, scim_id");
        std::optional<BulkStatement> ins;
        if (Status s = prepare(ins, insertUsers + userRow + returning, "Cannot insert users"); !s)
            return s;
        if (Status s =
                prepare(m_userBatch,
                        insertUsers + QStringList(kUserBatchRows, userRow).join(QLatin1Char(',')) + returning,
                        "Cannot insert users");
            !s)
            return s;
        upd.prepare(QStringLiteral(
            "UPDATE users SET scim_id=?, external_id=?, user_name=?, display_name=?, given_name=?, "
            "family_name=?, "
            "email=?, emails=?, active=?, department=?, employee_number=?, manager_scim_id=?, created_at=?, "
            "last_modified=?, version=?, last_seen_run=?, deleted_at=0 WHERE id=?"));
        int n = 0;
        for (const User &u : m_snap.users) {
            if (++n % 2000 == 0 && isCancelled())
                return cancelledError();
            if (!m_snap.full && u.deletedAt) {
                if (Status s = flushUsers(*ins); !s)
                    return s;
                if (Status s = markUserDeleted(u); !s)
                    return s;
                continue;
            }
            m_seenUsers.insert(u.scimId);
            const auto old = m_oldUsers.constFind(u.scimId);
            if (old == m_oldUsers.constEnd()) {
                m_pendingUsers << &u;
                if (m_pendingUsers.size() == m_userBatchRows) {
                    if (Status s = flushUsers(*ins); !s)
                        return s;
                }
                continue;
            }
            const User &o = *old;
            m_userNames.insert(o.id, u.userName);
            const QJsonObject changed = userChanges(o, u);
            const bool activeChanged = o.active != u.active;
            if (changed.isEmpty() && !activeChanged && !o.deletedAt && o.version == u.version &&
                o.lastModified == u.lastModified)
                continue;
            if (Status s = flushUsers(*ins); !s)
                return s;
            const QVariantList values = userColumnValues(u);
            for (int c = 0; c < values.size(); ++c)
                upd.bindValue(c, values[c]);
            upd.bindValue(int(values.size()), o.id);
            if (!upd.exec())
                return fail(upd, "Cannot update a user");
            ++m_stats.usersUpdated;
            const Timestamp when = changeTime(u.lastModified, o.lastModified);
            if (o.deletedAt) {
                if (Status s = event(when, IdentityEvent::Kind::Created, o.id, 0, u.userName,
                                     {{QLatin1String("reappeared"), true}});
                    !s)
                    return s;
            }
            if (activeChanged) {
                if (Status s = event(
                        when, u.active ? IdentityEvent::Kind::Reactivated : IdentityEvent::Kind::Deactivated,
                        o.id, 0, u.userName);
                    !s)
                    return s;
            }
            if (!changed.isEmpty()) {
                if (Status s = event(when, IdentityEvent::Kind::Updated, o.id, 0, u.userName,
                                     {{QLatin1String("changed"), changed}});
                    !s)
                    return s;
            }
        }
        if (Status s = flushUsers(*ins); !s)
            return s;
        if (!m_snap.full)
            return {};
        QSqlQuery del(m_store.database());
        del.prepare(QStringLiteral("UPDATE users SET deleted_at = ? WHERE id = ?"));
        for (const User &o : std::as_const(m_oldUsers)) {
            if (o.deletedAt || m_seenUsers.contains(o.scimId))
                continue;
            del.addBindValue(m_snap.syncTime);
            del.addBindValue(o.id);
            if (!del.exec())
                return fail(del, "Cannot mark a user deleted");
            ++m_stats.usersDeleted;
            if (Status s = event(m_snap.syncTime, IdentityEvent::Kind::Deleted, o.id, 0, o.userName); !s)
                return s;
        }
        QSqlQuery seen(m_store.database());
        // Users inserted by this run carry it already; rewriting them would only cost time.
        seen.prepare(QStringLiteral(
            "UPDATE users SET last_seen_run = ? WHERE deleted_at = 0 AND last_seen_run IS DISTINCT FROM ?"));
        seen.addBindValue(m_snap.runId);
        seen.addBindValue(m_snap.runId);
        if (!seen.exec())
            return fail(seen, "Cannot update users");
        return {};
    }

    // An incremental snapshot names a deletion the provider reported (a delta's "@removed") by a user or
    // group listed with deletedAt set: it was deleted at that time.
    Status markUserDeleted(const User &u)
    {
        const auto old = m_oldUsers.constFind(u.scimId);
        if (old == m_oldUsers.constEnd() || old->deletedAt)
            return {};
        QSqlQuery del(m_store.database());
        del.prepare(QStringLiteral("UPDATE users SET deleted_at = ? WHERE id = ?"));
        del.addBindValue(u.deletedAt);
        del.addBindValue(old->id);
        if (!del.exec())
            return fail(del, "Cannot mark a user deleted");
        ++m_stats.usersDeleted;
        return event(u.deletedAt, IdentityEvent::Kind::Deleted, old->id, 0, old->userName);
    }

    Status writeGroups()
    {
        struct OldGroup
        {
            qint64 id;
            QString externalId, displayName, version;
            Timestamp lastModified, deletedAt;
        };
        QHash<QString, OldGroup> old;
        QSqlQuery sel(m_store.database());
        const QString columns =
            QStringLiteral("id, scim_id, external_id, display_name, version, last_modified, deleted_at");
        auto read = [&] {
            old.insert(sel.value(1).toString(),
                       OldGroup{sel.value(0).toLongLong(), sel.value(2).toString(), sel.value(3).toString(),
                                sel.value(4).toString(), sel.value(5).toLongLong(),
                                sel.value(6).toLongLong()});
        };
        if (m_snap.full) {
            if (!sel.exec(QStringLiteral("SELECT %1 FROM groups").arg(columns)))
                return fail(sel, "Cannot read the groups");
            while (sel.next())
                read();
        } else {
            sel.prepare(QStringLiteral("SELECT %1 FROM groups WHERE scim_id = ?").arg(columns));
            for (const Group &g : m_snap.groups) {
                sel.addBindValue(g.scimId);
                if (sel.exec() && sel.next())
                    read();
            }
        }
        QSqlQuery ins(m_store.database()), upd(m_store.database());
        ins.prepare(QStringLiteral(
            "INSERT INTO groups(scim_id, external_id, display_name, created_at, last_modified, "
            "version, first_seen_run, last_seen_run) VALUES(?,?,?,?,?,?,?,?) RETURNING id"));
        upd.prepare(
            QStringLiteral("UPDATE groups SET external_id=?, display_name=?, created_at=?, last_modified=?, "
                           "version=?, last_seen_run=?, deleted_at=0 WHERE id=?"));
        QSet<QString> seen;
        for (const Group &g : m_snap.groups) {
            if (!m_snap.full && g.deletedAt) {
                const auto gone = old.constFind(g.scimId);
                if (gone == old.constEnd() || gone->deletedAt)
                    continue;
                QSqlQuery del(m_store.database()), clear(m_store.database());
                del.prepare(QStringLiteral("UPDATE groups SET deleted_at = ? WHERE id = ?"));
                clear.prepare(QStringLiteral("DELETE FROM memberships WHERE group_id = ?"));
                del.addBindValue(g.deletedAt);
                del.addBindValue(gone->id);
                clear.addBindValue(gone->id);
                if (!del.exec() || !clear.exec())
                    return fail(del, "Cannot mark a group deleted");
                ++m_stats.groupsDeleted;
                if (Status s =
                        event(g.deletedAt, IdentityEvent::Kind::Deleted, 0, gone->id, gone->displayName);
                    !s)
                    return s;
                continue;
            }
            seen.insert(g.scimId);
            const auto it = old.constFind(g.scimId);
            if (it == old.constEnd()) {
                const QVariantList values{g.scimId,     sqlText(g.externalId), sqlText(g.displayName),
                                          g.createdAt,  g.lastModified,        sqlText(g.version),
                                          m_snap.runId, m_snap.runId};
                for (int i = 0; i < values.size(); ++i)
                    ins.bindValue(i, values[i]);
                const qint64 id = execReturningId(ins);
                if (!id)
                    return fail(ins, "Cannot insert a group");
                m_groupIds.insert(g.scimId, {id, true});
                ++m_stats.groupsCreated;
                if (Status s = event(g.createdAt ? g.createdAt : m_snap.syncTime,
                                     IdentityEvent::Kind::Created, 0, id, g.displayName);
                    !s)
                    return s;
                continue;
            }
            m_groupIds.insert(g.scimId, {it->id, false});
            if (it->displayName == g.displayName && it->externalId == g.externalId &&
                it->version == g.version && it->lastModified == g.lastModified && !it->deletedAt)
                continue;
            const QVariantList values{
                sqlText(g.externalId), sqlText(g.displayName), g.createdAt, g.lastModified,
                sqlText(g.version),    m_snap.runId,           it->id};
            for (int i = 0; i < values.size(); ++i)
                upd.bindValue(i, values[i]);
            if (!upd.exec())
                return fail(upd, "Cannot update a group");
            ++m_stats.groupsUpdated;
            if (it->displayName != g.displayName || it->deletedAt) {
                QJsonObject details{{QLatin1String("changed"),
                                     QJsonObject{{QLatin1String("displayName"),
                                                  QJsonObject{{QLatin1String("old"), it->displayName},
                                                              {QLatin1String("new"), g.displayName}}}}}};
                if (Status s =
                        event(changeTime(g.lastModified, it->lastModified),
                              it->deletedAt ? IdentityEvent::Kind::Created : IdentityEvent::Kind::Updated, 0,
                              it->id, g.displayName, details);
                    !s)
                    return s;
            }
        }
        if (!m_snap.full)
            return {};
        QSqlQuery del(m_store.database()), clear(m_store.database());
        del.prepare(QStringLiteral("UPDATE groups SET deleted_at = ? WHERE id = ?"));
        clear.prepare(QStringLiteral("DELETE FROM memberships WHERE group_id = ?"));
        for (auto it = old.constBegin(); it != old.constEnd(); ++it) {
            if (it->deletedAt || seen.contains(it.key()))
                continue;
            del.addBindValue(m_snap.syncTime);
            del.addBindValue(it->id);
            clear.addBindValue(it->id);
            if (!del.exec() || !clear.exec())
                return fail(del, "Cannot mark a group deleted");
            ++m_stats.groupsDeleted;
            if (Status s = event(m_snap.syncTime, IdentityEvent::Kind::Deleted, 0, it->id, it->displayName);
                !s)
                return s;
        }
        QSqlQuery last(m_store.database());
        last.prepare(QStringLiteral(
            "UPDATE groups SET last_seen_run = ? WHERE deleted_at = 0 AND last_seen_run IS DISTINCT FROM ?"));
        last.addBindValue(m_snap.runId);
        last.addBindValue(m_snap.runId);
        if (!last.exec())
            return fail(last, "Cannot update groups");
        return {};
    }

    qint64 userId(const QString &scimId)
    {
        const auto it = m_userIds.constFind(scimId);
        if (it != m_userIds.constEnd())
            return *it;
        if (m_snap.full)
            return 0;
        if (!m_userIdQuery) {
            m_userIdQuery = std::make_unique<QSqlQuery>(m_store.database());
            m_userIdQuery->prepare(QStringLiteral("SELECT id FROM users WHERE scim_id = ?"));
        }
        m_userIdQuery->addBindValue(scimId);
        const qint64 id =
            m_userIdQuery->exec() && m_userIdQuery->next() ? m_userIdQuery->value(0).toLongLong() : 0;
        m_userIdQuery->finish();
        m_userIds.insert(scimId, id);
        return id;
    }

    QString userName(qint64 id)
    {
        const auto it = m_userNames.constFind(id);
        if (it != m_userNames.constEnd())
            return *it;
        if (!m_userNameQuery) {
            m_userNameQuery = std::make_unique<QSqlQuery>(m_store.database());
            m_userNameQuery->prepare(QStringLiteral("SELECT user_name FROM users WHERE id = ?"));
        }
        m_userNameQuery->addBindValue(id);
        const QString name = m_userNameQuery->exec() && m_userNameQuery->next()
                                 ? m_userNameQuery->value(0).toString()
                                 : QString();
        m_userNameQuery->finish();
        m_userNames.insert(id, name);
        return name;
    }

    /// An incremental snapshot names group members it did not list as users. userId() looks each one up;
    /// past a few thousand of them (a delta that touched many large groups) one scan of every user id is
    /// far cheaper than that many statements.
    Status preloadMemberIds()
    {
        if (m_snap.full)
            return {};
        qsizetype unknown = 0;
        for (const Group &g : m_snap.groups) {
            for (const QStringList *members : {&g.memberScimIds, &g.membersAdded, &g.membersRemoved}) {
                for (const QString &member : *members)
                    unknown += !m_userIds.contains(member);
            }
        }
        if (unknown < kMemberLookupsBeforeScan)
            return {};
        QSqlQuery all(m_store.database());
        all.setForwardOnly(true);
        if (!all.exec(QStringLiteral("SELECT scim_id, id FROM users")))
            return fail(all, "Cannot read the users");
        while (all.next())
            m_userIds.insert(all.value(0).toString(), all.value(1).toLongLong());
        return {};
    }

    Status writeMemberships()
    {
        if (Status s = preloadMemberIds(); !s)
            return s;
        QSqlQuery cur(m_store.database()), rem(m_store.database());
        cur.prepare(QStringLiteral("SELECT user_id FROM memberships WHERE group_id = ?"));
        const QString insert =
            QStringLiteral("INSERT INTO memberships(group_id, user_id, added_at, baseline) "
                           "VALUES ");
        const QString values = m_insertBaseline ? QStringLiteral("(?,?,?,1)") : QStringLiteral("(?,?,?,0)");
        // One statement per 300 rows on SQLite, one COPY per kCopyRows on PostgreSQL: the per-statement
        // overhead dominates a first sync's 800,000 rows.
        std::optional<BulkStatement> add, batch;
        if (Status s = prepare(add, insert + values, "Cannot add memberships"); !s)
            return s;
        if (Status s = prepare(batch, insert + QStringList(kBatchRows, values).join(QLatin1Char(',')),
                               "Cannot add memberships");
            !s)
            return s;
        rem.prepare(QStringLiteral("DELETE FROM memberships WHERE group_id = ? AND user_id = ?"));
        int n = 0;
        for (const Group &g : m_snap.groups) {
            if (++n % 200 == 0 && isCancelled())
                return cancelledError();
            if (!m_snap.full && g.deletedAt)
                continue; // deleted above, with its memberships
            if (!g.membersListed) {
                // The server did not say who is in it: the stored memberships stand, but for the changes
                // an incremental read reported.
                if (!m_snap.full && (!g.membersAdded.isEmpty() || !g.membersRemoved.isEmpty())) {
                    if (Status s = writeMemberChanges(g, *batch, *add, rem); !s)
                        return s;
                }
                continue;
            }
            const GroupRow row = m_groupIds.value(g.scimId);
            QSet<qint64> current;
            if (!row.isNew) {
                cur.addBindValue(row.id);
                if (!cur.exec())
                    return fail(cur, "Cannot read memberships");
                while (cur.next())
                    current.insert(cur.value(0).toLongLong());
            }
            const Timestamp when = g.lastModified ? g.lastModified : m_snap.syncTime;
            QSet<qint64> wanted;
            for (const QString &member : g.memberScimIds) {
                const qint64 uid = userId(member);
                if (!uid) {
                    ++m_stats.unknownMembers;
                    continue;
                }
                if (wanted.contains(uid))
                    continue;
                wanted.insert(uid);
                if (current.contains(uid))
                    continue;
                if (Status s = addMembership(g, row.id, uid, when, *batch, *add); !s)
                    return s;
            }
            for (const qint64 uid : std::as_const(current)) {
                if (wanted.contains(uid))
                    continue;
                if (Status s = removeMembership(g, row.id, uid, when, *batch, *add, rem); !s)
                    return s;
            }
        }
        return flushMemberships(*batch, *add);
    }

    /// Queues user \a uid joining group \a g (row \a groupId) at \a when for the next batch insert.
    Status addMembership(const Group &g, qint64 groupId, qint64 uid, Timestamp when, BulkStatement &batch,
                         BulkStatement &add)
    {
        m_pendingMemberships << groupId << uid << when;
        if (m_store.isPostgres())
            m_pendingMemberships << int(m_insertBaseline);
        if (m_pendingMemberships.size() >= m_batchRows * membershipColumns().size()) {
            if (Status s = flushMemberships(batch, add); !s)
                return s;
        }
        ++m_stats.membershipsAdded;
        // The first sync is the baseline: when those memberships began is unknown.
        if (m_first)
            return {};
        return event(when, IdentityEvent::Kind::MembershipAdded, uid, groupId, userName(uid),
                     {{QLatin1String("group"), g.displayName}});
    }

    /// Removes user \a uid from group \a g (row \a groupId) at \a when, after the queued inserts.
    Status removeMembership(const Group &g, qint64 groupId, qint64 uid, Timestamp when, BulkStatement &batch,
                            BulkStatement &add, QSqlQuery &rem)
    {
        if (Status s = flushMemberships(batch, add); !s)
            return s;
        rem.addBindValue(groupId);
        rem.addBindValue(uid);
        if (!rem.exec())
            return fail(rem, "Cannot remove a membership");
        ++m_stats.membershipsRemoved;
        return event(when, IdentityEvent::Kind::MembershipRemoved, uid, groupId, userName(uid),
                     {{QLatin1String("group"), g.displayName}});
    }

    /// Applies the members \a g gained and lost since the last sync to its stored memberships: a join of a
    /// current member and a leave of someone who is not one change nothing.
    Status writeMemberChanges(const Group &g, BulkStatement &batch, BulkStatement &add, QSqlQuery &rem)
    {
        const GroupRow row = m_groupIds.value(g.scimId);
        if (!m_isMember) {
            m_isMember = std::make_unique<QSqlQuery>(m_store.database());
            m_isMember->prepare(
                QStringLiteral("SELECT 1 FROM memberships WHERE group_id = ? AND user_id = ?"));
        }
        const auto isMember = [&](qint64 uid) -> Result<bool> {
            m_isMember->addBindValue(row.id);
            m_isMember->addBindValue(uid);
            if (!m_isMember->exec())
                return fail(*m_isMember, "Cannot read memberships");
            const bool found = m_isMember->next();
            m_isMember->finish();
            return found;
        };
        const Timestamp when = g.lastModified ? g.lastModified : m_snap.syncTime;
        for (const QString &member : g.membersAdded) {
            const qint64 uid = userId(member);
            if (!uid) {
                ++m_stats.unknownMembers;
                continue;
            }
            if (!row.isNew) {
                const Result<bool> already = isMember(uid);
                if (!already)
                    return already.error();
                if (*already)
                    continue;
            }
            if (Status s = addMembership(g, row.id, uid, when, batch, add); !s)
                return s;
        }
        for (const QString &member : g.membersRemoved) {
            const qint64 uid = userId(member);
            if (!uid || row.isNew)
                continue;
            const Result<bool> present = isMember(uid);
            if (!present)
                return present.error();
            if (!*present)
                continue;
            if (Status s = removeMembership(g, row.id, uid, when, batch, add, rem); !s)
                return s;
        }
        return {};
    }

    /// The first successful sync of a source is its baseline: the memberships it found were there before
    /// anyone watched, so their start is unknown rather than unrecorded.
    Result<bool> isBaseline()
    {
        QSqlQuery q(m_store.database());
        q.prepare(
            QStringLiteral("SELECT count(*) FROM sync_runs WHERE source = ? AND status = 'ok' AND id <> ?"));
        q.addBindValue(m_snap.source);
        q.addBindValue(m_snap.runId);
        if (!q.exec() || !q.next())
            return fail(q, "Cannot read the previous sync runs");
        return q.value(0).toLongLong() == 0;
    }

    qint64 groupId(const QString &scimId)
    {
        const auto it = m_groupIds.constFind(scimId);
        if (it != m_groupIds.constEnd())
            return it->id;
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT id FROM groups WHERE scim_id = ?"));
        q.addBindValue(scimId);
        const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        m_groupIds.insert(scimId, {id, false});
        return id;
    }

    qint64 anyUserId(const QString &scimId)
    {
        if (const qint64 id = userId(scimId))
            return id;
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT id FROM users WHERE scim_id = ?"));
        q.addBindValue(scimId);
        const qint64 id = q.exec() && q.next() ? q.value(0).toLongLong() : 0;
        if (id)
            m_userIds.insert(scimId, id);
        return id;
    }

    /// Records the audit log's events, once per (source, externalId), each replacing the first event derived
    /// from the snapshots for the same change (same kind, user and group) stamped at or after it: one event
    /// per change, with the log's exact time and actor.
    Status writeLogEvents()
    {
        if (m_snap.logEvents.isEmpty())
            return {};
        QSqlQuery ins(m_store.database()), merged(m_store.database()), del(m_store.database());
        if (!ins.prepare(QStringLiteral(
                "INSERT INTO identity_events(at, kind, user_id, group_id, subject, actor, source, "
                "details, sync_run, external_id) VALUES(?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING")))
            return fail(ins, "Cannot prepare the log event insert");
        merged.prepare(QStringLiteral("SELECT id FROM identity_events WHERE source = ? AND kind = ? AND "
                                      "user_id IS NOT DISTINCT FROM ? AND group_id IS NOT DISTINCT FROM ? "
                                      "AND at >= ? ORDER BY at, id LIMIT 1"));
        del.prepare(QStringLiteral("DELETE FROM identity_events WHERE id = ?"));
        int n = 0;
        for (const IdentityEvent &e : m_snap.logEvents) {
            if (++n % 2000 == 0 && isCancelled())
                return cancelledError();
            const qint64 uid = e.userScimId.isEmpty() ? 0 : anyUserId(e.userScimId);
            const qint64 gid = e.groupScimId.isEmpty() ? 0 : groupId(e.groupScimId);
            const QString details = e.details.isEmpty() ? QStringLiteral("{}") : e.details;
            const QVariantList values{e.at ? e.at : m_snap.syncTime,
                                      identityEventKindName(e.kind),
                                      idOrNull(uid),
                                      idOrNull(gid),
                                      sqlText(e.subject),
                                      sqlText(e.actor),
                                      sqlText(e.source),
                                      details,
                                      m_snap.runId,
                                      sqlText(e.externalId)};
            for (int i = 0; i < values.size(); ++i)
                ins.bindValue(i, values[i]);
            if (!ins.exec())
                return fail(ins, "Cannot record an audit log event");
            if (ins.numRowsAffected() <= 0)
                continue; // already recorded from an overlapping window
            ++m_stats.logEvents;
            ++m_stats.events;
            if (!uid && !gid)
                continue;
            merged.bindValue(0, m_derivedSource);
            merged.bindValue(1, identityEventKindName(e.kind));
            merged.bindValue(2, idOrNull(uid));
            merged.bindValue(3, idOrNull(gid));
            merged.bindValue(4, (e.at ? e.at : m_snap.syncTime) - kMergeSkewMs);
            if (!merged.exec())
                return fail(merged, "Cannot look up derived events");
            if (!merged.next())
                continue;
            del.bindValue(0, merged.value(0).toLongLong());
            merged.finish();
            if (!del.exec())
                return fail(del, "Cannot merge a derived event");
            ++m_stats.mergedEvents;
            --m_stats.events;
        }
        return {};
    }

    static constexpr int kBatchRows = 300;
    static constexpr int kCopyRows = 20000;
    static constexpr int kEventColumns = 8;
    static constexpr int kUserColumns = 17;
    static constexpr int kUserBatchRows = 100;
    static constexpr qsizetype kMemberLookupsBeforeScan = 5000;

    /// Writes \a pending (rows of values for \a columns of \a table): on PostgreSQL with one COPY; on SQLite
    /// a full batch through \a batch, fewer row by row through \a single.
    Status flushRows(BulkStatement &batch, BulkStatement &single, QList<QVariant> &pending,
                     const QString &table, const QStringList &names, const char *what)
    {
        const int columns = int(names.size());
        if (m_store.isPostgres()) {
            if (Status s = PostgresCopy::insert(m_store.database(), table, names, pending); !s)
                return s;
        } else if (pending.size() == kBatchRows * columns) {
            for (int i = 0; i < pending.size(); ++i) {
                if (Status s = batch.bind(i + 1, pending[i]); !s)
                    return fail(s, what);
            }
            if (Status s = batch.execute(); !s)
                return fail(s, what);
        } else {
            for (int i = 0; i + columns - 1 < pending.size(); i += columns) {
                for (int c = 0; c < columns; ++c) {
                    if (Status s = single.bind(c + 1, pending[i + c]); !s)
                        return fail(s, what);
                }
                if (Status s = single.execute(); !s)
                    return fail(s, what);
            }
        }
        pending.clear();
        return {};
    }

    /// The columns of m_pendingMemberships' rows. SQLite's statements write the baseline flag themselves.
    const QStringList &membershipColumns() const
    {
        static const QStringList copied{QStringLiteral("group_id"), QStringLiteral("user_id"),
                                        QStringLiteral("added_at"), QStringLiteral("baseline")};
        static const QStringList bound = copied.first(3);
        return m_store.isPostgres() ? copied : bound;
    }

    Status flushMemberships(BulkStatement &batch, BulkStatement &single)
    {
        return flushRows(batch, single, m_pendingMemberships, QStringLiteral("memberships"),
                         membershipColumns(), "Cannot add memberships");
    }

    struct GroupRow
    {
        qint64 id = 0;
        bool isNew = false;
    };

    Store &m_store;
    const SyncSnapshot &m_snap;
    const QString m_derivedSource;
    const std::atomic<bool> *m_cancelled;
    QSqlQuery m_q;
    std::optional<BulkStatement> m_event, m_eventBatch;
    QList<QVariant> m_pendingEvents;
    std::optional<BulkStatement> m_userBatch;
    QList<const User *> m_pendingUsers;
    bool m_first = false;
    bool m_insertBaseline = false; // memberships are inserted as the source's baseline
    SnapshotStats m_stats;
    QHash<QString, User> m_oldUsers;
    QHash<QString, qint64> m_userIds;
    QHash<qint64, QString> m_userNames;
    QSet<QString> m_seenUsers;
    QHash<QString, GroupRow> m_groupIds;
    std::unique_ptr<QSqlQuery> m_userIdQuery;
    std::unique_ptr<QSqlQuery> m_userNameQuery;
    std::unique_ptr<QSqlQuery> m_isMember;
    QVariantList m_pendingMemberships; // group, user, added_at (and baseline on PostgreSQL) to insert
    const int m_batchRows;             // events and memberships written at once
    const int m_userBatchRows;         // new users written at once
};

} // namespace

QString SnapshotStats::toJson() const
{
    const QJsonObject o{{QLatin1String("users"), users},
                        {QLatin1String("groups"), groups},
                        {QLatin1String("memberships"), memberships},
                        {QLatin1String("events"), events},
                        {QLatin1String("logEvents"), logEvents},
                        {QLatin1String("mergedEvents"), mergedEvents},
                        {QLatin1String("usersCreated"), usersCreated},
                        {QLatin1String("usersUpdated"), usersUpdated},
                        {QLatin1String("usersDeleted"), usersDeleted},
                        {QLatin1String("groupsCreated"), groupsCreated},
                        {QLatin1String("groupsUpdated"), groupsUpdated},
                        {QLatin1String("groupsDeleted"), groupsDeleted},
                        {QLatin1String("membershipsAdded"), membershipsAdded},
                        {QLatin1String("membershipsRemoved"), membershipsRemoved},
                        {QLatin1String("unknownMembers"), unknownMembers}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Result<SnapshotStats> SnapshotWriter::write(Store &store, const SyncSnapshot &snapshot,
                                            const std::atomic<bool> *cancelled)
{
    return Writer(store, snapshot, cancelled).run();
}

} // namespace Scimflow
