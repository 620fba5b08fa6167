-- Whether the person must choose a password of their own at their next sign-in, because someone
-- else chose the one they have now (an import's password for everyone, an administrator).
ALTER TABLE users ADD COLUMN must_choose_password BOOLEAN DEFAULT FALSE NOT NULL;
