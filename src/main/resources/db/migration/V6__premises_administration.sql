-- Premises administration: Houses can be closed, rooms and offices retired (history stays),
-- rooms carry their booking rules, rooms and offices have photos, and rows have versions for
-- optimistic locking.

ALTER TABLE house ADD COLUMN status VARCHAR(6) DEFAULT 'OPEN' NOT NULL;
ALTER TABLE house ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE house ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

ALTER TABLE room ADD COLUMN status VARCHAR(7) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE room ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE room ADD COLUMN min_minutes INTEGER DEFAULT 30 NOT NULL;
ALTER TABLE room ADD COLUMN max_minutes INTEGER DEFAULT 480 NOT NULL;
ALTER TABLE room ADD COLUMN horizon_days INTEGER DEFAULT 90 NOT NULL;
ALTER TABLE room ADD COLUMN notice_minutes INTEGER DEFAULT 120 NOT NULL;
ALTER TABLE room ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

ALTER TABLE office ADD COLUMN status VARCHAR(7) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE office ADD COLUMN retired_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE office ADD COLUMN version BIGINT DEFAULT 0 NOT NULL;

CREATE SEQUENCE photo_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE photo (
    id            BIGINT       NOT NULL PRIMARY KEY,
    room_id       BIGINT       REFERENCES room (id),
    office_id     BIGINT       REFERENCES office (id),
    position      INTEGER      NOT NULL,
    storage_key   VARCHAR(80)  NOT NULL,
    content_type  VARCHAR(20)  NOT NULL,
    width         INTEGER      NOT NULL,
    height        INTEGER      NOT NULL,
    size_bytes    INTEGER      NOT NULL,
    alt_kk        VARCHAR(300),
    alt_ru        VARCHAR(300),
    alt_en        VARCHAR(300),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((room_id IS NULL) <> (office_id IS NULL))
);
CREATE INDEX photo_room ON photo (room_id);
CREATE INDEX photo_office ON photo (office_id);
