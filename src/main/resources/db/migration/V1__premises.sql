-- Premises: regions, Houses of Democracy, their rooms (booked by the hour) and offices (leased).
-- Plain SQL that H2 and PostgreSQL both take; ids come from sequences that step by 50,
-- matching EclipseLink's allocation size.

CREATE TABLE region (
    code     VARCHAR(5)   NOT NULL PRIMARY KEY,
    name_kk  VARCHAR(120) NOT NULL,
    name_ru  VARCHAR(120) NOT NULL,
    name_en  VARCHAR(120) NOT NULL,
    kind     VARCHAR(6)   NOT NULL CHECK (kind IN ('REGION', 'CITY'))
);

CREATE TABLE equipment (
    code     VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_kk  VARCHAR(120),
    name_ru  VARCHAR(120),
    name_en  VARCHAR(120)
);

CREATE SEQUENCE house_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE house (
    id           BIGINT       NOT NULL PRIMARY KEY,
    region_code  VARCHAR(5)   NOT NULL REFERENCES region (code),
    name_kk      VARCHAR(200),
    name_ru      VARCHAR(200),
    name_en      VARCHAR(200),
    address_kk   VARCHAR(300),
    address_ru   VARCHAR(300),
    address_en   VARCHAR(300),
    phone        VARCHAR(30),
    email        VARCHAR(254),
    time_zone    VARCHAR(40)  NOT NULL
);
CREATE INDEX house_region ON house (region_code);

CREATE TABLE house_opening_hours (
    house_id     BIGINT      NOT NULL REFERENCES house (id),
    day_of_week  VARCHAR(9)  NOT NULL,
    opens        TIME        NOT NULL,
    closes       TIME        NOT NULL,
    PRIMARY KEY (house_id, day_of_week),
    CHECK (opens < closes)
);

CREATE SEQUENCE room_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE room (
    id               BIGINT         NOT NULL PRIMARY KEY,
    house_id         BIGINT         NOT NULL REFERENCES house (id),
    kind             VARCHAR(20)    NOT NULL,
    name_kk          VARCHAR(200),
    name_ru          VARCHAR(200),
    name_en          VARCHAR(200),
    capacity         INTEGER        NOT NULL CHECK (capacity BETWEEN 1 AND 5000),
    step_free        BOOLEAN        NOT NULL,
    hourly_rate_kzt  NUMERIC(14, 2) NOT NULL CHECK (hourly_rate_kzt >= 0),
    needs_approval   BOOLEAN        NOT NULL
);
CREATE INDEX room_house ON room (house_id);

CREATE TABLE room_equipment (
    room_id         BIGINT      NOT NULL REFERENCES room (id),
    equipment_code  VARCHAR(40) NOT NULL REFERENCES equipment (code),
    PRIMARY KEY (room_id, equipment_code)
);

CREATE SEQUENCE office_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE office (
    id                BIGINT         NOT NULL PRIMARY KEY,
    house_id          BIGINT         NOT NULL REFERENCES house (id),
    name_kk           VARCHAR(200),
    name_ru           VARCHAR(200),
    name_en           VARCHAR(200),
    area_m2           NUMERIC(7, 1)  NOT NULL CHECK (area_m2 > 0),
    floor             INTEGER        NOT NULL,
    monthly_rent_kzt  NUMERIC(14, 2) NOT NULL CHECK (monthly_rent_kzt >= 0),
    available_from    DATE           NOT NULL
);
CREATE INDEX office_house ON office (house_id);
