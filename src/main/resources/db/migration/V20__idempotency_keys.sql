-- The first answer to a creating POST that carried an Idempotency-Key, kept 24 hours so that a
-- retry gets it again instead of creating twice. The row is inserted in the same transaction as
-- what the request created: both commit, or neither. The primary key (who, key) serialises two
-- requests with the same key, on every node that shares the database.
CREATE TABLE idempotency_record (
    caller_ref    VARCHAR(100)     NOT NULL,
    idem_key      VARCHAR(255)     NOT NULL,
    http_method   VARCHAR(10)      NOT NULL,
    request_path  VARCHAR(2000)    NOT NULL,
    body_sha256   VARCHAR(64)      NOT NULL,
    created_ms    BIGINT           NOT NULL,
    status        INTEGER,
    location      VARCHAR(2000),
    content_type  VARCHAR(200),
    body          VARCHAR(10000000),
    CONSTRAINT idempotency_record_pk PRIMARY KEY (caller_ref, idem_key)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_ms);
