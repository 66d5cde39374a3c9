-- Sync between laptops (SQLite) and the central PostgreSQL (peers-queue-sync-and-qt-style.md §2.2).

-- The values a PATCH replaced, column by column. The centre applies a changed field only where it still holds
-- the value the device started from; where it holds something else, both sides changed it (SymmetricDS
-- USE_OLD_DATA), whatever the versions on either side.
ALTER TABLE sync_outbox ADD COLUMN old_values TEXT;

-- A field of a legally significant record changed on both sides: both values are kept until a person chooses.
-- Synced, so that the laptop that made the edit and the centre both see it.
CREATE TABLE sync_conflict (
    {{SYNCED}},
    organisation_code TEXT,
    entity TEXT NOT NULL,
    row_id {{UUID}} NOT NULL,
    field TEXT NOT NULL,
    central_value TEXT,
    device_value TEXT,
    central_hlc TEXT,
    device_hlc TEXT NOT NULL,
    device_id TEXT NOT NULL,
    device_user TEXT,
    resolution TEXT,
    resolved_value TEXT,
    resolved_by TEXT,
    resolved_at {{TIMESTAMP}}
);
CREATE INDEX sync_conflict_row ON sync_conflict (entity, row_id, field);

-- A pushed batch takes the audit events of its own transactions along.
CREATE INDEX audit_event_tx ON audit_event (tx_id);

-- What the sync runs of this workstation did, for the Sync page. Local, never synced.
CREATE TABLE sync_log (
    seq {{SERIAL_PK}},
    at {{TIMESTAMP}} NOT NULL,
    level TEXT NOT NULL,
    message TEXT NOT NULL
);

-- ---------------------------------------------------------------------------------------------------------
-- The centre only. Devices are registered here; each signs in with its own database role, a member of
-- armcpg_device, and row-level security keeps it to its organisation's subtree.
{{IF_PG}} DO $$
BEGIN
    -- Roles are cluster-wide: two databases migrating at once both find the role missing,
    -- so the loser of that race is told it exists and goes on.
    CREATE ROLE armcpg_device NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
    NULL;
END
$$;

{{IF_PG}} CREATE TABLE sync_device (
    device_id TEXT PRIMARY KEY,
    organisation_code TEXT NOT NULL,
    number_prefix TEXT NOT NULL UNIQUE,
    role_name TEXT NOT NULL UNIQUE,
    name TEXT,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    registered_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    registered_by TEXT NOT NULL DEFAULT current_user
);

