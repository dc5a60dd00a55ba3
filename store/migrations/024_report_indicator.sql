-- A field report under a set with indicators (2026-2030) names the indicator it is about.
ALTER TABLE field_report ADD COLUMN indicator TEXT;
