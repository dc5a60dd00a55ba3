-- Units in time: codes and names are reused across periods, so a unit is its key (the code for
-- the 2023 roster, 'code@valid_from' for a later unit that reuses a code) and its dates.
CREATE TABLE unit_span (
    code       TEXT PRIMARY KEY REFERENCES unit (code),
    gso_code   TEXT NOT NULL,           -- the official code, as the roster of its period prints it
    valid_from TEXT,                    -- NULL: valid before the 2023 roster (start not recorded)
    valid_to   TEXT,                    -- NULL: still valid
    source     TEXT NOT NULL
);
CREATE INDEX unit_span_gso ON unit_span (gso_code, valid_from);

-- What became of a unit: all of it (whole), a part of it (part) or what was left (rest) went to
-- another unit on a date, by a resolution.
CREATE TABLE succession (
    from_code TEXT NOT NULL REFERENCES unit (code),
    to_code   TEXT NOT NULL REFERENCES unit (code),
    share     TEXT NOT NULL CHECK (share IN ('whole', 'part', 'rest')),
    effective TEXT NOT NULL,
    source    TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (from_code, to_code, effective)
);
CREATE INDEX succession_to ON succession (to_code, effective);
