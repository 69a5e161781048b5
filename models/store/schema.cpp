#include "schema.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>

namespace Scimflow::Schema {

namespace {

// Times are INTEGER milliseconds since the epoch (UTC). Text columns default to '' rather than NULL so that
// item models need no null checks.
const char *const kVersion1[] = {
    R"(CREATE TABLE meta(
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE sync_runs(
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        mode TEXT NOT NULL DEFAULT 'full',
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        status TEXT NOT NULL CHECK(status IN ('running','ok','failed','cancelled')),
        message TEXT NOT NULL DEFAULT '',
        stats TEXT NOT NULL DEFAULT '{}'))",
    R"(CREATE INDEX sync_runs_source ON sync_runs(source, status, finished_at))",
    R"(CREATE TABLE users(
        id INTEGER PRIMARY KEY,
        scim_id TEXT NOT NULL UNIQUE,
        external_id TEXT NOT NULL DEFAULT '',
        user_name TEXT NOT NULL,
        display_name TEXT NOT NULL DEFAULT '',
        given_name TEXT NOT NULL DEFAULT '',
        family_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        emails TEXT NOT NULL DEFAULT '[]',
        active INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0,1)),
        department TEXT NOT NULL DEFAULT '',
        employee_number TEXT NOT NULL DEFAULT '',
        manager_scim_id TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL DEFAULT 0,
        last_modified INTEGER NOT NULL DEFAULT 0,
        version TEXT NOT NULL DEFAULT '',
        first_seen_run INTEGER REFERENCES sync_runs(id),
        last_seen_run INTEGER REFERENCES sync_runs(id),
        deleted_at INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE INDEX users_user_name ON users(user_name COLLATE NOCASE))",
    R"(CREATE INDEX users_email ON users(email COLLATE NOCASE))",
    R"(CREATE INDEX users_external_id ON users(external_id))",
    R"(CREATE TABLE groups(
        id INTEGER PRIMARY KEY,
        scim_id TEXT NOT NULL UNIQUE,
        external_id TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL,
        created_at INTEGER NOT NULL DEFAULT 0,
        last_modified INTEGER NOT NULL DEFAULT 0,
        version TEXT NOT NULL DEFAULT '',
        first_seen_run INTEGER REFERENCES sync_runs(id),
        last_seen_run INTEGER REFERENCES sync_runs(id),
        deleted_at INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE INDEX groups_display_name ON groups(display_name COLLATE NOCASE))",
    R"(CREATE TABLE memberships(
        group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        added_at INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY(group_id, user_id)) WITHOUT ROWID)",
    R"(CREATE INDEX memberships_user ON memberships(user_id, group_id))",
    R"(CREATE TABLE group_roles(
        group_id INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        PRIMARY KEY(group_id, role)) WITHOUT ROWID)",
    R"(CREATE TABLE service_accounts(
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL DEFAULT '',
        owner_group_id INTEGER REFERENCES groups(id) ON DELETE SET NULL,
        expected_role TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0,1)),
        created_at INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE INDEX service_accounts_owner ON service_accounts(owner_group_id))",
    R"(CREATE TABLE jobs(
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        external_id TEXT NOT NULL,
        name TEXT NOT NULL,
        state TEXT NOT NULL,
        raw_state TEXT NOT NULL DEFAULT '',
        project TEXT NOT NULL DEFAULT '',
        location TEXT NOT NULL DEFAULT '',
        create_time INTEGER NOT NULL DEFAULT 0,
        start_time INTEGER NOT NULL DEFAULT 0,
        end_time INTEGER NOT NULL DEFAULT 0,
        state_time INTEGER NOT NULL DEFAULT 0,
        launcher TEXT NOT NULL DEFAULT '',
        run_as TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        labels TEXT NOT NULL DEFAULT '{}',
        launcher_user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        run_as_user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        run_as_sa_id INTEGER REFERENCES service_accounts(id) ON DELETE SET NULL,
        sync_run INTEGER REFERENCES sync_runs(id),
        UNIQUE(source, external_id)))",
    R"(CREATE INDEX jobs_launcher_user ON jobs(launcher_user_id))",
    R"(CREATE INDEX jobs_run_as_user ON jobs(run_as_user_id))",
    R"(CREATE INDEX jobs_run_as_sa ON jobs(run_as_sa_id))",
    R"(CREATE INDEX jobs_start_time ON jobs(start_time))",
    R"(CREATE TABLE identity_events(
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        group_id INTEGER REFERENCES groups(id) ON DELETE SET NULL,
        subject TEXT NOT NULL,
        actor TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '{}',
        sync_run INTEGER REFERENCES sync_runs(id)))",
    R"(CREATE INDEX identity_events_at ON identity_events(at))",
    R"(CREATE INDEX identity_events_user ON identity_events(user_id, at))",
    R"(CREATE INDEX identity_events_group ON identity_events(group_id, at))",
    R"(CREATE TABLE findings(
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL UNIQUE,
        rule TEXT NOT NULL,
        severity INTEGER NOT NULL,
        subject_kind TEXT NOT NULL,
        subject_id INTEGER,
        subject TEXT NOT NULL,
        summary TEXT NOT NULL,
        started_at INTEGER NOT NULL DEFAULT 0,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        resolved_at INTEGER NOT NULL DEFAULT 0,
        evidence TEXT NOT NULL DEFAULT '[]',
        ack_reason TEXT NOT NULL DEFAULT '',
        ack_by TEXT NOT NULL DEFAULT '',
        ack_until INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE audit_log(
        seq INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        os_user TEXT NOT NULL,
        idp_identity TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK(kind IN ('intent','outcome','note')),
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        request TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        intent_seq INTEGER,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL))",
    R"(CREATE TABLE connection_profiles(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        scim_url TEXT NOT NULL DEFAULT '',
        vendor TEXT NOT NULL DEFAULT 'generic',
        auth_kind TEXT NOT NULL DEFAULT 'bearer',
        token_url TEXT NOT NULL DEFAULT '',
        client_id TEXT NOT NULL DEFAULT '',
        scope TEXT NOT NULL DEFAULT '',
        secret_ref TEXT NOT NULL DEFAULT '',
        ca_file TEXT NOT NULL DEFAULT '',
        pipeline_sources TEXT NOT NULL DEFAULT '[]'))",
};

