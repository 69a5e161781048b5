// Store ingest against the engine's own limit, run by ./bench.sh ingest. The first full sync's snapshot of
// the large scenario (100,000 users, 5,000 groups, 800,000 memberships) is written by SnapshotWriter into a
// fresh store; the baseline inserts the same rows into a fresh store of the same schema with one prepared
// SQLite statement per table, one row per step, in one transaction, and nothing else.
#include "benchresult.h"
#include "benchsnapshot.h"
#include "scenario.h"
#include "snapshotwriter.h"
#include "store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QVariant>

#include <sqlite3.h>

using namespace Scimflow;

namespace {

QTextStream out(stdout);

bool check(sqlite3 *db, int rc, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE || rc == SQLITE_ROW)
        return true;
    out << "error: " << what << ": " << sqlite3_errmsg(db) << '\n';
    return false;
}

void bindText(sqlite3_stmt *stmt, int column, const QByteArray &text)
{
    sqlite3_bind_text(stmt, column, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

/// Rows of one table as the writer stored them: the column names and each row's values.
struct CopiedRows
{
    QByteArray columns; // "a, b, c"
    int count = 0;
    QList<QVariantList> rows;
};

/// Reads \a table of the database at \a path whole (its id column left out, as an insert makes it).
CopiedRows readRows(const QString &path, const char *table)
{
    CopiedRows out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return out;
    sqlite3_stmt *sel = nullptr;
    sqlite3_prepare_v2(db, QByteArray("SELECT * FROM ").append(table).constData(), -1, &sel, nullptr);
    QList<int> kept;
    for (int c = 0; sel && c < sqlite3_column_count(sel); ++c) {
        if (qstrcmp(sqlite3_column_name(sel, c), "id") == 0)
            continue;
        kept << c;
        out.columns += (out.columns.isEmpty() ? "" : ", ") + QByteArray(sqlite3_column_name(sel, c));
    }
    out.count = int(kept.size());
    while (sel && sqlite3_step(sel) == SQLITE_ROW) {
        QVariantList row;
        for (int c : kept) {
            switch (sqlite3_column_type(sel, c)) {
            case SQLITE_INTEGER:
                row << qint64(sqlite3_column_int64(sel, c));
                break;
            case SQLITE_NULL:
                row << QVariant();
                break;
            default:
                row << QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(sel, c)),
                                  sqlite3_column_bytes(sel, c));
                break;
            }
        }
        out.rows << row;
    }
    sqlite3_finalize(sel);
    sqlite3_close(db);
    return out;
}

