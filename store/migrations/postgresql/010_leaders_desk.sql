-- PostgreSQL version of ../010_leaders_desk.sql. Files made for a reader (exports, charts)
-- that a channel can only carry as a public URL (Zalo), the weekly digest's opt-out, and
-- schedules with a day of the week and the audience 'weekly_digest' (PostgreSQL changes the
-- CHECK in place; SQLite rebuilds the tables).
CREATE TABLE download (
    token_hash TEXT PRIMARY KEY,
    filename   TEXT NOT NULL,
    media_type TEXT NOT NULL,
    data       BYTEA NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX download_expiry ON download (expires_at);

ALTER TABLE person ADD COLUMN digest INTEGER NOT NULL DEFAULT 1 CHECK (digest IN (0, 1));

ALTER TABLE schedule DROP CONSTRAINT schedule_audience_check;
ALTER TABLE schedule ADD CONSTRAINT schedule_audience_check CHECK (audience IN
    ('xa_due', 'district_late', 'province_table', 'department_due', 'weekly_digest'));
ALTER TABLE schedule ADD COLUMN weekday TEXT NOT NULL DEFAULT '*';

INSERT INTO schedule (name, audience, month, day, hour, minute, weekday, updated_at) VALUES
    ('tong_hop_tuan', 'weekly_digest', '*', '*', 7, 30, 'mon', '2023-01-01T00:00:00+00:00');