// Version 2: the RBAC mapping is versioned in the database, and jobs are looked up by launcher text
// when correlating principals that matched no user.
const char *const kVersion2[] = {
    R"(CREATE TABLE rbac_mappings(
        version INTEGER PRIMARY KEY,
        created_at INTEGER NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL))",
    R"(CREATE INDEX jobs_launcher ON jobs(launcher COLLATE NOCASE))",
};

// Version 3: the audit log refuses UPDATE and DELETE (verification does not rely on it: the hash chain and
// the head recorded in meta detect changes made with the triggers dropped), and indexes that let the drift
// rules answer from indexes alone: leavers, and per-service-account job activity.
// Also the findings' subject key and detail.
const char *const kVersion3[] = {
    R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)",
    R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)",
    R"(CREATE INDEX users_leavers ON users(id) WHERE active = 0 OR deleted_at > 0)",
    R"(CREATE INDEX jobs_sa_activity ON jobs(run_as_sa_id, role, end_time, state, run_as_user_id))",
    // A finding's subject identity and detail (what its fingerprint is made of), for fix planning.
    R"(ALTER TABLE findings ADD COLUMN subject_key TEXT NOT NULL DEFAULT '')",
    R"(ALTER TABLE findings ADD COLUMN detail TEXT NOT NULL DEFAULT '')",
};

// Version 4: identity providers read through their own APIs. A sync run keeps what its reader needs next time
// (e.g. delta links; never a secret), and events from an IdP's audit log keep the log's own id, unique per
// source, so that overlapping log windows record each change once.
const char *const kVersion4[] = {
    R"(ALTER TABLE sync_runs ADD COLUMN next_state BLOB NOT NULL DEFAULT x'')",
    R"(ALTER TABLE identity_events ADD COLUMN external_id TEXT NOT NULL DEFAULT '')",
    R"(CREATE UNIQUE INDEX identity_events_external ON identity_events(source, external_id)
        WHERE external_id <> '')",
    // Which API a connection reads its IdP through, and that API's settings (URLs, key id, tenant; JSON).
    R"(ALTER TABLE connection_profiles ADD COLUMN idp_kind TEXT NOT NULL DEFAULT 'scim')",
    R"(ALTER TABLE connection_profiles ADD COLUMN idp_settings TEXT NOT NULL DEFAULT '{}')",
    // Memberships present in a source's first (baseline) sync: their start is unknown, not unrecorded.
    R"(ALTER TABLE memberships ADD COLUMN baseline INTEGER NOT NULL DEFAULT 0)",
};

