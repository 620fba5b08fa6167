-- An import that re-reads the source of an earlier one (a Classroom re-sync) names it, and counts the
-- people it left out because they have an account already (most of them imported by the earlier one).
ALTER TABLE import_job ADD COLUMN previous_import UUID REFERENCES import_job (id) ON DELETE SET NULL;
ALTER TABLE import_job ADD COLUMN left_out INT DEFAULT 0 NOT NULL;

-- How a re-synced row stands against the import before: new, joined since (the source refused it then),
-- or still refused; empty for a first import.
ALTER TABLE import_row ADD COLUMN since_previous VARCHAR(20);

-- Which classes of Google Classroom an import read, so that they can be read again the same way.
CREATE TABLE classroom_import (
    import_id      UUID          NOT NULL PRIMARY KEY REFERENCES import_job (id) ON DELETE CASCADE,
    course_ids     VARCHAR(4000) NOT NULL,
    tag_per_class  BOOLEAN       NOT NULL
);

-- A daily re-sync of an administrator's set of classes. The time is kept as the administrator chose
-- it, a local time and its zone (so that it stays at 07:30 across summer time); the job engine keeps the
-- next run in UTC. The default password for new students is kept only as its hash. Stopped because
-- Google no longer honours the grant, it stays, saying so, until the administrator removes it.
CREATE TABLE classroom_schedule (
    id                     UUID          NOT NULL PRIMARY KEY,
    user_id                BIGINT        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organization_id        BIGINT        NOT NULL REFERENCES organization (id),
    course_ids             VARCHAR(4000) NOT NULL,
    tag_per_class          BOOLEAN       NOT NULL,
    title                  VARCHAR(255)  NOT NULL,
    follows_import         UUID          REFERENCES import_job (id) ON DELETE SET NULL,
    default_password_hash  VARCHAR(255)  NOT NULL,
    local_time             VARCHAR(5)    NOT NULL,
    zone                   VARCHAR(60)   NOT NULL,
    locale                 VARCHAR(35)   NOT NULL,
    active                 BOOLEAN       NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    last_run_at            TIMESTAMP WITH TIME ZONE,
    last_outcome           VARCHAR(20),
    last_count             INT,
    last_import            UUID          REFERENCES import_job (id) ON DELETE SET NULL,
    CONSTRAINT classroom_schedule_classes UNIQUE (user_id, course_ids)
);