-- Every change of a synced row, in commit order (see armcpg_log_change): what a device pulls after its cursor.
-- echo marks a row a device pushed and the centre stored exactly as sent: that device need not pull it back.
{{IF_PG}} CREATE TABLE sync_change (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity TEXT NOT NULL,
    row_id UUID NOT NULL,
    organisation_code TEXT,
    by_device TEXT,
    echo BOOLEAN NOT NULL DEFAULT FALSE,
    at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Each pushed operation once: a batch resent after a lost connection or a killed client is a no-op.
{{IF_PG}} CREATE TABLE sync_applied_op (
    op_id UUID PRIMARY KEY,
    device_id TEXT NOT NULL,
    outcome TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The organisations a role may see: NULL for the centre's own roles (unrestricted), the device's organisation
-- and everything under it in the organisation directory for a device role (empty when it is not registered
-- or deactivated).
{{IF_PG}} CREATE FUNCTION armcpg_org_scope(role_name TEXT) RETURNS TEXT[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    WITH RECURSIVE me AS (
        SELECT organisation_code FROM sync_device WHERE sync_device.role_name = armcpg_org_scope.role_name AND active
    ), tree (code) AS (
        SELECT organisation_code FROM me
        UNION
        SELECT e.code FROM directory_entry e JOIN tree t ON e.parent_code = t.code WHERE e.kind = 'organisation'
    )
    SELECT CASE WHEN NOT pg_has_role(armcpg_org_scope.role_name, 'armcpg_device', 'MEMBER') THEN NULL
                ELSE coalesce((SELECT array_agg(code) FROM tree), '{}') END
$$;

{{IF_PG}} CREATE FUNCTION armcpg_device_of(role_name TEXT) RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT device_id FROM sync_device WHERE sync_device.role_name = armcpg_device_of.role_name AND active
$$;

-- The change log. Statement-level, over the statement's new rows. The advisory lock makes the log's numbers
-- follow commit order: a transaction that logs a change holds it until it ends, so nobody can commit a lower
-- number after a device has read a higher one. Database::begin takes the same lock first on PostgreSQL.
{{IF_PG}} CREATE FUNCTION armcpg_log_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(7461004);
    -- The device is the one the login role is registered for, never what the client says: a device cannot
    -- make its writes look like another's (which would hide them from that laptop's pull).
    EXECUTE format('INSERT INTO sync_change (entity, row_id, organisation_code, by_device, echo) '
                   'SELECT %L, id, %s, armcpg_device_of(session_user::text), '
                   'coalesce(current_setting(''armcpg.echo'', true), '''') = ''on'' FROM changed_rows',
                   TG_TABLE_NAME, TG_ARGV[0]);
    RETURN NULL;
END
$$;

-- A synced table joins by the same four lines: two triggers into the log, and its scope (below).
{{IF_PG}} CREATE TRIGGER directory_kind_log_insert AFTER INSERT ON directory_kind REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('NULL');
{{IF_PG}} CREATE TRIGGER directory_kind_log_update AFTER UPDATE ON directory_kind REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('NULL');
{{IF_PG}} CREATE TRIGGER directory_entry_log_insert AFTER INSERT ON directory_entry REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('NULL');
{{IF_PG}} CREATE TRIGGER directory_entry_log_update AFTER UPDATE ON directory_entry REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('NULL');
{{IF_PG}} CREATE TRIGGER calendar_year_log_insert AFTER INSERT ON calendar_year REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('NULL');
{{IF_PG}} CREATE TRIGGER calendar_year_log_update AFTER UPDATE ON calendar_year REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('NULL');
{{IF_PG}} CREATE TRIGGER calendar_rule_log_insert AFTER INSERT ON calendar_rule REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('NULL');
{{IF_PG}} CREATE TRIGGER calendar_rule_log_update AFTER UPDATE ON calendar_rule REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('NULL');
{{IF_PG}} CREATE TRIGGER calendar_entry_log_insert AFTER INSERT ON calendar_entry REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('NULL');
{{IF_PG}} CREATE TRIGGER calendar_entry_log_update AFTER UPDATE ON calendar_entry REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('NULL');
{{IF_PG}} CREATE TRIGGER app_setting_log_insert AFTER INSERT ON app_setting REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('NULL');
{{IF_PG}} CREATE TRIGGER app_setting_log_update AFTER UPDATE ON app_setting REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('NULL');
{{IF_PG}} CREATE TRIGGER app_user_log_insert AFTER INSERT ON app_user REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER app_user_log_update AFTER UPDATE ON app_user REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER reception_card_log_insert AFTER INSERT ON reception_card REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER reception_card_log_update AFTER UPDATE ON reception_card REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER appeal_log_insert AFTER INSERT ON appeal REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER appeal_log_update AFTER UPDATE ON appeal REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER sync_conflict_log_insert AFTER INSERT ON sync_conflict REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER sync_conflict_log_update AFTER UPDATE ON sync_conflict REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');

-- Rows of an organisation: a device reads and writes its subtree only, whatever SQL it sends.
{{IF_PG}} ALTER TABLE reception_card ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON reception_card USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR organisation_code IN (SELECT unnest(armcpg_org_scope(current_user::text))));
{{IF_PG}} ALTER TABLE appeal ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON appeal USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR organisation_code IN (SELECT unnest(armcpg_org_scope(current_user::text))));
{{IF_PG}} ALTER TABLE sync_conflict ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON sync_conflict USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR organisation_code IN (SELECT unnest(armcpg_org_scope(current_user::text))));
{{IF_PG}} ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON app_user USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR organisation_code IN (SELECT unnest(armcpg_org_scope(current_user::text))));
-- A device sets a user's password only to finish a first sign-in (the administrator's temporary password
-- replaced by the user's own): it cannot take over an account in use.
{{IF_PG}} CREATE POLICY armcpg_first_sign_in ON app_user AS RESTRICTIVE FOR UPDATE USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR must_change_password) WITH CHECK ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR NOT must_change_password);
-- A device's audit events are its own.
{{IF_PG}} ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON audit_event USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR device = (SELECT armcpg_device_of(current_user::text)));
{{IF_PG}} ALTER TABLE sync_change ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON sync_change USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR organisation_code IS NULL OR organisation_code IN (SELECT unnest(armcpg_org_scope(current_user::text))));
{{IF_PG}} ALTER TABLE sync_applied_op ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON sync_applied_op USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR device_id = (SELECT armcpg_device_of(current_user::text)));
{{IF_PG}} ALTER TABLE sync_device ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON sync_device USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR role_name = current_user);

-- What a device role may do at all. Directories, calendar and settings are the centre's: read only. Of a user
-- it may change the password only (a first sign-in on the laptop). Nothing is ever deleted: rows are
-- tombstoned by an UPDATE.
{{IF_PG}} GRANT USAGE ON SCHEMA public TO armcpg_device;
{{IF_PG}} GRANT SELECT ON schema_version, directory_kind, directory_entry, calendar_year, calendar_rule, calendar_entry, app_setting, sync_device, sync_change TO armcpg_device;
{{IF_PG}} GRANT SELECT, INSERT, UPDATE ON reception_card, appeal, sync_conflict TO armcpg_device;
{{IF_PG}} GRANT SELECT ON app_user TO armcpg_device;
{{IF_PG}} GRANT UPDATE (password_hash, must_change_password, updated_at, updated_by, version, hlc) ON app_user TO armcpg_device;
{{IF_PG}} GRANT SELECT, INSERT ON sync_applied_op TO armcpg_device;
{{IF_PG}} GRANT INSERT ON audit_event TO armcpg_device;