// Version 5: SCIM provisioning targets (data platforms, AWS IAM Identity Center, ...) that the IdP pushes
// users and groups into. Each target's latest snapshot lives apart from the IdP directory tables; a target
// sync replaces its rows in one transaction. Tokens are never stored: only the target's name, URL and vendor.
const char *const kVersion5[] = {
    R"(CREATE TABLE scim_targets(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        base_url TEXT NOT NULL DEFAULT '',
        vendor TEXT NOT NULL DEFAULT 'generic',
        schemas TEXT NOT NULL DEFAULT '',
        previous_schemas TEXT NOT NULL DEFAULT '',
        synced_at INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE target_users(
        target_id INTEGER NOT NULL REFERENCES scim_targets(id) ON DELETE CASCADE,
        scim_id TEXT NOT NULL,
        external_id TEXT NOT NULL DEFAULT '',
        user_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        emails TEXT NOT NULL DEFAULT '[]',
        active INTEGER NOT NULL DEFAULT 1 CHECK(active IN (0,1)),
        last_modified INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY(target_id, scim_id)))",
    R"(CREATE TABLE target_groups(
        target_id INTEGER NOT NULL REFERENCES scim_targets(id) ON DELETE CASCADE,
        scim_id TEXT NOT NULL,
        external_id TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        PRIMARY KEY(target_id, scim_id)))",
    R"(CREATE TABLE target_memberships(
        target_id INTEGER NOT NULL REFERENCES scim_targets(id) ON DELETE CASCADE,
        group_scim_id TEXT NOT NULL,
        user_scim_id TEXT NOT NULL,
        PRIMARY KEY(target_id, group_scim_id, user_scim_id)))",
    R"(CREATE TABLE target_sync_runs(
        id INTEGER PRIMARY KEY,
        target_id INTEGER NOT NULL REFERENCES scim_targets(id) ON DELETE CASCADE,
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        status TEXT NOT NULL CHECK(status IN ('ok','failed','cancelled')),
        message TEXT NOT NULL DEFAULT '',
        stats TEXT NOT NULL DEFAULT '{}'))",
    R"(CREATE INDEX target_users_external ON target_users(external_id COLLATE NOCASE))",
};

// Version 6: the service-account credential inventory (Google Cloud service accounts and their keys, GitHub
// fine-grained tokens with access to an organisation), replaced as a whole per project or organisation by
// each inventory run. A key's private material is never stored: the APIs listed here do not return it.
// Times are ms since the epoch; expires_at 0 = never expires; last_used_at 0 = no use recorded.
const char *const kVersion6[] = {
    R"(CREATE TABLE credentials(
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK(kind IN ('gcp-service-account','gcp-key','github-token')),
        source TEXT NOT NULL,
        external_id TEXT NOT NULL,
        parent_id INTEGER REFERENCES credentials(id) ON DELETE CASCADE,
        name TEXT NOT NULL DEFAULT '',
        owner TEXT NOT NULL DEFAULT '',
        owner_user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        key_type TEXT NOT NULL DEFAULT '',
        key_origin TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL DEFAULT 0,
        expires_at INTEGER NOT NULL DEFAULT 0,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK(disabled IN (0,1)),
        expired INTEGER NOT NULL DEFAULT 0 CHECK(expired IN (0,1)),
        last_used_at INTEGER NOT NULL DEFAULT 0,
        detail TEXT NOT NULL DEFAULT '{}',
        synced_at INTEGER NOT NULL DEFAULT 0,
        UNIQUE(kind, source, external_id)))",
    R"(CREATE INDEX credentials_parent ON credentials(parent_id))",
    R"(CREATE INDEX credentials_owner ON credentials(owner COLLATE NOCASE))",
};

