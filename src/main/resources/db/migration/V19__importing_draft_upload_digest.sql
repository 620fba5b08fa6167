-- The SHA-256 of an uploaded file, so that uploading the same file again offers to continue the
-- draft already made of it instead of piling up another.
ALTER TABLE import_job ADD COLUMN upload_digest VARCHAR(64);
CREATE INDEX import_job_draft_digest_idx ON import_job (created_by, upload_digest);
