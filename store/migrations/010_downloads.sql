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
