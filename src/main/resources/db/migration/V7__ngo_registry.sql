-- The NGO registry: NGOs with their identity (BIN or staff-verified), activity areas from a
-- list that is data, working languages, funding sources, representatives, annual filings to the
-- national NGO database, invitations, and the eligibility policy's parameters.

CREATE TABLE activity_area (
    code                  VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_kk               VARCHAR(200),
    name_ru               VARCHAR(200),
    name_en               VARCHAR(200),
    socially_significant  BOOLEAN      NOT NULL
);

-- Areas of state social order (Law on State Social Order, grants and awards for NGOs, art. 5),
-- and two that are not socially significant, so the rule has something to refuse.
INSERT INTO activity_area (code, name_kk, name_ru, name_en, socially_significant) VALUES
    ('education',        'Білім беру, ғылым',                                'Образование, наука',                                   'Education and science',                     TRUE),
    ('health',           'Денсаулық сақтау, салауатты өмір салты',           'Охрана здоровья, здоровый образ жизни',                'Health and healthy living',                 TRUE),
    ('social-support',   'Әлеуметтік қолдау (мүгедектер, қарттар, көпбалалы)', 'Социальная поддержка (люди с инвалидностью, пожилые, многодетные)', 'Social support (disability, elderly, large families)', TRUE),
    ('children-youth',   'Балалар мен жастар',                               'Дети и молодёжь',                                      'Children and youth',                        TRUE),
    ('culture',          'Мәдениет және өнер',                               'Культура и искусство',                                 'Culture and the arts',                      TRUE),
    ('sport',            'Дене шынықтыру және спорт',                        'Физическая культура и спорт',                          'Physical culture and sport',                TRUE),
    ('environment',      'Қоршаған ортаны қорғау',                           'Охрана окружающей среды',                              'Environmental protection',                  TRUE),
    ('human-rights',     'Адам құқықтары және құқықтық көмек',               'Права человека и правовая помощь',                     'Human rights and legal aid',                TRUE),
    ('family-gender',    'Отбасы, гендерлік теңдік',                         'Семья, гендерное равенство',                           'Family and gender equality',                TRUE),
    ('interethnic',      'Этносаралық және конфессияаралық келісім',         'Межэтническое и межконфессиональное согласие',         'Interethnic and interfaith harmony',        TRUE),
    ('civic',            'Азаматтық қоғамды дамыту',                         'Развитие гражданского общества',                       'Civil society development',                 TRUE),
    ('professional',     'Кәсіби бірлестіктер',                              'Профессиональные объединения',                         'Professional associations',                 FALSE),
    ('hobby',            'Әуесқойлар клубтары',                              'Клубы по интересам',                                   'Hobby clubs',                               FALSE);

CREATE SEQUENCE ngo_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ngo (
    id               BIGINT        NOT NULL PRIMARY KEY,
    name_kk          VARCHAR(300),
    name_ru          VARCHAR(300),
    name_en          VARCHAR(300),
    bin              VARCHAR(12),
    legal_form       VARCHAR(25)   NOT NULL,
    region_code      VARCHAR(5)    NOT NULL REFERENCES region (code),
    address          VARCHAR(300)  NOT NULL,
    registered_on    DATE          NOT NULL,
    youth_led        BOOLEAN       NOT NULL,
    contact_email    VARCHAR(254)  NOT NULL,
    contact_phone    VARCHAR(30),
    identity         VARCHAR(10)   NOT NULL,
    identity_note    VARCHAR(500),
    operating        VARCHAR(10)   NOT NULL,
    operating_note   VARCHAR(500),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT ngo_bin_unique UNIQUE (bin)
);
CREATE INDEX ngo_region ON ngo (region_code);
CREATE INDEX ngo_identity ON ngo (identity);

CREATE TABLE ngo_area (
    ngo_id     BIGINT      NOT NULL REFERENCES ngo (id),
    area_code  VARCHAR(40) NOT NULL REFERENCES activity_area (code),
    PRIMARY KEY (ngo_id, area_code)
);
CREATE TABLE ngo_language (
    ngo_id    BIGINT     NOT NULL REFERENCES ngo (id),
    language  VARCHAR(5) NOT NULL,
    PRIMARY KEY (ngo_id, language)
);
CREATE TABLE ngo_funding (
    ngo_id  BIGINT      NOT NULL REFERENCES ngo (id),
    source  VARCHAR(25) NOT NULL,
    PRIMARY KEY (ngo_id, source)
);

CREATE SEQUENCE ngo_representative_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ngo_representative (
    id          BIGINT NOT NULL PRIMARY KEY,
    ngo_id      BIGINT NOT NULL REFERENCES ngo (id),
    account_id  BIGINT NOT NULL REFERENCES account (id),
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ngo_representative_unique UNIQUE (ngo_id, account_id)
);
CREATE INDEX ngo_representative_account ON ngo_representative (account_id);

CREATE SEQUENCE annual_filing_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE annual_filing (
    id             BIGINT       NOT NULL PRIMARY KEY,
    ngo_id         BIGINT       NOT NULL REFERENCES ngo (id),
    filing_year    INTEGER      NOT NULL,
    filed_on       DATE         NOT NULL,
    reference      VARCHAR(60)  NOT NULL,
    receipt_key    VARCHAR(80),
    status         VARCHAR(10)  NOT NULL,
    decision_note  VARCHAR(500),
    decided_at     TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT annual_filing_unique UNIQUE (ngo_id, filing_year)
);

CREATE SEQUENCE ngo_invitation_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ngo_invitation (
    id           BIGINT       NOT NULL PRIMARY KEY,
    ngo_id       BIGINT       NOT NULL REFERENCES ngo (id),
    email        VARCHAR(254) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT ngo_invitation_token_unique UNIQUE (token_hash)
);

CREATE TABLE eligibility_policy (
    id                     INTEGER     NOT NULL PRIMARY KEY,
    min_months_registered  INTEGER     NOT NULL,
    filing_grace_until     VARCHAR(5)  NOT NULL,
    version                BIGINT      DEFAULT 0 NOT NULL
);
INSERT INTO eligibility_policy (id, min_months_registered, filing_grace_until) VALUES (1, 6, '03-31');