/// The same users, groups and memberships, and the identity events the writer derived from them (\a
/// events), inserted raw into \a path (an empty store). Returns ms or -1.
qint64 rawInsert(const QString &path, const Scenario &scenario, const CopiedRows &events, qint64 runId,
                 Timestamp at)
{
    // Strings made before the clock starts: the baseline is the engine's insert rate, not our conversions.
    struct UserRow
    {
        QByteArray text[11];
        qint64 numbers[3];
    };
    QList<UserRow> users;
    users.reserve(scenario.users.size());
    for (const User &u : scenario.users) {
        const QByteArray emails =
            QJsonDocument(QJsonArray::fromStringList(u.emails)).toJson(QJsonDocument::Compact);
        users << UserRow{{u.scimId.toUtf8(), u.externalId.toUtf8(), u.userName.toUtf8(),
                          u.displayName.toUtf8(), u.givenName.toUtf8(), u.familyName.toUtf8(),
                          u.email.toUtf8(), emails, u.department.toUtf8(), u.employeeNumber.toUtf8(),
                          u.managerScimId.toUtf8()},
                         {u.active ? 1 : 0, u.createdAt, u.lastModified}};
    }
    QHash<QString, qint64> userIds;
    for (qsizetype i = 0; i < scenario.users.size(); ++i)
        userIds.insert(scenario.users[i].scimId, i + 1);

    sqlite3 *db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    QElapsedTimer t;
    t.start();
    bool ok = check(db,
                    sqlite3_exec(db,
                                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                                 "PRAGMA cache_size = -131072; PRAGMA foreign_keys = OFF; BEGIN",
                                 nullptr, nullptr, nullptr),
                    "begin");
    sqlite3_stmt *user = nullptr, *group = nullptr, *member = nullptr;
    ok =
        ok && check(db,
                    sqlite3_prepare_v2(db,
                                       "INSERT INTO users(scim_id, external_id, user_name, display_name, "
                                       "given_name, family_name, email, emails, department, employee_number, "
                                       "manager_scim_id, active, created_at, last_modified, first_seen_run, "
                                       "last_seen_run) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                       -1, &user, nullptr),
                    "prepare users");
    ok = ok &&
         check(db,
               sqlite3_prepare_v2(db,
                                  "INSERT INTO groups(id, scim_id, external_id, display_name, created_at, "
                                  "last_modified, first_seen_run, last_seen_run) VALUES(?,?,?,?,?,?,?,?)",
                                  -1, &group, nullptr),
               "prepare groups");
    ok = ok &&
         check(db,
               sqlite3_prepare_v2(db, "INSERT INTO memberships(group_id, user_id, added_at) VALUES(?,?,?)",
                                  -1, &member, nullptr),
               "prepare memberships");
    for (qsizetype i = 0; ok && i < users.size(); ++i) {
        const UserRow &row = users[i];
        for (int c = 0; c < 11; ++c)
            bindText(user, c + 1, row.text[c]);
        for (int c = 0; c < 3; ++c)
            sqlite3_bind_int64(user, 12 + c, row.numbers[c]);
        sqlite3_bind_int64(user, 15, runId);
        sqlite3_bind_int64(user, 16, runId);
        ok = check(db, sqlite3_step(user), "insert user");
        sqlite3_reset(user);
    }
    for (qsizetype i = 0; ok && i < scenario.groups.size(); ++i) {
        const Group &g = scenario.groups[i];
        sqlite3_bind_int64(group, 1, i + 1);
        bindText(group, 2, g.scimId.toUtf8());
        bindText(group, 3, g.externalId.toUtf8());
        bindText(group, 4, g.displayName.toUtf8());
        sqlite3_bind_int64(group, 5, g.createdAt);
        sqlite3_bind_int64(group, 6, g.lastModified);
        sqlite3_bind_int64(group, 7, runId);
        sqlite3_bind_int64(group, 8, runId);
        ok = check(db, sqlite3_step(group), "insert group");
        sqlite3_reset(group);
        for (const QString &scimId : g.memberScimIds) {
            if (!ok)
                break;
            sqlite3_bind_int64(member, 1, i + 1);
            sqlite3_bind_int64(member, 2, userIds.value(scimId));
            sqlite3_bind_int64(member, 3, at);
            ok = check(db, sqlite3_step(member), "insert membership");
            sqlite3_reset(member);
        }
    }
    sqlite3_stmt *event = nullptr;
    QByteArray insertEvent = "INSERT INTO identity_events(" + events.columns + ") VALUES(?";
    insertEvent += QByteArray(",?").repeated(std::max(0, events.count - 1)) + ")";
    ok = ok &&
         check(db, sqlite3_prepare_v2(db, insertEvent.constData(), -1, &event, nullptr), "prepare events");
    for (qsizetype i = 0; ok && i < events.rows.size(); ++i) {
        const QVariantList &row = events.rows[i];
        for (int c = 0; c < row.size(); ++c) {
            if (row[c].isNull())
                sqlite3_bind_null(event, c + 1);
            else if (row[c].typeId() == QMetaType::LongLong)
                sqlite3_bind_int64(event, c + 1, row[c].toLongLong());
            else
                bindText(event, c + 1, row[c].toByteArray());
        }
        ok = check(db, sqlite3_step(event), "insert event");
        sqlite3_reset(event);
    }
    sqlite3_finalize(event);
    ok = ok && check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    const qint64 ms = t.elapsed();
    sqlite3_finalize(user);
    sqlite3_finalize(group);
    sqlite3_finalize(member);
    sqlite3_close(db);
    return ok ? ms : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Timestamp anchor = currentTimestamp() - kMsPerDay;
    QElapsedTimer t;
    t.start();
    const Scenario scenario = ScenarioGenerator::generate(ScenarioSpec::large(), anchor);
    out << "scenario: " << scenario.users.size() << " users, " << scenario.groups.size() << " groups, "
        << scenario.membershipCount() << " memberships (generated in " << t.elapsed() << " ms)\n";
    out.flush();
    QTemporaryDir dir;

    // Ours: the first full sync's snapshot through SnapshotWriter.
    qint64 ingestMs = -1;
    {
        auto store = Store::open(dir.filePath(QStringLiteral("ingest.db")));
        if (!store) {
            out << "error: " << store.error().message << '\n';
            return 1;
        }
        const Result<qint64> run = (*store)->beginSyncRun(QStringLiteral("scim"), QStringLiteral("full"));
        if (!run)
            return 1;
        const SyncSnapshot snapshot = Bench::firstFullSnapshot(scenario, anchor, *run);
        t.restart();
        const Result<SnapshotStats> written = SnapshotWriter::write(**store, snapshot);
        ingestMs = t.elapsed();
        if (!written) {
            out << "error: " << written.error().message << '\n';
            return 1;
        }
        out << "SnapshotWriter: " << written->users << " users, " << written->groups << " groups, "
            << written->memberships << " memberships, " << written->events << " events in " << ingestMs
            << " ms\n";
    }

    // The baseline: a fresh store of the same schema, filled raw with the same rows, the derived events too.
    const CopiedRows events = readRows(dir.filePath(QStringLiteral("ingest.db")), "identity_events");
    qint64 rawMs = -1;
    {
        const QString path = dir.filePath(QStringLiteral("raw.db"));
        qint64 runId = 0;
        {
            auto store = Store::open(path);
            if (!store)
                return 1;
            const Result<qint64> run = (*store)->beginSyncRun(QStringLiteral("scim"), QStringLiteral("full"));
            if (!run)
                return 1;
            runId = *run;
        }
        rawMs = rawInsert(path, scenario, events, runId, anchor);
        if (rawMs < 0)
            return 1;
        out << "raw prepared inserts of the same rows (" << events.rows.size()
            << " events among them): " << rawMs << " ms\n";
    }
    Bench::result(out, QStringLiteral("ingest.share_of_raw_insert"),
                  100.0 * double(rawMs) / double(std::max<qint64>(1, ingestMs)), QStringLiteral("%"),
                  QStringLiteral(">="), 50,
                  QStringLiteral("snapshot %1 ms, raw %2 ms").arg(ingestMs).arg(rawMs));
    return 0;
}
