-- PostgreSQL version of ../002_telegram.sql.
-- Updates already handled, per channel, so one redelivered after a restart is answered once.
CREATE TABLE processed_update (
    channel    TEXT NOT NULL,
    update_key TEXT NOT NULL,
    seen_at    TEXT NOT NULL,
    PRIMARY KEY (channel, update_key)
);
CREATE INDEX processed_update_seen ON processed_update (seen_at);
