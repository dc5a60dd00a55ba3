-- A plan for a period (e.g. the year 2026): the criteria (or indicators) each xã aims to meet,
-- imported like status; the 2023 plan keeps its own tables.
CREATE TABLE plan_period_target (
    id          INTEGER PRIMARY KEY,
    unit_code   TEXT NOT NULL REFERENCES unit (code),
    set_code    TEXT NOT NULL REFERENCES criteria_set (code),
    period      TEXT NOT NULL,
    criterion   INTEGER NOT NULL,
    indicator   TEXT,
    source      TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE UNIQUE INDEX plan_period_target_one
    ON plan_period_target (unit_code, set_code, period, criterion, coalesce(indicator, ''));
