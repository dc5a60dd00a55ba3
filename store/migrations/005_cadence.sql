-- The reporting cadence: periodic reports (xã monthly, departments quarterly), reminder
-- schedules and their runs. Reports are append-only: a correction is a new version.

ALTER TABLE person ADD COLUMN org TEXT NOT NULL DEFAULT '';   -- a department's name
ALTER TABLE invite ADD COLUMN org TEXT NOT NULL DEFAULT '';

CREATE TABLE period_report (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('monthly', 'quarterly')),
    period     TEXT NOT NULL,                 -- '2023-11' or '2023-Q4'
    reporter   TEXT NOT NULL,                 -- the xã's code, or 'org:' + department name
    version    INTEGER NOT NULL,              -- 1, then one more per correction
    flow_key   TEXT NOT NULL UNIQUE,
    person_id  INTEGER NOT NULL REFERENCES person (id),
    progress   TEXT NOT NULL DEFAULT '{}',    -- JSON: criterion -> done | ongoing | not_started
    note       TEXT NOT NULL DEFAULT '',
    channel    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (kind, period, reporter, version)
);
CREATE INDEX period_report_period ON period_report (kind, period, reporter);

CREATE TABLE period_attachment (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES period_report (id),
    kind      TEXT NOT NULL CHECK (kind IN ('photo', 'document')),
    channel   TEXT NOT NULL,
    ref       TEXT NOT NULL,
    name      TEXT NOT NULL DEFAULT ''
);

-- Reminder schedules, in local time (NTM_TZ); day is a cron day field ('20', 'last', '1').
CREATE TABLE schedule (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    audience   TEXT NOT NULL CHECK (audience IN
               ('xa_due', 'district_late', 'province_table', 'department_due')),
    month      TEXT NOT NULL DEFAULT '*',
    day        TEXT NOT NULL,
    hour       INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    minute     INTEGER NOT NULL DEFAULT 0 CHECK (minute BETWEEN 0 AND 59),
    units      TEXT NOT NULL DEFAULT '',      -- comma-separated unit codes; '' is everyone
    message    TEXT NOT NULL DEFAULT '',      -- an extra line put before the reminder
    paused     INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    updated_at TEXT NOT NULL
);

-- One row per schedule and fire time: a run happens once, however often it is triggered.
CREATE TABLE reminder_run (
    id          INTEGER PRIMARY KEY,
    schedule_id INTEGER NOT NULL REFERENCES schedule (id),
    fire_time   TEXT NOT NULL,               -- the scheduled local time, ISO 8601
    period      TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    recipients  INTEGER NOT NULL DEFAULT 0,
    manual      INTEGER NOT NULL DEFAULT 0,
    UNIQUE (schedule_id, fire_time)
);

INSERT INTO schedule (name, audience, month, day, hour, minute, updated_at) VALUES
    ('xa_ngay_20', 'xa_due', '*', '20', 8, 0, '2023-01-01T00:00:00+00:00'),
    ('xa_han_chot', 'xa_due', '*', 'last', 8, 0, '2023-01-01T00:00:00+00:00'),
    ('huyen_tre_han', 'district_late', '*', '1', 8, 0, '2023-01-01T00:00:00+00:00'),
    ('tinh_tong_hop', 'province_table', '*', '1', 8, 30, '2023-01-01T00:00:00+00:00'),
    ('so_nganh_quy', 'department_due', '3,6,9,12', '20', 8, 0, '2023-01-01T00:00:00+00:00');

CREATE TRIGGER period_report_append_only_u BEFORE UPDATE ON period_report
BEGIN SELECT RAISE(ABORT, 'period_report is append-only'); END;
CREATE TRIGGER period_report_append_only_d BEFORE DELETE ON period_report
BEGIN SELECT RAISE(ABORT, 'period_report is append-only'); END;