// Version 7: access review campaigns. A campaign's items are generated from the store when it is created
// (one row per reviewed access, with its evidence and recommendation frozen at that time); decisions are
// recorded on the items. Once signed, a campaign and its decisions are immutable (triggers below, and
// the sign-off's digest in the audit chain); only the remediation result of a revoke item is written later.
const char *const kVersion7[] = {
    R"(CREATE TABLE review_campaigns(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        scope TEXT NOT NULL DEFAULT '{}',
        period_from INTEGER NOT NULL,
        period_to INTEGER NOT NULL,
        due_at INTEGER NOT NULL DEFAULT 0,
        reviewers TEXT NOT NULL DEFAULT '[]',
        idle_days INTEGER NOT NULL DEFAULT 30,
        created_at INTEGER NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        supersedes INTEGER REFERENCES review_campaigns(id),
        status TEXT NOT NULL DEFAULT 'open' CHECK(status IN ('open','signed')),
        signed_at INTEGER NOT NULL DEFAULT 0,
        signed_by TEXT NOT NULL DEFAULT '',
        digest TEXT NOT NULL DEFAULT '',
        signoff_seq INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE TABLE review_items(
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES review_campaigns(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK(kind IN ('membership','service-account','credential')),
        user_id INTEGER,
        group_id INTEGER,
        service_account_id INTEGER,
        credential_id INTEGER,
        identity TEXT NOT NULL,
        access TEXT NOT NULL,
        roles TEXT NOT NULL DEFAULT '',
        privileged INTEGER NOT NULL DEFAULT 0,
        idp_status TEXT NOT NULL DEFAULT '',
        last_used_at INTEGER NOT NULL DEFAULT 0,
        last_job TEXT NOT NULL DEFAULT '',
        jobs_in_period INTEGER NOT NULL DEFAULT 0,
        open_findings INTEGER NOT NULL DEFAULT 0,
        recommendation TEXT NOT NULL CHECK(recommendation IN ('keep','revoke')),
        reason TEXT NOT NULL,
        assignee TEXT NOT NULL DEFAULT '',
        decision TEXT NOT NULL DEFAULT '' CHECK(decision IN ('','keep','revoke','needs-info')),
        justification TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL DEFAULT '',
        decided_at INTEGER NOT NULL DEFAULT 0,
        remediation TEXT NOT NULL DEFAULT '',
        remediation_message TEXT NOT NULL DEFAULT '',
        remediation_seq INTEGER NOT NULL DEFAULT 0))",
    R"(CREATE INDEX review_items_campaign ON review_items(campaign_id, id))",
    R"(CREATE TRIGGER review_items_signed BEFORE UPDATE OF decision, justification, decided_by, decided_at,
        assignee ON review_items
        WHEN (SELECT status FROM review_campaigns WHERE id = OLD.campaign_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, 'the review campaign is signed off'); END)",
    R"(CREATE TRIGGER review_items_signed_insert BEFORE INSERT ON review_items
        WHEN (SELECT status FROM review_campaigns WHERE id = NEW.campaign_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, 'the review campaign is signed off'); END)",
    R"(CREATE TRIGGER review_items_signed_delete BEFORE DELETE ON review_items
        WHEN (SELECT status FROM review_campaigns WHERE id = OLD.campaign_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, 'the review campaign is signed off'); END)",
    R"(CREATE TRIGGER review_campaigns_signed BEFORE UPDATE ON review_campaigns
        WHEN OLD.status = 'signed'
        BEGIN SELECT RAISE(ABORT, 'the review campaign is signed off'); END)",
};

// Version 8: consoles sharing a team store hear each other's changes. After a statement that appends to the
// audit log (acknowledgements, fixes, sign-offs) or records a sync run, PostgreSQL notifies the channel
// scimflow_changes with the table's name (once per transaction and table), and the consoles listening there
// reload. An SQLite file is not shared by consoles at once: nothing to do there.
const char *const kVersion8Postgres[] = {
    R"(CREATE FUNCTION scimflow_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM pg_notify('scimflow_changes', TG_TABLE_NAME); RETURN NULL; END $$)",
    R"(CREATE TRIGGER audit_log_notify AFTER INSERT ON audit_log FOR EACH STATEMENT
        EXECUTE FUNCTION scimflow_notify_change())",
    R"(CREATE TRIGGER sync_runs_notify AFTER INSERT OR UPDATE ON sync_runs FOR EACH STATEMENT
        EXECUTE FUNCTION scimflow_notify_change())",
};

