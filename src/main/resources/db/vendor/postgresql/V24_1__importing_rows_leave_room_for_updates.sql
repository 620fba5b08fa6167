-- PostgreSQL only (H2 has no such setting): every staged row is written twice more, by its verdict at
-- the start and by its outcome. Pages filled to half leave room for the new version of a row beside
-- the old one, so that PostgreSQL updates it in place without touching the indexes (a "HOT" update),
-- several times faster than an update that moves the row. Only rows staged from now on are affected.
ALTER TABLE import_row SET (fillfactor = 50);
