-- Accounts made by an import started at version 0, which the repository takes for an account not
-- yet saved: their next change through it (a password the person chose, a change on the user page)
-- tried to insert them again. Accounts saved by the repository start at 1.
UPDATE users SET version = 1 WHERE version = 0;
