-- A body may hold the token of a link that sets a password, so bodies are now kept encrypted
-- (AES-GCM, key muster.mail.outbox-key) and erased once delivered. Bodies kept in clear before
-- cannot be encrypted here: they are erased, and mail still waiting at the upgrade is not sent.
ALTER TABLE mail_outbox DROP COLUMN text_body;
ALTER TABLE mail_outbox DROP COLUMN html_body;
ALTER TABLE mail_outbox ADD COLUMN sealed_text BYTEA;
ALTER TABLE mail_outbox ADD COLUMN sealed_html BYTEA;

-- Each message belongs to the organization it was sent for; only its System Administrators see
-- it in the demo's outbox.
ALTER TABLE mail_outbox ADD COLUMN organization_id BIGINT REFERENCES organization (id) ON DELETE CASCADE;
CREATE INDEX mail_outbox_organization_idx ON mail_outbox (organization_id, id);
