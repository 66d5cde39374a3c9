-- Off-schedule reception instructions (issue 7, rules-000 §1.4, §4.2: R-50): the ЦПГ prosecutor, when circumstances
-- cannot wait, instructs an oblast or district prosecutor or a deputy, in writing or orally, to organise a reception
-- outside the schedule. The instruction is a dated line of reception_schedule of kind 'off_schedule' (the official,
-- the day, the hours, the place: ScheduleService checks it against the official's other lines like any line), with
-- what makes it an instruction: its form, who instructed and when, the visitor it is for, why it cannot wait, and
-- the ЛП-1 card it came from (field 5 "out_of_schedule", decision off_schedule_ordered).
--
-- Status: such a line is 'approved' from the start and approved_by/_on name the instructing prosecutor and the day:
-- the instruction is its authority (R-50), nothing waits for a head's approval (R-4). It is never posted: the posted
-- schedule and pre-registration read approved lines of the other kinds only (ScheduleService::entries).
--
-- The columns are added to the synced table: SyncClient pushes and pulls whole rows (SELECT *, column by name) and
-- the change log (armcpg_log_change) logs row ids, so they travel with the row; its triggers, scope and grants of
-- migration 0011 cover them. card_id has no foreign key: the card may be kept at another desk and arrive later.
ALTER TABLE reception_schedule ADD COLUMN instruction_form TEXT;
ALTER TABLE reception_schedule ADD COLUMN instructed_by {{UUID}};
ALTER TABLE reception_schedule ADD COLUMN instructed_by_login TEXT;
ALTER TABLE reception_schedule ADD COLUMN instructed_by_name TEXT;
ALTER TABLE reception_schedule ADD COLUMN instructed_at {{TIMESTAMP}};
ALTER TABLE reception_schedule ADD COLUMN visitor_name TEXT;
ALTER TABLE reception_schedule ADD COLUMN instruction_reason TEXT;
ALTER TABLE reception_schedule ADD COLUMN card_id {{UUID}};
ALTER TABLE reception_schedule ADD COLUMN card_number TEXT;
CREATE INDEX reception_schedule_kind ON reception_schedule (kind, on_date);
