-- Failed sign-ins per account and per network address, to slow down password guessing.
CREATE TABLE sign_in_failure (
    throttle_key    VARCHAR(400) PRIMARY KEY,
    failures        INTEGER NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL
);
