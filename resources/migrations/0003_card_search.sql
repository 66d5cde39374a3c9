-- The journal's search (issue 3): full text over the applicant's names and the comments of a card, and a
-- locale-independent name prefix on PostgreSQL. {{IF_SQLITE}} / {{IF_PG}} keep a statement for one driver.
--
-- SQLite: a contentless FTS5 index (it keeps only the index, not a copy of the text) whose rowid is the card's
-- rowid, kept in step by triggers that give it the names and the comments with ё written as е (unicode61 folds the
-- case of Cyrillic and Kazakh letters, but does not take the diaeresis off ё). Soft-deleted cards stay indexed and
-- are filtered out by the journal's query, so the index mirrors the table exactly; a contentless index forgets a
-- row only when given its old values, which the triggers repeat with the same expressions. After a VACUUM (which
-- may renumber rowids) CardJournal::rebuildSearchIndex() builds it again.
{{IF_SQLITE}} CREATE VIRTUAL TABLE reception_card_fts USING fts5 (
    names, notes, content = '', tokenize = 'unicode61 remove_diacritics 2'
);
{{IF_SQLITE}} INSERT INTO reception_card_fts (rowid, names, notes)
    SELECT rowid, replace(replace(coalesce(reception_card.surname, '') || ' ' || coalesce(reception_card.given_name, '') || ' ' || coalesce(reception_card.patronymic, ''), 'ё', 'е'), 'Ё', 'Е'), replace(replace(coalesce(reception_card.applicant_comment, '') || ' ' || coalesce(reception_card.comment, '') || ' ' || coalesce(reception_card.oral_appeal, ''), 'ё', 'е'), 'Ё', 'Е') FROM reception_card;
{{IF_SQLITE}} CREATE TRIGGER reception_card_fts_insert AFTER INSERT ON reception_card BEGIN
    INSERT INTO reception_card_fts (rowid, names, notes) VALUES (new.rowid, replace(replace(coalesce(new.surname, '') || ' ' || coalesce(new.given_name, '') || ' ' || coalesce(new.patronymic, ''), 'ё', 'е'), 'Ё', 'Е'), replace(replace(coalesce(new.applicant_comment, '') || ' ' || coalesce(new.comment, '') || ' ' || coalesce(new.oral_appeal, ''), 'ё', 'е'), 'Ё', 'Е')); END;
{{IF_SQLITE}} CREATE TRIGGER reception_card_fts_delete AFTER DELETE ON reception_card BEGIN
    INSERT INTO reception_card_fts (reception_card_fts, rowid, names, notes) VALUES ('delete', old.rowid, replace(replace(coalesce(old.surname, '') || ' ' || coalesce(old.given_name, '') || ' ' || coalesce(old.patronymic, ''), 'ё', 'е'), 'Ё', 'Е'), replace(replace(coalesce(old.applicant_comment, '') || ' ' || coalesce(old.comment, '') || ' ' || coalesce(old.oral_appeal, ''), 'ё', 'е'), 'Ё', 'Е')); END;
{{IF_SQLITE}} CREATE TRIGGER reception_card_fts_update AFTER UPDATE OF surname, given_name, patronymic, applicant_comment, comment, oral_appeal ON reception_card BEGIN
    INSERT INTO reception_card_fts (reception_card_fts, rowid, names, notes) VALUES ('delete', old.rowid, replace(replace(coalesce(old.surname, '') || ' ' || coalesce(old.given_name, '') || ' ' || coalesce(old.patronymic, ''), 'ё', 'е'), 'Ё', 'Е'), replace(replace(coalesce(old.applicant_comment, '') || ' ' || coalesce(old.comment, '') || ' ' || coalesce(old.oral_appeal, ''), 'ё', 'е'), 'Ё', 'Е')); INSERT INTO reception_card_fts (rowid, names, notes) VALUES (new.rowid, replace(replace(coalesce(new.surname, '') || ' ' || coalesce(new.given_name, '') || ' ' || coalesce(new.patronymic, ''), 'ё', 'е'), 'Ё', 'Е'), replace(replace(coalesce(new.applicant_comment, '') || ' ' || coalesce(new.comment, '') || ' ' || coalesce(new.oral_appeal, ''), 'ё', 'е'), 'Ё', 'Е')); END;

-- PostgreSQL: a GIN index on the same columns as one 'simple' tsvector (no stemming: names are not words of a
-- language); lower() and ё -> е as the journal folds what is typed. CardJournal repeats this expression
-- verbatim, which is what lets the planner use the index.
{{IF_PG}} CREATE INDEX reception_card_search ON reception_card USING GIN (to_tsvector('simple', translate(lower(coalesce(surname, '') || ' ' || coalesce(given_name, '') || ' ' || coalesce(patronymic, '') || ' ' || coalesce(applicant_comment, '') || ' ' || coalesce(comment, '') || ' ' || coalesce(oral_appeal, '')), 'ё', 'е')));
-- Name prefix as a byte-order range, whatever the server's collation.
{{IF_PG}} CREATE INDEX reception_card_name_c ON reception_card ((name_fold COLLATE "C"));
-- The journal's other filters, each with the default order (newest first) behind it.
CREATE INDEX reception_card_topic ON reception_card (topic_code, reception_date);
CREATE INDEX reception_card_decision ON reception_card (decision_code, reception_date);
CREATE INDEX reception_card_official ON reception_card (official_user_id, reception_date);
