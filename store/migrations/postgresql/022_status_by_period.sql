-- PostgreSQL version of ../022_status_by_period.sql.
-- Status by period: the period a row reports (e.g. '2026'; NULL for the plan's end-2022 rows)
-- and, under a set with indicators (2026-2030), the indicator it is about (NULL: the criterion).
ALTER TABLE status ADD COLUMN period TEXT;
ALTER TABLE status ADD COLUMN indicator TEXT;
CREATE INDEX status_period ON status (set_code, period, unit_code);
