-- The chat's conversation state carries a version: a turn saves its new state only if the
-- version is still the one it read (compare-and-swap), so two workers answering one chat can
-- never silently overwrite each other's state.
ALTER TABLE conversation ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
