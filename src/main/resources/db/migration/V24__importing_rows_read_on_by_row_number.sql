-- The job reads an import's rows on from the last row of its chunk before, along the primary key, and
-- picks those without an outcome itself. The index on the outcome served the old "rows without an
-- outcome" query, which scanned every row settled since the start; it also made every outcome written
-- a new entry in it, and kept PostgreSQL from updating a row in place (see db/vendor/postgresql).
DROP INDEX import_row_pending_idx;
