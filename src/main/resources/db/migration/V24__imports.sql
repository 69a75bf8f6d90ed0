-- Imports of files (#22): the registry's NGOs, a House's rooms, offices and running leases.
-- A job keeps its uploaded file (under the data directory, by key), how to read it, the mapping of
-- fields to columns, and its progress; applied_through is the last row number committed by the
-- apply pass, so that a pass that stopped resumes after it. Every checked row's outcome is kept in
-- import_row (the dry run's report, then the apply's). import_mapping remembers each person's last
-- mapping per kind of file, by header text.
CREATE SEQUENCE import_job_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE import_job (
    id               BIGINT        NOT NULL PRIMARY KEY,
    kind             VARCHAR(10)   NOT NULL,
    status           VARCHAR(12)   NOT NULL,
    house_id         BIGINT        REFERENCES house (id),
    region_code      VARCHAR(5)    REFERENCES region (code),
    file_name        VARCHAR(255)  NOT NULL,
    file_hash        VARCHAR(64)   NOT NULL,
    file_key         VARCHAR(80)   NOT NULL,
    file_type        VARCHAR(4)    NOT NULL,
    charset          VARCHAR(20),
    delimiter        VARCHAR(1),
    headers          VARCHAR(20000) NOT NULL,
    mapping          VARCHAR(4000) NOT NULL,
    total            INTEGER       DEFAULT 0 NOT NULL,
    done             INTEGER       DEFAULT 0 NOT NULL,
    created          INTEGER       DEFAULT 0 NOT NULL,
    updated          INTEGER       DEFAULT 0 NOT NULL,
    unchanged        INTEGER       DEFAULT 0 NOT NULL,
    refused          INTEGER       DEFAULT 0 NOT NULL,
    applied_through  INTEGER       DEFAULT 0 NOT NULL,
    error_key        VARCHAR(100),
    started_by       BIGINT        NOT NULL REFERENCES account (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    version          BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX import_job_started_by ON import_job (started_by, created_at);

CREATE TABLE import_row (
    job_id       BIGINT        NOT NULL REFERENCES import_job (id),
    row_number   INTEGER       NOT NULL,
    outcome      VARCHAR(10)   NOT NULL,
    reason_key   VARCHAR(100),
    reason_args  VARCHAR(2000),
    summary      VARCHAR(500),
    CONSTRAINT import_row_pk PRIMARY KEY (job_id, row_number)
);
CREATE INDEX import_row_outcome ON import_row (job_id, outcome, row_number);

CREATE TABLE import_mapping (
    account_id   BIGINT        NOT NULL REFERENCES account (id),
    kind         VARCHAR(10)   NOT NULL,
    mapping      VARCHAR(4000) NOT NULL,
    CONSTRAINT import_mapping_pk PRIMARY KEY (account_id, kind)
);
