-- The language of the administrator who started an import: its mails, written by a background job
-- long after the request, are worded in it.
ALTER TABLE import_job ADD COLUMN locale VARCHAR(35);
