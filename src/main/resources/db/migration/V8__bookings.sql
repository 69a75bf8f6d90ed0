-- Room bookings, public holidays (dated records, maintained by the national administrator),
-- blackouts (set by House managers), and each House's subsidy share.

ALTER TABLE house ADD COLUMN subsidy_share NUMERIC(5, 4) DEFAULT 1.0000 NOT NULL;

CREATE SEQUENCE holiday_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE holiday (
    id            BIGINT       NOT NULL PRIMARY KEY,
    holiday_date  DATE         NOT NULL,
    name_kk       VARCHAR(200),
    name_ru       VARCHAR(200),
    name_en       VARCHAR(200),
    transferable  BOOLEAN      NOT NULL,
    CONSTRAINT holiday_date_unique UNIQUE (holiday_date)
);

-- Public holidays 2025–2027 (Labour Code art. 84 and the Law on Holidays as amended in 2022;
-- from 2027 Constitution Day moves from 30 August to 15 March). A transferable holiday that falls
-- on a weekend gives the next working day off; religious holidays (7 January, Kurban Ait) do not.
INSERT INTO holiday (id, holiday_date, name_kk, name_ru, name_en, transferable) VALUES
    (1, '2025-01-01', 'Жаңа жыл', 'Новый год', 'New Year', TRUE),
    (2, '2025-01-02', 'Жаңа жыл', 'Новый год', 'New Year', TRUE),
    (3, '2025-01-07', 'Православиелік Рождество', 'Православное Рождество', 'Orthodox Christmas', FALSE),
    (4, '2025-03-08', 'Халықаралық әйелдер күні', 'Международный женский день', 'International Women’s Day', TRUE),
    (5, '2025-03-21', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz', TRUE),
    (6, '2025-03-22', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz', TRUE),
    (7, '2025-03-23', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz', TRUE),
    (8, '2025-05-01', 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана', 'Unity Day', TRUE),
    (9, '2025-05-07', 'Отан қорғаушы күні', 'День защитника Отечества', 'Defender of the Fatherland Day', TRUE),
    (10, '2025-05-09', 'Жеңіс күні', 'День Победы', 'Victory Day', TRUE),
    (11, '2025-06-06', 'Құрбан айт', 'Курбан айт', 'Kurban Ait', FALSE),
    (12, '2025-07-06', 'Астана күні', 'День столицы', 'Capital City Day', TRUE),
    (13, '2025-08-30', 'Конституция күні', 'День Конституции', 'Constitution Day', TRUE),
    (14, '2025-10-25', 'Республика күні', 'День Республики', 'Republic Day', TRUE),
    (15, '2025-12-16', 'Тәуелсіздік күні', 'День Независимости', 'Independence Day', TRUE),
    (16, '2026-01-01', 'Жаңа жыл', 'Новый год', 'New Year', TRUE),
    (17, '2026-01-02', 'Жаңа жыл', 'Новый год', 'New Year', TRUE),
    (18, '2026-01-07', 'Православиелік Рождество', 'Православное Рождество', 'Orthodox Christmas', FALSE),
    (19, '2026-03-08', 'Халықаралық әйелдер күні', 'Международный женский день', 'International Women’s Day', TRUE),
    (20, '2026-03-21', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz', TRUE),
    (21, '2026-03-22', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz', TRUE),
    (22, '2026-03-23', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz', TRUE),
    (23, '2026-05-01', 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана', 'Unity Day', TRUE),
    (24, '2026-05-07', 'Отан қорғаушы күні', 'День защитника Отечества', 'Defender of the Fatherland Day', TRUE),
    (25, '2026-05-09', 'Жеңіс күні', 'День Победы', 'Victory Day', TRUE),
    (26, '2026-05-27', 'Құрбан айт', 'Курбан айт', 'Kurban Ait', FALSE),
    (27, '2026-07-06', 'Астана күні', 'День столицы', 'Capital City Day', TRUE),
    (28, '2026-08-30', 'Конституция күні', 'День Конституции', 'Constitution Day', TRUE),
    (29, '2026-10-25', 'Республика күні', 'День Республики', 'Republic Day', TRUE),
    (30, '2026-12-16', 'Тәуелсіздік күні', 'День Независимости', 'Independence Day', TRUE),
    (31, '2027-01-01', 'Жаңа жыл', 'Новый год', 'New Year', TRUE),
    (32, '2027-01-02', 'Жаңа жыл', 'Новый год', 'New Year', TRUE),
    (33, '2027-01-07', 'Православиелік Рождество', 'Православное Рождество', 'Orthodox Christmas', FALSE),
    (34, '2027-03-08', 'Халықаралық әйелдер күні', 'Международный женский день', 'International Women’s Day', TRUE),
    (35, '2027-03-15', 'Конституция күні', 'День Конституции', 'Constitution Day', TRUE),
    (36, '2027-03-21', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz', TRUE),
    (37, '2027-03-22', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz', TRUE),
    (38, '2027-03-23', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz', TRUE),
    (39, '2027-05-01', 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана', 'Unity Day', TRUE),
    (40, '2027-05-07', 'Отан қорғаушы күні', 'День защитника Отечества', 'Defender of the Fatherland Day', TRUE),
    (41, '2027-05-09', 'Жеңіс күні', 'День Победы', 'Victory Day', TRUE),
    (42, '2027-05-16', 'Құрбан айт', 'Курбан айт', 'Kurban Ait', FALSE),
    (43, '2027-07-06', 'Астана күні', 'День столицы', 'Capital City Day', TRUE),
    (44, '2027-10-25', 'Республика күні', 'День Республики', 'Republic Day', TRUE),
    (45, '2027-12-16', 'Тәуелсіздік күні', 'День Независимости', 'Independence Day', TRUE);

CREATE SEQUENCE blackout_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE blackout (
    id         BIGINT        NOT NULL PRIMARY KEY,
    house_id   BIGINT        NOT NULL REFERENCES house (id),
    room_id    BIGINT        REFERENCES room (id),
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reason     VARCHAR(500)  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (starts_at < ends_at)
);
CREATE INDEX blackout_house ON blackout (house_id, starts_at);

CREATE SEQUENCE booking_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE booking (
    id               BIGINT         NOT NULL PRIMARY KEY,
    room_id          BIGINT         NOT NULL REFERENCES room (id),
    ngo_id           BIGINT         NOT NULL REFERENCES ngo (id),
    requested_by     BIGINT         NOT NULL REFERENCES account (id),
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    purpose          VARCHAR(500)   NOT NULL,
    attendees        INTEGER        NOT NULL,
    status           VARCHAR(10)    NOT NULL,
    market_value     NUMERIC(14, 2) NOT NULL,
    subsidy_share    NUMERIC(5, 4)  NOT NULL,
    subsidy          NUMERIC(14, 2) NOT NULL,
    charged          NUMERIC(14, 2) NOT NULL,
    decided_by       BIGINT         REFERENCES account (id),
    decided_at       TIMESTAMP WITH TIME ZONE,
    decision_reason  VARCHAR(500),
    cancelled_by     BIGINT         REFERENCES account (id),
    cancelled_at     TIMESTAMP WITH TIME ZONE,
    cancel_reason    VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT         DEFAULT 0 NOT NULL,
    CHECK (starts_at < ends_at),
    CHECK (charged + subsidy = market_value)
);
CREATE INDEX booking_room_time ON booking (room_id, starts_at, ends_at);
CREATE INDEX booking_ngo ON booking (ngo_id, starts_at);
CREATE INDEX booking_status ON booking (status);
