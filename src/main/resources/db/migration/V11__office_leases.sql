-- Office leases: application windows per region, applications that become leases, the subsidy
-- share per region, a monthly schedule per lease, and the room an office is offered as by the
-- hour while it is not leased.

-- The subsidy share of office rent, per region; 50 % until the administrator sets it.
CREATE TABLE lease_subsidy (
    region_code  VARCHAR(5)  NOT NULL PRIMARY KEY REFERENCES region (code),
    percent      INTEGER     NOT NULL CHECK (percent BETWEEN 0 AND 100)
);
INSERT INTO lease_subsidy (region_code, percent) SELECT code, 50 FROM region;

CREATE SEQUENCE lease_window_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE lease_window (
    id           BIGINT      NOT NULL PRIMARY KEY,
    region_code  VARCHAR(5)  NOT NULL REFERENCES region (code),
    opens_on     DATE        NOT NULL,
    closes_on    DATE        NOT NULL,
    lease_start  DATE        NOT NULL,
    created_by   BIGINT      REFERENCES account (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (opens_on <= closes_on),
    CHECK (closes_on < lease_start)
);
CREATE INDEX lease_window_region ON lease_window (region_code, lease_start);

CREATE SEQUENCE lease_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE lease (
    id                    BIGINT         NOT NULL PRIMARY KEY,
    window_id             BIGINT         NOT NULL REFERENCES lease_window (id),
    ngo_id                BIGINT         NOT NULL REFERENCES ngo (id),
    house_id              BIGINT         NOT NULL REFERENCES house (id),
    office_id             BIGINT         REFERENCES office (id),
    years                 INTEGER        NOT NULL CHECK (years BETWEEN 1 AND 3),
    starts_on             DATE           NOT NULL,
    ends_on               DATE           NOT NULL,
    purpose               VARCHAR(4000)  NOT NULL,
    staff_count           INTEGER        NOT NULL CHECK (staff_count BETWEEN 1 AND 500),
    status                VARCHAR(12)    NOT NULL,
    renewal_of            BIGINT         REFERENCES lease (id),
    monthly_rent_kzt      DECIMAL(14, 2),
    subsidy_percent       INTEGER,
    monthly_payment_kzt   DECIMAL(14, 2),
    recommendation        VARCHAR(2000),
    recommended_by        BIGINT         REFERENCES account (id),
    recommended_at        TIMESTAMP WITH TIME ZONE,
    council_number        VARCHAR(60),
    council_date          DATE,
    decided_by            BIGINT         REFERENCES account (id),
    decided_at            TIMESTAMP WITH TIME ZONE,
    decision_reason       VARCHAR(2000),
    closed_by_lease       BIGINT         REFERENCES lease (id),
    terminated_on         DATE,
    termination_reason    VARCHAR(2000),
    created_by            BIGINT         NOT NULL REFERENCES account (id),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE,
    version               BIGINT         DEFAULT 0 NOT NULL,
    CHECK (starts_on < ends_on),
    CHECK (EXTRACT(MONTH FROM starts_on) = 1 AND EXTRACT(DAY FROM starts_on) = 1),
    CHECK (status NOT IN ('APPROVED', 'ACTIVE', 'ENDED', 'TERMINATED') OR office_id IS NOT NULL)
);
CREATE INDEX lease_ngo ON lease (ngo_id, status);
CREATE INDEX lease_office ON lease (office_id, status);
CREATE INDEX lease_house ON lease (house_id, status);

-- The monthly schedule of an approved lease: market rent, the NGO's payment and the subsidy.
CREATE TABLE lease_payment (
    lease_id      BIGINT         NOT NULL REFERENCES lease (id),
    due_month     DATE           NOT NULL,
    market_kzt    DECIMAL(14, 2) NOT NULL,
    payment_kzt   DECIMAL(14, 2) NOT NULL,
    subsidy_kzt   DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (lease_id, due_month),
    CHECK (payment_kzt + subsidy_kzt = market_kzt)
);

-- While not leased, an office may be offered by the hour as one of the House's rooms.
ALTER TABLE office ADD COLUMN hourly_room_id BIGINT REFERENCES room (id);

-- A room held by a lease is a blackout that belongs to the lease.
ALTER TABLE blackout ADD COLUMN lease_id BIGINT REFERENCES lease (id);
CREATE INDEX blackout_lease ON blackout (lease_id);