// Version 9: review decisions, assignments and sign-offs are heard too, so that reviewers sharing a campaign
// see each other's progress (PostgreSQL only, as version 8). Items are inserted only with their campaign.
const char *const kVersion9Postgres[] = {
    R"(CREATE TRIGGER review_campaigns_notify AFTER INSERT OR UPDATE OR DELETE ON review_campaigns
        FOR EACH STATEMENT EXECUTE FUNCTION scimflow_notify_change())",
    R"(CREATE TRIGGER review_items_notify AFTER UPDATE ON review_items FOR EACH STATEMENT
        EXECUTE FUNCTION scimflow_notify_change())",
};

// Version 10 (SQLite only): review_items checks its kind, recommendation and decision against equalities
// instead of IN lists. SQLite builds a lookup table for an IN list of three or more values in a CHECK for
// every row it writes, which cost a third of the time to write a large campaign's items. SQLite cannot change
// a constraint in place, so the table is rebuilt with its index and triggers; the values it accepts are the
// same. PostgreSQL checks IN lists without that cost: nothing to do there.
const char *const kVersion10Sqlite[] = {
    R"(CREATE TABLE review_items_v10(
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES review_campaigns(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK(kind = 'membership' OR kind = 'service-account' OR kind = 'credential'),
        user_id INTEGER,
        group_id INTEGER,
        service_account_id INTEGER,
        credential_id INTEGER,
        identity TEXT NOT NULL,
        access TEXT NOT NULL,
        roles TEXT NOT NULL DEFAULT '',
        privileged INTEGER NOT NULL DEFAULT 0,
        idp_status TEXT NOT NULL DEFAULT '',
        last_used_at INTEGER NOT NULL DEFAULT 0,
        last_job TEXT NOT NULL DEFAULT '',
        jobs_in_period INTEGER NOT NULL DEFAULT 0,
        open_findings INTEGER NOT NULL DEFAULT 0,
        recommendation TEXT NOT NULL CHECK(recommendation = 'keep' OR recommendation = 'revoke'),
        reason TEXT NOT NULL,
        assignee TEXT NOT NULL DEFAULT '',
        decision TEXT NOT NULL DEFAULT '' CHECK(decision = '' OR decision = 'keep' OR decision = 'revoke' OR
            decision = 'needs-info'),
        justification TEXT NOT NULL DEFAULT '',
        decided_by TEXT NOT NULL DEFAULT '',
        decided_at INTEGER NOT NULL DEFAULT 0,
        remediation TEXT NOT NULL DEFAULT '',
        remediation_message TEXT NOT NULL DEFAULT '',
        remediation_seq INTEGER NOT NULL DEFAULT 0))",
    R"(INSERT INTO review_items_v10(id, campaign_id, kind, user_id, group_id, service_account_id, credential_id,
        identity, access, roles, privileged, idp_status, last_used_at, last_job, jobs_in_period, open_findings,
        recommendation, reason, assignee, decision, justification, decided_by, decided_at, remediation,
        remediation_message, remediation_seq)
        SELECT id, campaign_id, kind, user_id, group_id, service_account_id, credential_id, identity, access,
        roles, privileged, idp_status, last_used_at, last_job, jobs_in_period, open_findings, recommendation,
        reason, assignee, decision, justification, decided_by, decided_at, remediation, remediation_message,
        remediation_seq FROM review_items)",
    R"(DROP TABLE review_items)",
    R"(ALTER TABLE review_items_v10 RENAME TO review_items)",
    R"(CREATE INDEX review_items_campaign ON review_items(campaign_id, id))",
    R"(CREATE TRIGGER review_items_signed BEFORE UPDATE OF decision, justification, decided_by, decided_at,
        assignee ON review_items
        WHEN (SELECT status FROM review_campaigns WHERE id = OLD.campaign_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, 'the review campaign is signed off'); END)",
    R"(CREATE TRIGGER review_items_signed_insert BEFORE INSERT ON review_items
        WHEN (SELECT status FROM review_campaigns WHERE id = NEW.campaign_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, 'the review campaign is signed off'); END)",
    R"(CREATE TRIGGER review_items_signed_delete BEFORE DELETE ON review_items
        WHEN (SELECT status FROM review_campaigns WHERE id = OLD.campaign_id) = 'signed'
        BEGIN SELECT RAISE(ABORT, 'the review campaign is signed off'); END)",
};

