-- An import from its upload to its report. The staged upload is encrypted (it may hold
-- passwords) and deleted when the import ends.
CREATE TABLE import_job (
    id               UUID         NOT NULL PRIMARY KEY,
    organization_id  BIGINT       NOT NULL REFERENCES organization (id),
    created_by       BIGINT       NOT NULL REFERENCES users (id),
    source           VARCHAR(20)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    file_name        VARCHAR(255) NOT NULL,
    encoding         VARCHAR(40)  NOT NULL,
    separator_char   VARCHAR(2)   NOT NULL,
    has_header       BOOLEAN      NOT NULL,
    staged_upload    BYTEA,
    mapping          VARCHAR(2000),
    options          VARCHAR(4000),
    default_password_hash VARCHAR(255),
    total            INT          NOT NULL DEFAULT 0,
    processed        INT          NOT NULL DEFAULT 0,
    created          INT          NOT NULL DEFAULT 0,
    updated          INT          NOT NULL DEFAULT 0,
    skipped          INT          NOT NULL DEFAULT 0,
    failed           INT          NOT NULL DEFAULT 0,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX import_job_organization_idx ON import_job (organization_id, created_at);

-- Fixes typed in before the start, one per row; a fixed password is encrypted.
CREATE TABLE import_row_fix (
    import_id        UUID         NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_number       INT          NOT NULL,
    fixed_values     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (import_id, row_number)
);

-- Each row of a started import and, once processed, its one outcome. The outcome is written in
-- the same transaction as the account change, so a crash neither loses nor doubles a row.
CREATE TABLE import_row (
    import_id        UUID         NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    row_number       INT          NOT NULL,
    full_name        VARCHAR(400) NOT NULL,
    first_name       VARCHAR(200),
    last_name        VARCHAR(200),
    email            VARCHAR(400) NOT NULL,
    tags             VARCHAR(2000) NOT NULL,
    password_cipher  BYTEA,
    action           VARCHAR(30)  NOT NULL,
    reason           VARCHAR(2000),
    outcome          VARCHAR(20),
    user_id          BIGINT,
    PRIMARY KEY (import_id, row_number)
);
CREATE INDEX import_row_pending_idx ON import_row (import_id, outcome, row_number);
