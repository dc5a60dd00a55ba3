-- Criteria sets in time: when each set applies and at which level; the 2026-2030 set's
-- indicators (numbers such as '2.1' mean something only with their set) and their targets per
-- xã group; each xã's group, set by import.
CREATE TABLE criteria_set_span (
    set_code   TEXT PRIMARY KEY REFERENCES criteria_set (code),
    valid_from TEXT NOT NULL,
    valid_to   TEXT,                 -- NULL: still in force
    level      TEXT NOT NULL CHECK (level IN ('xa', 'huyen')),
    source     TEXT NOT NULL
);

CREATE TABLE indicator (
    set_code  TEXT NOT NULL,
    criterion INTEGER NOT NULL,
    code      TEXT NOT NULL,
    name      TEXT NOT NULL,
    source    TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    PRIMARY KEY (set_code, code),
    FOREIGN KEY (set_code, criterion) REFERENCES criterion (set_code, number)
);

CREATE TABLE indicator_target (
    set_code  TEXT NOT NULL,
    indicator TEXT NOT NULL,
    xa_group  INTEGER NOT NULL CHECK (xa_group IN (1, 2, 3)),
    target    TEXT NOT NULL,
    PRIMARY KEY (set_code, indicator, xa_group),
    FOREIGN KEY (set_code, indicator) REFERENCES indicator (set_code, code)
);

CREATE TABLE xa_group (
    unit_code TEXT NOT NULL REFERENCES unit (code),
    set_code  TEXT NOT NULL REFERENCES criteria_set (code),
    xa_group  INTEGER NOT NULL CHECK (xa_group IN (1, 2, 3)),
    source    TEXT NOT NULL,
    loaded_at TEXT NOT NULL,
    PRIMARY KEY (unit_code, set_code)
);