// Version 11: jobs_sa_activity starts with run_as_sa_id and answers every lookup by it, so the one-column
// index on it only cost a B-tree write per job.
const char *const kVersion11[] = {
    R"(DROP INDEX jobs_run_as_sa)",
};

// PostgreSQL forms of the triggers, by the SQLite trigger's name. PostgreSQL triggers call a function, and
// their WHEN clause cannot hold a subquery, so the signed-campaign check moves into the function.
const QHash<QString, QStringList> &postgresTriggers()
{
    static const QHash<QString, QStringList> triggers = {
        {QStringLiteral("audit_log_no_update"),
         {QStringLiteral(
              "CREATE FUNCTION scimflow_audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
              "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"),
          QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW "
                         "EXECUTE FUNCTION scimflow_audit_log_append_only()")}},
        {QStringLiteral("audit_log_no_delete"),
         {QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW "
                         "EXECUTE FUNCTION scimflow_audit_log_append_only()"),
          // TRUNCATE skips row triggers.
          QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                         "EXECUTE FUNCTION scimflow_audit_log_append_only()")}},
        {QStringLiteral("review_items_signed"),
         {QStringLiteral(
              R"(CREATE FUNCTION scimflow_review_item_unsigned() RETURNS trigger LANGUAGE plpgsql AS $$
                 DECLARE campaign bigint;
                 BEGIN
                     IF TG_OP = 'INSERT' THEN campaign := NEW.campaign_id; ELSE campaign := OLD.campaign_id; END IF;
                     IF (SELECT status FROM review_campaigns WHERE id = campaign) = 'signed' THEN
                         RAISE EXCEPTION 'the review campaign is signed off';
                     END IF;
                     IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                     RETURN NEW;
                 END $$)"),
          QStringLiteral("CREATE TRIGGER review_items_signed BEFORE UPDATE OF decision, justification, "
                         "decided_by, decided_at, assignee ON review_items FOR EACH ROW "
                         "EXECUTE FUNCTION scimflow_review_item_unsigned()")}},
        {QStringLiteral("review_items_signed_insert"),
         {QStringLiteral(
             "CREATE TRIGGER review_items_signed_insert BEFORE INSERT ON review_items FOR EACH ROW "
             "EXECUTE FUNCTION scimflow_review_item_unsigned()")}},
        {QStringLiteral("review_items_signed_delete"),
         {QStringLiteral(
             "CREATE TRIGGER review_items_signed_delete BEFORE DELETE ON review_items FOR EACH ROW "
             "EXECUTE FUNCTION scimflow_review_item_unsigned()")}},
        {QStringLiteral("review_campaigns_signed"),
         {QStringLiteral(
              "CREATE FUNCTION scimflow_review_campaign_signed() RETURNS trigger LANGUAGE plpgsql AS "
              "$$ BEGIN RAISE EXCEPTION 'the review campaign is signed off'; END $$"),
          QStringLiteral(
              "CREATE TRIGGER review_campaigns_signed BEFORE UPDATE ON review_campaigns FOR EACH ROW "
              "WHEN (OLD.status = 'signed') EXECUTE FUNCTION scimflow_review_campaign_signed()")}},
    };
    return triggers;
}

