-- The event calendar: national, regional and House events that can hold rooms and take
-- registrations; settings; the alternatives offered to bookings an event displaced.

CREATE TABLE setting (
    name           VARCHAR(60)  NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(200)
);
-- NGO Day is proposed, not yet fixed by law: its date (MM-DD) is set by the administrator.
INSERT INTO setting (name, setting_value) VALUES ('ngo-day', NULL);

CREATE SEQUENCE event_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE event (
    id                     BIGINT        NOT NULL PRIMARY KEY,
    scope                  VARCHAR(10)   NOT NULL CHECK (scope IN ('NATIONAL', 'REGIONAL', 'HOUSE')),
    region_code            VARCHAR(5)    REFERENCES region (code),
    house_id               BIGINT        REFERENCES house (id),
    title_kk               VARCHAR(300),
    title_ru               VARCHAR(300),
    title_en               VARCHAR(300),
    description_kk         VARCHAR(4000),
    description_ru         VARCHAR(4000),
    description_en         VARCHAR(4000),
    starts_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    all_day                BOOLEAN       DEFAULT FALSE NOT NULL,
    public_event           BOOLEAN       NOT NULL,
    registration           BOOLEAN       DEFAULT FALSE NOT NULL,
    capacity               INTEGER,
    registration_deadline  TIMESTAMP WITH TIME ZONE,
    created_by             BIGINT        REFERENCES account (id),
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at           TIMESTAMP WITH TIME ZONE,
    version                BIGINT        DEFAULT 0 NOT NULL,
    CHECK (starts_at < ends_at),
    CHECK (scope = 'NATIONAL' OR region_code IS NOT NULL)
);
CREATE INDEX event_time ON event (starts_at, ends_at);
CREATE INDEX event_region ON event (region_code);

-- A room an event holds is a blackout that belongs to the event and carries its title.
ALTER TABLE blackout ADD COLUMN event_id BIGINT REFERENCES event (id);
ALTER TABLE blackout ADD COLUMN label_kk VARCHAR(300);
ALTER TABLE blackout ADD COLUMN label_ru VARCHAR(300);
ALTER TABLE blackout ADD COLUMN label_en VARCHAR(300);
CREATE INDEX blackout_event ON blackout (event_id);

CREATE SEQUENCE registration_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE registration (
    id              BIGINT        NOT NULL PRIMARY KEY,
    event_id        BIGINT        NOT NULL REFERENCES event (id),
    person_name     VARCHAR(200)  NOT NULL,
    email           VARCHAR(254)  NOT NULL,
    organisation    VARCHAR(300),
    language        VARCHAR(2)    NOT NULL CHECK (language IN ('KK', 'RU', 'EN')),
    status          VARCHAR(10)   NOT NULL,
    token_hash      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    cancelled_at    TIMESTAMP WITH TIME ZONE,
    version         BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT registration_token_unique UNIQUE (token_hash)
);
CREATE INDEX registration_event ON registration (event_id, status, created_at);

-- Free slots offered to a booking an event displaced; taking one makes an ordinary booking.
CREATE SEQUENCE alternative_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE alternative (
    id                BIGINT   NOT NULL PRIMARY KEY,
    booking_id        BIGINT   NOT NULL REFERENCES booking (id),
    room_id           BIGINT   NOT NULL REFERENCES room (id),
    starts_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    taken_booking_id  BIGINT   REFERENCES booking (id)
);
CREATE INDEX alternative_booking ON alternative (booking_id);

-- The sector's observances for 2026–2027: national, public, all day, nothing held.
INSERT INTO event (id, scope, title_kk, title_ru, title_en, description_kk, description_ru, description_en,
                   starts_at, ends_at, all_day, public_event, created_at) VALUES
 (1, 'NATIONAL', 'Дүниежүзілік ҮЕҰ күні', 'Всемирный день НПО', 'World NGO Day', NULL, NULL, NULL,
  TIMESTAMP WITH TIME ZONE '2026-02-27 00:00:00+05', TIMESTAMP WITH TIME ZONE '2026-02-28 00:00:00+05', TRUE, TRUE, CURRENT_TIMESTAMP),
 (2, 'NATIONAL', 'Халықаралық әйелдер күні', 'Международный женский день', 'International Women''s Day', NULL, NULL, NULL,
  TIMESTAMP WITH TIME ZONE '2026-03-08 00:00:00+05', TIMESTAMP WITH TIME ZONE '2026-03-09 00:00:00+05', TRUE, TRUE, CURRENT_TIMESTAMP),
 (3, 'NATIONAL', 'Қазақстан халқының бірлігі күні', 'День единства народа Казахстана', 'Unity Day of the People of Kazakhstan', NULL, NULL, NULL,
  TIMESTAMP WITH TIME ZONE '2026-05-01 00:00:00+05', TIMESTAMP WITH TIME ZONE '2026-05-02 00:00:00+05', TRUE, TRUE, CURRENT_TIMESTAMP),
 (4, 'NATIONAL', 'Халықаралық отбасы күні', 'Международный день семьи', 'International Day of Families', NULL, NULL, NULL,
  TIMESTAMP WITH TIME ZONE '2026-05-15 00:00:00+05', TIMESTAMP WITH TIME ZONE '2026-05-16 00:00:00+05', TRUE, TRUE, CURRENT_TIMESTAMP),
 (5, 'NATIONAL', 'Дүниежүзілік ҮЕҰ күні', 'Всемирный день НПО', 'World NGO Day', NULL, NULL, NULL,
  TIMESTAMP WITH TIME ZONE '2027-02-27 00:00:00+05', TIMESTAMP WITH TIME ZONE '2027-02-28 00:00:00+05', TRUE, TRUE, CURRENT_TIMESTAMP),
 (6, 'NATIONAL', 'Халықаралық әйелдер күні', 'Международный женский день', 'International Women''s Day', NULL, NULL, NULL,
  TIMESTAMP WITH TIME ZONE '2027-03-08 00:00:00+05', TIMESTAMP WITH TIME ZONE '2027-03-09 00:00:00+05', TRUE, TRUE, CURRENT_TIMESTAMP),
 (7, 'NATIONAL', 'Қазақстан халқының бірлігі күні', 'День единства народа Казахстана', 'Unity Day of the People of Kazakhstan', NULL, NULL, NULL,
  TIMESTAMP WITH TIME ZONE '2027-05-01 00:00:00+05', TIMESTAMP WITH TIME ZONE '2027-05-02 00:00:00+05', TRUE, TRUE, CURRENT_TIMESTAMP),
 (8, 'NATIONAL', 'Халықаралық отбасы күні', 'Международный день семьи', 'International Day of Families', NULL, NULL, NULL,
  TIMESTAMP WITH TIME ZONE '2027-05-15 00:00:00+05', TIMESTAMP WITH TIME ZONE '2027-05-16 00:00:00+05', TRUE, TRUE, CURRENT_TIMESTAMP);
