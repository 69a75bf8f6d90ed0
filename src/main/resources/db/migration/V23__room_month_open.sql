-- Issue 21: each room's open time per month, kept so that the report reads it instead of
-- recomputing it from hours, holidays, blackouts and holds on every request. Recomputed (for the
-- House and months concerned) in the transaction that changes any of these or a place's opening
-- or closing date (platform.OpenTimeChanged); a year never asked for is computed on first demand.
--   open_minutes   the House's weekly hours less days off, inside the room's life
--   closed_minutes of those, under blackouts
--   held_minutes   of those, under event (and lease) holds
CREATE TABLE room_month_open (
    room_id        BIGINT NOT NULL,
    month_start    DATE   NOT NULL,
    open_minutes   BIGINT DEFAULT 0 NOT NULL,
    closed_minutes BIGINT DEFAULT 0 NOT NULL,
    held_minutes   BIGINT DEFAULT 0 NOT NULL,
    CONSTRAINT room_month_open_pk PRIMARY KEY (room_id, month_start),
    CONSTRAINT room_month_open_room FOREIGN KEY (room_id) REFERENCES room (id) ON DELETE CASCADE
);
CREATE INDEX room_month_open_month ON room_month_open (month_start);