// The PostgreSQL form of one of the statements above. Times are milliseconds and ids may exceed 2^31, so
// every INTEGER is a BIGINT; an INTEGER PRIMARY KEY (SQLite's rowid alias) becomes an identity column, which
// still accepts an explicit value. Case-insensitive indexes index lower(column), and a case-insensitive
// UNIQUE column gets a unique index on lower(column).
QStringList postgresForm(const QString &statement)
{
    static const QRegularExpression trigger(QStringLiteral(R"(^CREATE TRIGGER (\w+))"));
    if (const auto match = trigger.match(statement); match.hasMatch())
        return postgresTriggers().value(match.captured(1));

    QString out = statement;
    static const QRegularExpression rowid(QStringLiteral(R"(\bINTEGER PRIMARY KEY\b)"));
    static const QRegularExpression integer(QStringLiteral(R"(\bINTEGER\b)"));
    static const QRegularExpression nocaseIndex(QStringLiteral(R"((\w+) COLLATE NOCASE\))"));
    static const QRegularExpression uniqueNocase(
        QStringLiteral(R"(^CREATE TABLE (\w+)\(.*\b(\w+) TEXT NOT NULL UNIQUE COLLATE NOCASE)"),
        QRegularExpression::DotMatchesEverythingOption);
    QStringList extra;
    if (const auto match = uniqueNocase.match(out); match.hasMatch()) {
        extra << QStringLiteral("CREATE UNIQUE INDEX %1_%2_nocase ON %1(lower(%2))")
                     .arg(match.captured(1), match.captured(2));
        out.replace(QLatin1String(" UNIQUE COLLATE NOCASE"), QLatin1String(" UNIQUE"));
    }
    out.replace(rowid, QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    out.replace(integer, QStringLiteral("BIGINT"));
    out.replace(nocaseIndex, QStringLiteral("lower(\\1))"));
    out.replace(QLatin1String("BLOB NOT NULL DEFAULT x''"),
                QLatin1String("BYTEA NOT NULL DEFAULT ''::bytea"));
    out.replace(QLatin1String(" WITHOUT ROWID"), QString());
    return QStringList{out} + extra;
}

template <std::size_t N> QStringList toList(const char *const (&statements)[N], StoreLocation::Engine engine)
{
    QStringList out;
    out.reserve(int(N));
    for (const char *s : statements) {
        const QString statement = QString::fromUtf8(s);
        if (engine == StoreLocation::Engine::Postgres)
            out += postgresForm(statement);
        else
            out << statement;
    }
    return out;
}

} // namespace

int latestVersion()
{
    return 11;
}

QString changesChannel()
{
    return QStringLiteral("scimflow_changes");
}

QStringList tables()
{
    return {QStringLiteral("meta"),
            QStringLiteral("sync_runs"),
            QStringLiteral("users"),
            QStringLiteral("groups"),
            QStringLiteral("memberships"),
            QStringLiteral("group_roles"),
            QStringLiteral("service_accounts"),
            QStringLiteral("jobs"),
            QStringLiteral("identity_events"),
            QStringLiteral("findings"),
            QStringLiteral("audit_log"),
            QStringLiteral("connection_profiles"),
            QStringLiteral("rbac_mappings"),
            QStringLiteral("scim_targets"),
            QStringLiteral("target_users"),
            QStringLiteral("target_groups"),
            QStringLiteral("target_memberships"),
            QStringLiteral("target_sync_runs"),
            QStringLiteral("credentials"),
            QStringLiteral("review_campaigns"),
            QStringLiteral("review_items")};
}

QStringList migration(int version, StoreLocation::Engine engine)
{
    switch (version) {
    case 1:
        return toList(kVersion1, engine);
    case 2:
        return toList(kVersion2, engine);
    case 3:
        return toList(kVersion3, engine);
    case 4:
        return toList(kVersion4, engine);
    case 5:
        return toList(kVersion5, engine);
    case 6:
        return toList(kVersion6, engine);
    case 7:
        return toList(kVersion7, engine);
    case 8:
        if (engine != StoreLocation::Engine::Postgres)
            return {};
        return toList(kVersion8Postgres, StoreLocation::Engine::Sqlite); // written for PostgreSQL: as is
    case 9:
        if (engine != StoreLocation::Engine::Postgres)
            return {};
        return toList(kVersion9Postgres, StoreLocation::Engine::Sqlite);
    case 10:
        if (engine != StoreLocation::Engine::Sqlite)
            return {};
        return toList(kVersion10Sqlite, engine);
    case 11:
        return toList(kVersion11, engine);
    default:
        return {};
    }
}

} // namespace Scimflow::Schema
