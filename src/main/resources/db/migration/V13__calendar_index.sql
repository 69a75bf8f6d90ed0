-- The House calendar reads a day's bookings through booking_room_time (room_id, starts_at, ends_at),
-- there since V8, with starts_at bounded on both sides (a booking is never longer than a day), so a
-- day costs the same whatever the history. Blackouts (event holds and lease holds among them) are
-- read by their end: those that ended before the day are never touched.
CREATE INDEX blackout_house_end ON blackout (house_id, ends_at);
