-- Reception schedules and pre-registration (issue 7, rules-000 §4): the approved schedules of the officials who
-- receive (R-4, R-5, R-6, R-14, R-31, R-40), the requests to be signed up for a reception by pre-registration
-- (R-3, R-17 – R-38) and the closing of registration for one reception with the due date of the справки (R-22,
-- R-27). Synced like the appeal tables (migration 0008): organisation rows, logged and scoped on the centre.

-- One line of a schedule: an official receives on a weekday (every week, or the n-th / last of the month) within
-- a validity period, or on one date; hours inside 9:00–18:30 (R-4); the place in both languages for the posted
-- sheet (R-5). Kinds: regular; field (выездной, R-14, R-31, R-40); duty_facility: a duty prosecutor in a detention
-- facility, with the facility (R-6). A draft until the head approves it (R-4): approved_by/_on.
CREATE TABLE reception_schedule (
    {{SYNCED}},
    organisation_code TEXT NOT NULL,
    official_user_id {{UUID}},
    official_name TEXT NOT NULL,
    position_code TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'regular',
    weekday INTEGER,
    week_of_month INTEGER,
    on_date {{DATE}},
    valid_from {{DATE}},
    valid_to {{DATE}},
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    place_kk TEXT,
    place_ru TEXT,
    facility_type_code TEXT,
    facility_name TEXT,
    note TEXT,
    status TEXT NOT NULL DEFAULT 'draft',
    approved_by {{UUID}},
    approved_by_login TEXT,
    approved_by_name TEXT,
    approved_on {{DATE}}
);
CREATE INDEX reception_schedule_org ON reception_schedule (organisation_code, deleted);
CREATE INDEX reception_schedule_official ON reception_schedule (official_name, position_code);

-- A request to be signed up for a reception (R-3): the channel (egov.kz, paper, Call-centre), the applicant, a
-- third party's authority, the essence (without it the request is returned, R-3), the reception (a schedule line
-- and one of its dates), the state and what decided it: refusal with the ground of the official's level and the
-- explanation given (R-19/R-20, R-25/R-26, R-33/R-34), agreement with the subdivision (R-21, R-35), the
-- instruction of a higher office (R-3, R-24, R-29), out-of-town (R-8). States: registered, awaiting_agreement,
-- refused, returned, attended, no_show.
CREATE TABLE prereg_request (
    {{SYNCED}},
    organisation_code TEXT NOT NULL,
    number TEXT NOT NULL UNIQUE,
    received_on {{DATE}} NOT NULL,
    channel_code TEXT NOT NULL,
    applicant_name TEXT NOT NULL,
    applicant_iin TEXT,
    applicant_phone TEXT,
    applicant_address TEXT,
    third_party {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    represented_name TEXT,
    authority TEXT,
    essence TEXT,
    out_of_town {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    schedule_id {{UUID}} NOT NULL REFERENCES reception_schedule (id),
    official_name TEXT NOT NULL,
    position_code TEXT NOT NULL,
    reception_on {{DATE}} NOT NULL,
    appointment_at TEXT,
    state TEXT NOT NULL DEFAULT 'registered',
    agreement_ground TEXT,
    agreed_unit TEXT,
    agreed_on {{DATE}},
    by_instruction {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    instruction_from TEXT,
    refusal_ground_kind TEXT,
    refusal_ground_code TEXT,
    refusal_explanation TEXT,
    returned_reason TEXT,
    decided_on {{DATE}},
    decided_by_login TEXT,
    attended_on {{DATE}}
);
CREATE INDEX prereg_request_reception ON prereg_request (schedule_id, reception_on);
CREATE INDEX prereg_request_received ON prereg_request (organisation_code, received_on);

-- Registration for one reception (a schedule line on a date) closed (R-18, R-36 or earlier by hand): the list
-- of persons signed up then goes to the subdivisions (R-22, R-27, R-37), whose справки are due on notes_due_on.
-- Its id is derived from the schedule line and the date (stableUuid), so that two desks or a laptop closing the
-- same reception write the same row and sync merges them.
CREATE TABLE prereg_closure (
    {{SYNCED}},
    organisation_code TEXT NOT NULL,
    schedule_id {{UUID}} NOT NULL REFERENCES reception_schedule (id),
    reception_on {{DATE}} NOT NULL,
    closed_on {{DATE}} NOT NULL,
    closed_by_login TEXT,
    persons INTEGER NOT NULL DEFAULT 0,
    notes_due_on {{DATE}}
);
CREATE INDEX prereg_closure_reception ON prereg_closure (schedule_id, reception_on);

-- The centre logs and scopes them like the appeal tables (migration 0008's pattern).
{{IF_PG}} CREATE TRIGGER reception_schedule_log_insert AFTER INSERT ON reception_schedule REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER reception_schedule_log_update AFTER UPDATE ON reception_schedule REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER prereg_request_log_insert AFTER INSERT ON prereg_request REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER prereg_request_log_update AFTER UPDATE ON prereg_request REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER prereg_closure_log_insert AFTER INSERT ON prereg_closure REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER prereg_closure_log_update AFTER UPDATE ON prereg_closure REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} ALTER TABLE reception_schedule ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON reception_schedule USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR organisation_code IN (SELECT unnest(armcpg_org_scope(current_user::text))));
{{IF_PG}} ALTER TABLE prereg_request ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON prereg_request USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR organisation_code IN (SELECT unnest(armcpg_org_scope(current_user::text))));
{{IF_PG}} ALTER TABLE prereg_closure ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON prereg_closure USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR organisation_code IN (SELECT unnest(armcpg_org_scope(current_user::text))));
{{IF_PG}} GRANT SELECT, INSERT, UPDATE ON reception_schedule, prereg_request, prereg_closure TO armcpg_device;
