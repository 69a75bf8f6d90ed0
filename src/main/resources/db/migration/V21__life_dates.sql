-- Places exist in time (#21): a House and a room count (open time, bookings) only from the start
-- of their opening day. Closing stays in house.closed_at and room.retired_at; offices already have
-- their opening date in office.available_from.
--
-- Backfill = the place's creation day: the earliest of the day its creation was audited
-- ('house.opened' / 'room.added'), the days of its bookings, leases, blackouts and events, and
-- today (a place was never created after today). Dates of instants are taken in the session's
-- zone, which is never east of Kazakhstan, so a day can only come out earlier, never later than a
-- booking's own day. A room opens no earlier than its House.

ALTER TABLE house ADD COLUMN opened_on DATE;
ALTER TABLE room ADD COLUMN opened_on DATE;

UPDATE house SET opened_on = LEAST(
    CURRENT_DATE,
    COALESCE((SELECT MIN(CAST(a.occurred_at AS DATE)) FROM audit_entry a
        WHERE a.object_type = 'house' AND a.action = 'house.opened'
          AND a.object_id = CAST(house.id AS VARCHAR(60))), CURRENT_DATE),
    COALESCE((SELECT MIN(CAST(a.occurred_at AS DATE)) FROM audit_entry a
        JOIN room r ON a.object_type = 'room' AND a.action = 'room.added'
                   AND a.object_id = CAST(r.id AS VARCHAR(60))
        WHERE r.house_id = house.id), CURRENT_DATE),
    COALESCE((SELECT MIN(CAST(b.starts_at AS DATE)) FROM booking b JOIN room r ON r.id = b.room_id
        WHERE r.house_id = house.id), CURRENT_DATE),
    COALESCE((SELECT MIN(l.starts_on) FROM lease l WHERE l.house_id = house.id), CURRENT_DATE),
    COALESCE((SELECT MIN(CAST(x.starts_at AS DATE)) FROM blackout x WHERE x.house_id = house.id),
        CURRENT_DATE),
    COALESCE((SELECT MIN(CAST(e.starts_at AS DATE)) FROM event e WHERE e.house_id = house.id),
        CURRENT_DATE));

-- The two Houses that existed when the source article was written (it names 2008 figures, the
-- coming 2010 OSCE chairmanship and the IV Civil Forum of 2009, and says only these two exist);
-- it gives no opening year, so they count from 1 January 2009, and so do their V4 rooms.
UPDATE house SET opened_on = DATE '2009-01-01' WHERE id IN (1, 2);

UPDATE room SET opened_on = LEAST(
    CURRENT_DATE,
    COALESCE((SELECT MIN(CAST(a.occurred_at AS DATE)) FROM audit_entry a
        WHERE a.object_type = 'room' AND a.action = 'room.added'
          AND a.object_id = CAST(room.id AS VARCHAR(60))), CURRENT_DATE),
    COALESCE((SELECT MIN(CAST(b.starts_at AS DATE)) FROM booking b WHERE b.room_id = room.id),
        CURRENT_DATE),
    COALESCE((SELECT MIN(CAST(x.starts_at AS DATE)) FROM blackout x WHERE x.room_id = room.id),
        CURRENT_DATE));

UPDATE room SET opened_on = (SELECT h.opened_on FROM house h WHERE h.id = room.house_id)
    WHERE opened_on < (SELECT h.opened_on FROM house h WHERE h.id = room.house_id)
       OR (house_id IN (1, 2) AND id <= 10);

ALTER TABLE house ALTER COLUMN opened_on SET NOT NULL;
ALTER TABLE room ALTER COLUMN opened_on SET NOT NULL;
