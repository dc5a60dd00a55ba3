-- PostgreSQL version of ../003_indexes.sql.
-- Indexes for province-wide and per-district aggregates (national-size rosters).
CREATE INDEX unit_kind_parent ON unit (kind, parent_code);
CREATE INDEX plan_count_criterion ON plan_district_count (set_code, criterion, planned);
