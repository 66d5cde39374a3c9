-- A pre-registered visitor checks in to the queue on the reception day (issue 7; rules-000 §4.3, R-3, R-44): the
-- ticket of the "prereg" service names the request it was issued for, so that a request is checked in once (one
-- ticket waiting, called or being served at a time) and the Pre-registration page shows the ticket's number.
-- The queue is the centre's operational data (not synced, migration 0006); the request is synced and unchanged.
ALTER TABLE queue_ticket ADD COLUMN prereg_request_id {{UUID}};
CREATE UNIQUE INDEX queue_ticket_prereg_active ON queue_ticket (prereg_request_id)
    WHERE prereg_request_id IS NOT NULL AND state IN ('waiting', 'called', 'serving');
