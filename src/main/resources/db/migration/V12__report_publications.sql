-- Published annual reports: frozen JSON snapshots (aggregates only), versioned per year.
CREATE SEQUENCE report_publication_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE report_publication (
    id            BIGINT        NOT NULL PRIMARY KEY,
    report_year   INTEGER       NOT NULL,
    version       INTEGER       NOT NULL,
    reason        VARCHAR(2000),
    published_by  BIGINT        NOT NULL REFERENCES account (id),
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    body          VARCHAR(10000000) NOT NULL,
    CONSTRAINT report_publication_version UNIQUE (report_year, version)
);

