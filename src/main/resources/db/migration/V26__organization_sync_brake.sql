-- The safety brake of "This file is the whole group": the largest share of a group, in percent, that
-- a sync may suspend or move before a System Administrator has to confirm it.
ALTER TABLE organization ADD COLUMN max_sync_change_percent INT NOT NULL DEFAULT 10;
ALTER TABLE organization ADD CONSTRAINT organization_sync_change_percent_range
    CHECK (max_sync_change_percent BETWEEN 0 AND 100);
