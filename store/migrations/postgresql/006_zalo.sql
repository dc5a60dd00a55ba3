-- PostgreSQL version of ../006_zalo.sql.
-- The numbered menu last shown in a chat of a channel without buttons (Zalo Bot, console), so
-- that a reply "2" picks the second choice, even after a restart.
CREATE TABLE chat_menu (
    channel  TEXT NOT NULL,
    chat_id  TEXT NOT NULL,
    choices  TEXT NOT NULL,   -- JSON [[label, data], ...], in the order shown
    shown_at TEXT NOT NULL,
    PRIMARY KEY (channel, chat_id)
);
