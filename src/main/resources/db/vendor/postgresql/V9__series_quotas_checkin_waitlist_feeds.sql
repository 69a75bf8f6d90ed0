-- PostgreSQL variant of vendor/h2/V9 (same schema): EXTRACT(EPOCH …) for H2's DATEDIFF, and an index name that
-- does not collide with the booking_series table (PostgreSQL keeps indexes and tables in one namespace).
-- Recurring series, fair quotas, check-in and no-shows, waitlist, reminders and calendar feeds.

-- A series: the rule that made its bookings (each booking is an ordinary booking with series_id).
CREATE SEQUENCE booking_series_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE booking_series (
    id            BIGINT       NOT NULL PRIMARY KEY,
    room_id       BIGINT       NOT NULL REFERENCES room (id),
    ngo_id        BIGINT       NOT NULL REFERENCES ngo (id),
    requested_by  BIGINT       NOT NULL REFERENCES account (id),
    rule          VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE booking ADD COLUMN series_id BIGINT REFERENCES booking_series (id);
ALTER TABLE booking ADD COLUMN checked_in_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking ADD COLUMN checked_in_by BIGINT REFERENCES account (id);
ALTER TABLE booking ADD COLUMN reminded_at TIMESTAMP WITH TIME ZONE;
-- A booking's length in minutes, so that the monthly quota is a SUM in the database.
ALTER TABLE booking ADD COLUMN minutes INTEGER DEFAULT 0 NOT NULL;
UPDATE booking SET minutes = CAST(EXTRACT(EPOCH FROM (ends_at - starts_at)) / 60 AS INTEGER);
CREATE INDEX booking_ngo_status ON booking (ngo_id, status, starts_at);
CREATE INDEX booking_series_id ON booking (series_id);
CREATE INDEX booking_starts ON booking (starts_at);

-- Quotas per NGO and House, set by the House's managers.
ALTER TABLE house ADD COLUMN quota_hours_month INTEGER DEFAULT 20 NOT NULL;
ALTER TABLE house ADD COLUMN quota_future_bookings INTEGER DEFAULT 10 NOT NULL;

-- The waitlist of a taken slot; the first in line gets a two-hour offer when it frees.
CREATE SEQUENCE waitlist_entry_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE waitlist_entry (
    id             BIGINT      NOT NULL PRIMARY KEY,
    room_id        BIGINT      NOT NULL REFERENCES room (id),
    ngo_id         BIGINT      NOT NULL REFERENCES ngo (id),
    account_id     BIGINT      NOT NULL REFERENCES account (id),
    starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    purpose        VARCHAR(500) NOT NULL,
    attendees      INTEGER     NOT NULL,
    status         VARCHAR(10) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    offered_at     TIMESTAMP WITH TIME ZONE,
    offer_ends_at  TIMESTAMP WITH TIME ZONE,
    booking_id     BIGINT REFERENCES booking (id),
    version        BIGINT DEFAULT 0 NOT NULL,
    CHECK (starts_at < ends_at)
);
CREATE INDEX waitlist_room ON waitlist_entry (room_id, status, starts_at);
CREATE INDEX waitlist_offer ON waitlist_entry (status, offer_ends_at);

-- A person's calendar feed: a secret in the address; only its hash is kept.
ALTER TABLE account ADD COLUMN feed_token_hash VARCHAR(64);
CREATE UNIQUE INDEX account_feed_token ON account (feed_token_hash);
