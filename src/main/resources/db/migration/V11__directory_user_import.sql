-- Which imports created or changed an account, kept by the directory, so that the user page can
-- list them and the user list can show the accounts one import created.
CREATE TABLE user_import (
    user_id      BIGINT       NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    import_id    UUID         NOT NULL,
    import_name  VARCHAR(255) NOT NULL,
    change_kind  VARCHAR(20)  NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, import_id)
);
CREATE INDEX user_import_import_idx ON user_import (import_id, change_kind);
