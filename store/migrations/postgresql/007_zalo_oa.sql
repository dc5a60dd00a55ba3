-- PostgreSQL version of ../007_zalo_oa.sql.
-- The Zalo Official Account's OAuth token pair, one row per app. A refresh token is single-use:
-- each refresh replaces both tokens in one UPDATE that checks the refresh token it spent
-- (compare-and-swap), and `refreshing_until` leases the refresh to one process at a time.
CREATE TABLE oa_token (
    app_id            TEXT PRIMARY KEY,
    access_token      TEXT NOT NULL,
    refresh_token     TEXT NOT NULL,
    access_expires_at TEXT NOT NULL,  -- UTC ISO 8601; refresh before this
    seed_hash         TEXT,           -- sha256 of the refresh token last taken from settings
    refreshing_until  TEXT,           -- a refresh is in flight until then (NULL: none)
    refreshed_at      TEXT,           -- the last successful refresh (NULL: seeded only)
    updated_at        TEXT NOT NULL
);
