-- PostgreSQL version of ../009_history_sealed.sql. PostgreSQL has no REPLACE, and an UPSERT's
-- DO UPDATE fires the UPDATE triggers of migration 004, so only the attachments of monthly
-- reports (period_attachment) are new here: append-only like the rest.
CREATE TRIGGER period_attachment_append_only BEFORE UPDATE OR DELETE ON period_attachment
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
