-- Units, criteria sets, the 2023 plan and per-xã status.
CREATE TABLE unit (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('province', 'district', 'xa', 'phuong', 'thi_tran')),
    parent_code TEXT REFERENCES unit (code),
    roster      TEXT NOT NULL
);
CREATE INDEX unit_parent ON unit (parent_code);

CREATE TABLE criteria_set (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE criterion (
    set_code   TEXT NOT NULL REFERENCES criteria_set (code),
    number     INTEGER NOT NULL,
    name       TEXT NOT NULL,
    group_name TEXT NOT NULL,
    source     TEXT NOT NULL,
    PRIMARY KEY (set_code, number)
);

CREATE TABLE unit_group (
    group_code TEXT NOT NULL,
    unit_code  TEXT NOT NULL REFERENCES unit (code),
    position   INTEGER NOT NULL,
    source     TEXT NOT NULL,
    PRIMARY KEY (group_code, unit_code)
);

-- One row of appendices 1-5 as printed, with the importer's flags.
CREATE TABLE plan_row (
    id           INTEGER PRIMARY KEY,
    appendix     INTEGER NOT NULL,
    row_no       TEXT NOT NULL,
    unit_code    TEXT NOT NULL REFERENCES unit (code),
    set_code     TEXT NOT NULL REFERENCES criteria_set (code),
    source_text  TEXT NOT NULL,
    met_count    INTEGER,
    target_count INTEGER,
    flags        TEXT NOT NULL DEFAULT '',
    UNIQUE (appendix, row_no)
);

-- A 2023 target item of a plan row: a whole criterion, or a sub-indicator / unclear token.
CREATE TABLE plan_target (
    plan_row_id INTEGER NOT NULL REFERENCES plan_row (id),
    item        TEXT NOT NULL,
    criterion   INTEGER,
    PRIMARY KEY (plan_row_id, item)
);

-- Appendices 6 and 7: planned number of xã meeting each criterion per district in 2023.
CREATE TABLE plan_district_count (
    set_code      TEXT NOT NULL REFERENCES criteria_set (code),
    district_code TEXT NOT NULL REFERENCES unit (code),
    criterion     INTEGER NOT NULL,
    planned       INTEGER NOT NULL,
    cell_text     TEXT NOT NULL,
    PRIMARY KEY (set_code, district_code, criterion)
);

-- What the appendices print as totals and averages, kept to check the computed figures against.
CREATE TABLE plan_printed (
    set_code  TEXT NOT NULL,
    unit_code TEXT NOT NULL REFERENCES unit (code),
    what      TEXT NOT NULL,
    text      TEXT NOT NULL,
    PRIMARY KEY (set_code, unit_code, what)
);

-- Number of xã already meeting NTM per district at the end of 2022 (divisor for nâng cao).
CREATE TABLE district_ntm_base (
    district_code TEXT PRIMARY KEY REFERENCES unit (code),
    ntm_xa        INTEGER NOT NULL,
    derivation    TEXT NOT NULL
);

CREATE TABLE province_target (
    set_code  TEXT NOT NULL REFERENCES criteria_set (code),
    criterion INTEGER NOT NULL,
    added     INTEGER,
    total     INTEGER NOT NULL,
    of_total  INTEGER NOT NULL,
    quote     TEXT NOT NULL,
    PRIMARY KEY (set_code, criterion)
);

CREATE TABLE plan_fact (
    key   TEXT PRIMARY KEY,
    value REAL NOT NULL,
    unit  TEXT NOT NULL,
    quote TEXT NOT NULL
);

CREATE TABLE funding (
    line    INTEGER PRIMARY KEY,
    label   TEXT NOT NULL,
    amount  REAL NOT NULL,
    percent REAL NOT NULL,
    quote   TEXT NOT NULL
);

CREATE TABLE district_plan (
    district_code TEXT NOT NULL REFERENCES unit (code),
    set_code      TEXT NOT NULL REFERENCES criteria_set (code),
    criterion     INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    quote         TEXT NOT NULL,
    PRIMARY KEY (district_code, set_code, criterion, kind)
);

-- Status of a xã on one criterion, append-only: the latest row (as_of, id) is the current one.
CREATE TABLE status (
    id          INTEGER PRIMARY KEY,
    unit_code   TEXT NOT NULL REFERENCES unit (code),
    set_code    TEXT NOT NULL,
    criterion   INTEGER NOT NULL,
    met         INTEGER NOT NULL CHECK (met IN (0, 1)),
    as_of       TEXT NOT NULL,
    source_kind TEXT NOT NULL CHECK (source_kind IN ('plan', 'import', 'report')),
    source      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    FOREIGN KEY (set_code, criterion) REFERENCES criterion (set_code, number)
);
CREATE INDEX status_current ON status (unit_code, set_code, criterion, as_of, id);

-- Per-chat conversation context (last question, pending clarification), any transport.
CREATE TABLE conversation (
    channel    TEXT NOT NULL,
    chat_id    TEXT NOT NULL,
    state      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (channel, chat_id)
);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
