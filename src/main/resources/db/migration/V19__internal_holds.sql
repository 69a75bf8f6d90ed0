-- Issue 19: a room held for an event that is not public reads only "closed" outside the House's
-- staff. The hold carries that itself, so the closures component never reads the events' tables.
ALTER TABLE blackout ADD COLUMN internal_hold BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE blackout SET internal_hold = TRUE
 WHERE event_id IN (SELECT id FROM event WHERE public_event = FALSE);
