-- The electronic queue (R-44; order R-9, R-8; language R-45): operational data of one centre's database, shared by
-- its desks, kiosks and boards (one PostgreSQL, or one SQLite file for kiosk, panel and board processes).
-- Not synced to laptops: no {{SYNCED}} columns, not registered in SyncTable. Written with
-- Database::begin(ChangeLog::NotWritten), so desks never wait behind card saves.

-- What a visitor can queue for (configurable per centre): ticket prefix, daily number range, names.
CREATE TABLE queue_service (
    code TEXT PRIMARY KEY,
    prefix TEXT NOT NULL,
    name_kk TEXT NOT NULL,
    name_ru TEXT NOT NULL,
    name_en TEXT,
    first_number INTEGER NOT NULL DEFAULT 1,
    last_number INTEGER NOT NULL DEFAULT 999,
    average_minutes INTEGER NOT NULL DEFAULT 10,
    active {{BOOL}} NOT NULL DEFAULT {{TRUE}},
    sort_order INTEGER NOT NULL DEFAULT 0,
    CHECK (first_number >= 0 AND last_number >= first_number)
);

-- A desk (window) of the centre and the services it serves.
CREATE TABLE queue_desk (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    active {{BOOL}} NOT NULL DEFAULT {{TRUE}},
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE queue_desk_service (
    desk_code TEXT NOT NULL REFERENCES queue_desk (code) ON DELETE CASCADE,
    service_code TEXT NOT NULL REFERENCES queue_service (code),
    PRIMARY KEY (desk_code, service_code)
);

-- The daily sequence of each service's numbers (reset daily: one row per day and service).
CREATE TABLE queue_counter (
    day {{DATE}} NOT NULL,
    service_code TEXT NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (day, service_code)
);

-- A ticket. rank_at is its place in the arrival order (arrival; the appointment for a pre-registered visitor;
-- the time it was postponed to); ready_at is when it may be called again (postponed).
CREATE TABLE queue_ticket (
    id {{UUID}} PRIMARY KEY,
    day {{DATE}} NOT NULL,
    service_code TEXT NOT NULL REFERENCES queue_service (code),
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    language TEXT NOT NULL,
    priority_code TEXT,
    out_of_town {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    appointment_at {{TIMESTAMP}},
    visitor_name TEXT,
    issued_at {{TIMESTAMP}} NOT NULL,
    issued_by {{UUID}},
    issued_at_desk TEXT,
    state TEXT NOT NULL,
    rank_at {{TIMESTAMP}} NOT NULL,
    ready_at {{TIMESTAMP}} NOT NULL,
    desk_code TEXT,
    target_desk TEXT,
    target_user {{UUID}},
    called_at {{TIMESTAMP}},
    started_at {{TIMESTAMP}},
    finished_at {{TIMESTAMP}},
    served_by {{UUID}},
    call_count INTEGER NOT NULL DEFAULT 0,
    comment TEXT,
    card_id {{UUID}},
    UNIQUE (day, service_code, seq)
);
CREATE INDEX queue_ticket_state ON queue_ticket (day, state, service_code);
CREATE INDEX queue_ticket_desk ON queue_ticket (desk_code, state);

-- The queue's audit trail and the source of its statistics: one row per change, written in its transaction.
CREATE TABLE queue_event (
    seq {{SERIAL_PK}},
    ticket_id {{UUID}} NOT NULL REFERENCES queue_ticket (id),
    day {{DATE}} NOT NULL,
    at {{TIMESTAMP}} NOT NULL,
    kind TEXT NOT NULL,
    desk_code TEXT,
    service_code TEXT NOT NULL,
    user_id {{UUID}},
    user_login TEXT,
    comment TEXT,
    detail TEXT
);
CREATE INDEX queue_event_ticket ON queue_event (ticket_id, seq);
CREATE INDEX queue_event_day ON queue_event (day);

-- Queue settings of the centre (e.g. the wait that alerts the head).
CREATE TABLE queue_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
