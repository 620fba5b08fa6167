-- Sign-in cards waiting to be printed: one set per import that made a password for each person, or
-- per bulk password reset (which only the administrator who made it may print), each card with that
-- password encrypted (AES-GCM). The passwords are deleted when the set is
-- downloaded or expires (24 hours); the set itself stays a while longer, so that a late download
-- can say what became of them.
CREATE TABLE sign_in_card_set (
    id               UUID         NOT NULL PRIMARY KEY,
    organization_id  BIGINT       NOT NULL REFERENCES organization (id),
    made_by          BIGINT       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    downloaded_at    TIMESTAMP WITH TIME ZONE
);

CREATE TABLE sign_in_card (
    set_id           UUID         NOT NULL REFERENCES sign_in_card_set (id) ON DELETE CASCADE,
    card_number      INT          NOT NULL,
    full_name        VARCHAR(20000) NOT NULL,
    group_name       VARCHAR(400),
    email            VARCHAR(20000) NOT NULL,
    password_cipher  BYTEA        NOT NULL,
    PRIMARY KEY (set_id, card_number)
);
