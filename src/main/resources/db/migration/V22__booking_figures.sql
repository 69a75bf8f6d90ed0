-- #21: booking figures kept as they happen, per room and month and per NGO, House and month, so
-- the report reads these instead of every booking of the year. They are moved in the booking's
-- own transaction (bookings/control/BookingLedger). A month is the first day of the month, in
-- Asia/Almaty, in which the booking starts; a booking counts while CONFIRMED or NO_SHOW.
-- The month is built from EXTRACT (YEAR/MONTH) of the local time: CAST(... AS DATE) of a
-- TIMESTAMP WITH TIME ZONE uses the session's zone on H2, which is not Almaty's. Not a fixed
-- offset either: Kazakhstan moved from UTC+6 to UTC+5 on 1 March 2024.
-- The two INSERTs are BookingLedger.REBUILD_SQL's; keep them identical.

CREATE TABLE room_month_figures (
    room_id         BIGINT         NOT NULL REFERENCES room (id),
    month_start     DATE           NOT NULL,
    booked_minutes  BIGINT         DEFAULT 0 NOT NULL,
    used_minutes    BIGINT         DEFAULT 0 NOT NULL,
    held_bookings   BIGINT         DEFAULT 0 NOT NULL,
    no_shows        BIGINT         DEFAULT 0 NOT NULL,
    market_value    NUMERIC(16, 2) DEFAULT 0 NOT NULL,
    subsidy         NUMERIC(16, 2) DEFAULT 0 NOT NULL,
    charged         NUMERIC(16, 2) DEFAULT 0 NOT NULL,
    PRIMARY KEY (room_id, month_start)
);
CREATE INDEX room_month_figures_month ON room_month_figures (month_start, room_id);

CREATE TABLE ngo_month_figures (
    ngo_id          BIGINT         NOT NULL REFERENCES ngo (id),
    house_id        BIGINT         NOT NULL REFERENCES house (id),
    month_start     DATE           NOT NULL,
    booked_minutes  BIGINT         DEFAULT 0 NOT NULL,
    market_value    NUMERIC(16, 2) DEFAULT 0 NOT NULL,
    subsidy         NUMERIC(16, 2) DEFAULT 0 NOT NULL,
    charged         NUMERIC(16, 2) DEFAULT 0 NOT NULL,
    PRIMARY KEY (ngo_id, house_id, month_start)
);
CREATE INDEX ngo_month_figures_month ON ngo_month_figures (month_start, house_id);

INSERT INTO room_month_figures (room_id, month_start, booked_minutes, used_minutes, held_bookings, no_shows, market_value, subsidy, charged)
SELECT t.room_id, CAST(CONCAT(CAST(t.y AS VARCHAR(4)), '-', LPAD(CAST(t.m AS VARCHAR(2)), 2, '0'), '-01') AS DATE),
       SUM(t.minutes), SUM(t.used), COUNT(*), SUM(t.no_show), SUM(t.market_value), SUM(t.subsidy), SUM(t.charged)
FROM (SELECT b.room_id,
             CAST(EXTRACT(YEAR FROM b.starts_at AT TIME ZONE 'Asia/Almaty') AS INTEGER) AS y,
             CAST(EXTRACT(MONTH FROM b.starts_at AT TIME ZONE 'Asia/Almaty') AS INTEGER) AS m,
             b.minutes,
             CASE WHEN b.checked_in_at IS NOT NULL THEN b.minutes ELSE 0 END AS used,
             CASE WHEN b.status = 'NO_SHOW' THEN 1 ELSE 0 END AS no_show,
             b.market_value, b.subsidy, b.charged
      FROM booking b
      WHERE b.status IN ('CONFIRMED', 'NO_SHOW')) t
GROUP BY t.room_id, t.y, t.m;

INSERT INTO ngo_month_figures (ngo_id, house_id, month_start, booked_minutes, market_value, subsidy, charged)
SELECT t.ngo_id, t.house_id, CAST(CONCAT(CAST(t.y AS VARCHAR(4)), '-', LPAD(CAST(t.m AS VARCHAR(2)), 2, '0'), '-01') AS DATE),
       SUM(t.minutes), SUM(t.market_value), SUM(t.subsidy), SUM(t.charged)
FROM (SELECT b.ngo_id, r.house_id,
             CAST(EXTRACT(YEAR FROM b.starts_at AT TIME ZONE 'Asia/Almaty') AS INTEGER) AS y,
             CAST(EXTRACT(MONTH FROM b.starts_at AT TIME ZONE 'Asia/Almaty') AS INTEGER) AS m,
             b.minutes, b.market_value, b.subsidy, b.charged
      FROM booking b JOIN room r ON r.id = b.room_id
      WHERE b.status IN ('CONFIRMED', 'NO_SHOW')) t
GROUP BY t.ngo_id, t.house_id, t.y, t.m;
