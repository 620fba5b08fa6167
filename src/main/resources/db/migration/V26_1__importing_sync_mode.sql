-- "This file is the whole group": an import may suspend or move the accounts of its group that the
-- file leaves out. Each such account is a row of import_row after the file's rows, with the action
-- SUSPEND or MOVE, its account in user_id, and, once done, its status and group from before the
-- change, so that the import can be undone.
ALTER TABLE import_row ADD COLUMN previous_status VARCHAR(20);
ALTER TABLE import_row ADD COLUMN previous_group_id BIGINT;

ALTER TABLE import_job ADD COLUMN suspended INT NOT NULL DEFAULT 0;
ALTER TABLE import_job ADD COLUMN moved INT NOT NULL DEFAULT 0;
-- The group a queued or running sync makes whole; cleared when it ends. Unique, so that two syncs of
-- one group never run at once, even when started at the same moment on two nodes.
ALTER TABLE import_job ADD COLUMN sync_group_id BIGINT;
ALTER TABLE import_job ADD CONSTRAINT import_job_one_sync_per_group UNIQUE (sync_group_id);
