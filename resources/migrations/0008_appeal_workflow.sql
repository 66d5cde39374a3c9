-- Appeals, the rest of their life (issue 6): screening (I-2, I-35, I-42, RR-11, RR-13), assignment (I-33, I-34,
-- I-61, R-53), terms (I-52, I-68, I-83), decisions and answers (I-46, I-69, I-80, I-85, I-88), notices,
-- attachments. The appeal row keeps the state the lists need (status, the term in force, the lead executor);
-- appeal_action keeps every step with its date, author and reasons, so nothing is ever overwritten.

-- Screening: primary (I-2(6)), repeated (I-2(12)), duplicate (I-2(10)), anonymous (I-2(11)).
ALTER TABLE appeal ADD COLUMN screening TEXT;
-- A duplicate is attached to its main appeal and shares its term (I-35).
ALTER TABLE appeal ADD COLUMN main_appeal_id {{UUID}};
-- A part sent to another body keeps the main number plus "/n" (RR-11): the appeal it came from, and n.
ALTER TABLE appeal ADD COLUMN parent_appeal_id {{UUID}};
ALTER TABLE appeal ADD COLUMN part_number INTEGER;
-- Where the appeal stands: registered, in_consideration, deficiency_notified, returned, forwarded, redirected,
-- left_without_consideration, attached, decided, answered, correspondence_terminated, closed.
ALTER TABLE appeal ADD COLUMN status TEXT NOT NULL DEFAULT 'registered';
-- The sender requires information on the outcome (I-27(1), I-28(2), I-29(1), I-88).
ALTER TABLE appeal ADD COLUMN results_required {{BOOL}} NOT NULL DEFAULT {{FALSE}};
-- An outside controller (the President, the PM, ...: I-28(3), I-88(2)).
ALTER TABLE appeal ADD COLUMN control_authority TEXT;
-- The official whose actions are complained about: never assigned the appeal (I-61).
ALTER TABLE appeal ADD COLUMN respondent_user_id {{UUID}};
-- A complaint: the day the person learned of the act (I-71, D24: a late complaint is accepted with a warning).
ALTER TABLE appeal ADD COLUMN learned_on {{DATE}};
-- The term in force: the main term, moved by an extension or an inspection, or the main appeal's for a
-- duplicate. Kept on the row so that the control lists are one indexed query.
ALTER TABLE appeal ADD COLUMN due_on {{DATE}};
ALTER TABLE appeal ADD COLUMN extended_to {{DATE}};
ALTER TABLE appeal ADD COLUMN additional_control {{BOOL}} NOT NULL DEFAULT {{FALSE}};
ALTER TABLE appeal ADD COLUMN inspection_started_on {{DATE}};
ALTER TABLE appeal ADD COLUMN inspection_ended_on {{DATE}};
-- The lead executor (I-33: the head named first prepares the consolidated answer).
ALTER TABLE appeal ADD COLUMN lead_executor_id {{UUID}};
ALTER TABLE appeal ADD COLUMN lead_executor_login TEXT;
-- The decision (I-46, I-69, I-80) and the answer: language (I-85), signer (I-88, R-53), signing date; the
-- sending date (I-68) is final_answer_sent_on of migration 0007.
ALTER TABLE appeal ADD COLUMN decision_code TEXT;
ALTER TABLE appeal ADD COLUMN decided_on {{DATE}};
ALTER TABLE appeal ADD COLUMN answer_language TEXT;
ALTER TABLE appeal ADD COLUMN answer_signed_by {{UUID}};
ALTER TABLE appeal ADD COLUMN answer_signed_by_login TEXT;
ALTER TABLE appeal ADD COLUMN answer_signed_on {{DATE}};
CREATE INDEX appeal_due ON appeal (organisation_code, due_on);
CREATE INDEX appeal_main ON appeal (main_appeal_id);
CREATE INDEX appeal_applicant_iin ON appeal (applicant_iin);

