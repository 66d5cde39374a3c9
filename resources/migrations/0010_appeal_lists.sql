-- The appeal lists of the control desk (issue 6, AppealJournal): each list is one query through an index of its
-- own, so that the control list and the counts over 200,000 appeals open within 500 ms (bench_appeals). The
-- partial indexes' predicates are written verbatim in AppealJournal's queries (both databases match them so), and
-- they hold the columns the lists test, so that the counts read the index alone.

-- On control (I-53, R-54): taken and not removed.
CREATE INDEX appeal_on_control ON appeal (due_on, number, deleted) WHERE control_taken_at IS NOT NULL AND control_removed_at IS NULL;
-- Not answered: due within N days, overdue by the day (I-68), deemed refused complaints (I-83).
CREATE INDEX appeal_unanswered_due ON appeal (due_on, deleted, status, kind_code, regime_code, decided_on) WHERE final_answer_sent_on IS NULL;
-- Answered after the term: overdue all the same, the end of the term is the sending date (I-68).
CREATE INDEX appeal_answered_late ON appeal (due_on, deleted) WHERE final_answer_sent_on > due_on;
-- Mine: the lead executor (co-executors through appeal_executor_user of migration 0008).
CREATE INDEX appeal_lead_executor ON appeal (lead_executor_id);
-- All: counted and paged by the term without reading the rows.
CREATE INDEX appeal_live_due ON appeal (deleted, due_on, number);
