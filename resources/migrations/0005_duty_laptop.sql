-- The duty prosecutor's laptop (R-6, R-40): a reception held in a detention facility is recorded with the
-- facility it was held in (its type from the directory "facility_type" and its name) and the measures taken.
-- Plain columns of reception_card: the sync engine copies every column of a synced table, so they travel with
-- the card; the duty post of the laptop itself is device-local (local_state keys duty.*), never synced.
ALTER TABLE reception_card ADD COLUMN facility_type_code TEXT;
ALTER TABLE reception_card ADD COLUMN facility_name TEXT;
ALTER TABLE reception_card ADD COLUMN measures_taken TEXT;
