-- When each person last signed in (a password, Sign in with Google, HTTP Basic), so that undoing an
-- import leaves alone an account its owner has started to use. Not a change of the account: the
-- version stays.
ALTER TABLE users ADD COLUMN last_signed_in_at TIMESTAMP WITH TIME ZONE;

-- What an import left on each account it created or changed, so that it can be undone: the version
-- the account was at after the row (a higher one means someone changed it since), and, for an
-- account it updated, the password hash it replaced (encrypted, as staged passwords are), whether that
-- person then had to choose a password, and the tags it replaced (one per line). The row's undo
-- outcome and why an account was kept. All of it goes with the import at the retention.
ALTER TABLE import_row ADD COLUMN user_version INT;
ALTER TABLE import_row ADD COLUMN previous_password BYTEA;
ALTER TABLE import_row ADD COLUMN previous_must_choose BOOLEAN;
ALTER TABLE import_row ADD COLUMN previous_tags VARCHAR(20000);
ALTER TABLE import_row ADD COLUMN undo_outcome VARCHAR(20);
ALTER TABLE import_row ADD COLUMN undo_reason VARCHAR(2000);

-- An import being undone or undone: at most one per import, acting for the person who asked.
CREATE TABLE import_undo (
    import_id    UUID        NOT NULL PRIMARY KEY REFERENCES import_job (id) ON DELETE CASCADE,
    started_by   BIGINT      NOT NULL,
    status       VARCHAR(20) NOT NULL,
    total        INT         NOT NULL,
    processed    INT         NOT NULL DEFAULT 0,
    deleted      INT         NOT NULL DEFAULT 0,
    restored     INT         NOT NULL DEFAULT 0,
    kept         INT         NOT NULL DEFAULT 0,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at  TIMESTAMP WITH TIME ZONE
);
