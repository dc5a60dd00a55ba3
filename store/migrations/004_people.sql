-- People who may change things, how they registered, what they reported, who reviewed it,
-- and the outbox of messages the bot starts itself. History tables are append-only.

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    role        TEXT NOT NULL CHECK (role IN
                ('xa_official', 'district_officer', 'province_coordinator', 'admin', 'department')),
    unit_code   TEXT NOT NULL REFERENCES unit (code),
    name        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    revoked_at  TEXT,                 -- set once by an administrator; the row stays
    revoked_by  TEXT,
    reminders   INTEGER NOT NULL DEFAULT 1 CHECK (reminders IN (0, 1)),
    inactive_at TEXT                  -- a channel said the person blocked the bot
);
CREATE INDEX person_unit ON person (unit_code, role);

-- One person may be bound on several channels (Telegram, Zalo); chat_id is where to write.
CREATE TABLE identity (
    channel   TEXT NOT NULL,
    user_id   TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES person (id),
    chat_id   TEXT NOT NULL,
    language  TEXT NOT NULL DEFAULT 'vi',
    bound_at  TEXT NOT NULL,
    PRIMARY KEY (channel, user_id, person_id)
);
CREATE INDEX identity_person ON identity (person_id, bound_at);

-- One-time invite codes, kept only as a hash; single use, expiring.
CREATE TABLE invite (
    id         INTEGER PRIMARY KEY,
    code_hash  TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL,
    unit_code  TEXT NOT NULL REFERENCES unit (code),
    person_id  INTEGER REFERENCES person (id),   -- binds another channel to an existing person
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT,
    used_by    INTEGER REFERENCES person (id),
    revoked_at TEXT
);

-- Refused registration attempts, counted per chat to slow down guessing.
CREATE TABLE invite_failure (
    id      INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    reason  TEXT NOT NULL CHECK (reason IN ('unknown', 'used', 'expired', 'revoked')),
    at      TEXT NOT NULL
);
CREATE INDEX invite_failure_user ON invite_failure (channel, user_id, at);

-- A field report: a xã official says a criterion is now met (or no longer met).
CREATE TABLE field_report (
    id         INTEGER PRIMARY KEY,
    flow_key   TEXT NOT NULL UNIQUE,   -- one report per confirmed conversation, however delivered
    person_id  INTEGER NOT NULL REFERENCES person (id),
    unit_code  TEXT NOT NULL REFERENCES unit (code),
    set_code   TEXT NOT NULL,
    criterion  INTEGER NOT NULL,
    met        INTEGER NOT NULL CHECK (met IN (0, 1)),
    was_met    INTEGER CHECK (was_met IN (0, 1)),   -- the status the reporter saw (NULL: none)
    note       TEXT NOT NULL DEFAULT '',
    channel    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    FOREIGN KEY (set_code, criterion) REFERENCES criterion (set_code, number)
);
CREATE INDEX field_report_unit ON field_report (unit_code, set_code, criterion);

CREATE TABLE evidence (
    id        INTEGER PRIMARY KEY,
    report_id INTEGER NOT NULL REFERENCES field_report (id),
    kind      TEXT NOT NULL CHECK (kind IN ('photo', 'document')),
    channel   TEXT NOT NULL,
    ref       TEXT NOT NULL,            -- the channel's file id or URL
    name      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evidence_report ON evidence (report_id);

-- A report is reviewed at most once; an approval adds the status row it names.
CREATE TABLE review (
    report_id   INTEGER PRIMARY KEY REFERENCES field_report (id),
    person_id   INTEGER NOT NULL REFERENCES person (id),
    approved    INTEGER NOT NULL CHECK (approved IN (0, 1)),
    reason      TEXT NOT NULL DEFAULT '',
    status_id   INTEGER REFERENCES status (id),
    reviewed_at TEXT NOT NULL
);

-- Messages the bot starts (notices to reviewers and reporters, reminders): recorded before
-- sending, marked when sent; a permanent failure is marked and not retried.
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    dedupe_key  TEXT NOT NULL UNIQUE,
    channel     TEXT NOT NULL,
    chat_id     TEXT NOT NULL,
    person_id   INTEGER REFERENCES person (id),
    kind        TEXT NOT NULL,        -- 'notice' or 'reminder'
    priority    INTEGER NOT NULL DEFAULT 1,   -- lower is sent first
    body        TEXT NOT NULL,        -- the Reply as JSON
    created_at  TEXT NOT NULL,
    next_try_at TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    sent_at     TEXT,
    failed_at   TEXT,
    error       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_due ON outbox (channel, priority, next_try_at, id)
    WHERE sent_at IS NULL AND failed_at IS NULL;

-- History is append-only: status, reports, evidence and reviews are never changed or deleted.
CREATE TRIGGER status_append_only_u BEFORE UPDATE ON status
BEGIN SELECT RAISE(ABORT, 'status is append-only'); END;
CREATE TRIGGER status_append_only_d BEFORE DELETE ON status
BEGIN SELECT RAISE(ABORT, 'status is append-only'); END;
CREATE TRIGGER field_report_append_only_u BEFORE UPDATE ON field_report
BEGIN SELECT RAISE(ABORT, 'field_report is append-only'); END;
CREATE TRIGGER field_report_append_only_d BEFORE DELETE ON field_report
BEGIN SELECT RAISE(ABORT, 'field_report is append-only'); END;
CREATE TRIGGER evidence_append_only_u BEFORE UPDATE ON evidence
BEGIN SELECT RAISE(ABORT, 'evidence is append-only'); END;
CREATE TRIGGER evidence_append_only_d BEFORE DELETE ON evidence
BEGIN SELECT RAISE(ABORT, 'evidence is append-only'); END;
CREATE TRIGGER review_append_only_u BEFORE UPDATE ON review
BEGIN SELECT RAISE(ABORT, 'review is append-only'); END;
CREATE TRIGGER review_append_only_d BEFORE DELETE ON review
BEGIN SELECT RAISE(ABORT, 'review is append-only'); END;
