-- PostgreSQL only: a second guard, in the database itself, against two room-holding bookings of
-- one room at overlapping times (the application's row lock is the first).
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE booking ADD CONSTRAINT booking_no_overlap
    EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
    WHERE (status IN ('PENDING', 'CONFIRMED'));
