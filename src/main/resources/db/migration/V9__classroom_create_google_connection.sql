-- An administrator's connection to their Google Classroom: which Google account granted which
-- scopes, and its tokens, encrypted (AES-GCM, key muster.google.token-key). One per user, so that
-- any node can use it.
CREATE TABLE google_connection (
    user_id              BIGINT        NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    google_email         VARCHAR(400)  NOT NULL,
    scopes               VARCHAR(2000) NOT NULL,
    access_token         BYTEA         NOT NULL,
    access_expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    refresh_token        BYTEA,
    connected_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
