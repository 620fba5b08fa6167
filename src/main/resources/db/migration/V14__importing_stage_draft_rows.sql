-- A draft's rows are staged in import_row once, when its mapping is saved (or at once by a source
-- other than a file), instead of being read again from the upload at every step. A staged row has no
-- action until the import starts; a Fix updates it in place, so import_row_fix goes.
--
-- Staged values are the source's as written, cut at 10,000 characters, so the value columns grow; a
-- reason is kept as its message codes and arguments (JSON), which may quote such a value.
ALTER TABLE import_row ALTER COLUMN full_name SET DATA TYPE VARCHAR(20000);
ALTER TABLE import_row ALTER COLUMN first_name SET DATA TYPE VARCHAR(20000);
ALTER TABLE import_row ALTER COLUMN last_name SET DATA TYPE VARCHAR(20000);
ALTER TABLE import_row ALTER COLUMN email SET DATA TYPE VARCHAR(20000);
ALTER TABLE import_row ALTER COLUMN tags SET DATA TYPE VARCHAR(20000);
ALTER TABLE import_row ALTER COLUMN reason SET DATA TYPE VARCHAR(60000);
ALTER TABLE import_row ALTER COLUMN action DROP NOT NULL;

-- The line of the file the row starts on; the cleaned, lower-cased email (or its SHA-256 when it is
-- too long to index) to find a repeated email without reading every row; what is wrong with the row
-- as the file has it (a value too many or too few), and what the source itself refused (a Classroom
-- student only invited), each as a message code and arguments.
ALTER TABLE import_row ADD COLUMN line BIGINT;
ALTER TABLE import_row ADD COLUMN email_key VARCHAR(400);
ALTER TABLE import_row ADD COLUMN file_problem VARCHAR(2000);
ALTER TABLE import_row ADD COLUMN source_refusal VARCHAR(20000);
CREATE INDEX import_row_email_key_idx ON import_row (import_id, email_key, row_number);

-- Drafts left waiting have no staged rows: a file's goes back to its mapping, which stages them; a
-- Classroom draft was kept as made-up CSV and is cancelled (the administrator chooses the classes again).
UPDATE import_job SET mapping = NULL WHERE status = 'DRAFT' AND source = 'CSV';
UPDATE import_job SET status = 'CANCELLED', finished_at = CURRENT_TIMESTAMP, staged_upload = NULL,
       default_password_hash = NULL
WHERE status = 'DRAFT' AND source <> 'CSV';

DROP TABLE import_row_fix;
