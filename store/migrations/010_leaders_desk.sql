-- Files made for a reader (exports, charts) that a channel can only carry as a public URL
-- (Zalo): served once per request by the bot's download route while the token is valid.
-- Only the SHA-256 of the token is stored.
CREATE TABLE download (
    token_hash TEXT PRIMARY KEY,
    filename   TEXT NOT NULL,
    media_type TEXT NOT NULL,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX download_expiry ON download (expires_at);

-- The weekly digest: a person may turn it off (/nhacnho tat tonghop) apart from reminders.
ALTER TABLE person ADD COLUMN digest INTEGER NOT NULL DEFAULT 1 CHECK (digest IN (0, 1));

-- Schedules gain a day of the week (cron day_of_week: '*', 'mon', ...) and the audience
-- 'weekly_digest'. SQLite cannot change a CHECK in place: both tables are rebuilt (the runs
-- first, so nothing references the old schedule table when it is dropped).
CREATE TABLE schedule_new (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    audience   TEXT NOT NULL CHECK (audience IN
               ('xa_due', 'district_late', 'province_table', 'department_due', 'weekly_digest')),
    month      TEXT NOT NULL DEFAULT '*',
    day        TEXT NOT NULL,
    hour       INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    minute     INTEGER NOT NULL DEFAULT 0 CHECK (minute BETWEEN 0 AND 59),
    units      TEXT NOT NULL DEFAULT '',
    message    TEXT NOT NULL DEFAULT '',
    paused     INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    updated_at TEXT NOT NULL,
    weekday    TEXT NOT NULL DEFAULT '*'      -- cron day_of_week: '*' or 'mon', 'mon-fri', ...
);
INSERT INTO schedule_new (id, name, audience, month, day, hour, minute, units, message, paused,
                          updated_at)
    SELECT id, name, audience, month, day, hour, minute, units, message, paused, updated_at
    FROM schedule;
CREATE TABLE reminder_run_new (
    id          INTEGER PRIMARY KEY,
    schedule_id INTEGER NOT NULL REFERENCES schedule_new (id),
    fire_time   TEXT NOT NULL,
    period      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    recipients  INTEGER NOT NULL DEFAULT 0,
    manual      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (schedule_id, fire_time)
);
INSERT INTO reminder_run_new SELECT id, schedule_id, fire_time, period, started_at, recipients,
    manual FROM reminder_run;
DROP TABLE reminder_run;
DROP TABLE schedule;
ALTER TABLE schedule_new RENAME TO schedule;
ALTER TABLE reminder_run_new RENAME TO reminder_run;

INSERT INTO schedule (name, audience, month, day, hour, minute, weekday, updated_at) VALUES
    ('tong_hop_tuan', 'weekly_digest', '*', '*', 7, 30, 'mon', '2023-01-01T00:00:00+00:00');
