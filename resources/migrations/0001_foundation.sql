-- Foundation schema: device state, directories, calendar, users, settings, audit trail and sync outbox.
-- Portable placeholders ({{UUID}}, {{TIMESTAMP}}, {{SYNCED}}, ...) are rewritten per driver by Database::dialect.
-- Every synced table starts with {{SYNCED}}: client-made UUID key, created/updated time and user, version,
-- hybrid logical clock, origin device and soft-delete flag.

-- Device-local facts (device id, organisation, last HLC). Never synced.
CREATE TABLE local_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE directory_kind (
    {{SYNCED}},
    code TEXT NOT NULL UNIQUE,
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT,
    hierarchical {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    source TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0
);

-- One generic table for every справочник: code, names, tree parent, validity, order, citation.
CREATE TABLE directory_entry (
    {{SYNCED}},
    kind TEXT NOT NULL REFERENCES directory_kind (code),
    code TEXT NOT NULL,
    parent_code TEXT,
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT,
    valid_from {{DATE}},
    valid_to {{DATE}},
    sort_order INTEGER NOT NULL DEFAULT 0,
    source TEXT,
    attributes TEXT,
    UNIQUE (kind, code)
);
CREATE INDEX directory_entry_parent ON directory_entry (kind, parent_code);

-- The working-day calendar as data (kz-identifiers-and-calendar.md): a year's holidays and decree swaps.
CREATE TABLE calendar_year (
    {{SYNCED}},
    year INTEGER NOT NULL UNIQUE,
    confirmed {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    source TEXT
);

-- Fixed-date holidays used for years that have no entered data (the fallback rule).
CREATE TABLE calendar_rule (
    {{SYNCED}},
    month_day TEXT NOT NULL UNIQUE,
    religious {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    name_kk TEXT,
    name_ru TEXT,
    name_en TEXT,
    source TEXT
);

CREATE TABLE calendar_entry (
    {{SYNCED}},
    day {{DATE}} NOT NULL,
    kind TEXT NOT NULL,
    name_kk TEXT,
    name_ru TEXT,
    name_en TEXT,
    source TEXT,
    UNIQUE (day, kind)
);

CREATE TABLE app_user (
    {{SYNCED}},
    login TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    roles TEXT NOT NULL,
    organisation_code TEXT NOT NULL,
    position_code TEXT,
    password_hash TEXT NOT NULL,
    active {{BOOL}} NOT NULL DEFAULT {{TRUE}},
    must_change_password {{BOOL}} NOT NULL DEFAULT {{FALSE}}
);

-- Settings that an administrator changes for everyone (e.g. whether the day of receipt counts).
CREATE TABLE app_setting (
    {{SYNCED}},
    key TEXT NOT NULL UNIQUE,
    value TEXT NOT NULL
);

-- Who changed what, field by field (old -> new). Append-only; written in the same transaction as the change.
CREATE TABLE audit_event (
    id {{UUID}} PRIMARY KEY,
    tx_id {{UUID}} NOT NULL,
    at {{TIMESTAMP}} NOT NULL,
    user_id {{UUID}},
    user_login TEXT,
    device TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id {{UUID}} NOT NULL,
    action TEXT NOT NULL,
    changes TEXT NOT NULL,
    hlc TEXT NOT NULL
);
CREATE INDEX audit_event_entity ON audit_event (entity, entity_id);

-- Changes waiting to be pushed to the central database (PUT/PATCH/DELETE per row, one tx_id per transaction).
CREATE TABLE sync_outbox (
    seq {{SERIAL_PK}},
    op_id {{UUID}} NOT NULL UNIQUE,
    tx_id {{UUID}} NOT NULL,
    entity TEXT NOT NULL,
    row_id {{UUID}} NOT NULL,
    op TEXT NOT NULL,
    changes TEXT NOT NULL,
    base_version INTEGER,
    hlc TEXT NOT NULL,
    created_at {{TIMESTAMP}} NOT NULL
);
CREATE INDEX sync_outbox_row ON sync_outbox (entity, row_id);
