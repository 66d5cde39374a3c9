-- Appeals (issue 6): the appeal row of migration 0002 (registered from a reception card, R-51) grows into the
-- registered appeal of rules-000 §1.2: kind (I-2), procedural regime (I-5, I-10, I-13), form (I-2(9)), channel
-- (I-23, R-51), applicant(s) (I-39), addressee, subject or respondent, essence (I-40), the receipt date (I-24)
-- and the control record (I-53, R-54). The table stays synced (0004: triggers, row-level security, SyncTable).
ALTER TABLE appeal ADD COLUMN kind_code TEXT;
ALTER TABLE appeal ADD COLUMN regime_code TEXT;
ALTER TABLE appeal ADD COLUMN form_code TEXT;
ALTER TABLE appeal ADD COLUMN channel_code TEXT;
ALTER TABLE appeal ADD COLUMN received_on {{DATE}};
ALTER TABLE appeal ADD COLUMN applicant_legal {{BOOL}} NOT NULL DEFAULT {{FALSE}};
ALTER TABLE appeal ADD COLUMN applicant_bin TEXT;
ALTER TABLE appeal ADD COLUMN applicant_address TEXT;
-- The other applicants of a collective appeal, one per line.
ALTER TABLE appeal ADD COLUMN co_applicants TEXT;
ALTER TABLE appeal ADD COLUMN representative TEXT;
ALTER TABLE appeal ADD COLUMN addressee TEXT;
ALTER TABLE appeal ADD COLUMN subject TEXT;
-- Control (I-53, R-54): who took it, when; removed only by that person (and for a reception appeal only after
-- the final answer was sent).
ALTER TABLE appeal ADD COLUMN control_by {{UUID}};
ALTER TABLE appeal ADD COLUMN control_by_login TEXT;
ALTER TABLE appeal ADD COLUMN control_taken_at {{TIMESTAMP}};
ALTER TABLE appeal ADD COLUMN control_removed_at {{TIMESTAMP}};
-- Answers: the end of the term is the sending date (I-68); an interim answer (I-52) never closes control.
ALTER TABLE appeal ADD COLUMN interim_answer_sent_on {{DATE}};
ALTER TABLE appeal ADD COLUMN final_answer_sent_on {{DATE}};
CREATE INDEX appeal_registered ON appeal (organisation_code, registered_on);
