-- Links that let a user choose a new password after an administrator reset it. Only the
-- SHA-256 hash of the mailed token is kept, so the table never holds anything that signs in.
CREATE TABLE set_password_token (
    token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
    user_id    BIGINT      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX set_password_token_user_idx ON set_password_token (user_id);

-- The user list filters by tag and sorts by name within an organization.
CREATE INDEX user_tag_tag_idx ON user_tag (tag);
