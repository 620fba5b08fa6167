-- The account rules (AccountRules) count characters as code points: a name of 200 emoji is 200
-- characters. PostgreSQL's VARCHAR(n) counts code points too, but H2's counts UTF-16 units, in which
-- such a name is 400 long; the columns hold twice the rules' maximum, so that no value the rules
-- accept is refused by the embedded database. The rules stay the limit.
ALTER TABLE users ALTER COLUMN full_name SET DATA TYPE VARCHAR(400);
ALTER TABLE users ALTER COLUMN first_name SET DATA TYPE VARCHAR(200);
ALTER TABLE users ALTER COLUMN last_name SET DATA TYPE VARCHAR(200);
ALTER TABLE user_tag ALTER COLUMN tag SET DATA TYPE VARCHAR(200);
ALTER TABLE user_group ALTER COLUMN name SET DATA TYPE VARCHAR(400);
