-- The history tables refuse a replacing insert too: INSERT OR REPLACE (and REPLACE INTO)
-- deletes the old row without firing the DELETE triggers, since recursive triggers are off.
-- A row whose key already exists is refused before any conflict clause can act, so a plain
-- sqlite3 client cannot rewrite a review or a report either. Monthly reports' attachments
-- (period_attachment), the evidence of those reports, are append-only like the rest.

CREATE TRIGGER status_append_only_i BEFORE INSERT ON status
WHEN EXISTS (SELECT 1 FROM status WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'status is append-only'); END;

CREATE TRIGGER field_report_append_only_i BEFORE INSERT ON field_report
WHEN EXISTS (SELECT 1 FROM field_report WHERE id = NEW.id OR flow_key = NEW.flow_key)
BEGIN SELECT RAISE(ABORT, 'field_report is append-only'); END;

CREATE TRIGGER evidence_append_only_i BEFORE INSERT ON evidence
WHEN EXISTS (SELECT 1 FROM evidence WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'evidence is append-only'); END;

CREATE TRIGGER review_append_only_i BEFORE INSERT ON review
WHEN EXISTS (SELECT 1 FROM review WHERE report_id = NEW.report_id)
BEGIN SELECT RAISE(ABORT, 'review is append-only'); END;

CREATE TRIGGER period_report_append_only_i BEFORE INSERT ON period_report
WHEN EXISTS (SELECT 1 FROM period_report WHERE id = NEW.id OR flow_key = NEW.flow_key
             OR (kind = NEW.kind AND period = NEW.period AND reporter = NEW.reporter
                 AND version = NEW.version))
BEGIN SELECT RAISE(ABORT, 'period_report is append-only'); END;

CREATE TRIGGER period_attachment_append_only_i BEFORE INSERT ON period_attachment
WHEN EXISTS (SELECT 1 FROM period_attachment WHERE id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'period_attachment is append-only'); END;
CREATE TRIGGER period_attachment_append_only_u BEFORE UPDATE ON period_attachment
BEGIN SELECT RAISE(ABORT, 'period_attachment is append-only'); END;
CREATE TRIGGER period_attachment_append_only_d BEFORE DELETE ON period_attachment
BEGIN SELECT RAISE(ABORT, 'period_attachment is append-only'); END;
