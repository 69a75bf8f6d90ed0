-- People who sign in, their roles with scopes, e-mailed one-time tokens, personal API tokens,
-- and the append-only audit trail.

CREATE SEQUENCE account_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE account (
    id               BIGINT       NOT NULL PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    language         VARCHAR(2)   NOT NULL CHECK (language IN ('KK', 'RU', 'EN')),
    status           VARCHAR(10)  NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'DISABLED')),
    failed_sign_ins  INTEGER      NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE,
    session_epoch    INTEGER      NOT NULL DEFAULT 0,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    confirmed_at     TIMESTAMP WITH TIME ZONE,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE SEQUENCE role_grant_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE role_grant (
    id           BIGINT      NOT NULL PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    role         VARCHAR(20) NOT NULL CHECK (role IN ('NGO_REPRESENTATIVE', 'HOUSE_MANAGER', 'AKIMAT_APPROVER', 'NATIONAL_ADMIN')),
    house_id     BIGINT      REFERENCES house (id),
    region_code  VARCHAR(5)  REFERENCES region (code),
    granted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((role = 'HOUSE_MANAGER') = (house_id IS NOT NULL)),
    CHECK ((role = 'AKIMAT_APPROVER') = (region_code IS NOT NULL))
);
CREATE INDEX role_grant_account ON role_grant (account_id);

CREATE SEQUENCE one_time_token_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE one_time_token (
    id          BIGINT      NOT NULL PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT one_time_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX one_time_token_account ON one_time_token (account_id);

CREATE SEQUENCE api_token_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE api_token (
    id            BIGINT      NOT NULL PRIMARY KEY,
    account_id    BIGINT      NOT NULL REFERENCES account (id),
    name          VARCHAR(80) NOT NULL,
    token_hash    VARCHAR(64) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_token_account ON api_token (account_id);

CREATE SEQUENCE audit_entry_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id              BIGINT       NOT NULL PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id        BIGINT,
    actor_email     VARCHAR(254),
    action          VARCHAR(60)  NOT NULL,
    object_type     VARCHAR(40),
    object_id       VARCHAR(60),
    region_code     VARCHAR(5),
    detail          VARCHAR(2000),
    source_address  VARCHAR(45)
);
CREATE INDEX audit_entry_at ON audit_entry (occurred_at);
CREATE INDEX audit_entry_actor ON audit_entry (actor_email);
CREATE INDEX audit_entry_action ON audit_entry (action);
CREATE INDEX audit_entry_region ON audit_entry (region_code);