-- The level at which a user signs answers (I-88: a configurable matrix of decision kind x level).
ALTER TABLE app_user ADD COLUMN signing_level TEXT;

-- Executors: the lead and co-executors in the order named (I-33); a transfer releases one with the rapport's
-- reason (I-34).
CREATE TABLE appeal_executor (
    {{SYNCED}},
    appeal_id {{UUID}} NOT NULL REFERENCES appeal (id),
    organisation_code TEXT NOT NULL,
    user_id {{UUID}} NOT NULL,
    user_login TEXT NOT NULL,
    lead {{BOOL}} NOT NULL DEFAULT {{FALSE}},
    position INTEGER NOT NULL DEFAULT 0,
    assigned_on {{DATE}} NOT NULL,
    assigned_by_login TEXT,
    released_on {{DATE}},
    release_reason TEXT
);
CREATE INDEX appeal_executor_appeal ON appeal_executor (appeal_id);
CREATE INDEX appeal_executor_user ON appeal_executor (user_id);

-- Every step of an appeal, in order: screening, forwarding, deficiency notice, return, anonymous redirect or
-- conclusion, duplicate attached, assignment, transfer, extension, additional control, inspection, hearing
-- notice, interim answer, decision, answer, termination of correspondence, control, notices to the applicant.
CREATE TABLE appeal_action (
    {{SYNCED}},
    appeal_id {{UUID}} NOT NULL REFERENCES appeal (id),
    organisation_code TEXT NOT NULL,
    kind TEXT NOT NULL,
    action_on {{DATE}} NOT NULL,
    due_on {{DATE}},
    done_on {{DATE}},
    by_user_id {{UUID}},
    by_login TEXT,
    approved_by_login TEXT,
    target TEXT,
    reason TEXT,
    document_number TEXT,
    details TEXT
);
CREATE INDEX appeal_action_appeal ON appeal_action (appeal_id, action_on);

-- Scans and files stored with the appeal (issue 6 "attachments"), base64 so that they travel through sync's
-- text COPY and JSON outbox like every other column.
CREATE TABLE appeal_attachment (
    {{SYNCED}},
    appeal_id {{UUID}} NOT NULL REFERENCES appeal (id),
    organisation_code TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT,
    size_bytes {{BIGINT}} NOT NULL,
    sha256 TEXT NOT NULL,
    description TEXT,
    content_base64 TEXT NOT NULL
);
CREATE INDEX appeal_attachment_appeal ON appeal_attachment (appeal_id);

-- The centre logs and scopes them like the appeal itself (migration 0004's pattern).
{{IF_PG}} CREATE TRIGGER appeal_executor_log_insert AFTER INSERT ON appeal_executor REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER appeal_executor_log_update AFTER UPDATE ON appeal_executor REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER appeal_action_log_insert AFTER INSERT ON appeal_action REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER appeal_action_log_update AFTER UPDATE ON appeal_action REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER appeal_attachment_log_insert AFTER INSERT ON appeal_attachment REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} CREATE TRIGGER appeal_attachment_log_update AFTER UPDATE ON appeal_attachment REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION armcpg_log_change('organisation_code');
{{IF_PG}} ALTER TABLE appeal_executor ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON appeal_executor USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR organisation_code IN (SELECT unnest(armcpg_org_scope(current_user::text))));
{{IF_PG}} ALTER TABLE appeal_action ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON appeal_action USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR organisation_code IN (SELECT unnest(armcpg_org_scope(current_user::text))));
{{IF_PG}} ALTER TABLE appeal_attachment ENABLE ROW LEVEL SECURITY;
{{IF_PG}} CREATE POLICY armcpg_scope ON appeal_attachment USING ((SELECT armcpg_org_scope(current_user::text)) IS NULL OR organisation_code IN (SELECT unnest(armcpg_org_scope(current_user::text))));
{{IF_PG}} GRANT SELECT, INSERT, UPDATE ON appeal_executor, appeal_action, appeal_attachment TO armcpg_device;
